/** What the benchmarks need from the service and nothing else needs: the HTTP floor, off unless the bench asks. */
package dk.samvaer.app.bench;
