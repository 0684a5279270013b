package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.policygraph.extract.indicator.FigureExtractor;
import org.policygraph.extract.indicator.TargetExtractor;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.SourceDocument;
import org.policygraph.resolve.MeasureCatalogue;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;

/** The indicator queries of {@code queries/} on the corpus mapped to RDF, with expected results. */
class IndicatorQueriesTest {
    private static final IriScheme IRIS = IriScheme.standard();
    private static Model all;

    /** The corpus's indicators mapped to RDF, with the reference graph, the measures and the structure. */
    static synchronized Model corpusModel() throws Exception {
        if (all == null) all = mapCorpus();
        return all;
    }

    private static Model mapCorpus() throws Exception {
        Model model = ModelFactory.createDefaultModel();
        add(model, "000", "quan-kien-an");
        add(model, "001", "quan-hong-bang");
        add(model, "002", "quan-kien-an");
        add(model, "003", "quan-kien-an");
        add(model, "004", "thanh-pho-hai-phong");
        model.add(MeasureCatalogue.bundled().toModel(IRIS));
        model.add(IndicatorMapper.structure(IRIS));
        model.add(new ReferenceMapper(IRIS).map(ReferenceData.bundled()));   // units, their parents, comparators
        return model;
    }

    private static void add(Model model, String prefix, String unit) throws Exception {
        Path f;
        try (var s = Files.list(Path.of("data", "documents", "hai-phong"))) {
            f = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        SourceText t = SourceText.of(Files.readString(f));
        DocumentHeader h = new DocumentHeader(null, null, null, null, null, unit, null, null, false, null, null, null, null, null, null, null, null);
        DocumentAnalysis a = new DocumentAnalysis(new SourceDocument(f, f.getFileName().toString(), "b".repeat(64), 1), t, h, null,
                List.of(), List.of(), new TargetExtractor().extract(t, h), new FigureExtractor().extract(t, h), List.of(), List.of());
        String doc = IRIS.base() + "doc/test/" + prefix;
        new IndicatorMapper().map(a, new MappingContext(model, IRIS, ReferenceData.bundled(), a, model.createResource(doc),
                model.createResource(IRIS.source(prefix)), model.createResource(IRIS.base() + "extraction/" + prefix)));
    }

    static List<QuerySolution> run(String file) throws Exception {
        String q = Files.readString(Path.of("queries", file));
        List<QuerySolution> out = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(q, corpusModel())) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void healthInsuranceTargetsAcrossDocumentsAndYears() throws Exception {
        List<QuerySolution> rows = run("indicators-measure-across-documents.rq");
        assertEquals(4, rows.size());
        assertEquals("2022", rows.get(0).getLiteral("year").getLexicalForm());
        assertEquals(92.0, rows.get(0).getLiteral("value").getDouble());
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("comparator").getString().equals(">") && r.getLiteral("lower").getDouble() == 93.0));
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("comparator").getString().equals(">=") && r.getLiteral("lower").getDouble() == 98.5));
    }

    @Test
    void districtTargetsBesideTheCitysForTheSameMeasure() throws Exception {
        List<QuerySolution> rows = run("indicators-district-targets-for-city-measure.rq");
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("year").getLexicalForm().equals("2024")));
        List<String> health = rows.stream()
                .filter(r -> r.getResource("measure").getURI().endsWith("/health-insurance-coverage"))
                .map(r -> r.getResource("district").getURI()).sorted().toList();
        assertEquals(List.of(IRIS.unit("quan-hong-bang"), IRIS.unit("quan-kien-an")), health);
        assertTrue(rows.stream().anyMatch(r -> r.getResource("measure").getURI().endsWith("/religious-land-registration")));
    }

    @Test
    void targetAgainstActualForKienAn2024() throws Exception {
        List<QuerySolution> rows = run("indicators-target-vs-actual.rq");
        assertEquals(withConcept(), rows.size());
        assertEquals(withConcept(), rows.stream().map(r -> r.getResource("target").getURI()).distinct().count());
        QuerySolution budget = rows.stream()
                .filter(r -> r.getResource("measure").getURI().endsWith("/state-budget-revenue") && r.contains("targetValue")
                        && r.getLiteral("targetValue").getDouble() == 700.0)
                .findFirst().orElseThrow();
        assertEquals("2024-Q1", budget.getLiteral("period").getLexicalForm());
        assertEquals(510351.0, budget.getLiteral("actual").getDouble());
        assertEquals(72.907, budget.getLiteral("share").getDouble(), 1e-3);
        QuerySolution growth = rows.stream()
                .filter(r -> r.getResource("measure").getURI().endsWith("/state-budget-revenue") && r.getLiteral("comparator").getString().equals("increase_by"))
                .findFirst().orElseThrow();
        assertNull(growth.get("share"));
        assertEquals(744.0, growth.getLiteral("changeYoy").getDouble());
        assertFalse(budget.getLiteral("partial").getBoolean());
        QuerySolution industry = rows.stream()
                .filter(r -> r.getResource("measure").getURI().endsWith("/output-industry-construction")).findFirst().orElseThrow();
        assertTrue(industry.getLiteral("partial").getBoolean());
        assertEquals("Giá trị sản xuất công nghiệp (do quận quản lý)", industry.getLiteral("figureName").getString());
        assertEquals(9.1, industry.getLiteral("changeYoy").getDouble(), 1e-9);
        assertNull(industry.get("share"));
        QuerySolution health = rows.stream().filter(r -> r.getResource("measure").getURI().endsWith("/health-insurance-coverage")).findFirst().orElseThrow();
        assertNull(health.get("actual"));
    }

    /** Every Kiến An 2024 target with a measure concept appears once in the per-measure view. */
    private static long withConcept() {
        return new TargetExtractor().extract(text("000"), null).stream().filter(t -> t.measureConcept() != null).count();
    }

    private static SourceText text(String prefix) {
        try (var s = Files.list(Path.of("data", "documents", "hai-phong"))) {
            return SourceText.of(Files.readString(s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
