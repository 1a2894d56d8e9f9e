package dk.samvaer.app.eventstore;

/** The identity of this application node among the nodes sharing one database. */
record ClusterNode(String id) {}
