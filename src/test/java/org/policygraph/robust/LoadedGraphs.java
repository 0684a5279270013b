package org.policygraph.robust;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policygraph.derive.UpstreamTrace;
import org.policygraph.rdf.PG;
import org.policygraph.rdf.PROV;
import org.policygraph.store.LoadListener;
import org.policygraph.store.Loader;
import org.policygraph.store.PolicyStore;
import org.policygraph.store.TestStores;

/**
 * The graphs a clean load produces, and the {@code trace} of each of its documents, as references for the robustness
 * tests. Graph contents are compared without the load-time provenance ({@code prov:generatedAtTime} of the graph,
 * {@code prov:startedAtTime} of the extraction), the only triples that differ between two loads of the same file.
 * A trace is compared as the set of its steps (each with its evidence), whatever order ties come in.
 */
public final class LoadedGraphs {
    private static final List<Property> LOAD_TIME = List.of(PROV.generatedAtTime, PROV.startedAtTime);

    /** Graph IRI to every content it can validly have. */
    final Map<String, List<Model>> admissible = new LinkedHashMap<>();
    /** Graph IRI to its content once every file has loaded (the last file to write it wins). */
    final Map<String, Model> complete = new LinkedHashMap<>();
    /** Loaded document IRI to the steps of its upstream trace. */
    final Map<String, List<String>> traces = new TreeMap<>();

    /**
     * Loads the files as one load run into an in-memory TDB2 store (same literal handling as on disk) and keeps
     * each graph. A load run resolves citations across its documents and writes them in batches, one transaction
     * each, then rewrites the derivation graph: a graph is therefore valid when it is absent or equal to this.
     */
    static LoadedGraphs of(List<Path> files) {
        LoadedGraphs g = new LoadedGraphs();
        try (PolicyStore store = PolicyStore.inMemory()) {
            TestStores.loader(store).load(files, LoadListener.SILENT);
            for (String name : store.graphNames()) g.add(name, store.graph(name).orElseThrow());
            g.traces.putAll(traces(store));
        }
        return g;
    }

    /**
     * These references, also admitting any graph content of {@code other} after a kill (a load of this corpus into a
     * store that held the other, killed before it finished, may leave the other's graphs).
     */
    LoadedGraphs admitting(LoadedGraphs other) {
        LoadedGraphs g = new LoadedGraphs();
        admissible.forEach((k, v) -> g.admissible.put(k, new ArrayList<>(v)));
        other.admissible.forEach((k, v) -> g.admissible.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        g.complete.putAll(complete);
        g.traces.putAll(traces);
        return g;
    }

    /** The upstream trace of every loaded document of a store (what {@code policy-graph trace IRI} prints), as sorted steps. */
    static Map<String, List<String>> traces(PolicyStore store) {
        return store.read(ds -> {
            Map<String, List<String>> out = new TreeMap<>();
            UpstreamTrace trace = new UpstreamTrace(ds.getUnionModel());
            try (QueryExecution qe = QueryExecution.dataset(ds).query("SELECT DISTINCT ?doc WHERE { GRAPH ?g { ?doc <" + PROV.wasDerivedFrom.getURI()
                    + "> ?src . ?src a <" + PG.SourceFile.getURI() + "> } FILTER(?doc != ?g) }").build()) {
                qe.execSelect().forEachRemaining(r -> {
                    String doc = r.getResource("doc").getURI();
                    List<String> steps = new ArrayList<>();
                    steps(trace.trace(doc), steps);
                    out.put(doc, steps.stream().sorted().toList());
                });
            }
            return out;
        });
    }

    private static void steps(UpstreamTrace.Node n, List<String> out) {
        for (UpstreamTrace.Edge e : n.upstream()) {
            out.add(n.iri() + " (" + n.label() + ", " + n.level() + ") via " + e.via() + " " + e.kind() + " [" + e.confidence() + ", "
                    + e.method() + "] " + e.note() + " " + e.quotes() + " -> " + e.node().iri() + " (" + e.node().label() + ", " + e.node().level() + ")");
            steps(e.node(), out);
        }
    }

    private void add(String graph, Model content) {
        Model m = withoutLoadTime(content);
        admissible.computeIfAbsent(graph, k -> new ArrayList<>()).add(m);
        complete.put(graph, m);
    }

    private static String firstDifference(List<String> expected, List<String> got) {
        for (String x : expected) if (!got.contains(x)) return "missing " + x;
        for (String x : got) if (!expected.contains(x)) return "extra " + x;
        return "order";
    }

    /** A copy without the load-time triples. */
    public static Model withoutLoadTime(Model m) {
        Model copy = ModelFactory.createDefaultModel().add(m);
        for (Property p : LOAD_TIME) copy.removeAll(null, p, null);
        return copy;
    }

    /**
     * Problems with a store directory: a graph no clean load writes, or one whose content is none of a clean
     * load's (a half-written document). Empty when every graph is whole. Opens the store in this JVM and
     * releases it afterwards (TDB2 allows one process per store), so a child process can open it again.
     */
    List<String> problems(Path dir, boolean mustBeComplete) {
        List<String> out = new ArrayList<>();
        PolicyStore store = PolicyStore.open(dir);
        try {
            List<String> names = store.graphNames();
            for (String name : names) {
                List<Model> valid = admissible.get(name);
                if (valid == null) { out.add("a graph no clean load writes: " + name); continue; }
                Model now = withoutLoadTime(store.graph(name).orElseThrow());
                Model expected = complete.get(name);
                boolean ok = mustBeComplete ? now.isIsomorphicWith(expected)
                        : valid.stream().anyMatch(now::isIsomorphicWith);
                if (!ok) out.add("graph " + name + " has " + now.size() + " triples, matching no clean load (valid sizes "
                        + valid.stream().map(Model::size).distinct().toList() + ")");
            }
            if (mustBeComplete) {
                for (String name : complete.keySet()) if (!names.contains(name)) out.add("graph missing after a complete load: " + name);
                Map<String, List<String>> now = traces(store);
                if (!now.keySet().equals(traces.keySet())) out.add("trace: documents " + now.keySet() + ", a clean load has " + traces.keySet());
                traces.forEach((doc, steps) -> {
                    List<String> got = now.getOrDefault(doc, List.of());
                    if (!got.equals(steps)) out.add("trace of " + doc + ": " + got.size() + " steps, a clean load has " + steps.size()
                            + "; first differing: " + firstDifference(steps, got));
                });
            }
        } finally {
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
        return out;
    }
}
