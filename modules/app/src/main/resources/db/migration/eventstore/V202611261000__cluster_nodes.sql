-- The application nodes sharing this database, each refreshing its row every few seconds. The segment balancer
-- counts the live ones to share projection segments fairly; a row that stops being refreshed ages out.
create table cluster_node (
    node_id varchar(255) primary key,
    seen_at timestamp with time zone not null
);
