package org.policygraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The body part of a body's page: the documents it issued ({@code eli:passed_by}), by year, newest first, each with
 * its date and type; documents without a date last. Bounded to {@link #MAX_DOCUMENTS}.
 */
final class BodyView {
    static final int MAX_DOCUMENTS = 1_000;

    private final DatasetGraph dsg;
    private final Links links;
    private final Labels labels;

    BodyView(DatasetGraph dsg, Links links, Labels labels) {
        this.dsg = dsg;
        this.links = links;
        this.labels = labels;
    }

    /** The documents by year, or "" when the resource issued none. */
    String render(Node body) {
        List<QuerySolution> rows = Sparql.select(dsg, "SELECT ?d (SAMPLE(?date) AS ?when) (SAMPLE(?t) AS ?type) WHERE { ?d eli:passed_by <" + body.getURI()
                + "> ; a eli:LegalResource FILTER(isIRI(?d)) OPTIONAL { ?d eli:date_document ?date } OPTIONAL { ?d eli:type_document ?t } } "
                + "GROUP BY ?d ORDER BY DESC(?when) ?d LIMIT " + (MAX_DOCUMENTS + 1));
        if (rows.isEmpty()) return "";
        Map<String, List<QuerySolution>> byYear = new LinkedHashMap<>();
        for (QuerySolution r : rows.subList(0, Math.min(MAX_DOCUMENTS, rows.size()))) {
            String date = r.contains("when") ? r.getLiteral("when").getLexicalForm() : "";
            byYear.computeIfAbsent(date.length() >= 4 ? date.substring(0, 4) : "", k -> new ArrayList<>()).add(r);
        }
        StringBuilder b = new StringBuilder("<section><h2 id=\"documents\">" + Html.t("Documents issued", "Văn bản ban hành") + " ("
                + (rows.size() > MAX_DOCUMENTS ? MAX_DOCUMENTS + "+" : rows.size()) + ")</h2><nav class=\"years\">");
        byYear.forEach((y, docs) -> b.append("<a href=\"#y").append(y.isEmpty() ? "-" : y).append("\">").append(y.isEmpty() ? Html.t("no date", "không rõ ngày") : y)
                .append("</a> <span class=\"count\">").append(docs.size()).append("</span> "));
        b.append("</nav>");
        byYear.forEach((y, docs) -> {
            b.append("<h3 id=\"y").append(y.isEmpty() ? "-" : y).append("\">").append(y.isEmpty() ? Html.t("No date", "Không rõ ngày") : y)
             .append(" <span class=\"count\">(").append(docs.size()).append(")</span></h3><ul class=\"by-year\">");
            for (QuerySolution r : docs) {
                String d = r.getResource("d").getURI();
                b.append("<li>");
                if (r.contains("when")) b.append("<span class=\"date\">").append(Html.esc(r.getLiteral("when").getLexicalForm())).append("</span> ");
                if (r.contains("type") && r.get("type").isURIResource())
                    b.append("<span class=\"kind\">").append(Html.esc(labels.of(r.getResource("type").asNode()))).append("</span> ");
                b.append("<a href=\"").append(Html.esc(links.href(d))).append("\">").append(Html.esc(labels.of(Labels.iri(d)))).append("</a></li>");
            }
            b.append("</ul>");
        });
        return b.append("</section>\n").toString();
    }
}
