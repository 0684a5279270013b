package org.policygraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.policygraph.rdf.ELI;
import org.policygraph.rdf.OA;
import org.policygraph.rdf.PG;

/**
 * The HTML representation of a resource: its label and types, its own evidence (the quoted span of the source
 * text, linked into the document's text), its properties with the evidence of each header fact, and the
 * resources that link to it. Documents add their text and citation/derivation diagram ({@link DocumentView}),
 * targets and figures their related observations ({@link IndicatorView}), bodies the documents they issued by year
 * ({@link BodyView}).
 */
final class ResourcePage {
    private static final int MAX_INCOMING = 300;

    private final DatasetGraph dsg;
    private final Links links;

    ResourcePage(DatasetGraph dsg, Links links) {
        this.dsg = dsg;
        this.links = links;
    }

    String render(String iri, Model desc) {
        return Txn.calculateRead(dsg, () -> {
            Graph u = dsg.getUnionGraph();
            Labels labels = new Labels(u);
            Node n = Labels.iri(iri);
            Graph d = desc.getGraph();
            StringBuilder b = new StringBuilder();
            String title = labels.of(n);
            b.append("<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"iri\"><code>").append(Html.esc(iri)).append("</code> ");
            for (Formats f : Formats.values())
                if (f != Formats.HTML) b.append("<a class=\"fmt\" href=\"").append(Html.esc(links.variant(iri, f))).append("\">").append(f.suffix.substring(1)).append("</a> ");
            b.append("</p>\n<p class=\"types\">");
            d.find(n, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> b.append(link(t.getObject(), labels, "type")).append(' '));
            b.append("</p>\n");
            b.append(evidence(n, d, u, labels));
            boolean isDocument = d.contains(n, RDF.type.asNode(), ELI.LegalResource.asNode());
            if (isDocument) b.append(new DocumentView(dsg, links, labels).render(n));
            else b.append(new BodyView(dsg, links, labels).render(n));
            if (d.contains(n, RDF.type.asNode(), PG.Target.asNode()) || d.contains(n, RDF.type.asNode(), PG.ReportedFigure.asNode()))
                b.append(new IndicatorView(dsg, links, labels).render(n));
            b.append(properties(n, d, u, labels));
            b.append(incoming(n, d, labels));
            return Html.page(title, b.toString(), isDocument
                    ? "<script src=\"/webjars/cytoscape/dist/cytoscape.min.js\" defer></script><script src=\"/webjars/dagre/dist/dagre.min.js\" defer></script>"
                    + "<script src=\"/web/diagram.js\" defer></script>" : null);
        });
    }

    /** The resource's own evidence: quoted spans with offsets, linked to the span in the document's text. */
    private String evidence(Node n, Graph d, Graph u, Labels labels) {
        List<Triple> evs = d.find(n, PG.evidence.asNode(), Node.ANY).toList();
        if (evs.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<section><h2>" + Html.t("Evidence in the source text", "Chứng cứ trong văn bản gốc") + "</h2><ul class=\"evidence\">");
        for (Triple t : evs) b.append("<li>").append(quote(t.getObject(), u)).append("</li>");
        return b.append("</ul></section>\n").toString();
    }

    /** One evidence node as a quotation linked to its place in the document's text. */
    String quote(Node ev, Graph u) {
        Node src = first(u, ev, OA.hasSource.asNode());
        Integer start = null, end = null;
        String exact = null;
        for (Triple s : u.find(ev, OA.hasSelector.asNode(), Node.ANY).toList()) {
            Node sel = s.getObject();
            Node st = first(u, sel, OA.start.asNode()), en = first(u, sel, OA.end.asNode()), ex = first(u, sel, OA.exact.asNode());
            if (st != null) start = Integer.valueOf(st.getLiteralLexicalForm());
            if (en != null) end = Integer.valueOf(en.getLiteralLexicalForm());
            if (ex != null) exact = ex.getLiteralLexicalForm();
        }
        Node doc = null;
        if (src != null)
            for (Triple t : u.find(Node.ANY, org.policygraph.rdf.PROV.wasDerivedFrom.asNode(), src).toList())
                if (u.contains(t.getSubject(), RDF.type.asNode(), ELI.LegalResource.asNode())) doc = t.getSubject();
        String where = start == null ? "" : start + "–" + end;
        String q = "<q>" + Html.esc(Labels.shorten(exact == null ? "" : exact, 400)) + "</q>";
        if (doc == null) return q + " <span class=\"off\">" + where + "</span>";
        return q + " <a class=\"off\" href=\"" + Html.esc(links.href(doc.getURI())) + "#o" + start + "\">" + Html.t("characters", "ký tự") + " " + where + "</a>";
    }

