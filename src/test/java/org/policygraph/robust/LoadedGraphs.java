package org.policygraph.robust;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policygraph.rdf.PROV;
import org.policygraph.store.LoadListener;
import org.policygraph.store.Loader;
import org.policygraph.store.PolicyStore;
import org.policygraph.store.TestStores;

/**
 * The graphs a clean load produces, as references for the robustness tests. Graph contents are compared
 * without the load-time provenance ({@code prov:generatedAtTime} of the graph, {@code prov:startedAtTime} of
 * the extraction), the only triples that differ between two loads of the same file.
 */
public final class LoadedGraphs {
    private static final List<Property> LOAD_TIME = List.of(PROV.generatedAtTime, PROV.startedAtTime);

    /** Graph IRI to every content it can validly have. */
    final Map<String, List<Model>> admissible = new LinkedHashMap<>();
    /** Graph IRI to its content once every file has loaded (the last file to write it wins). */
    final Map<String, Model> complete = new LinkedHashMap<>();

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
        }
        return g;
    }

    private void add(String graph, Model content) {
        Model m = withoutLoadTime(content);
        admissible.computeIfAbsent(graph, k -> new ArrayList<>()).add(m);
        complete.put(graph, m);
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
            if (mustBeComplete)
                for (String name : complete.keySet()) if (!names.contains(name)) out.add("graph missing after a complete load: " + name);
        } finally {
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
        return out;
    }
}
