package org.policygraph.derive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.pipeline.Pipeline;

/** The five bundled documents, analysed by the real pipeline (cached for the test run). */
public final class Corpus {
    private static List<DocumentAnalysis> analyses;

    private Corpus() {}

    public static synchronized List<DocumentAnalysis> analyses() throws Exception {
        if (analyses == null) {
            List<DocumentAnalysis> out = new ArrayList<>();
            try (var files = Files.list(Path.of("data/documents/hai-phong"))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) out.add(Pipeline.standard().analyse(p));
            }
            analyses = List.copyOf(out);
        }
        return analyses;
    }
}
