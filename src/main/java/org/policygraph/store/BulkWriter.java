package org.policygraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Writes the first load into a store that holds no documents through Jena's TDB2 bulk loader (the phased loader,
 * {@code tdb2.tdbloader}'s default): it builds the indexes in passes instead of transaction by transaction, several
 * times faster and with a store a third the size. Phased, not parallel: the parallel loader updates all nine indexes
 * at once, so once the store outgrows the page cache (about 13 GB on a 23 GB machine) every insert is a random read;
 * the phased loader writes the primary indexes first and builds the others one group at a time from them. The bulk
 * loader commits its indexes separately, so a load killed half way could leave them disagreeing;
 * {@link PolicyStore#beginBulkLoad} therefore marks the store first, and a store opened with the mark still there is
 * cleared, which loses nothing: it held no documents. Documents are reported loaded when the loader has finished.
 */
final class BulkWriter implements GraphWriter {
    private static final MonitorOutput QUIET = (fmt, args) -> {};

    private final PolicyStore store;
    private final Node derivationGraph;
    private final LoadProgress progress;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final List<LoadReport.Loaded> written = new ArrayList<>();

    BulkWriter(PolicyStore store, String derivationGraph, LoadProgress progress) {
        this.store = store;
        this.derivationGraph = NodeFactory.createURI(derivationGraph);
        this.progress = progress;
        store.beginBulkLoad();
        this.loader = LoaderFactory.phasedLoader(store.dataset().asDatasetGraph(), QUIET);
        loader.startBulk();
        this.stream = loader.stream();
    }

    @Override
    public void document(Pending p) {
        send(NodeFactory.createURI(p.doc().graph()), p.doc().model());
        written.add(p.report());
    }

    @Override
    public void derivation(Model links) { send(derivationGraph, links); }

    private void send(Node graph, Model model) {
        try {
            model.getGraph().find().forEachRemaining(t -> stream.quad(org.apache.jena.sparql.core.Quad.create(graph, t)));
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void finish() {
        try {
            loader.finishBulk();
        } catch (RuntimeException e) {
            fail(e);
        }
        store.endBulkLoad();
        written.forEach(progress::loaded);
    }

    private void fail(RuntimeException e) {
        loader.finishException(e);
        throw new IllegalStateException("the bulk load into " + store.dir() + " failed (" + e.getMessage()
                + "); the store held no documents and is cleared when next opened", e);
    }
}
