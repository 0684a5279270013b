package org.policygraph.server;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What the store holds, for the home page: the loaded documents (those read from a source file) by level (their
 * own, else their issuer's) and by type, the documents cited most (by how many documents cite them), and totals.
 * Computed with SPARQL once per store (the served store does not change) and kept as HTML.
 */
final class StoreSummary {
    static final int MOST_CITED = 20;
    private static final Map<DatasetGraph, String> CACHE = Collections.synchronizedMap(new WeakHashMap<>());
    private static final String LOADED = "?d a eli:LegalResource ; prov:wasDerivedFrom ?src . ?src a pg:SourceFile . ";

    private final DatasetGraph dsg;
    private final Links links;

    StoreSummary(DatasetGraph dsg, Links links) {
        this.dsg = dsg;
        this.links = links;
    }

    String html() { return CACHE.computeIfAbsent(dsg, k -> Txn.calculateRead(dsg, this::compute)); }

    private String compute() {
        Labels labels = new Labels(dsg.getUnionGraph());
        ResourcePage page = new ResourcePage(dsg, links);
        long loaded = count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { " + LOADED + "}");
        long known = count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a eli:LegalResource FILTER(isIRI(?d)) }");
        long citations = count("SELECT (COUNT(?c) AS ?n) WHERE { ?c a pg:Citation }");
        long cites = count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?d WHERE { ?a eli:cites ?d } }");
        StringBuilder b = new StringBuilder("<section class=\"summary\"><h2>" + Html.t("What the store holds", "Dữ liệu hiện có") + "</h2><p>");
        b.append(Html.t(loaded + " documents loaded, " + (known - loaded) + " more known from citations; " + citations + " citations, "
                + cites + " links between documents.", loaded + " văn bản đã nạp, thêm " + (known - loaded) + " văn bản biết qua trích dẫn; "
                + citations + " trích dẫn, " + cites + " liên kết giữa các văn bản.")).append("</p>\n");
        b.append(table("by-level", Html.t("Loaded documents by level", "Văn bản đã nạp theo cấp"), Sparql.select(dsg,
                "SELECT ?k (COUNT(DISTINCT ?d) AS ?n) WHERE { " + LOADED + "OPTIONAL { ?d pg:level ?own } OPTIONAL { ?d eli:passed_by/pg:level ?bl } "
                + "BIND(COALESCE(?own, ?bl) AS ?k) } GROUP BY ?k ORDER BY DESC(?n)"), page, labels));
        b.append(table("by-type", Html.t("Loaded documents by type", "Văn bản đã nạp theo loại"), Sparql.select(dsg,
                "SELECT ?k (COUNT(DISTINCT ?d) AS ?n) WHERE { " + LOADED + "OPTIONAL { ?d eli:type_document ?k } } GROUP BY ?k ORDER BY DESC(?n)"), page, labels));
        b.append(table("most-cited", Html.t("Most cited documents (citing documents)", "Văn bản được trích dẫn nhiều nhất (số văn bản trích dẫn)"),
                Sparql.select(dsg, "SELECT ?k (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a eli:cites ?k ; a eli:LegalResource . ?k a eli:LegalResource "
                        + "FILTER(isIRI(?k) && ?a != ?k) } GROUP BY ?k ORDER BY DESC(?n) ?k LIMIT " + MOST_CITED), page, labels));
        return b.append("</section>\n").toString();
    }

    private long count(String query) {
        List<QuerySolution> r = Sparql.select(dsg, query);
        return r.isEmpty() || !r.get(0).contains("n") ? 0 : r.get(0).getLiteral("n").getLong();
    }

    /** Rows of (?k, ?n) as a table: ?k linked to its page (an unbound ?k is "unknown"). */
    private static String table(String id, String heading, List<QuerySolution> rows, ResourcePage page, Labels labels) {
        StringBuilder b = new StringBuilder("<section class=\"stats\"><h3>" + heading + "</h3><table class=\"counts " + id + "\"><tbody>");
        for (QuerySolution r : rows) {
            Node k = r.contains("k") ? r.get("k").asNode() : null;
            b.append("<tr><td>").append(k != null && k.isURI() ? page.link(k, labels, null) : Html.t("unknown", "không rõ"))
             .append("</td><td class=\"n\">").append(r.getLiteral("n").getLong()).append("</td></tr>");
        }
        return b.append("</tbody></table></section>").toString();
    }
}
