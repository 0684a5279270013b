package org.policygraph.server;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The indicator part of a target's or reported figure's page: every target and figure of the same measure
 * ({@code pg:measure}) across documents, levels and years, as a table with plain HTML bars (one scale per unit
 * of measure) so reported figures can be read against targets.
 */
final class IndicatorView {
    private final DatasetGraph dsg;
    private final Links links;
    private final Labels labels;

    IndicatorView(DatasetGraph dsg, Links links, Labels labels) {
        this.dsg = dsg;
        this.links = links;
        this.labels = labels;
    }

    String render(Node obs) {
        List<QuerySolution> rows = Sparql.select(dsg, "SELECT DISTINCT ?o ?type ?doc ?area ?period ?value ?unit WHERE { <" + obs.getURI() + "> pg:measure ?m . "
                + "?o pg:measure ?m ; a ?type FILTER(?type IN (pg:Target, pg:ReportedFigure)) "
                + "OPTIONAL { ?o qb:dataSet/(prov:wasDerivedFrom|dcterms:source) ?doc } OPTIONAL { ?o sdmx-dimension:refArea ?area } "
                + "OPTIONAL { ?o sdmx-dimension:refPeriod ?period } OPTIONAL { ?o pg:targetValue|pg:reportedValue ?value } "
                + "OPTIONAL { ?o <http://purl.org/linked-data/sdmx/2009/attribute#unitMeasure> ?unit } } ORDER BY ?unit ?period ?doc");
        if (rows.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<section><h2 id=\"related\">" + Html.t("Same measure in other documents, levels and years",
                "Cùng chỉ tiêu ở văn bản, cấp và năm khác") + "</h2><table class=\"bars\"><thead><tr><th>" + Html.t("kind", "loại") + "</th><th>"
                + Html.t("document", "văn bản") + "</th><th>" + Html.t("unit", "đơn vị") + "</th><th>" + Html.t("period", "kỳ") + "</th><th>"
                + Html.t("value", "giá trị") + "</th></tr></thead><tbody>");
        ResourcePage page = new ResourcePage(dsg, links);
        for (QuerySolution r : rows) {
            Node o = r.get("o").asNode();
            boolean target = r.getResource("type").getLocalName().equals("Target");
            Double v = r.contains("value") ? r.getLiteral("value").getDouble() : null;
            String unit = r.contains("unit") ? r.get("unit").asNode().toString() : "";
            double max = rows.stream().filter(x -> x.contains("value") && unit.equals(x.contains("unit") ? x.get("unit").asNode().toString() : ""))
                    .mapToDouble(x -> Math.abs(x.getLiteral("value").getDouble())).max().orElse(1);
            b.append("<tr").append(o.equals(obs) ? " class=\"self\"" : "").append("><td><a href=\"").append(Html.esc(links.href(o.getURI()))).append("\">")
                    .append(target ? Html.t("target", "chỉ tiêu") : Html.t("reported", "thực hiện")).append("</a></td><td>")
                    .append(r.contains("doc") ? page.link(r.get("doc").asNode(), labels, null) : "").append(r.contains("area") ? " · " + Html.esc(labels.of(r.get("area").asNode())) : "")
                    .append("</td><td>").append(r.contains("unit") ? Html.esc(labels.of(r.get("unit").asNode())) : "").append("</td><td>")
                    .append(r.contains("period") ? Html.esc(r.getLiteral("period").getLexicalForm()) : "").append("</td><td class=\"bar\">");
            if (v != null) {
                int w = max == 0 ? 0 : (int) Math.round(100 * Math.abs(v) / max);
                b.append("<span class=\"bar ").append(target ? "target" : "figure").append("\" style=\"width:").append(w).append("%\"></span><span class=\"num\">")
                        .append(Html.esc(r.getLiteral("value").getLexicalForm())).append("</span>");
            }
            b.append("</td></tr>");
        }
        return b.append("</tbody></table></section>\n").toString();
    }
}
