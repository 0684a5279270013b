package org.policygraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs a function over items on all processors, a window of items at a time, and returns the results in order. */
final class Parallel {
    private Parallel() {}

    static int threads() { return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8)); }

    /** {@code f} of each item, in the items' order; at most {@code window} items are in flight (their results held). */
    static <T, R> List<R> map(List<T> items, Function<T, R> f, int window) {
        List<R> out = new ArrayList<>(items.size());
        try (ExecutorService workers = Executors.newFixedThreadPool(threads())) {
            for (int from = 0; from < items.size(); from += window) {
                List<Future<R>> inFlight = new ArrayList<>();
                for (T item : items.subList(from, Math.min(items.size(), from + window))) inFlight.add(workers.submit(() -> f.apply(item)));
                for (Future<R> r : inFlight) out.add(join(r));
            }
        }
        return out;
    }

    private static <R> R join(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the load was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
