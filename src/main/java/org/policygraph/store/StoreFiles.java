package org.policygraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of a store directory that the product may delete: only those it can prove its own. A directory becomes a
 * store when it is created empty (or is missing) and the store's mark is written into it; TDB2's files in it are
 * {@code Data-NNNN} directories and {@code tdb.lock}. Nothing else in a store directory is ever deleted.
 */
final class StoreFiles {
    private static final Pattern TDB_DATA = Pattern.compile("Data-\\d{4}");

    private StoreFiles() {}

    /**
     * Makes sure {@code dir} is a store and carries the mark: a missing or empty directory is created and marked; a
     * TDB2 store made before the mark existed is marked; any other non-empty directory is refused.
     */
    static void claim(Path dir, String mark) throws IOException {
        Path m = dir.resolve(mark);
        if (Files.exists(m)) return;
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw new PolicyStore.NotAStoreException(dir + " is a file, not a store directory");
        if (Files.isDirectory(dir) && !isEmpty(dir) && !isTdb(dir))
            throw new PolicyStore.NotAStoreException(dir + " is not empty and is not a policy-graph store (no " + mark
                    + " file, no TDB2 data); nothing in it was changed: give an empty or new directory as the store");
        Files.createDirectories(dir);
        Files.writeString(m, "This directory is a policy-graph store (Apache Jena TDB2). policy-graph deletes only its own files here:\n"
                + "Data-NNNN/, tdb.lock and its marks.\n");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) { return s.findAny().isEmpty(); }
    }

    /** A TDB2 store made before the mark: a {@code Data-NNNN} directory, maybe a lock and the load marks, nothing else. */
    private static boolean isTdb(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            return names.stream().anyMatch(n -> TDB_DATA.matcher(n).matches())
                    && names.stream().allMatch(n -> TDB_DATA.matcher(n).matches() || n.equals("tdb.lock")
                            || n.equals(PolicyStore.BULK_MARK) || n.equals(PolicyStore.LOAD_MARK));
        }
    }

    /** Deletes TDB2's files in a store directory ({@code Data-NNNN} directories and the lock), nothing else. */
    static void deleteTdb(Path dir) throws IOException {
        List<Path> own;
        try (Stream<Path> s = Files.list(dir)) {
            own = s.filter(p -> TDB_DATA.matcher(p.getFileName().toString()).matches() || p.getFileName().toString().equals("tdb.lock")).toList();
        }
        for (Path p : own) {
            if (Files.isSymbolicLink(p) || !Files.isDirectory(p)) { Files.delete(p); continue; }
            try (Stream<Path> w = Files.walk(p)) {
                for (Path f : w.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
            }
        }
    }
}
