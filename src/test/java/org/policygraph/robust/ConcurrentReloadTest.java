package org.policygraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.server.PolicyServer;
import org.policygraph.store.LoadReport;
import org.policygraph.store.Loader;
import org.policygraph.store.PolicyStore;
import org.policygraph.store.TestStores;

/**
 * Concurrency: {@value #CLIENTS} clients on loopback run chain queries (citation chains over {@code eli:cites},
 * documents per issuing body's unit over {@code eli:passed_by}, triple counts of the reloaded documents and of
 * the whole store) against the running server while, in the same JVM and through the same {@code Dataset},
 * two documents are reloaded over and over, each alternating between its full text and a shortened one.
 * Every answer must be one the store gives in one of the four states (full or short for each document):
 * zero errors, never a half-loaded document.
 *
 * <p>Duration: system property {@code robust.concurrency.seconds}, 10 s in the regular test run, 60 s with
 * {@code mvn test -Pbench} (the figure).
 */
class ConcurrentReloadTest {
    static final int CLIENTS = 50;
    static final String PREFIXES = "PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX pg: <https://w3id.org/policy-graph/ontology#> ";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path tmp;

    @Test
    void clientsSeeEachDocumentBeforeOrAfterAReloadNeverHalfway() throws Exception {
        long seconds = Long.getLong("robust.concurrency.seconds", 10);
        List<Path> documents = TestStores.documents();
        try (PolicyStore store = TestStores.corpus(tmp.resolve("store"))) {
            Loader loader = TestStores.loader(store);
            // two documents, each as printed and cut short (its first 55% of lines: same header, fewer facts)
            List<Path[]> variants = new ArrayList<>();
            List<String> graphs = new ArrayList<>();
            for (Path doc : documents) {
                if (variants.size() == 2) break;
                Path cut = Files.createDirectories(tmp.resolve("cut-" + variants.size())).resolve(doc.getFileName());
                List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
                Files.write(cut, lines.subList(0, lines.size() * 55 / 100), StandardCharsets.UTF_8);
                LoadReport.Loaded full = loader.loadOne(doc);
                LoadReport.Loaded shortened = loader.loadOne(cut);
                loader.loadOne(doc);
                if (!full.graph().equals(shortened.graph()) || full.triples() == shortened.triples()) continue;
                variants.add(new Path[] {doc, cut});
                graphs.add(full.graph());
            }
            assertEquals(2, variants.size(), "fewer than two documents keep their identity when cut short");

            FusekiServer server = PolicyServer.build(store.dataset(),
                    new PolicyServer.Options("127.0.0.1", 0, Duration.ofSeconds(60), 100_000)).start();
            try {
                String endpoint = "http://127.0.0.1:" + server.getHttpPort() + PolicyServer.ENDPOINT;
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(30)).build();
                List<String> queries = queries(graphs);

                // the valid answers: each query in each of the four states
                Map<String, Set<String>> valid = new LinkedHashMap<>();
                for (int state = 0; state < 4; state++) {
                    for (int d = 0; d < 2; d++) loader.loadOne(variants.get(d)[(state >> d) & 1]);
                    for (String q : queries) valid.computeIfAbsent(q, k -> new HashSet<>()).add(answer(http, endpoint, q));
                }
                for (int i = 0; i < 2; i++)
                    assertEquals(2, valid.get(queries.get(i)).size(), "a reload does not change the answer of " + queries.get(i));
                assertTrue(valid.get(queries.get(2)).size() >= 2, "reloads do not change the size of the store");

                long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
                ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
                Map<String, Set<String>> seen = new ConcurrentHashMap<>();
                AtomicLong requests = new AtomicLong();
                AtomicLong reloads = new AtomicLong();
                List<Thread> threads = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    threads.add(Thread.ofVirtual().start(() -> {
                        for (int i = client; System.nanoTime() < deadline && errors.size() < 20; i++) {
                            String q = queries.get(i % queries.size());
                            try {
                                String a = answer(http, endpoint, q);
                                requests.incrementAndGet();
                                if (!valid.get(q).contains(a)) errors.add("an answer matching no state: " + q + " -> " + a);
                                seen.computeIfAbsent(q, k -> ConcurrentHashMap.newKeySet()).add(a);
                            } catch (Exception | AssertionError e) {
                                errors.add(q + ": " + e);
                            }
                        }
                    }));
                }
                Thread reloader = Thread.ofPlatform().start(() -> {
                    Random random = new Random(7);
                    while (System.nanoTime() < deadline && errors.size() < 20) {
                        try {
                            loader.loadOne(variants.get(random.nextInt(2))[random.nextInt(2)]);
                            reloads.incrementAndGet();
                        } catch (Exception e) {
                            errors.add("reload: " + e);
                        }
                    }
                });
                for (Thread t : threads) t.join();
                reloader.join();

                System.err.println("ConcurrentReloadTest: " + CLIENTS + " clients, " + seconds + " s, " + requests + " queries, "
                        + reloads + " reloads, " + errors.size() + " errors");
                assertEquals(List.of(), List.copyOf(errors));
                assertTrue(reloads.get() >= 4, "too few reloads to test anything: " + reloads);
                assertNotEquals(1, seen.get(queries.get(0)).size(), "clients never saw a reload of the first document");
            } finally {
                server.stop();
            }
        }
    }

    /** Triple counts of the two reloaded graphs and of everything, citation chains, documents per unit of their issuer. */
    private static List<String> queries(List<String> graphs) {
        List<String> q = new ArrayList<>();
        for (String g : graphs) q.add("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + g + "> { ?s ?p ?o } }");
        q.add("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        q.add(PREFIXES + "SELECT ?doc (COUNT(DISTINCT ?cited) AS ?n) WHERE { ?doc eli:cites+ ?cited } GROUP BY ?doc");
        q.add(PREFIXES + "SELECT ?doc ?cited ?issuer WHERE { ?doc eli:cites ?cited . OPTIONAL { ?cited eli:passed_by ?issuer } }");
        q.add(PREFIXES + "SELECT ?unit (COUNT(DISTINCT ?doc) AS ?n) WHERE { ?doc eli:passed_by/pg:jurisdiction ?unit } GROUP BY ?unit");
        q.add(PREFIXES + "SELECT ?doc ?step ?body WHERE { ?doc eli:passed_by ?body . OPTIONAL { ?doc eli:cites/eli:passed_by ?step } }");
        return q;
    }

    /** The query's result rows, as a canonical string (rows and bindings sorted). */
    static String answer(HttpClient http, String endpoint, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/sparql-results+json").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) throw new AssertionError("HTTP " + r.statusCode() + ": " + r.body());
        TreeSet<String> rows = new TreeSet<>();
        List<String> dup = new ArrayList<>();
        for (JsonNode b : JSON.readTree(r.body()).at("/results/bindings")) {
            TreeSet<String> cells = new TreeSet<>();
            b.fields().forEachRemaining(e -> cells.add(e.getKey() + "=" + (e.getValue().get("type").asText().equals("bnode") ? "_" : e.getValue().get("value").asText())));
            if (!rows.add(cells.toString())) dup.add(cells.toString());
        }
        return rows + (dup.isEmpty() ? "" : " + " + dup.size() + " duplicate rows " + new TreeSet<>(dup));
    }
}
