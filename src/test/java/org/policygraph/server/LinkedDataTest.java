package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.rdf.ELI;
import org.policygraph.rdf.PG;

/** Dereferenceable IRIs, content negotiation, the dataset description and the dumps, over HTTP (default base). */
class LinkedDataTest {
    static TestServer server;
    static final String DOC = "doc/party/kien-an-qu/nq/khoa-vi/06";

    @BeforeAll
    static void start() throws IOException { server = TestServer.start(false); }

    @AfterAll
    static void stop() { server.close(); }

    static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(m);
        return m;
    }

    @Test
    void documentAsTurtleJsonLdAndNTriples() throws Exception {
        String iri = server.base + DOC;
        HttpResponse<String> ttl = server.get("/" + DOC, "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = parse(ttl.body(), Lang.TURTLE);
        assertTrue(m.contains(m.createResource(iri), ELI.id_local, "06-NQ/QU"));
        // the evidence of header facts travels with the description
        assertTrue(m.listSubjectsWithProperty(PG.evidence).toList().size() > 3);
        Model jsonld = parse(server.get("/" + DOC, "application/ld+json").body(), Lang.JSONLD);
        assertTrue(jsonld.contains(jsonld.createResource(iri), ELI.id_local, "06-NQ/QU"));
        Model nt = parse(server.get("/" + DOC + ".nt", null).body(), Lang.NTRIPLES);
        assertEquals(m.size(), nt.size());
        assertTrue(server.get("/" + DOC + ".jsonld", "text/html").headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
    }

    @Test
    void browsersGetAReadablePage() throws Exception {
        HttpResponse<String> r = server.get("/" + DOC, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        String html = r.body();
        assertTrue(html.contains("<h1>06-NQ/QU"), "label as heading");
        assertTrue(html.contains("href=\"/body/kien-an-qu-bch\""), "IRIs of the dataset link to their local pages");
        assertTrue(html.contains("<mark class=\"header\">"), "header facts highlighted in the text");
        assertTrue(html.contains("id=\"text\""), "the source text is shown");
        assertTrue(html.contains("<q>"), "evidence quoted next to the facts");
        // no request to another host: scripts and styles are local
        assertTrue(!html.matches("(?s).*(src|href)=\"https?://(?!w3id).*\\.(js|css)\".*"));
    }

    @Test
    void unknownIriIs404() throws Exception {
        assertEquals(404, server.get("/doc/party/nowhere/nq/khoa-i/99", "text/turtle").statusCode());
        assertEquals(404, server.get("/unit/atlantis", "text/html").statusCode());
    }

    @Test
    void acceptDecidesTheFormat() {
        assertEquals(Formats.TURTLE, Formats.byAccept(null));
        assertEquals(Formats.TURTLE, Formats.byAccept("*/*"));
        assertEquals(Formats.HTML, Formats.byAccept("text/html,application/xhtml+xml,*/*;q=0.8"));
        assertEquals(Formats.JSONLD, Formats.byAccept("application/ld+json"));
        assertEquals(Formats.NTRIPLES, Formats.byAccept("text/turtle;q=0.5, application/n-triples"));
        assertEquals(null, Formats.byAccept("image/png"));
    }

    @Test
    void kienAnDistrictWithItsIdentifiersEndAndSuccessors() throws Exception {
        Model m = parse(server.get("/unit/quan-kien-an", "text/turtle").body(), Lang.TURTLE);
        Resource u = m.createResource(server.base + "unit/quan-kien-an");
        assertTrue(m.contains(u, SKOS.exactMatch, m.createResource("http://www.wikidata.org/entity/Q6405290")));
        assertTrue(m.contains(u, SKOS.exactMatch, m.createResource("https://sws.geonames.org/1905088/")));
        assertTrue(m.contains(u, PG.gsoCode, "307"));
        assertEquals("2025-06-30", u.getProperty(PG.validUntil).getLiteral().getLexicalForm());
        assertTrue(m.contains(u, PG.successor, m.createResource(server.base + "unit/phuong-kien-an")));
        assertTrue(server.get("/unit/quan-kien-an", "text/html").body().contains("Q6405290"));
    }

    @Test
    void datasetDescription() throws Exception {
        for (String path : new String[] {"/.well-known/void", "/void"}) {
            Model m = parse(server.get(path, "text/turtle").body(), Lang.TURTLE);
            Resource ds = m.createResource(server.base + "dataset");
            String v = DatasetDescription.VOID;
            assertTrue(ds.hasProperty(DCTerms.license));
            assertEquals(5, ds.getProperty(m.createProperty(v + "documents")).getInt());
            long triples = ds.getProperty(m.createProperty(v + "triples")).getLong();
            assertTrue(triples > 1000, "triples " + triples);
            assertTrue(ds.getProperty(m.createProperty(v + "sparqlEndpoint")).getResource().getURI().endsWith("/policy/sparql"));
            assertTrue(ds.getProperty(m.createProperty(v + "dataDump")).getResource().getURI().endsWith(".gz"));
            assertTrue(ds.hasProperty(m.createProperty(v + "exampleResource")));
            Resource wd = m.createResource(server.base + "dataset/links/wikidata");
            assertTrue(wd.getProperty(m.createProperty(v + "triples")).getLong() > 0);
        }
        assertTrue(server.get("/.well-known/void", "application/ld+json").headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(server.get("/void", "text/html").body().contains("void:sparqlEndpoint"));
    }

    @Test
    void dumpHoldsEveryGraph() throws Exception {
        HttpResponse<byte[]> r = server.bytes("/dumps/policy-graph.nq.gz");
        assertEquals(200, r.statusCode());
        Dataset ds = DatasetFactory.create();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(ds);
        }
        assertEquals(server.store.graphNames().size(), org.apache.jena.atlas.iterator.Iter.count(ds.asDatasetGraph().listGraphNodes()));
        long quads = ds.asDatasetGraph().stream().count();
        assertEquals(server.store.size(), quads);
        Dataset trig = DatasetFactory.create();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(server.bytes("/dumps/policy-graph.trig.gz").body()))) {
            RDFParser.source(in).lang(Lang.TRIG).parse(trig);
        }
        assertEquals(quads, trig.asDatasetGraph().stream().count());
        assertEquals(404, server.get("/dumps/other.nq.gz", null).statusCode());
    }

    @Test
    void workbenchPageHasTheEditorExamplesAndExplanation() throws Exception {
        String html = server.get("/", "text/html").body();
        assertTrue(html.contains("/webjars/yasgui/build/yasgui.min.js"));
        assertTrue(html.contains("/policy/sparql"));
        for (ExampleQuery q : ExampleQuery.bundled()) {
            assertTrue(html.contains("data-file=\"" + q.file() + "\""), q.file());
            assertTrue(html.contains(Html.esc(q.titleVi())), q.file() + " Vietnamese title");
        }
        assertEquals(200, server.bytes("/webjars/yasgui/build/yasgui.min.js").statusCode());
        assertEquals(200, server.bytes("/webjars/cytoscape/dist/cytoscape.min.js").statusCode());
        assertEquals(404, server.bytes("/webjars/yasgui/../../secret").statusCode());
    }
}
