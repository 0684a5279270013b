package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.rdf.IriScheme;

/** What serve does before serving: load the data directory when the store is empty or stale. */
class DataDirSyncTest {
    @TempDir Path tmp;

    @Test
    void loadsWhenEmptyOrStaleAndOnlyThen() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path a = Files.copy(TestStores.document("000"), data.resolve("a.txt"));
        Path b = Files.copy(TestStores.document("003"), data.resolve("b.txt"));
        try (PolicyStore store = PolicyStore.open(tmp.resolve("s"))) {
            DataDirSync sync = new DataDirSync(store, TestStores.loader(store), IriScheme.standard());
            assertTrue(sync.staleness(data).contains("empty"));
            LoadReport first = sync.sync(data, LoadListener.SILENT);
            assertEquals(2, first.loaded().size());
            assertNull(sync.staleness(data));
            assertNull(sync.sync(data, LoadListener.SILENT), "an up-to-date store was loaded again");

            Files.writeString(a, "\n", StandardOpenOption.APPEND);
            assertNotNull(sync.staleness(data), "a changed file went unnoticed");
            sync.sync(data, LoadListener.SILENT);
            assertNull(sync.staleness(data));

            String graphOfB = first.loaded().stream().filter(l -> l.file().equals(b)).findFirst().orElseThrow().graph();
            Files.delete(b);
            assertNotNull(sync.staleness(data), "a removed file went unnoticed");
            sync.sync(data, LoadListener.SILENT);
            assertTrue(store.graph(graphOfB).isEmpty(), "the graph of a removed file was kept");
            assertEquals(1, store.graphNames().stream().filter(g -> g.contains("/graph/doc/")).count());
        }
    }
}
