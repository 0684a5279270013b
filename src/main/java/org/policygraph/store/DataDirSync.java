package org.policygraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.policygraph.pipeline.Version;
import org.policygraph.rdf.IriScheme;
import org.policygraph.rdf.PG;

/**
 * Keeps a store in step with a data directory (what {@code serve} does before serving). The store records,
 * in the graph {@code {base}graph/data-load}, the extractor version and the (file name, SHA-256) of every file
 * of the last load of the directory. The store is stale when that record differs from the directory now;
 * then every file is loaded again, graphs derived only from files no longer there are dropped, and the record
 * is rewritten.
 */
public final class DataDirSync {
    private final PolicyStore store;
    private final Loader loader;
    private final String recordGraph;
    private final IriScheme iris;

    public DataDirSync(PolicyStore store, Loader loader, IriScheme iris) {
        this.store = store;
        this.loader = loader;
        this.iris = iris;
        this.recordGraph = iris.base() + "graph/data-load";
    }

    /** A file of the directory as recorded: name and content hash. */
    public record Entry(String name, String sha256) implements Comparable<Entry> {
        @Override public int compareTo(Entry o) { return (name + sha256).compareTo(o.name + o.sha256); }
    }

    /** The state of the directory now. */
    public Set<Entry> scan(Path dir) {
        try {
            Set<Entry> out = new TreeSet<>();
            for (Path f : loader.files(dir)) out.add(new Entry(f.getFileName().toString(), DigestUtils.sha256Hex(Files.readAllBytes(f))));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data directory " + dir, e);
        }
    }

    /** Why the store must be reloaded from {@code dir}, or null when it is up to date. */
    public String staleness(Path dir) {
        if (store.isEmpty()) return "the store is empty";
        Set<Entry> recorded = new TreeSet<>();
        String[] version = {null};
        store.select("PREFIX pg: <" + PG.NS + "> PREFIX rdfs: <" + RDFS.getURI() + "> "
                        + "SELECT ?v ?name ?sha WHERE { GRAPH <" + recordGraph + "> { <" + recordGraph + "> pg:extractorVersion ?v "
                        + "OPTIONAL { <" + recordGraph + "> pg:sourceFile ?f . ?f rdfs:label ?name ; pg:sha256 ?sha } } }",
                r -> {
                    version[0] = r.getLiteral("v").getString();
                    if (r.contains("name")) recorded.add(new Entry(r.getLiteral("name").getString(), r.getLiteral("sha").getString()));
                });
        if (version[0] == null) return "the store has no record of loading " + dir;
        if (!version[0].equals(Version.EXTRACTOR)) return "the store was extracted by " + version[0] + ", not " + Version.EXTRACTOR;
        if (!recorded.equals(scan(dir))) return "the files in " + dir + " have changed since the last load";
        return null;
    }

    /** Loads the directory when the store is stale; returns the report, or null when nothing was to do. */
    public LoadReport sync(Path dir, LoadListener listener) {
        if (staleness(dir) == null) return null;
        Set<Entry> before = recordedEntries();
        Set<Entry> now = scan(dir);
        Set<String> gone = new HashSet<>();
        for (Entry e : before) gone.add(e.sha256());
        for (Entry e : now) gone.remove(e.sha256());
        // before the load, which links and resolves over the documents the store keeps
        if (!gone.isEmpty()) store.remove(graphsDerivedFrom(gone));
        LoadReport report = loader.load(List.of(dir), listener);
        store.replaceGraphs(Map.of(recordGraph, record(now)));
        return report;
    }

    private Set<Entry> recordedEntries() {
        Set<Entry> out = new TreeSet<>();
        store.select("PREFIX pg: <" + PG.NS + "> PREFIX rdfs: <" + RDFS.getURI() + "> SELECT ?name ?sha WHERE { GRAPH <"
                + recordGraph + "> { ?r pg:sourceFile ?f . ?f rdfs:label ?name ; pg:sha256 ?sha } }",
                r -> out.add(new Entry(r.getLiteral("name").getString(), r.getLiteral("sha").getString())));
        return out;
    }

    private Set<String> graphsDerivedFrom(Set<String> shas) {
        Set<String> graphs = new HashSet<>();
        store.select("PREFIX pg: <" + PG.NS + "> PREFIX prov: <http://www.w3.org/ns/prov#> SELECT ?g ?sha WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?s . ?s pg:sha256 ?sha } }",
                r -> { if (shas.contains(r.getLiteral("sha").getString())) graphs.add(r.getResource("g").getURI()); });
        return graphs;
    }

    private Model record(Set<Entry> entries) {
        Model m = ModelFactory.createDefaultModel();
        Resource r = m.createResource(recordGraph).addProperty(PG.extractorVersion, Version.EXTRACTOR);
        for (Entry e : entries)
            r.addProperty(PG.sourceFile, m.createResource(iris.source(e.sha256()))
                    .addProperty(RDFS.label, e.name()).addProperty(PG.sha256, e.sha256()));
        return m;
    }
}
