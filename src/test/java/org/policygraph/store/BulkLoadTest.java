package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.rdf.PG;
import org.policygraph.robust.LoadedGraphs;

/**
 * The first load into a store without documents goes through Jena's bulk loader ({@link BulkWriter}); later loads
 * replace graphs in transactions ({@link BatchWriter}). Both must store the same graphs, and a store left marked by
 * a bulk load that never finished is cleared when opened.
 */
class BulkLoadTest {
    @TempDir Path tmp;

    @Test
    void aFirstLoadStoresTheSameGraphsAsATransactionalReload() throws Exception {
        Path bulk = tmp.resolve("bulk"), batch = tmp.resolve("batch");
        try (PolicyStore first = PolicyStore.open(bulk); PolicyStore again = PolicyStore.open(batch)) {
            TestStores.loader(first).load(TestStores.documents(), LoadListener.SILENT);
            assertFalse(Files.exists(bulk.resolve(PolicyStore.BULK_MARK)), "the bulk mark stays after a finished load");
            TestStores.loader(again).load(List.of(TestStores.document("000")), LoadListener.SILENT);
            LoadReport second = TestStores.loader(again).load(TestStores.documents(), LoadListener.SILENT);
            assertEquals(5, second.loaded().size());
            assertEquals(first.graphNames().stream().sorted().toList(), again.graphNames().stream().sorted().toList());
            List<String> differ = new ArrayList<>();
            for (String g : first.graphNames()) {
                Model a = LoadedGraphs.withoutLoadTime(first.graph(g).orElseThrow()), b = LoadedGraphs.withoutLoadTime(again.graph(g).orElseThrow());
                if (!a.isIsomorphicWith(b)) differ.add(g + " (" + a.size() + " and " + b.size() + " triples)");
            }
            assertEquals(List.of(), differ);
            boolean targets = first.read(ds -> ds.getUnionModel().contains(null, RDF.type, PG.Target));
            assertTrue(targets, "no targets were stored");
        }
    }

    @Test
    void aStoreMarkedByAnUnfinishedBulkLoadIsClearedWhenOpened() throws Exception {
        Path dir = tmp.resolve("store");
        PolicyStore store = TestStores.corpus(dir);
        assertFalse(store.graphNames().isEmpty());
        TDBInternal.expel(store.dataset().asDatasetGraph());
        Files.createFile(dir.resolve(PolicyStore.BULK_MARK));
        try (PolicyStore reopened = PolicyStore.open(dir)) {
            assertEquals(List.of(), reopened.graphNames(), "a store marked as half bulk-loaded was kept");
            assertFalse(Files.exists(dir.resolve(PolicyStore.BULK_MARK)));
            LoadReport r = TestStores.loader(reopened).load(TestStores.documents(), LoadListener.SILENT);
            assertEquals(5, r.loaded().size());
            assertEquals(List.of(), r.failed());
        }
    }

    @Test
    void aFirstLoadAfterEveryDocumentWasRemovedKeepsNoStaleLinks() throws Exception {
        String derivation = org.policygraph.rdf.DerivationMapper.graphIri(org.policygraph.rdf.IriScheme.standard());
        try (PolicyStore emptied = TestStores.corpus(tmp.resolve("emptied")); PolicyStore fresh = PolicyStore.open(tmp.resolve("fresh"))) {
            long before = emptied.graph(derivation).orElseThrow().size();
            emptied.remove(emptied.graphNames().stream().filter(g -> g.contains("/graph/doc/") || g.contains("/graph/source/")).toList());
            TestStores.loader(emptied).load(List.of(TestStores.document("000")), LoadListener.SILENT);
            TestStores.loader(fresh).load(List.of(TestStores.document("000")), LoadListener.SILENT);
            Model again = emptied.graph(derivation).orElseThrow(), alone = fresh.graph(derivation).orElseThrow();
            assertTrue(again.size() < before, "the links of the removed documents stayed: " + again.size() + " of " + before);
            assertTrue(again.isIsomorphicWith(alone), again.size() + " triples, not the " + alone.size() + " of a fresh load");
        }
    }
}
