package org.policygraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * {@code GET /search?q=...}: full-text search over document titles, task texts, indicator texts and the whole
 * texts of documents (a hit in a text links to the document's text) through
 * {@code text:query} (diacritics and case ignored), ranked by the Lucene score, best hit per resource, with the
 * matching words highlighted in a snippet. The results can be narrowed by the issuer, type and year of their
 * documents ({@link SearchFacets}).
 */
final class SearchServlet extends HttpServlet {
    private static final int LIMIT = 50;
    /** Longest search text accepted; only its first {@link TextSearch#MAX_WORDS} words are used. */
    static final int MAX_QUERY_CHARS = 4_000;
    private static final Analyzer ANALYZER = new FoldingAnalyzer();

    /** One result: the resource, its kind, its score and the matched text. */
    record Hit(String iri, String kind, double score, String text) {}

    private final DatasetGraph dsg;
    private final Links links;
    private final Bounds bounds;

    SearchServlet(DatasetGraph dsg, Links links, Bounds bounds) {
        this.dsg = dsg;
        this.links = links;
        this.bounds = bounds;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        if (q.length() > MAX_QUERY_CHARS) { HttpGuard.refuse(resp, 400, "a search of more than " + MAX_QUERY_CHARS + " characters"); return; }
        StringBuilder b = new StringBuilder("<h1>" + Html.t("Search", "Tìm kiếm") + "</h1>");
        b.append("<form class=\"big-search\" action=\"/search\" method=\"get\"><label for=\"q2\">").append(Html.t("Words (accents optional)", "Từ khóa (có thể gõ không dấu)"))
         .append("</label> <input id=\"q2\" name=\"q\" type=\"search\" value=\"").append(Html.esc(q)).append("\"> <button type=\"submit\">")
         .append(Html.t("Search", "Tìm")).append("</button></form>");
        if (!q.isEmpty()) {
            List<Hit> all = hits(q);
            Set<String> terms = terms(q);
            SearchFacets.Filter filter = new SearchFacets.Filter(param(req, "issuer"), param(req, "type"), param(req, "year"));
            Txn.executeRead(dsg, () -> {
                Labels labels = new Labels(dsg.getUnionGraph());
                SearchFacets facets = new SearchFacets(dsg.getUnionGraph());
                Map<Hit, String> docs = new LinkedHashMap<>();
                for (Hit h : all) {
                    String doc = facets.document(h.iri().replace("#text", ""));
                    if (filter.keeps(facets.facts(doc))) docs.put(h, doc);
                }
                List<Hit> hits = new ArrayList<>(docs.keySet()).subList(0, Math.min(LIMIT, docs.size()));
                b.append("<div class=\"with-facets\">").append(facets.render(q, filter, docs.values().stream().filter(d -> d != null).toList(), labels));
                b.append("<div class=\"hits\"><p class=\"count\">").append(docs.size()).append(' ').append(Html.t("results", "kết quả"));
                if (docs.size() > hits.size()) b.append(", ").append(Html.t("the first " + hits.size() + " shown", hits.size() + " kết quả đầu"));
                b.append("</p><ol class=\"results\">");
                for (Hit h : hits) {
                    b.append("<li><span class=\"kind ").append(h.kind()).append("\">").append(Html.esc(h.kind())).append("</span> <a class=\"hit\" href=\"")
                     .append(Html.esc(href(h.iri()))).append("\">").append(highlight(Labels.shorten(labels.of(Labels.iri(h.iri().replace("#text", ""))), 160), terms))
                     .append("</a> <small class=\"score\">").append(String.format(java.util.Locale.ROOT, "%.2f", h.score())).append("</small>")
                     .append("<p class=\"snippet\" lang=\"vi\">").append(highlight(snippet(h.text(), phrase(q)), terms)).append("</p></li>");
                }
                b.append("</ol></div></div>");
            });
        }
        LinkedDataServlet.send(resp, Html.page(q.isEmpty() ? "Search" : q, b.toString(), null));
    }

    private String href(String iri) {
        return iri.endsWith("#text") ? links.href(iri.substring(0, iri.length() - 5)) + "#text" : links.href(iri);
    }

    private static String param(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The first {@value #LIMIT} hits of {@link #hits}. */
    List<Hit> search(String words) {
        List<Hit> all = hits(words);
        return all.subList(0, Math.min(LIMIT, all.size()));
    }

    /** Hits of documents, tasks, targets and reported figures, best first, one per resource (at most 500 before that). */
    List<Hit> hits(String words) {
        String lucene = TextSearch.luceneQuery(words);
        if (lucene.isEmpty()) return List.of();
        String query = "SELECT ?s ?score ?lit ?type ?doc WHERE { (?s ?score ?lit) text:query (\"" + lucene.replace("\\", "\\\\").replace("\"", "\\\"") + "\" 500) . "
                + "?s a ?type FILTER(?type IN (eli:LegalResource, pg:Task, pg:Target, pg:ReportedFigure, pg:SourceFile)) "
                + "OPTIONAL { ?doc prov:wasDerivedFrom ?s ; a eli:LegalResource FILTER(?type = pg:SourceFile) } } ORDER BY DESC(?score)";
        Map<String, Hit> best = new LinkedHashMap<>();
        Txn.executeRead(dsg, () -> {
            for (QuerySolution r : Sparql.selectText(dsg, query, bounds.timeoutMillis())) {
                String type = r.getResource("type").getLocalName();
                if (type.equals("SourceFile") && !r.contains("doc")) continue;
                String iri = type.equals("SourceFile") ? r.getResource("doc").getURI() + "#text" : r.getResource("s").getURI();
                if (best.containsKey(iri)) continue;
                String kind = switch (type) {
                    case "Task" -> "task"; case "Target" -> "target"; case "ReportedFigure" -> "figure"; case "SourceFile" -> "text"; default -> "document";
                };
                best.put(iri, new Hit(iri, kind, r.getLiteral("score").getDouble(), r.getLiteral("lit").getString()));
            }
        });
        return new ArrayList<>(best.values());
    }

    /** The folded terms of the query. */
    static Set<String> terms(String q) {
        Set<String> out = new HashSet<>();
        for (int[] t : tokens(q)) out.add(fold(q.substring(t[0], t[1])));
        return out;
    }

    static String fold(String word) {
        try (TokenStream ts = ANALYZER.tokenStream("text", new StringReader(word))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            StringBuilder b = new StringBuilder();
            while (ts.incrementToken()) b.append(term);
            ts.end();
            return b.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Start and end offsets of the tokens of a text. */
    static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("text", new StringReader(text))) {
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(new int[] {off.startOffset(), off.endOffset()});
            ts.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** The text, HTML-escaped, with the words whose folded form is a query term in {@code <mark>}. */
    static String highlight(String text, Set<String> terms) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int[] t : tokens(text)) {
            if (!terms.contains(fold(text.substring(t[0], t[1])))) continue;
            b.append(Html.esc(text.substring(at, t[0]))).append("<mark>").append(Html.esc(text.substring(t[0], t[1]))).append("</mark>");
            at = t[1];
        }
        return b.append(Html.esc(text.substring(at))).toString();
    }

    /** About 300 characters of the text around the first occurrence of the query as a phrase, else of its first matching word. */
    static String snippet(String text, List<String> phrase) {
        String flat = text.replaceAll("\\s+", " ").strip();
        List<int[]> tokens = tokens(flat);
        List<String> folded = tokens.stream().map(t -> fold(flat.substring(t[0], t[1]))).toList();
        int first = -1;
        for (int i = 0; i + phrase.size() <= folded.size() && first < 0 && !phrase.isEmpty(); i++)
            if (folded.subList(i, i + phrase.size()).equals(phrase)) first = tokens.get(i)[0];
        for (int i = 0; i < folded.size() && first < 0; i++) if (phrase.contains(folded.get(i))) first = tokens.get(i)[0];
        int from = Math.max(0, Math.max(first, 0) - 100), to = Math.min(flat.length(), from + 300);
        return (from > 0 ? "…" : "") + flat.substring(from, to) + (to < flat.length() ? "…" : "");
    }

    /** The folded words of the query in order. */
    static List<String> phrase(String q) {
        return tokens(q).stream().map(t -> fold(q.substring(t[0], t[1]))).toList();
    }
}
