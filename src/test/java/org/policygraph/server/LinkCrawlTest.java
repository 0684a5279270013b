package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Linked data that resolves: a crawl from the home page (every local link of every HTML page) and from the VoID
 * description (every IRI it names on this server, the endpoint and the dumps) meets no answer other than 2xx. The
 * server's base is its own address, so every dataset IRI is itself a local link. Over the seeds and a sample of the
 * bundled real documents ({@link TestServer#corpus}) the crawl takes at most {@link #PER_KIND} pages of each kind
 * (path shape and parameters), so every kind of page is reached within bounded time.
 */
class LinkCrawlTest {
    /** Pages fetched at most by one crawl (the five documents' site is a few hundred pages). */
    static final int MAX_PAGES = 1_500;
    static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]+)\"");
    /** Pages of one kind fetched at most by the crawl over real documents, and pages in all. */
    static final int PER_KIND = 40, MAX_CORPUS_PAGES = 2_000;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception { server = TestServer.start(true); }

    @AfterAll
    static void stop() { if (server != null) server.close(); }

    @Test
    void everyLinkFromTheHomePageResolves() throws Exception {
        assertEquals(List.of(), crawl(server, List.of("/"), MAX_PAGES, MAX_PAGES).broken());
    }

    @Test
    void everyLinkOfTheWorkbenchOverRealDocumentsResolves() throws Exception {
        TestServer corpus = TestServer.corpus();
        Crawl c = crawl(corpus, List.of("/", "/search?q=" + Html.url("chuyển đổi số")), PER_KIND, MAX_CORPUS_PAGES);
        assertEquals(List.of(), c.broken());
        // the crawl reached the pages this is about: narrowed searches, a body's documents by year, documents
        assertTrue(c.pages().stream().anyMatch(p -> p.startsWith("/search?") && p.contains("&issuer=")), "search narrowed by issuer");
        assertTrue(c.pages().stream().anyMatch(p -> p.startsWith("/search?") && p.contains("&year=")), "search narrowed by year");
        assertTrue(c.withDocumentsByYear() > 0, "a body's page lists its documents by year");
        assertTrue(c.pages().stream().filter(p -> p.startsWith("/doc/")).count() > 100, "document pages: " + c.pages().size());
    }

    @Test
    void everyResourceOfTheDatasetDescriptionResolves() throws Exception {
        HttpResponse<String> v = server.get("/.well-known/void", "text/turtle");
        assertEquals(200, v.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(v.body(), Lang.TURTLE).parse(m);
        Set<String> starts = new HashSet<>();
        m.listStatements().forEachRemaining(st -> {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject()))
                if (n.isURIResource() && n.asResource().getURI().startsWith(server.url("/")))
                    starts.add(n.asResource().getURI().substring(server.url("").length()).replaceFirst("#.*", ""));
        });
        assertTrue(starts.size() > 5, "local IRIs in VoID: " + starts);
        assertTrue(m.listObjectsOfProperty(m.createProperty(DatasetDescription.VOID + "rootResource")).hasNext(), "VoID names a root resource");
        List<String> broken = new ArrayList<>();
        for (String p : starts) {
            int status = server.get(p, "text/turtle").statusCode();
            if (status / 100 != 2) broken.add(status + " " + p);
        }
        System.err.println("LinkCrawlTest: " + starts.size() + " local IRIs of VoID dereferenced, " + broken.size() + " not 2xx");
        assertEquals(List.of(), broken);
    }

    /** What a crawl met: the non-2xx answers, the pages fetched, how many listed a body's documents by year. */
    record Crawl(List<String> broken, List<String> pages, int withDocumentsByYear) {}

    /** Breadth first from {@code from}: at most {@code perKind} pages of one {@link #kind} and {@code max} in all. */
    static Crawl crawl(TestServer server, List<String> from, int perKind, int max) throws Exception {
        Deque<String> todo = new ArrayDeque<>(from);
        Set<String> seen = new HashSet<>(from);
        java.util.Map<String, Integer> kinds = new java.util.HashMap<>();
        List<String> broken = new ArrayList<>(), pages = new ArrayList<>();
        int byYear = 0;
        while (!todo.isEmpty() && pages.size() < max) {
            String path = todo.poll();
            if (kinds.merge(kind(path), 1, Integer::sum) > perKind) continue;
            pages.add(path);
            HttpResponse<String> r = server.get(path, "text/html");
            if (r.statusCode() / 100 != 2) { broken.add(r.statusCode() + " " + path); continue; }
            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) continue;
            if (r.body().contains("<ul class=\"by-year\">")) byYear++;
            Matcher m = HREF.matcher(r.body());
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&").replaceFirst("#.*", "");
                if (link.startsWith(server.url("/"))) link = link.substring(server.url("").length());
                if (!link.startsWith("/") || link.startsWith("//") || link.startsWith("/dumps/")) continue;
                if (seen.add(link)) todo.add(link);
            }
        }
        System.err.println("LinkCrawlTest: " + pages.size() + " pages crawled from " + from + " (" + seen.size() + " links seen), "
                + broken.size() + " not 2xx");
        return new Crawl(broken, pages, byYear);
    }

    /** A page's kind: its first path segment without a format suffix, its depth and the names of its parameters. */
    static String kind(String path) {
        int q = path.indexOf('?');
        String p = q < 0 ? path : path.substring(0, q);
        String params = q < 0 ? "" : path.substring(q + 1).replaceAll("=[^&]*", "");
        String[] seg = p.split("/");
        return (seg.length > 1 ? seg[1].replaceFirst("\\.[a-z0-9]+$", "") : "") + "/" + seg.length + "?" + params;
    }
}
