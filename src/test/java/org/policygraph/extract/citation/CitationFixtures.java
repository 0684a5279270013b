package org.policygraph.extract.citation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.policygraph.model.Citation;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.Level;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;

/** Shared helpers of the citation tests: headers of a district and a city document, real documents. */
final class CitationFixtures {
    static final ReferenceData REF = ReferenceData.bundled();
    static final CitationExtractor EXTRACTOR = new CitationExtractor(REF);

    static final DocumentHeader NONE = header(null, null);
    static final DocumentHeader KIEN_AN = header("quan-kien-an", Level.DISTRICT);
    static final DocumentHeader HAI_PHONG = header("thanh-pho-hai-phong", Level.CITY);

    private CitationFixtures() {}

    static DocumentHeader header(String unit, Level level) {
        return new DocumentHeader(null, null, null, null, level, unit, null, null, false, null, null, null, null, null, null, null, null);
    }

    static List<Citation> cite(String text, DocumentHeader header) {
        return EXTRACTOR.extract(SourceText.of(text), header);
    }

    static List<Citation> cite(String text) { return cite(text, KIEN_AN); }

    static Citation only(String text) {
        List<Citation> cs = cite(text);
        if (cs.size() != 1) throw new AssertionError("expected one citation in <" + text + ">, got " + cs);
        return cs.get(0);
    }

    static Citation bySymbol(List<Citation> cs, String symbol) {
        return cs.stream().filter(c -> symbol.equals(c.symbol())).findFirst()
                .orElseThrow(() -> new AssertionError("no citation " + symbol + " in " + cs.stream().map(Citation::symbol).toList()));
    }

    static Path document(String prefix) throws IOException {
        try (var s = Files.list(Path.of("data", "documents", "hai-phong"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    static SourceText text(String prefix) throws IOException { return SourceText.of(Files.readString(document(prefix))); }
}
