package org.policygraph.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.derive.Link;
import org.policygraph.derive.LinkEnd;
import org.policygraph.derive.LinkKind;
import org.policygraph.derive.Linker;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.Level;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceDecoder;

/**
 * Tasks and targets are linked to the nearest level above that has documents of the year: on a generated corpus of
 * the centre, a province and its districts, district tasks and targets take up the province's, never the centre's
 * directly; without the province's documents, they take up the centre's.
 */
class NearestLevelLinkingTest {
    @TempDir Path tmp;

    @Test
    void districtsLinkToTheirProvinceAndToTheCentreOnlyWhenTheProvinceIsMissing() throws Exception {
        CorpusGenerator.generate(150, 5, tmp);
        ReferenceData reference = BenchRun.referenceOf(tmp);
        Pipeline pipeline = new Pipeline(reference, new SourceDecoder());
        List<DocumentAnalysis> all = new ArrayList<>();
        for (Path f : ExtractionBench.documents(tmp)) all.add(pipeline.analyse(f));
        Map<String, Level> levels = new HashMap<>();
        for (DocumentAnalysis a : all) if (a.header() != null && a.header().level() != null) levels.put(a.source().name(), a.header().level());

        Set<String> withProvince = levelPairs(new Linker(reference).derive(all), levels);
        assertTrue(withProvince.contains("CITY>DISTRICT"), withProvince.toString());
        assertFalse(withProvince.contains("CENTRAL>DISTRICT"), withProvince.toString());

        List<DocumentAnalysis> noProvince = all.stream().filter(a -> levels.get(a.source().name()) != Level.CITY).toList();
        Set<String> without = levelPairs(new Linker(reference).derive(noProvince), levels);
        assertTrue(without.contains("CENTRAL>DISTRICT"), without.toString());
    }

    /** The levels ("CITY>DISTRICT") joined by implicit implements links between tasks or targets. */
    private static Set<String> levelPairs(List<Link> links, Map<String, Level> levels) {
        return links.stream()
                .filter(l -> l.kind() == LinkKind.IMPLEMENTS && l.from().kind() != LinkEnd.Kind.DOCUMENT && l.from().kind() == l.to().kind())
                .map(l -> levels.get(l.from().seed()) + ">" + levels.get(l.to().seed()))
                .collect(Collectors.toSet());
    }
}
