package org.policygraph.extract.header;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.policygraph.extract.structure.SectionSplitter;
import org.policygraph.model.DocumentHeader;
import org.policygraph.resolve.DocumentIdentifier;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;

/** Header, parts and identity are read from any cut of a document without failing, and from nothing give nothing. */
class RobustnessTest {
    private static final ReferenceData REF = ReferenceData.bundled();

    @Test
    void anyCutOfADocumentIsRead() throws IOException {
        HeaderExtractor header = new HeaderExtractor(REF);
        SectionSplitter sections = new SectionSplitter();
        DocumentIdentifier identifier = new DocumentIdentifier(REF);
        Random random = new Random(7);
        List<Path> docs;
        try (var files = Files.list(Path.of("data", "documents", "hai-phong"))) {
            docs = files.sorted().toList();
        }
        for (Path p : docs) {
            String doc = Files.readString(p);
            for (int k = 0; k < 25; k++) {
                int s = random.nextInt(doc.length());
                int e = Math.min(doc.length(), s + random.nextInt(4000));
                SourceText t = SourceText.of(doc.substring(s, e));
                assertDoesNotThrow(() -> identifier.identify(header.extract(t)), p + " " + s + ".." + e);
                assertDoesNotThrow(() -> sections.split(t), p + " " + s + ".." + e);
            }
        }
    }

    @Test
    void textWithoutAHeaderGivesAnEmptyHeader() {
        DocumentHeader h = new HeaderExtractor(REF).extract(SourceText.of("Một đoạn văn không có gì."));
        assertEquals(new DocumentHeader(null, null, null, null, null, null, null, null, false, null, null, null, null, null, null, null, null), h);
    }
}
