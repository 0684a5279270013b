package org.policygraph.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.policygraph.rdf.ELI;
import org.policygraph.rdf.PG;

/**
 * Narrowing search results by the issuer, type and year of the document each hit belongs to (a task or target
 * belongs to the document whose IRI its own IRI extends). The counts are those of the current results, so a
 * facet never leads to an empty page. Parameters: {@code issuer} and {@code type} (IRIs), {@code year}.
 */
final class SearchFacets {
    /** What a result's document is: issuer (the body of the reference data when there is one), type, year; any may be null. */
    record Facts(String issuer, String type, String year) {}

    /** The selected values (null: not narrowed). */
    record Filter(String issuer, String type, String year) {
        boolean keeps(Facts f) {
            return (issuer == null || issuer.equals(f.issuer())) && (type == null || type.equals(f.type())) && (year == null || year.equals(f.year()));
        }

        boolean any() { return issuer != null || type != null || year != null; }
    }

    private static final int MAX_VALUES = 15;
    private final Graph g;
    private final Map<String, Facts> byDoc = new HashMap<>();

    SearchFacets(Graph unionGraph) { this.g = unionGraph; }

    /** The document an IRI belongs to: itself or the longest document IRI it extends; null if none. */
    String document(String iri) {
        String s = iri;
        while (s != null) {
            if (g.contains(Labels.iri(s), RDF.type.asNode(), ELI.LegalResource.asNode())) return s;
            int cut = s.lastIndexOf('/');
            s = cut > "http://x".length() ? s.substring(0, cut) : null;
        }
        return null;
    }

    Facts facts(String doc) {
        if (doc == null) return new Facts(null, null, null);
        return byDoc.computeIfAbsent(doc, d -> {
            Node n = Labels.iri(d);
            String issuer = null;
            for (Node b : objects(n, ELI.passed_by.asNode())) {
                if (!b.isURI()) continue;
                if (issuer == null || g.contains(b, PG.bodyKind.asNode(), Node.ANY)) issuer = b.getURI();
            }
            List<Node> types = objects(n, ELI.type_document.asNode()), dates = objects(n, ELI.date_document.asNode());
            String type = types.isEmpty() || !types.get(0).isURI() ? null : types.get(0).getURI();
            String date = dates.isEmpty() || !dates.get(0).isLiteral() ? null : dates.get(0).getLiteralLexicalForm();
            return new Facts(issuer, type, date != null && date.length() >= 4 ? date.substring(0, 4) : null);
        });
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    /**
     * The facet lists as HTML: each value (its Vietnamese name, the shortest) with its count among {@code docs},
     * linked to the search narrowed by it; a chosen value links to the search without it.
     */
    String render(String q, Filter f, Collection<String> docs, Labels labels) {
        List<Facts> facts = docs.stream().map(this::facts).toList();
        StringBuilder b = new StringBuilder("<aside class=\"facets\" aria-label=\"facets\">");
        if (f.any()) b.append("<p><a class=\"clear\" href=\"").append(Html.esc(href(q, new Filter(null, null, null)))).append("\">")
                .append(Html.t("All results", "Tất cả kết quả")).append("</a></p>");
        Function<String, String> name = v -> {
            String vi = labels.both(Labels.iri(v))[0];
            return vi != null ? vi : labels.of(Labels.iri(v));
        };
        b.append(facet("issuer", Html.t("Issuer", "Cơ quan ban hành"), facts, Facts::issuer, name, false,
                v -> new Filter(v, f.type(), f.year()), q, f.issuer()));
        b.append(facet("type", Html.t("Type", "Loại văn bản"), facts, Facts::type, name, false,
                v -> new Filter(f.issuer(), v, f.year()), q, f.type()));
        b.append(facet("year", Html.t("Year", "Năm"), facts, Facts::year, v -> v, true,
                v -> new Filter(f.issuer(), f.type(), v), q, f.year()));
        return b.append("</aside>").toString();
    }

    private static String facet(String id, String heading, List<Facts> facts, Function<Facts, String> value, Function<String, String> label,
            boolean byValue, Function<String, Filter> narrowed, String q, String selected) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Facts x : facts) if (value.apply(x) != null) counts.merge(value.apply(x), 1, Integer::sum);
        if (counts.isEmpty()) return "";
        Comparator<Map.Entry<String, Integer>> order = byValue ? Map.Entry.<String, Integer>comparingByKey().reversed()
                : Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
        StringBuilder b = new StringBuilder("<section class=\"facet\"><h2>" + heading + "</h2><ul class=\"facet " + id + "\">");
        counts.entrySet().stream().sorted(order).limit(MAX_VALUES).forEach(e -> {
            boolean on = e.getKey().equals(selected);
            b.append("<li").append(on ? " class=\"on\"" : "").append("><a href=\"").append(Html.esc(href(q, narrowed.apply(on ? null : e.getKey()))))
             .append("\">").append(Html.esc(Labels.shorten(label.apply(e.getKey()), 70))).append("</a> <span class=\"count\">")
             .append(e.getValue()).append("</span></li>");
        });
        return b.append("</ul></section>").toString();
    }

    static String href(String q, Filter f) {
        StringBuilder b = new StringBuilder("/search?q=").append(Html.url(q));
        if (f.issuer() != null) b.append("&issuer=").append(Html.url(f.issuer()));
        if (f.type() != null) b.append("&type=").append(Html.url(f.type()));
        if (f.year() != null) b.append("&year=").append(Html.url(f.year()));
        return b.toString();
    }
}
