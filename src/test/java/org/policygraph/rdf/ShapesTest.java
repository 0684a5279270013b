package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.policygraph.resolve.ReferenceData;

/**
 * The shapes accept a document graph of the form the mappers write (document header, evidence, citation, target)
 * over the reference graph, and reject each kind of defect they are meant to catch.
 */
class ShapesTest {
    static final IriScheme IRIS = IriScheme.standard();
    static final String QB = "http://purl.org/linked-data/cube#";
    static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
    static final Model REFERENCE = new ReferenceMapper(IRIS).map(ReferenceData.bundled());

    /** A document graph shaped like the mappers' output for 06-NQ/QU. */
    static Model documentGraph() {
        Model m = ModelFactory.createDefaultModel();
        String iri = IRIS.base() + "doc/party/kien-an-qu/nq/khoa-vi/06";
        Resource source = m.createResource(IRIS.source("ab12")).addProperty(RDF.type, PG.SourceFile);
        Resource doc = m.createResource(iri)
                .addProperty(RDF.type, ELI.LegalResource).addProperty(RDF.type, PG.Document).addProperty(RDF.type, PG.PartyDocument)
                .addProperty(PROV.wasDerivedFrom, source)
                .addProperty(ELI.type_document, m.createResource(IRIS.concept("doc-type", "nq")))
                .addProperty(ELI.id_local, "06-NQ/QU")
                .addProperty(ELI.date_document, m.createTypedLiteral("2023-12-15", XSDDatatype.XSDdate))
                .addProperty(ELI.passed_by, m.createResource(IRIS.body("kien-an-qu-bch")))
                .addProperty(PG.level, m.createResource(IRIS.concept("level", "district")))
                .addProperty(PG.jurisdiction, m.createResource(IRIS.unit("quan-kien-an")))
                .addProperty(PG.term, m.createResource(IRIS.term("kien-an-qu", "khoa-vi")))
                .addProperty(PG.conference, m.createResource(IRIS.conference("kien-an-qu", "khoa-vi", 15)))
                .addProperty(PG.planYear, m.createTypedLiteral("2024", XSDDatatype.XSDgYear));
        Resource statement = m.createResource().addProperty(RDF.type, RDF.Statement)
                .addProperty(RDF.subject, doc).addProperty(RDF.predicate, ELI.id_local).addProperty(RDF.object, "06-NQ/QU");
        evidence(m, statement, source, 10, 18);
        Resource cited = m.createResource(IRIS.base() + "doc/party/kien-an-qu/nq/khoa-vi/04");
        Resource citation = m.createResource(iri + "/citation/1").addProperty(RDF.type, PG.Citation)
                .addProperty(PG.citing, doc).addProperty(PG.cited, cited)
                .addProperty(PG.citationKind, m.createResource(IRIS.concept("citation-kind", "implementation")))
                .addLiteral(PG.mentionCount, 2);
        evidence(m, citation, source, 100, 140);
        Resource dataset = m.createResource(iri + "/dataset");
        Resource target = m.createResource(iri + "/target/15")
                .addProperty(RDF.type, PG.Target).addProperty(RDF.type, m.createResource(QB + "Observation"))
                .addProperty(m.createProperty(QB + "dataSet"), dataset)
                .addProperty(PG.comparator, m.createResource(IRIS.concept("comparator", "ge")))
                .addProperty(PG.targetValue, m.createTypedLiteral("94", XSDDatatype.XSDdecimal));
        evidence(m, target, source, 200, 240);
        return m;
    }

    static void evidence(Model m, Resource subject, Resource source, int start, int end) {
        Resource position = m.createResource().addProperty(RDF.type, OA.TextPositionSelector)
                .addLiteral(OA.start, m.createTypedLiteral(start, XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(OA.end, m.createTypedLiteral(end, XSDDatatype.XSDnonNegativeInteger));
        Resource quote = m.createResource().addProperty(RDF.type, OA.TextQuoteSelector).addProperty(OA.exact, "...");
        subject.addProperty(PG.evidence, m.createResource().addProperty(RDF.type, OA.SpecificResource)
                .addProperty(OA.hasSource, source).addProperty(OA.hasSelector, position).addProperty(OA.hasSelector, quote));
    }

    static ValidationReport validate(Model document) {
        Model union = ModelFactory.createUnion(document, ModelFactory.createUnion(REFERENCE, OntologyTest.ontology()));
        return ShaclValidator.get().validate(SHAPES, union.getGraph());
    }

    @Test
    void aWellFormedDocumentGraphConforms() {
        ValidationReport report = validate(documentGraph());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, report.getModel(), Lang.TTL);
        assertTrue(report.conforms(), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eachDefectIsReported() {
        String doc = IRIS.base() + "doc/party/kien-an-qu/nq/khoa-vi/06";
        assertViolation(m -> m.getResource(doc).addProperty(ELI.date_document, "15/12/2023"), ELI.date_document.getURI());
        assertViolation(m -> m.getResource(doc).removeAll(ELI.type_document), "");  // node-level: sh:or of the loaded-document shape
        assertViolation(m -> m.getResource(doc).addProperty(ELI.passed_by, m.createResource(IRIS.body("no-such-body"))),
                ELI.passed_by.getURI());
        assertViolation(m -> m.getResource(doc + "/citation/1").removeAll(PG.cited), PG.cited.getURI());
        assertViolation(m -> m.getResource(doc + "/citation/1").removeAll(PG.citationKind)
                .addProperty(PG.citationKind, m.createResource(IRIS.concept("comparator", "ge"))), PG.citationKind.getURI());
        assertViolation(m -> m.getResource(doc + "/target/15").removeAll(PG.targetValue).addProperty(PG.targetValue, "94%"),
                PG.targetValue.getURI());
        assertViolation(m -> m.getResource(doc + "/target/15").removeAll(PG.comparator), PG.comparator.getURI());
        assertViolation(m -> m.listSubjectsWithProperty(RDF.type, OA.TextPositionSelector).next()
                .removeAll(OA.start).addLiteral(OA.start, m.createTypedLiteral(9999, XSDDatatype.XSDnonNegativeInteger)), OA.start.getURI());
    }

    private static void assertViolation(Consumer<Model> damage, String path) {
        Model m = documentGraph();
        damage.accept(m);
        ValidationReport report = validate(m);
        Set<String> paths = new TreeSet<>();
        report.getEntries().forEach(e -> paths.add(e.resultPath() == null ? "" : e.resultPath().toString()));
        assertEquals(false, report.conforms(), "a defect on " + path + " is reported");
        assertTrue(path.isEmpty() ? paths.contains("") : paths.stream().anyMatch(p -> p.contains(path)), path + " in " + paths);
    }
}
