package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Full-text search that ignores diacritics and case: the analyzer, the search page and text:query at the endpoint. */
class SearchTest {
    static TestServer server;

    @BeforeAll
    static void start() throws IOException { server = TestServer.start(false); }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void analyzerFoldsVietnameseMarksAndDStroke() {
        assertEquals("nong", SearchServlet.fold("Nông"));
        assertEquals("moi", SearchServlet.fold("MỚI"));
        assertEquals("duong", SearchServlet.fold("Đường"));
        assertEquals("dang", SearchServlet.fold("đảng"));
        assertEquals(Set.of("nong", "thon", "moi"), SearchServlet.terms("Nông thôn mới"));
    }

    @Test
    void highlightMarksTheWordsAsPrinted() {
        String h = SearchServlet.highlight("xây dựng nông thôn mới kiểu mẫu", SearchServlet.terms("nong thon moi"));
        assertEquals("xây dựng <mark>nông</mark> <mark>thôn</mark> <mark>mới</mark> kiểu mẫu", h);
    }

    @Test
    void unaccentedQueryFindsAccentedText() throws Exception {
        SearchServlet s = new SearchServlet(server.server.getDataAccessPointRegistry().get("/policy").getDataService().getDataset(), new Links(server.base), new Bounds(30_000, 10_000));
        List<SearchServlet.Hit> plain = s.search("nong thon moi");
        List<SearchServlet.Hit> accented = s.search("Nông thôn mới");
        assertFalse(plain.isEmpty());
        assertEquals(plain.stream().map(SearchServlet.Hit::iri).toList(), accented.stream().map(SearchServlet.Hit::iri).toList());
        for (int i = 1; i < plain.size(); i++) assertTrue(plain.get(i - 1).score() >= plain.get(i).score(), "ranked");
        assertTrue(plain.get(0).text().toLowerCase().contains("nông thôn mới"));
        String page = server.get("/search?q=" + URLEncoder.encode("nong thon moi", StandardCharsets.UTF_8), "text/html").body();
        assertTrue(page.contains("<mark>nông</mark> <mark>thôn</mark> <mark>mới</mark>") || page.contains("<mark>Nông</mark> <mark>thôn</mark> <mark>mới</mark>"), "highlighted");
        assertTrue(page.contains("class=\"hit\" href=\"/doc/"));
        // titles are searched too, and ranked: "nhiem vu" is in three titles
        assertTrue(s.search("nhiem vu").stream().filter(h -> h.kind().equals("document")).count() >= 3);
    }

    @Test
    void textQueryOnTheEndpoint() throws Exception {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX eli: <http://data.europa.eu/eli/ontology#> "
                + "SELECT ?d WHERE { (?d ?score) text:query (eli:title \"giai phap\") . ?d a eli:LegalResource }";
        String csv = server.get(PolicyServer.ENDPOINT + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv").body();
        assertTrue(csv.lines().count() >= 3, csv);
    }
}
