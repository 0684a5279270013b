package org.policygraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;

/**
 * Dereferenceable IRIs. A GET of a path of the configured base on this server ({@code /doc/...},
 * {@code /body/...}, {@code /unit/...}, ...) describes the IRI {@code {base}path}; {@code /describe?iri=...}
 * describes any IRI of the dataset. The answer is direct (200, no 303 redirect), in the format chosen by a
 * suffix ({@code .ttl}, {@code .jsonld}, {@code .nt}, {@code .html}) or by {@code Accept} (HTML for browsers,
 * Turtle otherwise), with {@code Vary: Accept} and {@code Link} headers to the other formats. An IRI the dataset
 * does not mention is 404.
 */
final class LinkedDataServlet extends HttpServlet {
    /** First path segments of the IRI scheme that this servlet answers for. */
    static final List<String> PATHS = List.of("doc", "body", "unit", "concept", "term", "congress", "source", "graph", "structure", "derivation");

    private final Describer describer;
    private final Links links;

    LinkedDataServlet(Describer describer, Links links) {
        this.describer = describer;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Links.decodePath(req.getRequestURI());
        if (path == null) { HttpGuard.refuse(resp, 400, "the path is not valid percent-encoded UTF-8"); return; }
        Formats format = Formats.bySuffix(path);
        if (format != null) path = path.substring(0, path.length() - format.suffix.length());
        String iri = path.equals("/describe") ? req.getParameter("iri") : links.iriOfPath(path);
        if (iri == null || iri.isBlank()) { HttpGuard.refuse(resp, 400, "no IRI: /describe?iri=..."); return; }
        if (format == null) format = Formats.byAccept(req.getHeader("Accept"));
        resp.setHeader("Vary", "Accept");
        if (format == null) { HttpGuard.refuse(resp, 406, Formats.offered()); return; }
        Describer.Description d = describer.describe(iri);
        Model m = d.model();
        if (d.truncated()) resp.setHeader(Bounds.TRUNCATED_HEADER, "description cut at " + m.size() + " triples or the time-out; "
                + "query the SPARQL endpoint for the rest");
        if (m.isEmpty()) {
            resp.setStatus(404);
            if (format == Formats.HTML) send(resp, Html.page("Not found", "<h1>404</h1><p>" + Html.t("Nothing is known about", "Không có dữ liệu về")
                    + " <code>" + Html.esc(iri) + "</code>.</p>", null));
            else HttpGuard.refuse(resp, 404, "nothing is known about " + iri);
            return;
        }
        String here = links.href(iri);
        StringBuilder alt = new StringBuilder();
        for (Formats f : Formats.values()) {
            if (!alt.isEmpty()) alt.append(", ");
            alt.append('<').append(links.variant(iri, f)).append(">; rel=\"alternate\"; type=\"").append(f.mediaType).append('"');
        }
        resp.setHeader("Link", Links.ascii(alt.toString()));
        if (!here.startsWith("http")) resp.setHeader("Content-Location", Links.ascii(links.variant(iri, format)));
        if (format == Formats.HTML) send(resp, new ResourcePage(describer.dataset(), links).render(iri, m)
                .replace("\n</main>", d.truncated() ? "<p class=\"truncated\">" + Html.t("This description is truncated: query the endpoint for the rest.",
                        "Mô tả này bị cắt bớt: hãy truy vấn điểm cuối SPARQL để xem phần còn lại.") + "</p>\n</main>" : "\n</main>"));
        else format.write(resp, m);
    }

    static void send(HttpServletResponse resp, String html) throws IOException {
        resp.setContentType("text/html");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(html);
    }
}
