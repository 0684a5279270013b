package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.rdf.DocumentMapper;
import org.policygraph.rdf.HeaderMapper;
import org.policygraph.rdf.IriScheme;
import org.policygraph.rdf.MappedDocument;
import org.policygraph.rdf.PartMapper;
import org.policygraph.resolve.ReferenceData;

class StoreReplaceTest {
    @TempDir Path tmp;

    @Test
    void reloadGivesTheSameGraph() throws Exception {
        try (PolicyStore store = PolicyStore.open(tmp.resolve("s"))) {
            Loader loader = TestStores.loader(store);
            LoadReport.Loaded first = loader.loadOne(TestStores.document("000"));
            Model before = store.graph(first.graph()).orElseThrow();
            long sizeBefore = store.size();
            LoadReport.Loaded again = loader.loadOne(TestStores.document("000"));
            assertEquals(first.graph(), again.graph());
            assertTrue(before.isIsomorphicWith(store.graph(again.graph()).orElseThrow()), "reloading changed the graph");
            assertEquals(sizeBefore, store.size());
        }
    }

    @Test
    void oneNamedGraphPerDocumentPlusReferenceAndOntology() throws Exception {
        try (PolicyStore store = TestStores.corpus(tmp.resolve("s"))) {
            List<String> graphs = store.graphNames();
            IriScheme iris = IriScheme.standard();
            assertTrue(graphs.contains(iris.referenceGraph()));
            assertTrue(graphs.contains(iris.ontologyGraph()));
            assertEquals(5, graphs.stream().filter(g -> g.startsWith(iris.base() + "graph/doc/")).count(), graphs.toString());
        }
    }

    @Test
    void aDocumentFailingInMappingLeavesThePreviousGraphIntact() throws Exception {
        try (PolicyStore store = PolicyStore.open(tmp.resolve("s"))) {
            LoadReport.Loaded first = TestStores.loader(store).loadOne(TestStores.document("003"));
            Model before = store.graph(first.graph()).orElseThrow();
            PartMapper failing = (a, ctx) -> { throw new IllegalStateException("mapper bug"); };
            IriScheme iris = IriScheme.standard();
            ReferenceData ref = ReferenceData.bundled();
            Loader broken = new Loader(store, Pipeline.standard(), iris, ref,
                    new DocumentMapper(iris, ref, List.of(new HeaderMapper(), failing)), TestStores.CLOCK);
            LoadReport r = broken.load(List.of(TestStores.document("003")), LoadListener.SILENT);
            assertEquals(1, r.failed().size());
            assertTrue(r.failed().get(0).reason().contains("mapper bug"), r.failed().get(0).reason());
            assertTrue(before.isIsomorphicWith(store.graph(first.graph()).orElseThrow()));
        }
    }

    @Test
    void aWriteFailingHalfWayIsRolledBack() throws Exception {
        try (PolicyStore store = PolicyStore.open(tmp.resolve("s"))) {
            Path file = TestStores.document("003");
            LoadReport.Loaded first = TestStores.loader(store).loadOne(file);
            Model before = store.graph(first.graph()).orElseThrow();
            DocumentAnalysis a = Pipeline.standard().analyse(file);
            MappedDocument good = new DocumentMapper(IriScheme.standard(), ReferenceData.bundled()).map(a, TestStores.CLOCK.instant());
            Graph failing = new FailingGraph(good.model().getGraph(), 10);
            MappedDocument bad = new MappedDocument(good.graph(), good.document(), ModelFactory.createModelForGraph(failing));
            assertThrows(RuntimeException.class, () -> store.replace(bad));
            assertTrue(before.isIsomorphicWith(store.graph(first.graph()).orElseThrow()), "a half-written graph was kept");
        }
    }

    @Test
    void reportsWhenAnotherFileHoldsTheSameDocument() throws Exception {
        try (PolicyStore store = PolicyStore.open(tmp.resolve("s"))) {
            Path copy = tmp.resolve("copy-of-003.txt");
            Files.copy(TestStores.document("003"), copy);
            Files.writeString(copy, "\n", java.nio.file.StandardOpenOption.APPEND);
            TestStores.loader(store).loadOne(TestStores.document("003"));
            LoadReport.Loaded second = TestStores.loader(store).loadOne(copy);
            assertEquals(List.of(TestStores.document("003").getFileName().toString()), second.replaced());
            assertFalse(second.replaced().contains("copy-of-003.txt"));
        }
    }

    /** A graph whose iteration fails after {@code okTriples} triples. */
    private static final class FailingGraph extends WrappedGraph {
        private final int okTriples;

        FailingGraph(Graph base, int okTriples) {
            super(base);
            this.okTriples = okTriples;
        }

        private ExtendedIterator<Triple> failing(ExtendedIterator<Triple> it) {
            int[] n = {0};
            return it.mapWith(t -> {
                if (++n[0] > okTriples) throw new IllegalStateException("disk full");
                return t;
            });
        }

        @Override public ExtendedIterator<Triple> find(Triple m) { return failing(super.find(m)); }

        @Override public ExtendedIterator<Triple> find(Node s, Node p, Node o) { return failing(super.find(s, p, o)); }

        @Override public ExtendedIterator<Triple> find() { return failing(super.find()); }

        @Override public java.util.stream.Stream<Triple> stream(Node s, Node p, Node o) {
            return super.stream(s, p, o).peek(new java.util.function.Consumer<>() {
                int n;

                @Override public void accept(Triple t) { if (++n > okTriples) throw new IllegalStateException("disk full"); }
            });
        }
    }
}
