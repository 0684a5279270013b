package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.Section;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.pipeline.Version;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.store.TestStores;
import org.policygraph.text.Span;

class DocumentMapperTest {
    final IriScheme iris = IriScheme.standard();
    final DocumentMapper mapper = new DocumentMapper(iris, ReferenceData.bundled());

    MappedDocument map(String prefix) throws Exception {
        return mapper.map(Pipeline.standard().analyse(TestStores.document(prefix)), TestStores.CLOCK.instant());
    }

    static List<QuerySolution> select(Model m, String q) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create("PREFIX eli: <" + ELI.NS + "> PREFIX pg: <" + PG.NS + "> PREFIX oa: <" + OA.NS
                + "> PREFIX prov: <" + PROV.NS + "> PREFIX rdf: <" + RDF.getURI() + "> " + q, m)) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void partyResolutionHeader() throws Exception {
        MappedDocument d = map("000");
        Model m = d.model();
        Resource doc = m.getResource(d.document());
        assertEquals(iris.base() + "doc/party/kien-an-qu/nq/khoa-vi/06", d.document());
        assertEquals(iris.base() + "graph/doc/party/kien-an-qu/nq/khoa-vi/06", d.graph());
        assertTrue(doc.hasProperty(RDF.type, ELI.LegalResource));
        assertTrue(doc.hasProperty(RDF.type, PG.Document));
        assertTrue(doc.hasProperty(RDF.type, PG.PartyDocument));
        assertEquals("06-NQ/QU", doc.getProperty(ELI.id_local).getString());
        assertEquals("06", doc.getProperty(ELI.number).getString());
        Literal date = doc.getProperty(ELI.date_document).getLiteral();
        assertEquals(XSDDatatype.XSDdate.getURI(), date.getDatatypeURI());
        assertEquals("2023-12-15", date.getLexicalForm());
        assertEquals(iris.body("kien-an-qu-bch"), doc.getPropertyResourceValue(ELI.passed_by).getURI());
        assertEquals(iris.concept("doc-type", "nq"), doc.getPropertyResourceValue(ELI.type_document).getURI());
        Resource conf = doc.getPropertyResourceValue(PG.conference);
        assertEquals(iris.conference("kien-an-qu", "khoa-vi", 15), conf.getURI());
        assertTrue(conf.hasProperty(RDF.type, PG.Conference));
        assertEquals(15, conf.getProperty(PG.ordinal).getInt());
        assertEquals(iris.term("kien-an-qu", "khoa-vi"), doc.getPropertyResourceValue(PG.term).getURI());
    }

    @Test
    void everyEvidenceQuotesTheOriginalTextAtItsOffsets() throws Exception {
        DocumentAnalysis a = Pipeline.standard().analyse(TestStores.document("000"));
        Model m = mapper.map(a, TestStores.CLOCK.instant()).model();
        List<QuerySolution> rows = select(m, "SELECT ?p ?start ?end ?quote WHERE { ?st a rdf:Statement ; rdf:predicate ?p ; "
                + "pg:evidence [ oa:hasSelector [ oa:start ?start ; oa:end ?end ] , [ oa:exact ?quote ] ] }");
        assertTrue(rows.size() >= 4, "too few facts with evidence: " + rows.size());
        for (QuerySolution r : rows) {
            String quote = r.getLiteral("quote").getString();
            assertEquals(a.text().original().substring(r.getLiteral("start").getInt(), r.getLiteral("end").getInt()), quote);
        }
        assertTrue(rows.stream().anyMatch(r -> r.getResource("p").equals(ELI.date_document)));
        assertTrue(rows.stream().anyMatch(r -> r.getResource("p").equals(ELI.id_local)));
    }

    @Test
    void provenanceOnTheGraphAndTheDocument() throws Exception {
        MappedDocument d = map("000");
        Model m = d.model();
        Resource graph = m.getResource(d.graph());
        Resource source = graph.getPropertyResourceValue(PROV.wasDerivedFrom);
        assertNotNull(source);
        assertTrue(source.hasProperty(RDF.type, PG.SourceFile));
        assertEquals("000_936183772214671c.txt", source.getProperty(org.apache.jena.vocabulary.RDFS.label).getString());
        assertEquals(64, source.getProperty(PG.sha256).getString().length());
        assertTrue(source.getProperty(PG.byteSize).getLong() > 0);
        assertEquals(Version.EXTRACTOR, graph.getProperty(PG.extractorVersion).getString());
        assertEquals("2026-01-01T00:00:00Z", graph.getProperty(PROV.generatedAtTime).getLiteral().getLexicalForm());
        assertTrue(m.getResource(d.document()).hasProperty(PROV.wasDerivedFrom, source));
        assertTrue(graph.getPropertyResourceValue(PROV.wasGeneratedBy).hasProperty(PG.extractorVersion, Version.EXTRACTOR));
    }

    @Test
    void reportWithBlankNumberAndMonthOnlyDate() throws Exception {
        MappedDocument d = map("002");
        Resource doc = d.model().getResource(d.document());
        assertTrue(doc.hasProperty(RDF.type, PG.StateDocument));
        assertFalse(doc.hasProperty(ELI.id_local), "a blank number became a symbol");
        assertFalse(doc.hasProperty(ELI.number));
        assertFalse(doc.hasProperty(ELI.date_document), "a month was turned into a day");
        assertTrue(doc.getProperty(PG.numberBlank).getBoolean());
        assertEquals("2024-03", doc.getProperty(PG.monthIssued).getLiteral().getLexicalForm());
        assertEquals("2024", doc.getProperty(PG.yearIssued).getLiteral().getLexicalForm());
        assertEquals("month", doc.getProperty(PG.datePrecision).getString());
        assertEquals(iris.body("kien-an-ubnd"), doc.getPropertyResourceValue(ELI.passed_by).getURI());
    }

    @Test
    void unnumberedCityResolutionHasNoInventedSymbol() throws Exception {
        MappedDocument d = map("004");
        Resource doc = d.model().getResource(d.document());
        assertFalse(doc.hasProperty(ELI.id_local));
        assertEquals("2023-12-01", doc.getProperty(ELI.date_document).getLiteral().getLexicalForm());
        assertEquals(iris.conference("hai-phong-tu", "khoa-xvi", 14), doc.getPropertyResourceValue(PG.conference).getURI());
    }

    @Test
    void unidentifiedDocumentGetsAHashIri() throws Exception {
        DocumentAnalysis a = Pipeline.standard().analyse(TestStores.document("000"));
        DocumentAnalysis anonymous = new DocumentAnalysis(a.source(), a.text(), a.header(), null, a.sections(), a.citations(),
                a.targets(), a.figures(), a.tasks(), List.of("header names no issuer"));
        MappedDocument d = mapper.map(anonymous, TestStores.CLOCK.instant());
        String sha16 = a.source().sha256().substring(0, 16);
        assertEquals(iris.base() + "doc/unidentified/" + sha16, d.document());
        assertEquals(iris.sourceGraph(a.source().sha256()), d.graph());
        assertEquals("header names no issuer", d.model().getResource(d.document()).getProperty(PG.flag).getString());
    }

    @Test
    void sectionsNestAsPrinted() throws Exception {
        DocumentAnalysis a = Pipeline.standard().analyse(TestStores.document("000"));
        List<Section> sections = List.of(
                new Section("I", "TÌNH HÌNH", 1, null, new Span(10, 100)),
                new Section("1", "Kinh tế", 2, "I", new Span(20, 50)),
                new Section("1.1", "Công nghiệp", 3, "1", new Span(25, 40)),
                new Section("2", "Xã hội", 2, "I", new Span(50, 100)),
                new Section("II", "NHIỆM VỤ", 1, null, new Span(100, 200)),
                new Section("1", "Mục tiêu", 2, "II", new Span(110, 150)),
                new Section("1", "Mục tiêu lặp", 2, "II", new Span(150, 200)),
                new Section("PL", "PHỤ LỤC", 0, null, new Span(200, 300)),
                new Section("I", "Chỉ tiêu", 1, "PL", new Span(210, 300)));
        DocumentAnalysis withParts = new DocumentAnalysis(a.source(), a.text(), a.header(), a.key(), sections, List.of(),
                List.of(), List.of(), List.of(), List.of());
        MappedDocument d = new DocumentMapper(iris, ReferenceData.bundled(), List.of(new SectionMapper()))
                .map(withParts, TestStores.CLOCK.instant());
        Model m = d.model();
        String doc = d.document();
        Resource s11 = m.getResource(doc + "/section/i/1/1-1");
        assertTrue(s11.hasProperty(RDF.type, PG.Section));
        assertTrue(s11.hasProperty(RDF.type, ELI.LegalResourceSubdivision));
        assertEquals(doc + "/section/i/1", s11.getPropertyResourceValue(ELI.is_part_of).getURI());
        assertEquals(3, s11.getProperty(PG.depth).getInt());
        assertTrue(m.getResource(doc).hasProperty(ELI.has_part, m.getResource(doc + "/section/ii")));
        assertEquals(doc + "/section/ii", m.getResource(doc + "/section/ii/1").getPropertyResourceValue(ELI.is_part_of).getURI());
        assertTrue(m.containsResource(m.getResource(doc + "/section/ii/1-2")), "a repeated number got no IRI of its own");
        assertEquals(1, m.getResource(doc + "/section/ii").getProperty(PG.depth).getInt());
        assertEquals(9, m.listSubjectsWithProperty(RDF.type, PG.Section).toList().size());
        Resource appendixPart = m.getResource(doc + "/section/pl/i");
        assertEquals(doc + "/section/pl", appendixPart.getPropertyResourceValue(ELI.is_part_of).getURI());
        assertEquals(2, appendixPart.getProperty(PG.depth).getInt());
        assertEquals(1, m.getResource(doc + "/section/pl").getProperty(PG.depth).getInt());
        assertNotNull(s11.getPropertyResourceValue(PG.evidence));
    }
}
