package org.policygraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policygraph.model.SourceDocument;
import org.policygraph.rdf.PG;

/**
 * The documents a store already holds, as sources that can be analysed again: each document graph keeps its source
 * file's name, SHA-256, size and whole decoded text ({@code pg:sourceText}), which is all the pipeline reads. An
 * incremental load analyses them together with its new files, so that citations are resolved and derivation links
 * made across the whole store, exactly as a clean load of all the documents would.
 */
final class StoredSources {
    /** Stored documents are reported under this folder name, which no loaded file has. */
    static final String FOLDER = "(store)";

    /** One stored document: its graph and its source file. */
    record Stored(String graph, String sourceIri, SourceDocument source) {}

    private StoredSources() {}

    /** The stored documents, in graph order, except those of {@code skip} (graphs the load writes anew). */
    static List<Stored> list(PolicyStore store, java.util.Set<String> skip) {
        List<Stored> out = new ArrayList<>();
        store.select("PREFIX pg: <" + PG.NS + "> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        + "SELECT ?g ?src ?name ?sha ?bytes WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?src . ?src a pg:SourceFile ; "
                        + "rdfs:label ?name ; pg:sha256 ?sha ; pg:byteSize ?bytes } } ORDER BY ?g",
                r -> {
                    String g = r.getResource("g").getURI();
                    if (skip.contains(g)) return;
                    String name = r.getLiteral("name").getString();
                    out.add(new Stored(g, r.getResource("src").getURI(), new SourceDocument(Path.of(FOLDER, name), name,
                            r.getLiteral("sha").getString(), r.getLiteral("bytes").getLong())));
                });
        return out;
    }

    /** The stored text of a document's source file, or null when the graph no longer holds it. */
    static String text(PolicyStore store, Stored s) {
        Node g = NodeFactory.createURI(s.graph()), src = NodeFactory.createURI(s.sourceIri());
        return store.read(ds -> {
            var it = ds.asDatasetGraph().find(g, src, PG.sourceText.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }
}
