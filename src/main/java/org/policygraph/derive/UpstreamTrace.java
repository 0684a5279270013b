package org.policygraph.derive;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;

/**
 * The upstream tree of a document, task or target, read from the graph: every derivation whose derived end is the
 * node (for a document: the document itself first, then its parts), to the node it derives from; a part leads on to
 * its document; and so on, level by level, up to documents nothing further is known about (the central decisions).
 * Links to the same measure in another year are not upstream and are left out.
 * A node already expanded elsewhere in the tree is shown once and referred to after.
 */
public final class UpstreamTrace {
    static final String PREFIXES = """
            PREFIX pg: <https://w3id.org/policy-graph/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;

    /** A node of the tree. {@code seen} is true when the node was expanded earlier in the tree. */
    public record Node(String iri, String label, String level, boolean seen, List<Edge> upstream) {}

    /**
     * An edge to an upstream node.
     *
     * @param via         the part of the derived node the link starts from (a document's target or task), or null
     * @param kind        derivation kind, or "part_of" from a part to its document
     * @param confidence  high, medium, low (null for part_of)
     * @param method      how it was found
     * @param note        the evidence in one sentence
     * @param quotes      the quoted evidence spans, "file: text"
     * @param node        the upstream node
     */
    public record Edge(String via, String kind, String confidence, String method, String note, List<String> quotes, Node node) {}

    private final Model graph;
    private final int maxDepth;

    public UpstreamTrace(Model graph) { this(graph, 8); }

    public UpstreamTrace(Model graph, int maxDepth) {
        this.graph = graph;
        this.maxDepth = maxDepth;
    }

    /** The documents whose printed symbol is {@code symbol} ("06-NQ/QU"), loaded ones first; or the IRI itself when given one. */
    public List<String> resolve(String symbolOrIri) {
        if (symbolOrIri.startsWith("http://") || symbolOrIri.startsWith("https://")) return List.of(symbolOrIri);
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT DISTINCT ?doc ?loaded WHERE { ?doc eli:id_local ?symbol .
                  FILTER(REPLACE(STR(?symbol), "\\\\s", "") = ?wanted)
                  BIND(EXISTS { ?doc prov:wasDerivedFrom/a pg:SourceFile } AS ?loaded) }
                ORDER BY DESC(?loaded) ?doc""");
        q.setLiteral("wanted", symbolOrIri.replaceAll("\\s", ""));
        List<String> out = new ArrayList<>();
        for (QuerySolution r : select(q.toString())) out.add(r.getResource("doc").getURI());
        return out;
    }

    public Node trace(String iri) { return expand(iri, 0, new HashSet<>()); }

    private Node expand(String iri, int depth, Set<String> seen) {
        String[] about = describe(iri);
        if (!seen.add(iri) || depth >= maxDepth) return new Node(iri, about[0], about[1], true, List.of());
        List<Edge> edges = new ArrayList<>();
        for (QuerySolution r : derivations(iri)) {
            String via = r.getResource("x").getURI();
            String from = r.getResource("from").getURI();
            edges.add(new Edge(via.equals(iri) ? null : via, r.getLiteral("kind").getString(), r.getLiteral("level").getString(),
                    r.getLiteral("method").getString(), r.contains("note") ? r.getLiteral("note").getString() : null,
                    quotes(r.getResource("d").getURI()), expand(from, depth + 1, seen)));
        }
        String doc = documentOf(iri);
        if (doc != null) edges.add(new Edge(null, "part_of", null, null, null, List.of(), expand(doc, depth + 1, seen)));
        return new Node(iri, about[0], about[1], false, edges);
    }

    private List<QuerySolution> derivations(String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT ?x ?d ?from ?kind ?level ?method ?c (MIN(?n) AS ?note) (MIN(?pf) AS ?partFirst) WHERE {
                  { BIND(?node AS ?x) } UNION { ?x dcterms:isPartOf ?node }
                  ?x prov:qualifiedDerivation ?d .
                  ?d pg:derivesFrom ?from ; pg:derivationKind ?kind ; pg:confidenceLevel ?level ; pg:derivationMethod ?method ; pg:confidence ?c .
                  FILTER(?kind != "same_measure_other_year")
                  OPTIONAL { ?d rdfs:comment ?n }
                  BIND(IF(?x = ?node, 0, 1) AS ?pf)
                } GROUP BY ?x ?d ?from ?kind ?level ?method ?c
                ORDER BY ?partFirst DESC(?c) ?x ?from""");
        q.setIri("node", iri);
        return select(q.toString());
    }

    private List<String> quotes(String derivation) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT ?file ?exact ?start WHERE { ?d pg:evidence ?ev . ?ev oa:hasSource ?src ; oa:hasSelector ?q, ?p .
                  ?q oa:exact ?exact . ?p oa:start ?start . OPTIONAL { ?src rdfs:label ?file } } ORDER BY ?file ?start""");
        q.setIri("d", derivation);
        List<String> out = new ArrayList<>();
        for (QuerySolution r : select(q.toString())) {
            String file = r.contains("file") ? r.getLiteral("file").getString() : "source";
            out.add(file + ": " + r.getLiteral("exact").getString().replaceAll("\\s+", " ").strip());
        }
        return out;
    }

    private String documentOf(String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + "SELECT ?doc WHERE { ?part dcterms:isPartOf ?doc } LIMIT 1");
        q.setIri("part", iri);
        List<QuerySolution> rows = select(q.toString());
        return rows.isEmpty() ? null : rows.get(0).getResource("doc").getURI();
    }

    private final Map<String, String[]> labels = new HashMap<>();

    /** Label (symbol, title or label) and level slug of a node, from the node or, for a part, its document. */
    private String[] describe(String iri) {
        return labels.computeIfAbsent(iri, k -> {
            ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                    SELECT ?symbol ?title ?label ?number ?lv ?doclv WHERE {
                      OPTIONAL { ?n eli:id_local ?symbol } OPTIONAL { ?n eli:title ?title } OPTIONAL { ?n rdfs:label ?label }
                      OPTIONAL { ?n eli:number ?number } OPTIONAL { ?n pg:level ?lv } OPTIONAL { ?n dcterms:isPartOf/pg:level ?doclv }
                    } LIMIT 1""");
            q.setIri("n", k);
            List<QuerySolution> rows = select(q.toString());
            if (rows.isEmpty()) return new String[] {null, null};
            QuerySolution r = rows.get(0);
            String label = r.contains("symbol") ? r.getLiteral("symbol").getString()
                    : r.contains("label") ? r.getLiteral("label").getString()
                    : r.contains("title") ? r.getLiteral("title").getString() : null;
            String level = r.contains("lv") ? last(r.getResource("lv").getURI()) : r.contains("doclv") ? last(r.getResource("doclv").getURI()) : null;
            return new String[] {label, level};
        });
    }

    private static String last(String iri) { return iri.substring(iri.lastIndexOf('/') + 1); }

    private List<QuerySolution> select(String sparql) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(graph).query(sparql).build()) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }

    /** The tree as indented text, one edge per line with its evidence below. */
    public static String text(Node root, String base) {
        StringBuilder sb = new StringBuilder();
        sb.append(name(root, base)).append('\n');
        write(root, base, "", sb);
        return sb.toString();
    }

    private static void write(Node n, String base, String indent, StringBuilder sb) {
        for (int i = 0; i < n.upstream().size(); i++) {
            Edge e = n.upstream().get(i);
            boolean last = i == n.upstream().size() - 1;
            String branch = indent + (last ? "└─ " : "├─ ");
            String cont = indent + (last ? "   " : "│  ");
            sb.append(branch);
            if (e.via() != null) sb.append(relative(e.via(), base)).append(' ');
            sb.append(e.kind());
            if (e.confidence() != null) sb.append(" [").append(e.confidence()).append(", ").append(e.method()).append(']');
            sb.append(" → ").append(name(e.node(), base)).append('\n');
            if (e.note() != null) sb.append(cont).append("   ").append(e.note()).append('\n');
            for (String q : e.quotes()) sb.append(cont).append("   « ").append(abbreviate(q, 200)).append(" »\n");
            write(e.node(), base, cont, sb);
        }
    }

    private static String name(Node n, String base) {
        StringBuilder s = new StringBuilder(relative(n.iri(), base));
        if (n.label() != null) s.append("  ").append(abbreviate(n.label(), 90));
        if (n.level() != null) s.append("  (").append(n.level()).append(')');
        if (n.seen()) s.append("  ↑ shown above");
        return s.toString();
    }

    private static String relative(String iri, String base) { return iri.startsWith(base) ? iri.substring(base.length()) : iri; }

    private static String abbreviate(String s, int max) { return s.length() <= max ? s : s.substring(0, max - 1) + "…"; }

    /** The tree as JSON. */
    public static ObjectNode json(Node n) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("iri", n.iri());
        if (n.label() != null) o.put("label", n.label());
        if (n.level() != null) o.put("level", n.level());
        if (n.seen()) o.put("shown_above", true);
        ArrayNode up = o.putArray("upstream");
        for (Edge e : n.upstream()) {
            ObjectNode j = up.addObject();
            if (e.via() != null) j.put("via", e.via());
            j.put("kind", e.kind());
            if (e.confidence() != null) j.put("confidence", e.confidence());
            if (e.method() != null) j.put("method", e.method());
            if (e.note() != null) j.put("evidence", e.note());
            ArrayNode qs = j.putArray("quotes");
            e.quotes().forEach(qs::add);
            j.set("node", json(e.node()));
        }
        return o;
    }

    /** Every node of the tree, depth first (for tests and summaries). */
    public static Map<String, Node> nodes(Node root) {
        Map<String, Node> out = new LinkedHashMap<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, Map<String, Node> out) {
        out.putIfAbsent(n.iri(), n);
        for (Edge e : n.upstream()) collect(e.node(), out);
    }
}
