package org.policygraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.policygraph.rdf.MappedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 store: one named graph per source document, plus the reference and ontology graphs.
 * Queries see the union of the named graphs as the default graph ({@code TDB2.symUnionDefaultGraph}),
 * so users need no GRAPH clauses. Every write replaces whole graphs in one write transaction: a failure
 * aborts the transaction and leaves the store as it was.
 */
public final class PolicyStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyStore.class);
    private final Dataset dataset;
    private final Path dir;

    private PolicyStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Marks a store while Jena's bulk loader writes its first documents (see {@link BulkWriter}). */
    static final String BULK_MARK = "policy-graph-bulk-load-unfinished";
    /** Marks a directory as a policy-graph store: written when the store is created, checked before anything is deleted. */
    public static final String STORE_MARK = "policy-graph-store";

    /**
     * Opens (creating when needed) the store in {@code dir}. A directory that is not empty and is neither a
     * policy-graph store (its mark, {@link #STORE_MARK}) nor a TDB2 store is refused: nothing in it is touched. A
     * store still marked by a bulk load that did not finish (the process was killed) held no documents before it,
     * and its indexes may disagree: its TDB2 files are deleted, and only they (other files in the folder stay).
     * A journal left ending inside an entry by a process killed while committing is cut before that entry
     * ({@link TornJournal}), which TDB2's own recovery does not do.
     *
     * @throws NotAStoreException when {@code dir} holds files and is not a store
     */
    public static PolicyStore open(Path dir) {
        try {
            StoreFiles.claim(dir, STORE_MARK);
            if (Files.exists(dir.resolve(BULK_MARK))) {
                LOG.warn("{}: a first load into this store was interrupted; clearing the store", dir);
                StoreFiles.deleteTdb(dir);
                Files.delete(dir.resolve(BULK_MARK));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the store directory " + dir, e);
        }
        TornJournal.repair(dir);
        return new PolicyStore(dir, TDB2Factory.connectDataset(dir.toString()));
    }

    /** A directory given as a store that holds other files and is not one. */
    public static final class NotAStoreException extends IllegalStateException {
        NotAStoreException(String message) { super(message); }
    }

    /** Marks a store while an incremental load rewrites its documents and derivation graph, batch by batch. */
    static final String LOAD_MARK = "policy-graph-load-unfinished";

    /** Marks the store (durably) before a bulk load. */
    void beginBulkLoad() { mark(BULK_MARK); }

    /** Removes the mark once the bulk loader has finished. */
    void endBulkLoad() { unmark(BULK_MARK); }

    /** Marks the store (durably) before an incremental load: until the mark is gone its derivation graph may be stale. */
    void beginIncrementalLoad() { mark(LOAD_MARK); }

    void endIncrementalLoad() { unmark(LOAD_MARK); }

    /**
     * True when an incremental load into this store did not finish (the process was killed): some documents may be
     * written and the derivation graph not yet rebuilt. Any next load repairs it ({@link Loader#repair}).
     */
    public boolean isStale() { return dir != null && Files.exists(dir.resolve(LOAD_MARK)); }

    private void mark(String name) {
        if (dir == null) return;
        try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(dir.resolve(name),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
            c.force(true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot mark the store " + dir + " (" + name + ")", e);
        }
    }

    private void unmark(String name) {
        if (dir == null) return;
        try {
            Files.deleteIfExists(dir.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot unmark the store " + dir + " (" + name + ")", e);
        }
    }

    /** True when some named graph is not one of {@code others} (the reference, ontology and derivation graphs). */
    public boolean hasGraphsOtherThan(java.util.Set<String> others) {
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.asDatasetGraph().listGraphNodes();
            while (it.hasNext()) if (!others.contains(it.next().getURI())) return true;
            return false;
        });
    }

    /** An in-memory TDB2 store (tests). */
    public static PolicyStore inMemory() { return new PolicyStore(null, TDB2Factory.createDataset()); }

    public Dataset dataset() { return dataset; }

    public Path dir() { return dir; }

    /**
     * Replaces the document's graph with its new content in one write transaction.
     *
     * @return the file names of other source files whose graph this replaces (same document, different file)
     */
    public List<String> replace(MappedDocument doc) { return replaceAll(List.of(doc)).get(0); }

    /**
     * Replaces the graphs of several documents in one write transaction; for each, the source file names its graph
     * held before and no longer holds (see {@link #replace}).
     */
    public List<List<String>> replaceAll(List<MappedDocument> docs) {
        return Txn.calculateWrite(dataset, () -> {
            List<List<String>> out = new ArrayList<>();
            for (MappedDocument doc : docs) {
                List<String> previous = sourcesOf(doc.graph());
                dataset.removeNamedModel(doc.graph());
                dataset.addNamedModel(doc.graph(), doc.model());
                previous.removeAll(sourcesOf(doc.graph()));
                out.add(previous);
            }
            return out;
        });
    }

    /** Replaces several graphs (IRI to content) in one write transaction. */
    public void replaceGraphs(java.util.Map<String, Model> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach((iri, model) -> {
            dataset.removeNamedModel(iri);
            dataset.addNamedModel(iri, model);
        }));
    }

    /** Removes named graphs in one write transaction. */
    public void remove(java.util.Collection<String> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach(dataset::removeNamedModel));
    }

    /** A copy of one named graph, or empty when the store has none by that name. */
    public Optional<Model> graph(String iri) {
        return Txn.calculateRead(dataset, () -> dataset.containsNamedModel(iri)
                ? Optional.of(org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(dataset.getNamedModel(iri)))
                : Optional.empty());
    }

    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
            return names;
        });
    }

    public boolean isEmpty() { return Txn.calculateRead(dataset, () -> !dataset.listModelNames().hasNext()); }

    /** Number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.listModelNames().forEachRemaining(r -> n[0] += dataset.getNamedModel(r).size());
            return n[0];
        });
    }

    /** Runs a SELECT in a read transaction and hands each row to {@code row}. */
    public void select(String sparql, Consumer<QuerySolution> row) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(sparql, dataset)) {
                ResultSet rs = qe.execSelect();
                // copied: a TDB2 binding reads its values lazily and is void once the transaction ends
                rs.forEachRemaining(r -> row.accept(copy(r)));
            }
        });
    }

    private static QuerySolution copy(QuerySolution r) {
        org.apache.jena.query.QuerySolutionMap m = new org.apache.jena.query.QuerySolutionMap();
        r.varNames().forEachRemaining(v -> m.add(v, r.get(v)));
        return m;
    }

    /** Runs any read-only work in a read transaction. */
    public <T> T read(Function<Dataset, T> work) { return Txn.calculateRead(dataset, () -> work.apply(dataset)); }

    /** File names of the source files a graph was derived from (inside a transaction). */
    private List<String> sourcesOf(String graph) {
        List<String> names = new ArrayList<>();
        if (!dataset.containsNamedModel(graph)) return names;
        String q = "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT DISTINCT ?name WHERE { GRAPH <" + graph + "> { <" + graph + "> prov:wasDerivedFrom ?s . ?s rdfs:label ?name } }";
        try (QueryExecution qe = QueryExecution.create(q, dataset)) {
            qe.execSelect().forEachRemaining(r -> names.add(r.getLiteral("name").getString()));
        }
        return names;
    }

    @Override
    public void close() { dataset.close(); }
}
