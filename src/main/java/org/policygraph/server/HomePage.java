package org.policygraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /}: a small page explaining the service, linking the endpoint and listing the example queries;
 * {@code GET /queries/NAME.rq} returns one example query's text. Kept apart from the server setup so that a
 * query workbench can replace it.
 */
final class HomePage extends HttpServlet {
    private final String endpoint;

    HomePage(String endpoint) { this.endpoint = endpoint; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (path.startsWith("/queries/")) {
            ExampleQuery q = ExampleQuery.bundled(path.substring("/queries/".length()));
            if (q == null) { resp.sendError(404); return; }
            send(resp, "application/sparql-query", q.text());
            return;
        }
        if (!path.equals("/") && !path.equals("/index.html")) { resp.sendError(404); return; }
        send(resp, "text/html", page(ExampleQuery.bundled()));
    }

    String page(List<ExampleQuery> queries) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>policy-graph</title></head><body>\n")
         .append("<h1>policy-graph</h1>\n")
         .append("<p>A knowledge graph of Vietnamese policy documents (Party resolutions, People's Committee reports): ")
         .append("document headers, issuing bodies, citations, indicators and tasks, each fact with its evidence in the text.</p>\n")
         .append("<p>SPARQL 1.1 query endpoint (read-only): <a href=\"").append(endpoint).append("\"><code>")
         .append(endpoint).append("</code></a>. Send <code>GET ?query=...</code> or <code>POST</code> ")
         .append("(<code>application/sparql-query</code> or a form with <code>query=</code>). Results as JSON, XML, CSV or TSV ")
         .append("by <code>Accept</code> or <code>format=json|xml|csv|tsv</code>; CONSTRUCT and DESCRIBE as Turtle or JSON-LD. ")
         .append("The default graph is the union of all graphs, so no <code>GRAPH</code> clause is needed. ")
         .append("Updates are refused.</p>\n<h2>Example queries</h2>\n<ul>\n");
        for (ExampleQuery q : queries) {
            b.append("<li><a href=\"").append(endpoint).append("?query=")
             .append(URLEncoder.encode(q.text(), StandardCharsets.UTF_8)).append("\">").append(esc(q.title())).append("</a>");
            if (q.titleVi() != null) b.append(" (<span lang=\"vi\">").append(esc(q.titleVi())).append("</span>)");
            b.append(": ").append(esc(q.description()))
             .append(" [<a href=\"/queries/").append(esc(q.file())).append("\">").append(esc(q.file())).append("</a>]</li>\n");
        }
        return b.append("</ul>\n</body></html>\n").toString();
    }

    private static void send(HttpServletResponse resp, String type, String body) throws IOException {
        resp.setContentType(type);
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(body);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
