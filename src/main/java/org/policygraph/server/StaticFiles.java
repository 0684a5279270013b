package org.policygraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Static files from the class path: {@code /web/...} from {@code /web/} (the project's style sheet and
 * scripts), {@code /webjars/NAME/...} from the webjar {@code META-INF/resources/webjars/NAME/VERSION/...}
 * (YASGUI, cytoscape.js, dagre), the version filled in from the webjar's {@code pom.properties}.
 */
final class StaticFiles extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "css", "text/css", "map", "application/json",
            "svg", "image/svg+xml", "png", "image/png", "woff2", "font/woff2", "woff", "font/woff", "ttf", "font/ttf", "html", "text/html", "ico", "image/x-icon");
    private static final Map<String, String> WEBJARS = Map.of("yasgui", "zazuko__yasgui", "cytoscape", "cytoscape", "dagre", "dagre");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (path.contains("..")) { resp.sendError(404); return; }
        String resource = null;
        if (path.equals("/favicon.ico")) resource = "/web/favicon.ico";
        else if (path.startsWith("/web/")) resource = path;
        else if (path.startsWith("/webjars/")) {
            String rest = path.substring("/webjars/".length());
            int slash = rest.indexOf('/');
            String artifact = slash < 0 ? null : WEBJARS.get(rest.substring(0, slash));
            String version = artifact == null ? null : version(artifact);
            if (version != null) resource = "/META-INF/resources/webjars/" + artifact + "/" + version + rest.substring(slash);
        }
        InputStream in = resource == null ? null : StaticFiles.class.getResourceAsStream(resource);
        if (in == null) { resp.sendError(404); return; }
        String ext = path.substring(path.lastIndexOf('.') + 1);
        resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
        if (TYPES.getOrDefault(ext, "").startsWith("text/")) resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", path.startsWith("/webjars/") ? "public, max-age=86400" : "no-cache");
        try (in) { in.transferTo(resp.getOutputStream()); }
    }

    static String version(String artifact) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties")) {
            if (in == null) return null;
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }
}
