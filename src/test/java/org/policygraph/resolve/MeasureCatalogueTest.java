package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.policygraph.extract.indicator.FigureExtractor;
import org.policygraph.extract.indicator.TargetExtractor;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.Target;
import org.policygraph.rdf.IriScheme;
import org.policygraph.text.SourceText;

class MeasureCatalogueTest {
    private final MeasureCatalogue catalogue = MeasureCatalogue.bundled();

    private static final DocumentHeader NO_HEADER =
            new DocumentHeader(null, null, null, null, null, null, null, null, false, null, null, null, null, null, null, null, null);

    private static List<Target> targets(String prefix) throws IOException {
        try (var s = Files.list(Path.of("data", "documents", "hai-phong"))) {
            Path f = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return new TargetExtractor().extract(SourceText.of(Files.readString(f)), NO_HEADER);
        }
    }

    private static String conceptOf(List<Target> ts, int ordinal) {
        return ts.stream().filter(t -> t.ordinal() == ordinal && t.sub() == null).findFirst().orElseThrow().measureConcept();
    }

    @Test
    void healthInsuranceCoverageIsOneConceptInTheCityAndEachDistrict() throws IOException {
        assertEquals("health-insurance-coverage", conceptOf(targets("004"), 15));   // city: "Tỷ lệ dân số tham gia ..."
        assertEquals("health-insurance-coverage", conceptOf(targets("000"), 18));   // Kiến An 2024
        assertEquals("health-insurance-coverage", conceptOf(targets("001"), 10));   // Hồng Bàng: "tham gia mua ..."
        assertEquals("health-insurance-coverage", conceptOf(targets("003"), 13));   // Kiến An 2022
    }

    @Test
    void otherSharedMeasures() throws IOException {
        assertEquals(conceptOf(targets("004"), 24), conceptOf(targets("000"), 7));   // religious land registration
        assertEquals(conceptOf(targets("004"), 13), conceptOf(targets("000"), 19));  // jobs
        assertEquals("total-social-investment", conceptOf(targets("004"), 5));
        assertEquals("total-social-investment", conceptOf(targets("000"), 12));
    }

    @Test
    void aReportedFigureSharesTheConceptOfTheTarget() throws IOException {
        Path f;
        try (var s = Files.list(Path.of("data", "documents", "hai-phong"))) {
            f = s.filter(p -> p.getFileName().toString().startsWith("002")).findFirst().orElseThrow();
        }
        Set<String> reported = new FigureExtractor().extract(SourceText.of(Files.readString(f)), NO_HEADER).stream()
                .map(x -> x.measureConcept()).collect(Collectors.toSet());
        assertTrue(reported.contains(conceptOf(targets("001"), 1)), reported.toString());      // industrial output
        assertTrue(reported.contains("state-budget-revenue"));
    }

    @Test
    void matchingIsDiacriticInsensitiveAndRespectsTheKindOfValue() {
        assertEquals("health-insurance-coverage", catalogue.match("Ty le nguoi dan tham gia BẢO HIỂM Y TẾ", "%").orElseThrow());
        assertTrue(catalogue.match("Tỷ lệ người dân tham gia bảo hiểm y tế", "VND_billion").isEmpty());
        assertEquals("trade-services-revenue", catalogue.match("Doanh thu thương mại, dịch vụ tăng từ 21%", "increase").orElseThrow());
        assertEquals("share-trade-services", catalogue.match("Thương mại, dịch vụ 53,71%", "%").orElseThrow());
    }

    @Test
    void everyMeasureIsAConceptWithBothLabels() {
        Model m = catalogue.toModel(IriScheme.standard());
        assertEquals(catalogue.measures().size(), m.listSubjectsWithProperty(SKOS.inScheme).toList().size());
        var c = m.getResource(IriScheme.standard().concept("measure", "health-insurance-coverage"));
        assertTrue(c.listProperties(SKOS.prefLabel).toList().stream().anyMatch(s -> s.getLanguage().equals("en")));
        assertTrue(c.listProperties(SKOS.prefLabel).toList().stream().anyMatch(s -> s.getLanguage().equals("vi")));
        assertEquals(catalogue.measures().size(), catalogue.measures().stream().map(MeasureCatalogue.Measure::id).distinct().count());
        assertTrue(m.getResource(IriScheme.standard().concept("measure", "output-industry"))
                .hasProperty(SKOS.broader, m.getResource(IriScheme.standard().concept("measure", "output-industry-construction"))));
        assertTrue(catalogue.measures().stream().filter(x -> x.broader() != null).allMatch(x -> catalogue.byId(x.broader()).isPresent()));
    }
}