    private String properties(Node n, Graph d, Graph u, Labels labels) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        d.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getPredicate().equals(PG.evidence.asNode()) || t.getPredicate().equals(RDF.type.asNode())) return;
            byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        });
        if (byPredicate.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<section><h2>" + Html.t("Properties", "Thuộc tính") + "</h2><table class=\"props\"><tbody>\n");
        byPredicate.forEach((p, values) -> {
            b.append("<tr><th scope=\"row\">").append(predicate(p, labels)).append("</th><td><ul>");
            for (Node o : values) {
                b.append("<li>").append(value(o, labels));
                for (Node ev : statementEvidence(n, p, o, u)) b.append("<div class=\"ev\">").append(quote(ev, u)).append("</div>");
                b.append("</li>");
            }
            b.append("</ul></td></tr>\n");
        });
        return b.append("</tbody></table></section>\n").toString();
    }

    /** Evidence of a reified statement (subject, predicate, object), as the header mapping writes it. */
    private static List<Node> statementEvidence(Node s, Node p, Node o, Graph u) {
        List<Node> out = new ArrayList<>();
        for (Triple t : u.find(Node.ANY, RDF.subject.asNode(), s).toList()) {
            Node st = t.getSubject();
            if (u.contains(st, RDF.predicate.asNode(), p) && u.contains(st, RDF.object.asNode(), o))
                u.find(st, PG.evidence.asNode(), Node.ANY).forEachRemaining(e -> out.add(e.getObject()));
        }
        return out;
    }

    private String incoming(Node n, Graph d, Labels labels) {
        List<Triple> in = d.find(Node.ANY, Node.ANY, n).toList().stream()
                .filter(t -> !t.getPredicate().equals(RDF.subject.asNode()) && !t.getPredicate().equals(OA.hasSource.asNode()))
                .toList();
        if (in.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<section><h2>" + Html.t("Linked from", "Được liên kết từ") + " (" + in.size() + ")</h2><table class=\"props\"><tbody>\n");
        in.stream().limit(MAX_INCOMING).forEach(t -> b.append("<tr><td>").append(value(t.getSubject(), labels)).append("</td><th scope=\"row\">")
                .append(predicate(t.getPredicate(), labels)).append("</th></tr>\n"));
        return b.append("</tbody></table></section>\n").toString();
    }

    String predicate(Node p, Labels labels) {
        String[] both = labels.both(p);
        String compact = Labels.compact(p.getURI());
        String shown = both[1] != null ? Html.t(both[1], both[0] != null ? both[0] : both[1]) : Html.esc(compact);
        return "<a href=\"" + Html.esc(links.href(p.getURI())) + "\" title=\"" + Html.esc(compact) + "\">" + shown + "</a>";
    }

    String value(Node o, Labels labels) {
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            String dt = lang.isEmpty() && o.getLiteralDatatypeURI() != null ? Labels.compact(o.getLiteralDatatypeURI()) : null;
            String text = o.getLiteralLexicalForm();
            return "<span class=\"lit\"" + (lang.isEmpty() ? "" : " lang=\"" + Html.esc(lang) + "\"") + ">" + Html.esc(Labels.shorten(text, 2000)) + "</span>"
                    + (dt != null && !dt.equals("xsd:string") ? " <small class=\"dt\">" + Html.esc(dt) + "</small>" : "");
        }
        if (o.isBlank()) return "<span class=\"bnode\">[ ]</span>";
        return link(o, labels, null);
    }

    String link(Node o, Labels labels, String cls) {
        String iri = o.getURI();
        boolean inData = links.own(iri) || dsg.getUnionGraph().find(o, Node.ANY, Node.ANY).hasNext();
        String href = inData ? links.href(iri) : iri;
        return "<a" + (cls == null ? "" : " class=\"" + cls + "\"") + " href=\"" + Html.esc(href) + "\"" + (inData ? "" : " rel=\"external\"")
                + " title=\"" + Html.esc(iri) + "\">" + Html.esc(labels.of(o)) + "</a>";
    }

    static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
