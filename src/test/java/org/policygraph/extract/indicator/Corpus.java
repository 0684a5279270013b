package org.policygraph.extract.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.SourceDocument;
import org.policygraph.text.SourceText;

/** The corpus documents of {@code data/documents}, analysed for indicators and figures only. */
final class Corpus {
    static final Path DOCUMENTS = Path.of("data", "documents");

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

    /** An analysis holding only the targets and figures, for the JSONL rows. */
    static DocumentAnalysis analysis(String prefix) {
        Path f = file(prefix);
        SourceText t = text(prefix);
        DocumentHeader h = emptyHeader();
        return new DocumentAnalysis(new SourceDocument(f, f.getFileName().toString(), "0".repeat(64), 0), t, h, null,
                List.of(), List.of(), new TargetExtractor().extract(t, h), new FigureExtractor().extract(t, h), List.of(), List.of());
    }
}
