package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.policygraph.extract.indicator.FigureExtractor;
import org.policygraph.extract.indicator.TargetExtractor;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.SourceDocument;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;

class IndicatorMapperTest {
    private static final IriScheme IRIS = IriScheme.standard();
    private static final String DOC = IRIS.base() + "doc/party/kien-an-qu/nq/khoa-vi/06";

    private static Model map(String prefix, String unit) throws Exception {
        Path f;
        try (var s = Files.list(Path.of("data", "documents", "hai-phong"))) {
            f = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        SourceText t = SourceText.of(Files.readString(f));
        DocumentHeader h = new DocumentHeader(null, null, null, null, null, unit, null, null, false, null, null, null, null, null, null, null, null);
        DocumentAnalysis a = new DocumentAnalysis(new SourceDocument(f, f.getFileName().toString(), "a".repeat(64), 1), t, h, null,
                List.of(), List.of(), new TargetExtractor().extract(t, h), new FigureExtractor().extract(t, h), List.of(), List.of());
        Model m = ModelFactory.createDefaultModel();
        MappingContext ctx = new MappingContext(m, IRIS, ReferenceData.bundled(), a, m.createResource(DOC),
                m.createResource(IRIS.source("a".repeat(64))), m.createResource(IRIS.base() + "extraction/x"));
        new IndicatorMapper().map(a, ctx);
        return m;
    }

    @Test
    void targetsAreObservationsOfTheDocumentsDataSet() throws Exception {
        Model m = map("000", "quan-kien-an");
        Resource obs = m.getResource(DOC + "/target/18");
        assertTrue(obs.hasProperty(RDF.type, QB.Observation));
        assertTrue(obs.hasProperty(RDF.type, PG.Target));
        assertTrue(obs.hasProperty(QB.dataSet, m.getResource(DOC + "/dataset/targets")));
        assertTrue(obs.hasProperty(QB.refArea, m.getResource(IRIS.unit("quan-kien-an"))));
        assertTrue(obs.hasProperty(PG.measure, m.getResource(IRIS.concept("measure", "health-insurance-coverage"))));
        assertTrue(obs.hasProperty(PG.comparator, m.getResource(IRIS.concept("comparator", "gt"))));
        assertTrue(obs.hasProperty(QB.unitMeasure, m.getResource(QB.QUDT_UNIT + "PERCENT")));
        assertEquals(XSDDatatype.XSDdecimal.getURI(), obs.getProperty(PG.lowerBound).getLiteral().getDatatypeURI());
        assertEquals(93.0, obs.getProperty(PG.lowerBound).getDouble());
        assertEquals(XSDDatatype.XSDgYear.getURI(), obs.getProperty(QB.refPeriod).getLiteral().getDatatypeURI());
        assertTrue(obs.hasProperty(PG.evidence));
        assertTrue(m.getResource(DOC + "/target/1-2").hasProperty(PG.subNumber));
    }

    @Test
    void figuresCarryPeriodsPlanSharesAndTheirParent() throws Exception {
        Model m = map("002", "quan-kien-an");
        String q = """
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX pg: <https://w3id.org/policy-graph/ontology#>
                PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
                SELECT ?v ?p WHERE { ?o a pg:ReportedFigure ; sdmx-dimension:refPeriod "2024-Q1" ;
                  pg:measure <%s> ; pg:reportedValue ?v ; pg:pctOfPlan ?p }
                """.formatted(IRIS.concept("measure", "output-industry"));
        try (var qe = QueryExecutionFactory.create(q, m)) {
            var rs = qe.execSelect();
            assertTrue(rs.hasNext());
            var row = rs.next();
            assertEquals(182881.0, row.getLiteral("v").getDouble());
            assertEquals(21.89, row.getLiteral("p").getDouble(), 1e-9);
        }
        assertTrue(m.listStatements(null, org.apache.jena.vocabulary.DCTerms.isPartOf, (org.apache.jena.rdf.model.RDFNode) null).hasNext());
    }

    @Test
    void theStructureDefinesDimensionsAndUnits() {
        Model s = IndicatorMapper.structure(IRIS);
        assertTrue(s.contains(s.getResource(IRIS.base() + "structure/targets"), RDF.type, QB.DataStructureDefinition));
        assertTrue(s.contains(QB.refArea, RDF.type, QB.DimensionProperty));
        assertTrue(s.contains(s.getResource(IRIS.concept("unit", "vnd-billion")), RDF.type, org.apache.jena.vocabulary.SKOS.Concept));
    }
}
