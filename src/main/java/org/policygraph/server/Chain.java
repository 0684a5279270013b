package org.policygraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A document's chain: upstream, the documents it cites or derives from, and theirs, up to the centre; downstream,
 * the documents that cite or derive from it. Edges come from {@code eli:cites} (kind from the qualified
 * {@code pg:Citation}) and from {@code pg:Derivation} nodes ({@code pg:derivesFrom} the higher item, reached from
 * the lower by {@code prov:qualifiedDerivation}, with {@code pg:derivationKind} and {@code pg:confidence}); links
 * between parts (tasks, targets) are lifted to their documents. Drawn with cytoscape.js in bands by {@link #tier}
 * (positions from dagre, {@code web/diagram.js}; large groups of one issuer collapsed) and listed as links. The
 * store's edges are read once per store ({@link #edges}): the served store does not change.
 */
final class Chain {
    private static final int MAX_DEPTH = 6;
    /** Documents drawn at most; beyond, the walk stops (the lists say so). */
    static final int MAX_NODES = 400;
    /** Body kinds of the central level drawn in the ministries' band. */
    private static final Set<String> MINISTERIAL = Set.of("ministry", "ministry-agency", "government-agency", "general-department");
    private static final Map<DatasetGraph, List<Edge>> EDGES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A link from a lower document to a higher one. */
    record Edge(String lower, String upper, String kind, Double confidence, String href) {
        String label() { return confidence == null ? kind : kind + " · " + String.format(java.util.Locale.ROOT, "%.2f", confidence); }
    }

    private final DatasetGraph dsg;
    private final Links links;
    private final Labels labels;
    /** Places read for this page, by document. */
    private final Map<String, Place> places = new HashMap<>();

    Chain(DatasetGraph dsg, Links links, Labels labels) {
        this.dsg = dsg;
        this.links = links;
        this.labels = labels;
    }

    /** The store's citation and derivation edges between documents, computed once per store. */
    List<Edge> edges() { return EDGES.computeIfAbsent(dsg, k -> readEdges()); }

    private List<Edge> readEdges() {
        Set<String> docs = new HashSet<>();
        for (QuerySolution r : Sparql.select(dsg, "SELECT DISTINCT ?d WHERE { ?d a eli:LegalResource FILTER(isIRI(?d)) }")) docs.add(r.getResource("d").getURI());
        Map<String, Edge> out = new LinkedHashMap<>();
        for (QuerySolution r : Sparql.select(dsg, "SELECT DISTINCT ?a ?b ?c ?kind WHERE { ?a eli:cites ?b . ?a a eli:LegalResource . ?b a eli:LegalResource "
                + "FILTER(isIRI(?b)) OPTIONAL { ?c pg:citing ?a ; pg:cited ?b ; pg:citationKind ?k . ?k skos:prefLabel ?kind FILTER(lang(?kind) = \"en\") } }")) {
            String a = r.getResource("a").getURI(), b = r.getResource("b").getURI();
            String kind = "cites" + (r.contains("kind") ? ": " + r.getLiteral("kind").getString() : "");
            String href = r.contains("c") && r.get("c").isURIResource() ? links.href(r.getResource("c").getURI()) : links.href(b);
            out.putIfAbsent(a + " " + b + " " + kind, new Edge(a, b, kind, null, href));
        }
        for (QuerySolution r : Sparql.select(dsg, "SELECT DISTINCT ?d ?low ?up ?kind ?conf WHERE { ?d a pg:Derivation ; pg:derivesFrom ?up . "
                + "{ ?low prov:qualifiedDerivation ?d } UNION { ?d pg:derived ?low } "
                + "OPTIONAL { ?d pg:derivationKind ?kind } OPTIONAL { ?d pg:confidence ?conf } }")) {
            if (!r.get("low").isURIResource() || !r.get("up").isURIResource()) continue;
            String a = lift(r.getResource("low").getURI(), docs), b = lift(r.getResource("up").getURI(), docs);
            if (a == null || b == null || a.equals(b)) continue;
            String kind = r.contains("kind") ? (r.get("kind").isLiteral() ? r.getLiteral("kind").getString() : labels.of(r.get("kind").asNode())) : "derives from";
            Double conf = r.contains("conf") ? r.getLiteral("conf").getDouble() : null;
            String href = r.get("d").isURIResource() ? links.href(r.getResource("d").getURI()) : links.href(b);
            String key = a + " " + b + " " + kind;
            Edge old = out.get(key);
            if (old == null || (conf != null && (old.confidence() == null || conf > old.confidence()))) out.put(key, new Edge(a, b, kind, conf, href));
        }
        return new ArrayList<>(out.values());
    }

    /** The document an item belongs to: the longest document IRI its IRI starts with. */
    static String lift(String iri, Set<String> docs) {
        String s = iri;
        while (s != null) {
            if (docs.contains(s)) return s;
            int cut = s.lastIndexOf('/');
            s = cut > 0 ? s.substring(0, cut) : null;
        }
        return null;
    }

    String render(Node doc) {
        String self = doc.getURI();
        List<Edge> all = edges();
        Map<String, List<Edge>> up = new HashMap<>(), down = new HashMap<>();
        for (Edge e : all) {
            up.computeIfAbsent(e.lower(), k -> new ArrayList<>()).add(e);
            down.computeIfAbsent(e.upper(), k -> new ArrayList<>()).add(e);
        }
        List<Edge> upstream = walk(self, up, true), downstream = walk(self, down, false);
        if (upstream.isEmpty() && downstream.isEmpty()) return "<section><h2 id=\"chain\">" + Html.t("Chain", "Chuỗi văn bản") + "</h2><p>"
                + Html.t("No citation or derivation links of this document are in the store.", "Chưa có liên kết trích dẫn hoặc cụ thể hóa của văn bản này.") + "</p></section>\n";
        Set<String> nodes = new LinkedHashSet<>(List.of(self));
        List<Edge> shown = new ArrayList<>(upstream);
        shown.addAll(downstream);
        for (Edge e : shown) { nodes.add(e.lower()); nodes.add(e.upper()); }
        StringBuilder b = new StringBuilder("<section><h2 id=\"chain\">" + Html.t("Chain", "Chuỗi văn bản") + "</h2>");
        b.append("<p class=\"hint\">").append(Html.t("By level: the centre at the top, then ministries and provinces, then districts and communes, "
                + "then documents of unknown level; arrows go from the cited or higher document to the lower one. Click a document or a link; a "
                + "dashed box stands for several documents of one issuer and opens on a click.",
                "Theo cấp: trung ương ở trên cùng, tiếp đến bộ, ngành và tỉnh, rồi huyện, xã, cuối cùng là văn bản chưa rõ cấp; mũi tên đi từ văn bản "
                + "được trích dẫn hoặc cấp trên xuống văn bản cấp dưới. Bấm vào văn bản hoặc liên kết; ô viền đứt gộp nhiều văn bản của một cơ quan, "
                + "bấm để mở.")).append("</p>");
        b.append("<div id=\"chain-diagram\" class=\"diagram\" role=\"img\" aria-label=\"citation and derivation diagram\"></div>");
        b.append("<script type=\"application/json\" id=\"chain-data\">").append(json(self, nodes, shown).replace("</", "<\\/")).append("</script>");
        b.append(list("upstream", Html.t("Upstream", "Cấp trên"), upstream, true));
        b.append(list("downstream", Html.t("Downstream", "Cấp dưới"), downstream, false));
        return b.append("</section>\n").toString();
    }

    /** Edges reached from {@code start} going up (or down), breadth first. */
    private static List<Edge> walk(String start, Map<String, List<Edge>> next, boolean upwards) {
        List<Edge> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(start));
        Deque<String[]> todo = new ArrayDeque<>();
        todo.add(new String[] {start, "0"});
        while (!todo.isEmpty()) {
            String[] cur = todo.poll();
            int depth = Integer.parseInt(cur[1]);
            if (depth >= MAX_DEPTH) continue;
            for (Edge e : next.getOrDefault(cur[0], List.of())) {
                String n = upwards ? e.upper() : e.lower();
                if (!seen.contains(n) && seen.size() >= MAX_NODES) continue;
                out.add(e);
                if (seen.add(n)) todo.add(new String[] {n, String.valueOf(depth + 1)});
            }
        }
        return out;
    }

    private String list(String cls, String heading, List<Edge> edges, boolean upwards) {
        if (edges.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<h3>" + heading + "</h3><ul class=\"chain " + cls + "\">");
        for (Edge e : edges) {
            String from = upwards ? e.lower() : e.upper(), to = upwards ? e.upper() : e.lower();
            b.append("<li>").append(Html.esc(labels.of(Labels.iri(from)))).append(" → <a class=\"edge\" href=\"").append(Html.esc(e.href())).append("\">")
                    .append(Html.esc(e.label())).append("</a> → <a class=\"chain-").append(upwards ? "up" : "down").append("\" data-level=\"")
                    .append(Html.esc(level(to))).append("\" href=\"").append(Html.esc(links.href(to))).append("\">")
                    .append(Html.esc(labels.of(Labels.iri(to)))).append("</a> <span class=\"kind\">").append(Html.esc(level(to))).append("</span></li>");
        }
        return b.append("</ul>").toString();
    }

    /** Where a document sits: its level (its own, else its issuer's), its issuer and the issuer's kind. */
    record Place(String level, String body, String kind) {}

    private Place place(String iri) { return places.computeIfAbsent(iri, this::readPlace); }

    private Place readPlace(String iri) {
        List<QuerySolution> r = Sparql.select(dsg, "SELECT ?l ?b ?k WHERE { OPTIONAL { <" + iri + "> pg:level ?own } "
                + "OPTIONAL { <" + iri + "> eli:passed_by ?b OPTIONAL { ?b pg:level ?bl } OPTIONAL { ?b pg:bodyKind ?k } } "
                + "BIND(COALESCE(?own, ?bl) AS ?l) } ORDER BY DESC(BOUND(?k)) LIMIT 1");
        if (r.isEmpty()) return new Place("", null, null);
        QuerySolution q = r.get(0);
        return new Place(q.contains("l") ? Labels.compact(q.getResource("l").getURI()) : "",
                q.contains("b") && q.get("b").isURIResource() ? q.getResource("b").getURI() : null,
                q.contains("k") ? q.getResource("k").getLocalName() : null);
    }

    private String level(String iri) { return place(iri).level(); }

    /**
     * The band a document is drawn in, top to bottom: 0 the centre (Party, National Assembly, President, Government,
     * courts), 1 ministries and provinces, 2 districts, communes and wards, 3 unknown.
     */
    static int tier(String level, String kind) {
        String l = level == null ? "" : level.substring(level.lastIndexOf('/') + 1);
        return switch (l) {
            case "central" -> kind != null && MINISTERIAL.contains(kind) ? 1 : 0;
            case "city" -> 1;
            case "district", "ward" -> 2;
            default -> 3;
        };
    }

    private String json(String self, Set<String> nodes, List<Edge> edges) {
        ArrayNode els = JSON.createArrayNode();
        for (String n : nodes) {
            ObjectNode data = els.addObject().putObject("data");
            String symbol = labels.lit(Labels.iri(n), org.policygraph.rdf.ELI.id_local.asNode(), null).orElse(null);
            Place p = place(n);
            data.put("id", n).put("label", symbol != null ? symbol : Labels.shorten(labels.of(Labels.iri(n)), 40))
                    .put("title", labels.of(Labels.iri(n))).put("href", links.href(n)).put("level", p.level()).put("tier", tier(p.level(), p.kind()))
                    .put("self", n.equals(self));
            if (p.body() != null) {
                String vi = labels.both(Labels.iri(p.body()))[0];
                data.put("group", p.body()).put("groupLabel", Labels.shorten(vi != null ? vi : labels.of(Labels.iri(p.body())), 50));
            }
        }
        int i = 0;
        for (Edge e : new LinkedHashSet<>(edges)) {
            ObjectNode data = els.addObject().putObject("data");
            data.put("id", "e" + i++).put("source", e.upper()).put("target", e.lower()).put("label", e.label()).put("href", e.href());
        }
        return els.toString();
    }
}
