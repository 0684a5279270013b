package org.policygraph.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.policygraph.text.InputRejectedException;

/**
 * HTML pages saved from portals, through jsoup: the document's content (the first element matching a selector of
 * {@code data/reference/html-content.csv}: vbpl.vn's full text or its attributes table, thuvienphapluat.vn's
 * content, ...), else the body without navigation, headers, footers, scripts and forms. Block elements and table
 * rows become lines; table cells are separated by a tab.
 */
final class HtmlReader {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "section", "article", "blockquote", "pre", "ul", "ol", "dt", "dd", "center");
    private static final String CHROME = "script, style, noscript, nav, header, footer, form, iframe, select, button, input, menu";
    private static final List<String> SELECTORS = selectors();

    Extracted read(Path file, byte[] bytes) throws InputRejectedException {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new InputRejectedException(file, -1, "cannot be parsed as HTML: " + e.getMessage());
        }
        doc.select("script, style, noscript").remove();
        Element content = null;
        for (String s : SELECTORS) {
            content = doc.selectFirst(s);
            if (content != null && !content.text().isBlank()) break;
            content = null;
        }
        if (content == null) {
            doc.select(CHROME).remove();
            content = doc.body();
        }
        return Extracted.unpaged(text(content), "jsoup " + Jsoup.class.getPackage().getImplementationVersion()
                + (content == doc.body() ? " (page body)" : " (content: " + content.cssSelector() + ")"), null);
    }

    /** The element's text with a line per block and a tab between table cells. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override public void head(Node node, int depth) {
                if (node instanceof TextNode t) out.append(t.text());
                else if (node instanceof Element e && e.normalName().equals("td") && !endsWithBreak(out)) out.append('\t');
                else if (node instanceof Element e && BLOCKS.contains(e.normalName())) newline(out);
            }

            @Override public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) newline(out);
            }
        }, root);
        List<String> lines = new ArrayList<>();
        for (String l : out.toString().replace('\u00A0', ' ').split("\n")) {
            String s = l.strip().replaceAll("[ \\t]{2,}", " ");
            if (!s.isEmpty()) lines.add(s);
        }
        return String.join("\n", lines);
    }

    private static boolean endsWithBreak(StringBuilder b) { return b.isEmpty() || b.charAt(b.length() - 1) == '\n'; }

    private static void newline(StringBuilder b) { if (!endsWithBreak(b)) b.append('\n'); }

    private static List<String> selectors() {
        try (InputStream in = HtmlReader.class.getResourceAsStream("/reference/html-content.csv")) {
            if (in == null) throw new IllegalStateException("missing /reference/html-content.csv");
            List<String> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)))
                out.add(r.get("selector"));
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
