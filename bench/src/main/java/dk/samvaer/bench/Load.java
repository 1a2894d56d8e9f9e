package dk.samvaer.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a number of operations over a number of concurrent clients and measures each one. */
final class Load {

    /** One operation; returns how many items it carried (events in a batch, 1 for a single request). */
    interface Operation {
        int run(int index) throws Exception;
    }

    /** The outcome: items per second over the whole run and the latency percentiles of the operations. */
    record Outcome(double itemsPerSecond, double p50Millis, double p99Millis, int items) {}

    private Load() {}

    static Outcome run(int clients, int operations, Operation operation) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger items = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(operations));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < operations; i = next.getAndIncrement()) {
                    long began = System.nanoTime();
                    items.addAndGet(operation.run(i));
                    latencies.add(System.nanoTime() - began);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Outcome(items.get() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99), items.get());
    }

    static double percentile(List<Long> sortedNanos, double fraction) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(fraction * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
