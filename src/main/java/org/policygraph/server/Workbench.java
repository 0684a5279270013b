package org.policygraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code GET /}: the researcher's workbench. A short explanation of the service, the example queries of
 * {@code queries/} (title and description in English and Vietnamese; one click opens one in the editor and runs
 * it), and the YASGUI editor (served from its webjar) against the read-only endpoint with the project's prefixes
 * preset. Result IRIs of the dataset link to their pages on this server ({@code web/workbench.js}). Below the
 * queries, what the store holds ({@link StoreSummary}).
 */
final class Workbench extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String endpoint;
    private final Links links;
    private final org.apache.jena.sparql.core.DatasetGraph dsg;

    Workbench(String endpoint, Links links, org.apache.jena.sparql.core.DatasetGraph dsg) {
        this.endpoint = endpoint;
        this.links = links;
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (!path.equals("/") && !path.equals("/index.html")) { resp.sendError(404); return; }
        LinkedDataServlet.send(resp, page(ExampleQuery.bundled()));
    }

    String page(List<ExampleQuery> queries) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>policy-graph</h1>\n<div class=\"intro\"><p>")
         .append(Html.t("A knowledge graph of Vietnamese policy documents (Party resolutions, People's Committee reports): document headers, "
                 + "issuing bodies, administrative units, citations, indicators and tasks, each fact with its evidence in the text.",
                 "Đồ thị tri thức về văn bản chính sách Việt Nam (nghị quyết của Đảng, báo cáo của UBND): thông tin văn bản, cơ quan ban hành, "
                 + "đơn vị hành chính, trích dẫn, chỉ tiêu và nhiệm vụ, mỗi dữ kiện kèm chứng cứ trong văn bản."))
         .append("</p><p>").append(Html.t("SPARQL 1.1 endpoint (read-only):", "Điểm truy vấn SPARQL 1.1 (chỉ đọc):"))
         .append(" <a href=\"").append(endpoint).append("\"><code>").append(endpoint).append("</code></a>. ")
         .append(Html.t("GET ?query=… or POST; results as JSON, XML, CSV or TSV; the default graph is the union of all graphs; "
                 + "full-text search with text:query. Every IRI of the dataset has a page; the dataset is described at ",
                 "GET ?query=… hoặc POST; kết quả dạng JSON, XML, CSV hoặc TSV; đồ thị mặc định là hợp của mọi đồ thị; tìm toàn văn bằng "
                 + "text:query. Mỗi IRI của bộ dữ liệu có trang riêng; mô tả bộ dữ liệu tại "))
         .append("<a href=\"/.well-known/void\">/.well-known/void</a>.</p></div>\n");
        b.append("<section class=\"examples\"><h2>").append(Html.t("Example queries", "Truy vấn mẫu")).append("</h2><ul class=\"examples\">\n");
        for (ExampleQuery q : queries) {
            b.append("<li><button type=\"button\" class=\"example\" data-file=\"").append(Html.esc(q.file())).append("\">")
             .append(Html.t(q.title(), q.titleVi() != null ? q.titleVi() : q.title())).append("</button> <span class=\"desc\">")
             .append(Html.t(q.description(), q.descriptionVi() != null ? q.descriptionVi() : q.description()))
             .append("</span> <a class=\"rq\" href=\"/queries/").append(Html.esc(q.file())).append("\">").append(Html.esc(q.file())).append("</a></li>\n");
        }
        b.append("</ul></section>\n").append(new StoreSummary(dsg, links).html()).append("<section><h2>").append(Html.t("Query editor", "Trình soạn truy vấn")).append("</h2><div id=\"yasgui\"></div></section>\n");
        b.append("<script type=\"application/json\" id=\"pg-config\">").append(config(queries).replace("</", "<\\/")).append("</script>\n");
        String head = "<link rel=\"stylesheet\" href=\"/webjars/yasgui/build/yasgui.min.css\">"
                + "<script src=\"/webjars/yasgui/build/yasgui.min.js\" defer></script><script src=\"/web/workbench.js\" defer></script>";
        return Html.page("SPARQL", b.toString(), head);
    }

    private String config(List<ExampleQuery> queries) {
        ObjectNode c = JSON.createObjectNode();
        c.put("endpoint", endpoint).put("base", links.base()).put("prefixes", Prefixes.sparql());
        ObjectNode px = c.putObject("prefixMap");
        Prefixes.NAMESPACES.forEach(px::put);
        ArrayNode ex = c.putArray("examples");
        for (ExampleQuery q : queries)
            ex.addObject().put("file", q.file()).put("title", q.title()).put("titleVi", q.titleVi()).put("text", q.text());
        return c.toString();
    }
}
