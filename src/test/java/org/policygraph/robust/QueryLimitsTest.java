package org.policygraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.server.PolicyServer;
import org.policygraph.store.PolicyStore;
import org.policygraph.store.TestStores;

/**
 * Limits of the endpoint: runaway queries stop at the time-out with HTTP 503 and a message saying so, results
 * are capped at {@code --max-rows} whatever the query form, and the server answers other clients while
 * runaway queries burn.
 */
class QueryLimitsTest {
    static final int TIMEOUT_SECONDS = 3;
    static final int MAX_ROWS = 100;
    /**
     * Bound on an ASK answered while runaway queries run. This test asserts a duration because responsiveness
     * is what it checks; the bound is loose (an ASK on an idle server answers in milliseconds) so that a slow
     * machine does not fail it, while a server whose threads are all held by runaway queries would.
     */
    static final Duration RESPONSIVE = Duration.ofSeconds(5);
    static final List<String> RUNAWAY = List.of(
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a (!<urn:x:none>)* ?z . ?z (!<urn:x:none>)* ?y }",
            "CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY DESC(?i)");

    @TempDir static Path tmp;
    static PolicyStore store;
    static FusekiServer server;
    static String endpoint;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        store = TestStores.corpus(tmp.resolve("s"));
        server = PolicyServer.build(store.dataset(),
                new PolicyServer.Options("127.0.0.1", 0, Duration.ofSeconds(TIMEOUT_SECONDS), MAX_ROWS)).start();
        endpoint = "http://127.0.0.1:" + server.getHttpPort() + PolicyServer.ENDPOINT;
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static HttpResponse<String> get(String query, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(120)).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void runawayQueriesStopAtTheTimeOutWithAClearErrorWhileTheServerStaysResponsive() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> runaway = new ArrayList<>();
        long[] answered = new long[RUNAWAY.size()];
        for (int i = 0; i < RUNAWAY.size(); i++) {
            String q = RUNAWAY.get(i);
            int at = i;
            runaway.add(CompletableFuture.supplyAsync(() -> {
                try {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = get(q, q.startsWith("CONSTRUCT") ? "text/turtle" : "application/sparql-results+json");
                    answered[at] = System.nanoTime() - t0;
                    return r;
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }, r -> Thread.ofVirtual().start(r)));
        }
        Thread.sleep(500);
        int asked = 0;
        while (runaway.stream().anyMatch(f -> !f.isDone()) && asked < 20) {
            long t0 = System.nanoTime();
            HttpResponse<String> ask = get("ASK { ?s a ?t }", "application/sparql-results+json");
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertEquals(200, ask.statusCode(), ask.body());
            assertTrue(new ObjectMapper().readTree(ask.body()).get("boolean").asBoolean());
            assertTrue(took.compareTo(RESPONSIVE) < 0, "an ASK took " + took + " while runaway queries ran");
            asked++;
            Thread.sleep(200);
        }
        assertTrue(asked > 0, "the runaway queries ended before any ASK was sent");
        runaway.forEach(CompletableFuture::join);
        System.err.printf("QueryLimitsTest: %d runaway queries, time-out %d s: answered after at most %.2f s; %d ASKs answered meanwhile%n",
                RUNAWAY.size(), TIMEOUT_SECONDS, java.util.Arrays.stream(answered).max().orElse(0) / 1e9, asked);
        for (int i = 0; i < RUNAWAY.size(); i++) {
            HttpResponse<String> r = runaway.get(i).join();
            assertEquals(503, r.statusCode(), RUNAWAY.get(i) + " was not stopped by the time-out: " + r.body());
            assertTrue(r.body().toLowerCase(Locale.ROOT).contains("timeout") || r.body().toLowerCase(Locale.ROOT).contains("timed out"),
                    "the error does not say the query timed out: " + r.body());
        }
    }

    @Test
    void aClientCannotRaiseTheTimeOut() throws Exception {
        String q = RUNAWAY.get(0);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?timeout=3600&query="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/sparql-results+json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode(), "a query asking for an hour was not stopped at the server's time-out: " + r.body());
    }

    @Test
    void selectRowsAreCappedWhateverTheLimitAndNesting() throws Exception {
        for (String q : List.of("SELECT * WHERE { ?s ?p ?o }",
                "SELECT * WHERE { ?s ?p ?o } LIMIT 100000",
                "SELECT * WHERE { { SELECT * WHERE { ?s ?p ?o } } }",
                "SELECT * WHERE { ?s ?p ?o } OFFSET 10")) {
            HttpResponse<String> r = get(q, "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(MAX_ROWS, new ObjectMapper().readTree(r.body()).at("/results/bindings").size(), q);
        }
    }

    @Test
    void constructAndDescribeResultsAreCappedToo() throws Exception {
        long total = store.size();
        assertTrue(total > 10L * MAX_ROWS, "the corpus is too small to show a cap: " + total);
        for (String q : List.of("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "DESCRIBE ?s WHERE { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }")) {
            HttpResponse<String> r = get(q, "application/n-triples");
            assertEquals(200, r.statusCode(), r.body());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(m);
            assertTrue(m.size() > 0 && m.size() <= MAX_ROWS * 20L, q + " returned " + m.size() + " of " + total + " triples");
        }
    }
}
