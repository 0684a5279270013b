package org.policygraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Writes into a store that already holds documents: graphs are replaced in batches, one write transaction per
 * batch, so a document is wholly in the store or not at all and readers see each batch whole; the derivation graph
 * is replaced in one transaction at the end.
 */
final class BatchWriter implements GraphWriter {
    /** Documents written in one transaction at most; a batch also closes at {@link #BATCH_TRIPLES}. */
    static final int BATCH_DOCUMENTS = 200;
    static final long BATCH_TRIPLES = 400_000;

    private final PolicyStore store;
    private final String derivationGraph;
    private final LoadProgress progress;
    private final List<Pending> batch = new ArrayList<>();
    private final Model derivation = ModelFactory.createDefaultModel();
    private long batchTriples;

    BatchWriter(PolicyStore store, String derivationGraph, LoadProgress progress) {
        this.store = store;
        this.derivationGraph = derivationGraph;
        this.progress = progress;
    }

    @Override
    public void document(Pending p) {
        batch.add(p);
        batchTriples += p.doc().model().size();
        if (batch.size() >= BATCH_DOCUMENTS || batchTriples >= BATCH_TRIPLES) flush();
    }

    @Override
    public void derivation(Model links) { derivation.add(links); }

    @Override
    public void finish() {
        flush();
        store.replaceGraphs(Map.of(derivationGraph, derivation));
    }

    /**
     * Writes the batch in one transaction. If that write fails, nothing of the batch is stored, and each document is
     * written again on its own, so one document that cannot be written does not keep out the others.
     */
    private void flush() {
        if (batch.isEmpty()) return;
        try {
            List<List<String>> replaced = store.replaceAll(batch.stream().map(Pending::doc).toList());
            for (int i = 0; i < batch.size(); i++) progress.loaded(withReplaced(batch.get(i), replaced.get(i)));
        } catch (RuntimeException e) {
            batch.forEach(this::writeAlone);
        }
        batch.clear();
        batchTriples = 0;
    }

    private void writeAlone(Pending p) {
        try {
            progress.loaded(withReplaced(p, store.replace(p.doc())));
        } catch (RuntimeException e) {
            progress.failed(p.report().file(), "the store refused the write, nothing was stored: " + e);
        }
    }

    /** The report with the files whose graph the store held before (other than this file and those already named). */
    static LoadReport.Loaded withReplaced(Pending p, List<String> before) {
        LoadReport.Loaded r = p.report();
        List<String> replaced = new ArrayList<>(r.replaced());
        for (String name : before) if (!replaced.contains(name)) replaced.add(name);
        replaced.remove(r.file().getFileName().toString());
        return new LoadReport.Loaded(r.file(), r.graph(), r.document(), r.triples(), r.identified(), List.copyOf(replaced), r.warnings());
    }
}
