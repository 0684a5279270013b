package org.policygraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.rdf.DocumentMapper;
import org.policygraph.rdf.IriScheme;
import org.policygraph.resolve.ReferenceData;

/** A PDF's graph: the source's hash of its original bytes and media type, the parser, and the page of every evidence. */
class ReadProvenanceTest {
    @Test
    void aPdfsEvidenceRecordsItsPageAndTheExtractionItsParser() throws Exception {
        java.nio.file.Path pdf = SharedFormats.file("3367-UB- bao cao ket qua tong hop yeu cau hoi to chuc DH.signed.signed.pdf");
        DocumentAnalysis a = Pipeline.standard().analyse(pdf);
        Model m = new DocumentMapper(IriScheme.standard(), ReferenceData.bundled()).map(a, Instant.EPOCH).model();
        String q = """
            PREFIX pg: <https://w3id.org/policy-graph/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?sha ?type ?pages ?parser (COUNT(?ev) AS ?evidence) (COUNT(?page) AS ?paged) (MAX(?page) AS ?last) WHERE {
              ?src a pg:SourceFile ; pg:sha256 ?sha ; pg:mediaType ?type ; pg:pageCount ?pages .
              ?x a pg:Extraction ; pg:parser ?parser .
              ?ev oa:hasSource ?src . OPTIONAL { ?ev pg:page ?page }
            } GROUP BY ?sha ?type ?pages ?parser""";
        try (var qe = QueryExecutionFactory.create(q, m)) {
            var row = qe.execSelect().next();
            assertEquals(DigestUtils.sha256Hex(java.nio.file.Files.readAllBytes(pdf)), row.getLiteral("sha").getString());
            assertEquals("application/pdf", row.getLiteral("type").getString());
            assertEquals(6, row.getLiteral("pages").getInt());
            assertTrue(row.getLiteral("parser").getString().startsWith("Apache PDFBox"));
            int evidence = row.getLiteral("evidence").getInt();
            assertTrue(evidence > 0);
            assertEquals(evidence, row.getLiteral("paged").getInt(), "every evidence of a PDF records its page");
            assertTrue(row.getLiteral("last").getInt() > 1, "evidence beyond the first page");
        }
        String stored = a.text().original();
        assertFalse(stored.isEmpty());
        assertEquals(a.source().reading().pageStarts().length, 6);
    }
}
