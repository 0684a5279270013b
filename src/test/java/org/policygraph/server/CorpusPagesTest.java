package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench's pages over the seeds and a sample of the real documents ({@link TestServer#corpus}): the home
 * page's summary agrees with the store, a facet narrows a search to the count it announces, a body's page lists
 * its documents by year.
 */
class CorpusPagesTest {
    static TestServer server;

    @BeforeAll
    static void start() throws Exception { server = TestServer.corpus(); }

    /** The single number a SELECT of {@code ?n} answers (CSV). */
    static long count(String query) throws Exception {
        String q = "PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "PREFIX pg: <https://w3id.org/policy-graph/ontology#> " + query;
        var r = server.get("/policy/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    /** The numbers of a counts table of the home page, in order. */
    static List<Long> column(String page, String table) {
        int at = page.indexOf("<table class=\"counts " + table + "\">");
        assertTrue(at >= 0, "table " + table);
        String t = page.substring(at, page.indexOf("</table>", at));
        List<Long> out = new ArrayList<>();
        Matcher m = Pattern.compile("<td class=\"n\">(\\d+)</td>").matcher(t);
        while (m.find()) out.add(Long.parseLong(m.group(1)));
        return out;
    }

    @Test
    void homePageSaysWhatTheStoreHolds() throws Exception {
        String page = server.get("/", "text/html").body();
        long loaded = count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a eli:LegalResource ; prov:wasDerivedFrom ?s . ?s a pg:SourceFile }");
        assertTrue(loaded >= 100, "the seeds and the sample: " + loaded);
        assertTrue(page.contains(loaded + " documents loaded"), "the count of loaded documents is on the page");
        assertEquals(loaded, column(page, "by-level").stream().mapToLong(Long::longValue).sum(), "every loaded document counted once by level");
        assertEquals(loaded, column(page, "by-type").stream().mapToLong(Long::longValue).sum(), "every loaded document counted once by type");
        List<Long> cited = column(page, "most-cited");
        assertEquals(StoreSummary.MOST_CITED, cited.size());
        for (int i = 1; i < cited.size(); i++) assertTrue(cited.get(i - 1) >= cited.get(i), "most cited first: " + cited);
        long top = count("SELECT (MAX(?c) AS ?n) WHERE { { SELECT ?d (COUNT(DISTINCT ?a) AS ?c) WHERE { ?a eli:cites ?d ; a eli:LegalResource "
                + "FILTER(?a != ?d) } GROUP BY ?d } }");
        assertEquals(top, cited.get(0), "the most cited document's count");
        assertTrue(page.contains("button type=\"button\" class=\"example\""), "the example queries are listed");
    }

    @Test
    void aFacetNarrowsTheSearchToItsCount() throws Exception {
        String q = "quyết định";
        String page = server.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/html").body();
        for (String facet : List.of("issuer", "type", "year")) {
            Matcher m = Pattern.compile("<ul class=\"facet " + facet + "\"><li><a href=\"([^\"]+)\">[^<]*</a> <span class=\"count\">(\\d+)</span>").matcher(page);
            assertTrue(m.find(), "a " + facet + " facet on the page");
            String narrowed = server.get(m.group(1).replace("&amp;", "&"), "text/html").body();
            assertTrue(narrowed.contains("<p class=\"count\">" + m.group(2) + " "), facet + " narrows to " + m.group(2) + " results");
            assertTrue(narrowed.contains("<li class=\"on\">"), "the chosen value is marked");
        }
    }

    @Test
    void aBodysPageListsItsDocumentsByYear() throws Exception {
        String q = "PREFIX eli: <http://data.europa.eu/eli/ontology#> SELECT ?b (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d eli:passed_by ?b ; a eli:LegalResource ;"
                + " eli:date_document ?date } GROUP BY ?b ORDER BY DESC(?n) LIMIT 1";
        var r = server.get("/policy/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv");
        String[] row = r.body().lines().skip(1).findFirst().orElseThrow().split(",");
        String body = row[0].substring(server.url("").length());
        String page = server.get(body, "text/html").body();
        assertTrue(page.contains("<h2 id=\"documents\">"), body + " lists its documents");
        List<Integer> years = new ArrayList<>();
        Matcher m = Pattern.compile("<h3 id=\"y(\\d{4})\">").matcher(page);
        while (m.find()) years.add(Integer.parseInt(m.group(1)));
        assertFalse(years.isEmpty(), "years as headings");
        for (int i = 1; i < years.size(); i++) assertTrue(years.get(i - 1) > years.get(i), "newest first: " + years);
        int listed = page.split("<ul class=\"by-year\">", -1).length - 1;
        assertEquals(years.size() + (page.contains("<h3 id=\"y-\">") ? 1 : 0), listed);
        long dated = Pattern.compile("<li><span class=\"date\">").matcher(page).results().count();
        assertEquals(Long.parseLong(row[1].strip()), dated, "every dated document of " + body + " listed once");
    }
}
