package org.policygraph.server;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policygraph.rdf.ELI;

/** Names of resources for the pages, read from the union graph (call inside a read transaction). */
final class Labels {
    private final Graph g;

    Labels(Graph unionGraph) { this.g = unionGraph; }

    /** Vietnamese and English label of a term (ontology property or concept), either may be null. */
    String[] both(Node n) {
        String vi = lit(n, SKOS.prefLabel.asNode(), "vi").or(() -> lit(n, RDFS.label.asNode(), "vi")).orElse(null);
        String en = lit(n, SKOS.prefLabel.asNode(), "en").or(() -> lit(n, RDFS.label.asNode(), "en")).orElse(null);
        return new String[] {vi, en};
    }

    /** A label for a link: the printed symbol and title of a document, else a label, else a compact name. */
    String of(Node n) {
        if (!n.isURI()) return n.isLiteral() ? n.getLiteralLexicalForm() : "_:" + n.getBlankNodeLabel();
        Optional<String> symbol = lit(n, ELI.id_local.asNode(), null);
        Optional<String> title = lit(n, ELI.title.asNode(), null);
        if (symbol.isPresent() || title.isPresent())
            return symbol.map(s -> title.map(t -> s + " · " + shorten(t, 90)).orElse(s)).orElseGet(() -> shorten(title.get(), 110));
        String[] b = both(n);
        int doc = n.getURI().indexOf("/doc/");
        if (b[0] == null && b[1] == null && doc > 0) { // a document known by its identity only: its type and IRI path
            var type = g.find(n, ELI.type_document.asNode(), Node.ANY);
            String word = type.hasNext() ? both(type.next().getObject())[0] : null;
            return (word != null ? word + " " : "") + n.getURI().substring(doc + 5);
        }
        if (b[0] != null) return b[1] != null && !b[1].equals(b[0]) ? b[0] + " (" + b[1] + ")" : b[0];
        if (b[1] != null) return b[1];
        return lit(n, RDFS.label.asNode(), null).orElseGet(() -> compact(n.getURI()));
    }

    static String compact(String iri) {
        String q = Prefixes.MAP.qnameFor(iri);
        if (q != null) return q;
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/', iri.length() - 2));
        return cut > 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    static String shorten(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    Optional<String> lit(Node s, Node p, String lang) {
        var it = g.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (!o.isLiteral()) continue;
            if (lang == null) return Optional.of(o.getLiteralLexicalForm());
            if (lang.equalsIgnoreCase(o.getLiteralLanguage())) return Optional.of(o.getLiteralLexicalForm());
        }
        return Optional.empty();
    }

    static Node iri(String s) { return NodeFactory.createURI(s); }
}
