/** Idempotent writes: the first answer to a (scope, key) is kept and replayed; another payload under it is a conflict. */
package dk.samvaer.kernel.idempotency;
