package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.store.PolicyStore;

/**
 * The endpoint as an attacker meets it: no query reaches the network (a loopback listener counts connections),
 * federation reaches only the hosts it names, a catastrophic regular expression stops at the time-out while other
 * clients are served, methods other than GET/HEAD/POST/OPTIONS are refused, every response carries the security
 * headers, and 1,000 malformed requests (paths, query strings, headers) never get a 500.
 */
class EndpointSecurityTest {
    static final int TIMEOUT_SECONDS = 3;
    static TestServer server;
    static Listener listener;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A loopback listener that counts the connections it accepts and answers each with an empty SPARQL result. */
    static final class Listener implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger connections = new AtomicInteger();

        Listener() throws IOException {
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        connections.incrementAndGet();
                        s.setSoTimeout(2000);
                        byte[] buf = new byte[8192];
                        s.getInputStream().read(buf);
                        String body = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[]}}";
                        s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: "
                                + body.length() + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
                    } catch (IOException ignored) {
                        // closed, or the client went away
                    }
                }
            }, "listener");
            t.setDaemon(true);
            t.start();
        }

        String url() { return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql"; }

        @Override public void close() throws IOException { socket.close(); }
    }

    @BeforeAll
    static void start() throws Exception {
        listener = new Listener();
        server = TestServer.start(false, new PolicyServer.Options("127.0.0.1", 0, Duration.ofSeconds(TIMEOUT_SECONDS), 10_000));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
        if (listener != null) listener.close();
    }

    static HttpResponse<String> query(String base, String query, String extra) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + PolicyServer.ENDPOINT + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8) + extra)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void noQueryReachesTheNetworkAndEachIsRefusedWithTheReason() throws Exception {
        String l = listener.url();
        int before = listener.connections.get();
        List<String> queries = List.of(
                "SELECT * WHERE { SERVICE <" + l + "> { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE SILENT <" + l + "> { ?s ?p ?o } }",
                "SELECT * WHERE { ?a ?b ?c FILTER EXISTS { SERVICE <" + l + "> { ?s ?p ?o } } } LIMIT 1",
                "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <" + l + "> { ?s ?p ?o } } } }",
                "SELECT * WHERE { BIND(<" + l + "> AS ?svc) SERVICE ?svc { ?s ?p ?o } }",
                "SELECT * FROM <" + l + "> WHERE { ?s ?p ?o } LIMIT 1",
                "SELECT * FROM NAMED <" + l + "> WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1",
                "ASK { SERVICE <" + l + "> { ?s ?p ?o } }",
                "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <" + l + "> { ?s ?p ?o } }");
        for (String q : queries) {
            HttpResponse<String> r = query(server.url(""), q, "");
            assertEquals(400, r.statusCode(), q + " -> " + r.body());
            assertTrue(r.body().contains("refused") || r.body().contains("does not fetch"), r.body());
        }
        HttpResponse<String> r = query(server.url(""), "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "&default-graph-uri=" + URLEncoder.encode(l, StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode(), r.body());
        System.err.println("EndpointSecurityTest: " + (queries.size() + 1) + " queries naming a local listener, "
                + (listener.connections.get() - before) + " outbound connections");
        assertEquals(before, listener.connections.get(), "outbound connections made by queries");
    }

    @Test
    void federationCallsOnlyTheNamedHosts() throws Exception {
        try (PolicyStore store = PolicyStore.inMemory()) {
            FusekiServer fed = PolicyServer.build(store.dataset(), new PolicyServer.Options("127.0.0.1", 0, Duration.ofSeconds(10), 100,
                    new PolicyServer.Federation(Set.of("127.0.0.1"), Duration.ofSeconds(5)))).start();
            try {
                String base = "http://127.0.0.1:" + fed.getHttpPort();
                int before = listener.connections.get();
                HttpResponse<String> other = query(base, "SELECT * WHERE { SERVICE <http://localhost:" + listener.socket.getLocalPort() + "/sparql> { ?s ?p ?o } }", "");
                assertEquals(400, other.statusCode(), other.body());
                assertEquals(before, listener.connections.get());
                HttpResponse<String> named = query(base, "SELECT * WHERE { SERVICE <" + listener.url() + "> { ?x ?p ?o } }", "");
                assertEquals(200, named.statusCode(), named.body());
                assertEquals(before + 1, listener.connections.get(), "the named host is called");
            } finally {
                fed.stop();
            }
        }
    }

    @Test
    void aCatastrophicRegexStopsAtTheTimeOutWhileOtherClientsAreServed() throws Exception {
        String regex = "SELECT (COUNT(*) AS ?n) WHERE { ?d <https://w3id.org/policy-graph/ontology#sourceText> ?t FILTER(regex(?t, \"(.*a){12}q\")) }";
        String replace = "SELECT (COUNT(*) AS ?n) WHERE { ?d <https://w3id.org/policy-graph/ontology#sourceText> ?t BIND(REPLACE(?t, \"(.*a){12}q\", \"x\") AS ?r) }";
        long t0 = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> runaway = new ArrayList<>();
        for (int i = 0; i < 16; i++)
            runaway.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.url(PolicyServer.ENDPOINT) + "?query="
                    + URLEncoder.encode(i % 2 == 0 ? regex : replace, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()));
        Thread.sleep(500);
        HttpResponse<String> ask = query(server.url(""), "ASK { ?s ?p ?o }", "");
        assertEquals(200, ask.statusCode());
        for (CompletableFuture<HttpResponse<String>> f : runaway) assertEquals(503, f.get().statusCode(), f.get().body());
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf("EndpointSecurityTest: 16 catastrophic regexes, time-out %d s: all answered 503 within %.1f s of the first request%n",
                TIMEOUT_SECONDS, seconds);
        // 16 queries on the machine's cores, each stopping at the time-out: all are done well before twice the time-out
        assertTrue(seconds < 2 * TIMEOUT_SECONDS + 3, "16 catastrophic regexes took " + seconds + " s with a time-out of " + TIMEOUT_SECONDS + " s");
        HttpResponse<String> fine = query(server.url(""), "SELECT (COUNT(*) AS ?n) WHERE { ?d <https://w3id.org/policy-graph/ontology#sourceText> ?t FILTER(regex(?t, \"Nghị quyết\", \"i\")) }", "");
        assertEquals(200, fine.statusCode(), "an ordinary regex still works");
    }

    @Test
    void unusedMethodsAreRefusedAndEveryResponseCarriesTheSecurityHeaders() throws Exception {
        for (String m : List.of("TRACE", "PUT", "DELETE", "PATCH", "PROPFIND")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url("/"))).method(m, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, r.statusCode(), m);
        }
        for (String path : List.of("/", "/void", "/nothing-here", PolicyServer.ENDPOINT, "/web/style.css", "/favicon.ico", "/ontology",
                "/search?q=nong+thon", "/unit/quan-kien-an")) {
            HttpResponse<String> r = server.get(path, null);
            Map<String, List<String>> h = r.headers().map();
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path + " " + h);
            assertFalse(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self' 'unsafe-inline'"), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertNotNull(r.headers().firstValue("Referrer-Policy").orElse(null), path);
        }
    }

    @Test
    void theEndpointWithoutAQueryDescribesItself() throws Exception {
        HttpResponse<String> r = server.get(PolicyServer.ENDPOINT, "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(null, m.createProperty(ServiceDescription.SD + "endpoint"), m.createResource(server.url(PolicyServer.ENDPOINT))));
        assertTrue(m.contains(null, m.createProperty(ServiceDescription.SD + "supportedLanguage"), m.createResource(ServiceDescription.SD + "SPARQL11Query")));
    }

    @Test
    void everyFormatRdflibAsksForIsServed() throws Exception {
        for (String type : List.of("application/rdf+xml", "text/n3", "application/n-triples", "text/turtle", "application/ld+json")) {
            Lang lang = RDFLanguages.contentTypeToLang(type);
            for (String path : List.of("/unit/quan-kien-an", "/void", "/ontology", PolicyServer.ENDPOINT + "?query="
                    + URLEncoder.encode("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 20", StandardCharsets.UTF_8), PolicyServer.ENDPOINT + "?query="
                    + URLEncoder.encode("DESCRIBE <https://w3id.org/policy-graph/unit/quan-kien-an>", StandardCharsets.UTF_8))) {
                HttpResponse<String> r = server.get(path, type);
                assertEquals(200, r.statusCode(), type + " " + path + " " + r.body());
                Model m = ModelFactory.createDefaultModel();
                Lang got = RDFLanguages.contentTypeToLang(r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
                RDFParser.fromString(r.body(), got == null ? lang : got).parse(m);
                assertFalse(m.isEmpty(), type + " " + path);
            }
        }
    }

    /** Paths, query strings and headers an attacker or a broken client sends, sent raw on a socket. */
    @Test
    void aThousandMalformedRequestsGetNo500() throws Exception {
        Random random = new Random(20261202L);
        List<String> paths = List.of("/", "/search", "/describe", "/doc/party/x", "/unit/", "/void", "/dumps/x", "/web/", "/webjars/yasgui/",
                PolicyServer.ENDPOINT, "/policy/update", "/policy", "/.well-known/void", "/ontology", "/graph/");
        List<String> junk = List.of("%FF%FE", "%ZZ", "%", "%C3", "..%2F..%2Fetc%2Fpasswd", "%00", "%E1%BB", "\"ngh%E1%BB%8B", "a+AND", "OR+",
                "%F0%9F%92%A9", "%C0%AF", "{}", "[]", "*", "a%2Fb", "ti%E1%BA%BFng+vi%E1%BB%87t", "%22%22", "NOT", "\\", "%5C");
        List<String> accept = List.of("*/*", "text/html", "application/rdf+xml", "garbage", "text/*;q=abc", ";;;", "application/ld+json;q=0", "");
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String path = paths.get(random.nextInt(paths.size())) + (random.nextBoolean() ? junk.get(random.nextInt(junk.size())) : "");
            String qs = switch (random.nextInt(5)) {
                case 0 -> "";
                case 1 -> "?q=" + junk.get(random.nextInt(junk.size()));
                case 2 -> "?query=" + junk.get(random.nextInt(junk.size()));
                case 3 -> "?iri=" + junk.get(random.nextInt(junk.size())) + "&format=" + junk.get(random.nextInt(junk.size()));
                default -> "?q=" + "a+".repeat(random.nextInt(1500));
            };
            String headers = "Accept: " + accept.get(random.nextInt(accept.size())) + "\r\n"
                    + (random.nextInt(4) == 0 ? "Content-Type: " + junk.get(random.nextInt(junk.size())) + "\r\n" : "")
                    + (random.nextInt(6) == 0 ? "Accept-Charset: " + junk.get(random.nextInt(junk.size())) + "\r\n" : "");
            int status = raw(server.server.getHttpPort(), (random.nextInt(8) == 0 ? "POST " : "GET ") + path + qs, headers);
            statuses.merge(status, 1, Integer::sum);
            if (status >= 500 && status != 503 || status <= 0) bad.add(status + " " + path + qs);
        }
        System.err.println("EndpointSecurityTest: 1000 malformed requests, statuses " + statuses);
        assertEquals(List.of(), bad.subList(0, Math.min(20, bad.size())), "statuses: " + statuses);
    }

    /** Sends one request line and headers on a fresh connection and returns the status (0 when no answer). */
    static int raw(int port, String requestLine, String headers) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "Content-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') line.append((char) c);
            String[] parts = line.toString().split(" ");
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        }
    }
}
