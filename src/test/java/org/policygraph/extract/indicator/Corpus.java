package org.policygraph.extract.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.text.InputRejectedException;
import org.policygraph.text.SourceText;

/** The corpus documents of {@code data/documents/hai-phong}, analysed for indicators and figures only. */
final class Corpus {
    static final Path DOCUMENTS = Path.of("data", "documents", "hai-phong");

    private Corpus() {}

    static Path file(String prefix) {
        try (var s = Files.list(DOCUMENTS)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceText text(String prefix) {
        try {
            return SourceText.of(Files.readString(file(prefix)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentHeader emptyHeader() {
        return new DocumentHeader(null, null, null, null, null, null, null, null, false, null, null, null, null, null, null, null, null);
    }

    /** The analysis the pipeline makes of a corpus document (header, targets, figures ...), for the JSONL rows. */
    static DocumentAnalysis analysis(String prefix) {
        try {
            return Pipeline.standard().analyse(file(prefix));
        } catch (InputRejectedException e) {
            throw new IllegalStateException(e);
        }
    }
}
