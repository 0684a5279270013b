package org.policygraph.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.store.LoadListener;
import org.policygraph.store.LoadReport;
import org.policygraph.store.Loader;
import org.policygraph.store.PolicyStore;

/** Loading junk after the real corpus loses nothing already loaded: refused files change nothing, and every graph survives. */
class JunkLoadTest {
    @TempDir Path tmp;

    @Test
    void junkLoadLosesNothingAlreadyLoaded() throws Exception {
        try (PolicyStore store = PolicyStore.inMemory()) {
            Loader loader = Loader.standard(store);
            LoadReport first = loader.load(List.of(Path.of("data/documents/hai-phong")), LoadListener.SILENT);
            assertEquals(5, first.loaded().size(), first.failed().toString());
            Map<String, Long> before = new HashMap<>();
            for (LoadReport.Loaded l : first.loaded()) before.put(l.graph(), store.graph(l.graph()).map(Model::size).orElseThrow());

            JunkGenerator.generate(Path.of("data/documents/hai-phong"), 31, tmp, 300);
            LoadReport second = loader.load(List.of(tmp), LoadListener.SILENT);
            assertEquals(300, second.loaded().size() + second.failed().size());
            assertFalse(second.failed().isEmpty());
            for (LoadReport.Failed f : second.failed()) assertFalse(f.reason().isBlank(), f.file() + " has a reason");

            Set<String> rewritten = second.loaded().stream().map(LoadReport.Loaded::graph).collect(Collectors.toSet());
            List<String> now = store.graphNames();
            for (Map.Entry<String, Long> g : before.entrySet()) {
                assertTrue(now.contains(g.getKey()), "still loaded: " + g.getKey());
                if (!rewritten.contains(g.getKey()))
                    assertEquals(g.getValue(), store.graph(g.getKey()).map(Model::size).orElse(-1L), "unchanged: " + g.getKey());
            }
        }
    }
}
