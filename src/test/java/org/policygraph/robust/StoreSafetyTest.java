package org.policygraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.store.LoadListener;
import org.policygraph.store.Loader;
import org.policygraph.store.PolicyStore;
import org.policygraph.store.TestStores;

/**
 * The product never deletes what it did not write, and a store loaded in steps answers as a clean load: a folder
 * that is not a store is refused and left as it was; clearing a store whose first load was killed removes only
 * TDB2's files; four documents loaded and then the fifth give exactly the graphs of a clean load of the five,
 * derivation graph included; an incremental load that did not finish is repaired by the next one.
 */
class StoreSafetyTest {
    @TempDir Path tmp;

    @Test
    void aFolderThatIsNotAStoreIsRefusedAndLeftAlone() throws Exception {
        Path dir = tmp.resolve("notes");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("mine.txt"), "mine");
        PolicyStore.NotAStoreException e = assertThrows(PolicyStore.NotAStoreException.class, () -> PolicyStore.open(dir));
        assertTrue(e.getMessage().contains("not a policy-graph store"), e.getMessage());
        try (var s = Files.list(dir)) { assertEquals(List.of(dir.resolve("mine.txt")), s.toList()); }
    }

    @Test
    void clearingAnInterruptedFirstLoadDeletesOnlyTheStoresOwnFiles() throws Exception {
        Path dir = tmp.resolve("store");
        PolicyStore.open(dir).close();
        assertTrue(Files.exists(dir.resolve(PolicyStore.STORE_MARK)));
        Files.writeString(dir.resolve("notes-of-mine.txt"), "mine");
        Files.createDirectories(dir.resolve("backup"));
        Files.writeString(dir.resolve("backup/keep.nq"), "<a> <b> <c> .");
        Files.createFile(dir.resolve("policy-graph-bulk-load-unfinished")); // as a killed first load leaves it
        try (PolicyStore s = PolicyStore.open(dir)) {
            assertTrue(s.isEmpty());
        }
        assertEquals("mine", Files.readString(dir.resolve("notes-of-mine.txt")));
        assertTrue(Files.exists(dir.resolve("backup/keep.nq")));
        assertTrue(Files.exists(dir.resolve(PolicyStore.STORE_MARK)));
    }

    @Test
    void anIncrementalLoadAnswersAsACleanLoad() throws Exception {
        Path dir = tmp.resolve("inc");
        try (PolicyStore s = PolicyStore.open(dir)) { loadInSteps(s, 0, 2, 4, 5); }
        assertEquals(List.of(), LoadedGraphs.of(TestStores.documents()).problems(dir, true));
    }

    @Test
    void anUnfinishedIncrementalLoadIsRepairedByTheNext() throws Exception {
        Path dir = tmp.resolve("stale");
        try (PolicyStore s = PolicyStore.open(dir)) {
            loadInSteps(s, 0, 4, 5);
            // as if killed after writing documents but before the derivation graph: stale links, the mark left
            s.remove(List.of("https://w3id.org/policy-graph/graph/derivation"));
            Files.createFile(dir.resolve("policy-graph-load-unfinished"));
        }
        try (PolicyStore s = PolicyStore.open(dir)) {
            assertTrue(s.isStale());
            TestStores.loader(s).repair(LoadListener.SILENT);
            assertTrue(!s.isStale());
        }
        assertEquals(List.of(), LoadedGraphs.of(TestStores.documents()).problems(dir, true));
    }

    /** Loads the bundled documents in steps: those from {@code bounds[i]} to {@code bounds[i + 1]}, one load each. */
    private static void loadInSteps(PolicyStore s, int... bounds) throws java.io.IOException {
        List<Path> files = TestStores.documents();
        Loader l = TestStores.loader(s);
        for (int i = 0; i + 1 < bounds.length; i++) l.load(files.subList(bounds[i], bounds[i + 1]), LoadListener.SILENT);
    }
}
