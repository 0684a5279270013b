package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.store.TestStores;

/** The commands through picocli, on temporary stores. */
class CliTest {
    @TempDir Path tmp;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut;
    PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    int run(String... args) {
        out.reset();
        err.reset();
        return Main.commandLine().execute(args);
    }

    String out() { return out.toString(StandardCharsets.UTF_8); }

    String err() { return err.toString(StandardCharsets.UTF_8); }

    String store() { return tmp.resolve("store").toString(); }

    @Test
    void everyCommandHasHelp() {
        for (String c : List.of("load", "serve", "query", "extract", "export", "validate")) {
            assertEquals(0, run(c, "--help"), c);
            assertTrue(out().contains("Usage: policy-graph " + c), out());
        }
    }

    @Test
    void loadThenQueryAsCsvEndsWithTheCount() {
        assertEquals(0, run("load", "--store", store(), TestStores.DOCUMENTS.toString()));
        assertTrue(err().contains("loaded 5 file(s)"), err());
        assertEquals(0, run("query", "--store", store(), "--format", "csv",
                "SELECT (COUNT(*) AS ?n) WHERE { ?d a <http://data.europa.eu/eli/ontology#LegalResource> ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?s }"));
        List<String> lines = out().strip().lines().toList();
        assertEquals("5", lines.get(lines.size() - 1).strip());
    }

    @Test
    void queryFromFileInEachFormat() throws Exception {
        run("load", "--store", store(), TestStores.DOCUMENTS.toString());
        Path rq = Path.of("queries", "documents.rq");
        assertEquals(0, run("query", "--store", store(), "--format", "json", rq.toString()));
        assertEquals(5, new ObjectMapper().readTree(out()).at("/results/bindings").size());
        assertEquals(0, run("query", "--store", store(), "--format", "tsv", rq.toString()));
        assertTrue(out().startsWith("?document\t?symbol"), out());
        assertEquals(0, run("query", "--store", store(), "--format", "text", rq.toString()));
        assertTrue(out().contains("06-NQ/QU"), out());
        assertEquals(0, run("query", "--store", store(), "--format", "text", "ASK { ?s ?p ?o }"));
        assertTrue(out().contains("yes") || out().contains("true"), out());
        assertEquals(2, run("query", "--store", store(), "SELECT WHERE nonsense"));
    }

    @Test
    void loadOfJunkOnlyFailsAndNamesTheFile() throws Exception {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        assertEquals(1, run("load", "--store", store(), empty.toString()));
        assertTrue(err().contains(empty + ": not loaded: is empty"), err());
        Path good = TestStores.document("003");
        assertEquals(0, run("load", "--store", store(), empty.toString(), good.toString()));
        assertTrue(err().contains("loaded 1 file(s)"), err());
    }

    @Test
    void extractPrintsJsonLinesAndNamesRefusedFiles() throws Exception {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        for (String kind : List.of("document", "citations", "indicators", "actuals", "links")) {
            assertEquals(0, run("extract", "--jsonl", kind, TestStores.document("000").toString(), empty.toString()), kind);
            for (String line : out().lines().toList()) {
                var row = new ObjectMapper().readTree(line);
                assertTrue(row.isObject(), line);
                if (row.has("seed")) assertEquals("000_936183772214671c.txt", row.get("seed").asText());
            }
            assertTrue(err().contains(empty.toString()), err());
        }
        assertEquals(0, run("extract", "--jsonl", "links", TestStores.document("000").toString()));
        assertEquals("", out());
        assertEquals(1, run("extract", "--jsonl", "document", empty.toString()));
    }

    @Test
    void exportDumpsEveryGraph() throws Exception {
        run("load", "--store", store(), TestStores.DOCUMENTS.toString());
        Path nq = tmp.resolve("dump.nq.gz");
        assertEquals(0, run("export", "--store", store(), "--format", "nquads", "--out", nq.toString(), "--gzip"));
        Dataset ds = DatasetFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(nq))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(ds);
        }
        List<String> names = new ArrayList<>();
        ds.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        assertEquals(8, names.size(), names.toString()); // five documents, reference, ontology, derivation
        assertEquals(0, run("export", "--store", store(), "--format", "trig"));
        Dataset trig = DatasetFactory.create();
        RDFParser.fromString(out(), Lang.TRIG).parse(trig);
        assertEquals(ds.asDatasetGraph().stream().count(), trig.asDatasetGraph().stream().count());
        Path ld = tmp.resolve("dump.jsonld");
        assertEquals(0, run("export", "--store", store(), "--format", "jsonld", "--out", ld.toString()));
        assertTrue(Files.size(ld) > 0);
    }

    @Test
    void validateReportsConformance() {
        run("load", "--store", store(), TestStores.DOCUMENTS.toString());
        assertEquals(0, run("validate", "--store", store()), out() + err());
        assertTrue(err().contains("conforms"), err());
    }

    @Test
    void validateFailsOnBrokenData() throws Exception {
        run("load", "--store", store(), TestStores.DOCUMENTS.toString());
        try (var s = org.policygraph.store.PolicyStore.open(Path.of(store()))) {
            var m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            m.read(new java.io.StringReader("<urn:x:doc> a <http://data.europa.eu/eli/ontology#LegalResource> ; "
                    + "<http://data.europa.eu/eli/ontology#date_document> \"2023\" , \"2024\" ."), null, "TTL");
            s.replaceGraphs(java.util.Map.of("urn:x:broken", m));
        }
        assertEquals(1, run("validate", "--store", store()));
    }

    @Test
    void loadWithAGeneratedCorpusReferenceIdentifiesItsDocuments() {
        Path corpus = tmp.resolve("corpus");
        assertEquals(0, run("bench", "generate", "--documents", "20", "--seed", "5", "--out", corpus.toString()));
        assertTrue(Files.isRegularFile(corpus.resolve("reference/admin-units.csv")));
        assertEquals(0, run("load", "--store", tmp.resolve("bundled").toString(), corpus.toString()));
        assertTrue(err().contains("does not identify"), err());
        assertEquals(0, run("load", "--store", store(), "--reference", corpus.resolve("reference").toString(), corpus.toString()));
        assertTrue(!err().contains("does not identify"), err());
    }

    @Test
    void badReferenceTablesAreRefusedBeforeTheStoreIsMade() throws Exception {
        Path ref = Files.createDirectories(tmp.resolve("ref"));
        Files.writeString(ref.resolve("bodies.csv"), "id,name_vi,name_en,short_vi,kind,level,unit,parent,register,symbol_code,alt_vi\n"
                + "kien-an-ubnd,Ủy ban nhân dân quận Kiến An,x,UBND quận,peoples-committee,district,quan-kien-an,,kien-an-ubnd,UBND,\n");
        assertTrue(run("load", "--store", store(), "--reference", ref.toString(), "data/documents/hai-phong") != 0);
        assertTrue(err().contains("bodies.csv row 2: duplicate body id kien-an-ubnd"), err());
        assertTrue(!Files.exists(tmp.resolve("store")));
    }
}
