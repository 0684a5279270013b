package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The indicator data of the corpus conforms to the shapes of {@code ontology/shapes.ttl}, which do constrain it. */
class IndicatorShapesTest {
    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph(Path.of("ontology", "shapes.ttl").toString()));

    @Test
    void theMappedCorpusConforms() throws Exception {
        Model data = IndicatorQueriesTest.corpusModel();
        ValidationReport report = ShaclValidator.get().validate(SHAPES, data.getGraph());
        if (!report.conforms()) ShLib.printReport(report);
        assertTrue(report.conforms());
    }

    @Test
    void aTargetWithTwoComparatorsDoesNot() throws Exception {
        Model data = ModelFactory.createDefaultModel().add(IndicatorQueriesTest.corpusModel());
        var target = data.listSubjectsWithProperty(RDF.type, PG.Target).next();
        target.addProperty(PG.comparator, data.createResource(IriScheme.standard().concept("comparator", "ge")))
                .addProperty(PG.comparator, data.createResource(IriScheme.standard().concept("comparator", "gt")));
        assertFalse(ShaclValidator.get().validate(SHAPES, data.getGraph()).conforms());
    }
}
