package org.policygraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The store {@code serve} builds by default: everything in {@code data/documents} (the seeds and the 499 real documents),
 * loaded once per test JVM by the real loader into a temporary directory and shared by the test classes that need it
 * (loading it takes about a minute on two cores). Read-only for its users.
 */
public final class BundledStore {
    private static PolicyStore store;
    private static LoadReport report;

    private BundledStore() {}

    public static synchronized PolicyStore get() {
        if (store == null) load();
        return store;
    }

    /** The report of the load (files loaded and refused). */
    public static synchronized LoadReport report() {
        get();
        return report;
    }

    private static void load() {
        try {
            Path dir = Files.createTempDirectory("policy-graph-bundled-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            store = PolicyStore.open(dir.resolve("store"));
            report = TestStores.loader(store).load(List.of(TestStores.BUNDLED), LoadListener.SILENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try {
            if (store != null) store.close();
        } catch (RuntimeException ignored) {
            // closing at exit
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }
}
