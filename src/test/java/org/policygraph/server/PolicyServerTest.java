package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.store.CorpusStoreTest;

class PolicyServerTest extends CorpusStoreTest {
    static final String ELI = "PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";
    static FusekiServer server;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = PolicyServer.build(store.dataset(), new PolicyServer.Options("127.0.0.1", 0, Duration.ofSeconds(2), 50)).start();
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).GET();
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType).header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String q(String query) { return "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8); }

    static boolean ask(String query) throws Exception {
        HttpResponse<String> r = get("/policy/sparql?" + q(ELI + query), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return json.readTree(r.body()).get("boolean").asBoolean();
    }

    @Test
    void answersTheContractQueriesByGet() throws Exception {
        assertTrue(ask("ASK { ?d a eli:LegalResource ; eli:id_local \"06-NQ/QU\" ; eli:date_document \"2023-12-15\"^^xsd:date ; "
                + "eli:passed_by ?b . ?b skos:prefLabel ?l FILTER(CONTAINS(STR(?l), \"Kiến An\")) }"));
        assertTrue(ask("ASK { ?d eli:passed_by ?b . ?b skos:prefLabel ?l FILTER(lang(?l) = \"en\") }"));
        assertFalse(ask("ASK { ?d eli:id_local \"99-NQ/QU\" }"));
    }

    @Test
    void postWithSparqlQueryBodyAndWithForm() throws Exception {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?d a <http://data.europa.eu/eli/ontology#LegalResource> ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?s }";
        HttpResponse<String> direct = post("/policy/sparql", "application/sparql-query", count);
        assertEquals(200, direct.statusCode(), direct.body());
        assertEquals(5, json.readTree(direct.body()).at("/results/bindings/0/n/value").asInt());
        HttpResponse<String> form = post("/policy/sparql", "application/x-www-form-urlencoded", q(count));
        assertEquals(200, form.statusCode(), form.body());
        assertEquals(5, json.readTree(form.body()).at("/results/bindings/0/n/value").asInt());
    }

    @Test
    void resultFormatsByAcceptAndByParameter() throws Exception {
        String select = "SELECT ?s WHERE { ?s a <http://data.europa.eu/eli/ontology#LegalResource> } LIMIT 1";
        HttpResponse<String> csv = get("/policy/sparql?" + q(select), "text/csv");
        assertTrue(csv.body().startsWith("s\r\n"), csv.body());
        HttpResponse<String> tsv = get("/policy/sparql?" + q(select) + "&format=tsv", null);
        assertTrue(tsv.body().startsWith("?s\n"), tsv.body());
        HttpResponse<String> xml = get("/policy/sparql?" + q(select) + "&format=xml", null);
        assertTrue(xml.body().contains("<sparql"), xml.body());
        String construct = "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3";
        HttpResponse<String> ttl = get("/policy/sparql?" + q(construct), "text/turtle");
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<String> ld = get("/policy/sparql?" + q(construct), "application/ld+json");
        assertTrue(json.readTree(ld.body()).isContainerNode(), ld.body());
    }

    @Test
    void updatesAreRefusedAndChangeNothing() throws Exception {
        String insert = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        int viaUpdate = post("/policy/update", "application/x-www-form-urlencoded", "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8)).statusCode();
        int viaSparql = post("/policy/sparql", "application/sparql-update", insert).statusCode();
        int viaForm = post("/policy/sparql", "application/x-www-form-urlencoded", "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8)).statusCode();
        int viaDataset = post("/policy", "application/sparql-update", insert).statusCode();
        int gsp = http.send(HttpRequest.newBuilder(URI.create(base + "/policy?default")).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        for (int code : new int[] {viaUpdate, viaSparql, viaForm, viaDataset, gsp})
            assertTrue(code >= 400 && code < 500, "update answered " + code);
        assertFalse(ask("ASK { <urn:x:a> ?p ?o }"));
    }

    @Test
    void rowsAreCapped() throws Exception {
        HttpResponse<String> all = get("/policy/sparql?" + q("SELECT * WHERE { ?s ?p ?o }"), "application/sparql-results+json");
        assertEquals(50, json.readTree(all.body()).at("/results/bindings").size());
        HttpResponse<String> few = get("/policy/sparql?" + q("SELECT * WHERE { ?s ?p ?o } LIMIT 7"), "application/sparql-results+json");
        assertEquals(7, json.readTree(few.body()).at("/results/bindings").size());
    }

    @Test
    void slowQueriesTimeOut() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        HttpResponse<String> r = get("/policy/sparql?" + q(slow), "application/sparql-results+json");
        assertEquals(503, r.statusCode(), "a query over 10^14 rows was not cancelled by the time-out: " + r.body());
    }

    @Test
    void homePageLinksTheEndpointAndTheExamples() throws Exception {
        HttpResponse<String> home = get("/", null);
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("/policy/sparql"));
        for (ExampleQuery q : ExampleQuery.bundled()) {
            assertTrue(home.body().contains(q.title()), q.title());
            assertEquals(200, get("/queries/" + q.file(), null).statusCode());
        }
        assertTrue(ExampleQuery.bundled().size() >= 3);
        assertEquals(404, get("/nothing-here", null).statusCode());
    }

    @Test
    void bindsLoopbackByDefault() {
        ServerConnector c = (ServerConnector) server.getJettyServer().getConnectors()[0];
        assertEquals("127.0.0.1", c.getHost());
    }
}
