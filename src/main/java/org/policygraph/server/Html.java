package org.policygraph.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The page frame shared by the workbench, search, resource and dataset pages: navigation, search box, the
 * interface language switch (English / Vietnamese, both labels are in the page and CSS shows one), and the
 * local style sheet and script. Nothing is loaded from another host.
 */
final class Html {
    private Html() {}

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String url(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** An interface label in both languages. */
    static String t(String en, String vi) {
        return "<span class=\"ui-en\" lang=\"en\">" + esc(en) + "</span><span class=\"ui-vi\" lang=\"vi\">" + esc(vi) + "</span>";
    }

    static String page(String title, String body, String head) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · policy-graph</title>"
                + "<link rel=\"stylesheet\" href=\"/web/style.css\">" + (head == null ? "" : head)
                + "<script src=\"/web/app.js\" defer></script></head><body>\n"
                + "<a class=\"skip\" href=\"#main\">" + t("Skip to content", "Bỏ qua điều hướng") + "</a>\n"
                + "<header class=\"top\"><nav aria-label=\"main\"><a class=\"brand\" href=\"/\">policy-graph</a>"
                + "<a href=\"/\">" + t("Query", "Truy vấn") + "</a>"
                + "<a href=\"/void\">" + t("Dataset", "Bộ dữ liệu") + "</a>"
                + "<a href=\"/dumps/policy-graph.nq.gz\">" + t("Dump", "Tải toàn bộ") + "</a></nav>"
                + "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<label for=\"q\" class=\"vh\">Search</label>"
                + "<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"nong thon moi…\" aria-label=\"search / tìm kiếm\">"
                + "<button type=\"submit\">" + t("Search", "Tìm") + "</button></form>"
                + "<button type=\"button\" id=\"ui-lang\" class=\"lang\" aria-label=\"English / Tiếng Việt\">EN / VI</button>"
                + "</header>\n<main id=\"main\">\n" + body + "\n</main></body></html>\n";
    }
}
