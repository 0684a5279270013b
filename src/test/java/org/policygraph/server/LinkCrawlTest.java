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
 * server's base is its own address, so every dataset IRI is itself a local link.
 */
class LinkCrawlTest {
    /** Pages fetched at most by one crawl (the five documents' site is a few hundred pages). */
    static final int MAX_PAGES = 1_500;
    static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]+)\"");
    static TestServer server;

    @BeforeAll
    static void start() throws Exception { server = TestServer.start(true); }

    @AfterAll
    static void stop() { if (server != null) server.close(); }

    @Test
    void everyLinkFromTheHomePageResolves() throws Exception {
        List<String> broken = crawl(List.of("/"));
        assertEquals(List.of(), broken);
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

    private static List<String> crawl(List<String> from) throws Exception {
        Deque<String> todo = new ArrayDeque<>(from);
        Set<String> seen = new HashSet<>(from);
        List<String> broken = new ArrayList<>();
        int fetched = 0;
        while (!todo.isEmpty() && fetched++ < MAX_PAGES) {
            String path = todo.poll();
            HttpResponse<String> r = server.get(path, "text/html");
            if (r.statusCode() / 100 != 2) { broken.add(r.statusCode() + " " + path); continue; }
            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) continue;
            Matcher m = HREF.matcher(r.body());
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&").replaceFirst("#.*", "");
                if (link.startsWith(server.url("/"))) link = link.substring(server.url("").length());
                if (!link.startsWith("/") || link.startsWith("//") || link.startsWith("/dumps/")) continue;
                if (seen.add(link)) todo.add(link);
            }
        }
        System.err.println("LinkCrawlTest: " + Math.min(fetched, MAX_PAGES) + " pages crawled from " + from + " (" + seen.size() + " links seen), "
                + broken.size() + " not 2xx");
        return broken;
    }
}
