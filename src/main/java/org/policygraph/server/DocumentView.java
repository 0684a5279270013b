package org.policygraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The document parts of a document's page: the citation and derivation chain ({@link Chain}, drawn by cytoscape.js
 * and listed as links; first, as a much cited document's lists are long), the documents it cites and that cite it,
 * and the source text with every extracted fact
 * highlighted at its span: tasks, targets, reported figures, citations and header facts, each linked to its page.
 */
final class DocumentView {
    /** A fact's span in the original text. */
    record Mark(int start, int end, String kind, String href, String title) {
        int length() { return end - start; }
    }

    private final DatasetGraph dsg;
    private final Links links;
    private final Labels labels;

    DocumentView(DatasetGraph dsg, Links links, Labels labels) {
        this.dsg = dsg;
        this.links = links;
        this.labels = labels;
    }

    String render(Node doc) {
        String d = "<" + doc.getURI() + ">";
        StringBuilder b = new StringBuilder(new Chain(dsg, links, labels).render(doc));
        b.append(citationList(Sparql.select(dsg, "SELECT DISTINCT ?x ?kind WHERE { " + d + " eli:cites ?x . OPTIONAL { ?c pg:citing " + d
                + " ; pg:cited ?x ; pg:citationKind ?kind } }"), "cites", Html.t("Cites", "Trích dẫn")));
        b.append(citationList(Sparql.select(dsg, "SELECT DISTINCT ?x ?kind WHERE { ?x eli:cites " + d + " ; a eli:LegalResource . OPTIONAL { ?c pg:citing ?x"
                + " ; pg:cited " + d + " ; pg:citationKind ?kind } }"), "cited-by", Html.t("Cited by", "Được trích dẫn bởi")));
        b.append(text(doc));
        return b.toString();
    }

    private String citationList(List<QuerySolution> rows, String id, String heading) {
        if (rows.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<section class=\"half\"><h2 id=\"" + id + "\">" + heading + " (" + rows.size() + ")</h2><ul class=\"" + id + "\">");
        for (QuerySolution r : rows) {
            Node x = r.get("x").asNode();
            b.append("<li>").append(x.isURI() ? new ResourcePage(dsg, links).link(x, labels, null) : "[ ]");
            if (r.contains("kind")) b.append(" <span class=\"kind\">").append(Html.esc(labels.of(r.get("kind").asNode()))).append("</span>");
            b.append("</li>");
        }
        return b.append("</ul></section>\n").toString();
    }

    /** The source text with the facts marked; empty when the store has no text for the document. */
    private String text(Node doc) {
        String d = "<" + doc.getURI() + ">";
        List<QuerySolution> t = Sparql.select(dsg, "SELECT ?text WHERE { " + d + " prov:wasDerivedFrom ?src . ?src pg:sourceText ?text } LIMIT 1");
        if (t.isEmpty()) return "";
        String text = t.get(0).getLiteral("text").getString();
        List<Mark> marks = new ArrayList<>();
        for (QuerySolution r : Sparql.select(dsg, "SELECT DISTINCT ?x ?type ?pred ?s ?e WHERE { " + d + " prov:wasDerivedFrom ?src . "
                + "?x pg:evidence ?ev . ?ev oa:hasSource ?src ; oa:hasSelector ?sel . ?sel oa:start ?s ; oa:end ?e . "
                + "OPTIONAL { ?x a ?type FILTER(?type IN (pg:Task, pg:Target, pg:ReportedFigure, pg:Citation, rdf:Statement, pg:Derivation)) } "
                + "OPTIONAL { ?x rdf:predicate ?pred } }")) {
            if (!r.contains("type")) continue;
            String kind = switch (r.getResource("type").getLocalName()) {
                case "Task" -> "task"; case "Target" -> "target"; case "ReportedFigure" -> "figure";
                case "Citation" -> "citation"; case "Derivation" -> "derivation"; default -> "header";
            };
            int s = r.getLiteral("s").getInt(), e = r.getLiteral("e").getInt();
            if (s < 0 || e > text.length() || s >= e) continue;
            Node x = r.get("x").asNode();
            String href = x.isURI() ? links.href(x.getURI()) : links.href(doc.getURI()) + "#props";
            String title = r.contains("pred") ? Labels.compact(r.getResource("pred").getURI()) : x.isURI() ? labels.of(x) : kind;
            marks.add(new Mark(s, e, kind, href, kind + ": " + title));
        }
        StringBuilder b = new StringBuilder("<section><h2 id=\"text\">" + Html.t("Text", "Văn bản") + "</h2>");
        b.append("<p class=\"legend\">");
        for (String k : List.of("header", "citation", "target", "figure", "task"))
            b.append("<mark class=\"").append(k).append("\">").append(legend(k)).append("</mark> ");
        b.append("</p><div class=\"source\" lang=\"vi\">").append(marked(text, marks)).append("</div></section>\n");
        return b.toString();
    }

    private static String legend(String kind) {
        return switch (kind) {
            case "header" -> Html.t("header fact", "thông tin văn bản");
            case "citation" -> Html.t("citation", "trích dẫn");
            case "target" -> Html.t("target", "chỉ tiêu");
            case "figure" -> Html.t("reported figure", "số liệu");
            default -> Html.t("task", "nhiệm vụ");
        };
    }

    /**
     * The text as HTML with the marks: the text is cut at every mark boundary; each piece is wrapped with the
     * kinds of the marks covering it and links to the innermost short mark (tasks, being long, are shown by
     * colour and a link at their start instead).
     */
    static String marked(String text, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : marks) { cuts.add(m.start()); cuts.add(m.end()); }
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start));
        Set<Integer> anchored = new HashSet<>();
        StringBuilder b = new StringBuilder();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int a = prev, z = cut;
                List<Mark> active = sorted.stream().filter(m -> m.start() <= a && m.end() >= z).toList();
                String piece = Html.esc(text.substring(a, z));
                if (active.isEmpty()) b.append(piece);
                else {
                    Set<String> kinds = new TreeSet<>();
                    for (Mark m : active) kinds.add(m.kind());
                    Mark inner = active.stream().filter(m -> !m.kind().equals("task")).min(Comparator.comparingInt(Mark::length)).orElse(null);
                    b.append("<mark class=\"").append(String.join(" ", kinds)).append("\">");
                    if (inner != null) b.append("<a href=\"").append(Html.esc(inner.href())).append("\" title=\"").append(Html.esc(inner.title())).append("\">")
                            .append(piece).append("</a>");
                    else b.append(piece);
                    b.append("</mark>");
                }
            }
            for (Mark m : sorted) {
                if (m.start() != cut) continue;
                if (anchored.add(cut)) b.append("<span id=\"o").append(cut).append("\"></span>");
                if (m.kind().equals("task"))
                    b.append("<a class=\"badge\" href=\"").append(Html.esc(m.href())).append("\">").append(Html.esc(m.title())).append("</a>");
            }
            prev = cut;
        }
        return b.toString();
    }
}
