package org.policygraph.read;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.policygraph.SharedEval;

/** The real files of {@code ../shared/formats}; tests skip, saying so, when they are absent. */
final class SharedFormats {
    private SharedFormats() {}

    static Path file(String name) {
        Path dir = SharedEval.dir().map(d -> d.resolve("formats")).orElse(null);
        assumeTrue(dir != null && Files.isDirectory(dir), "../shared/formats is absent: real-format tests skipped");
        Path f = dir.resolve(name);
        assumeTrue(Files.isRegularFile(f), f + " is absent: skipped");
        return f;
    }

    static void assumeOcr() {
        assumeTrue(Ocr.detect().available(), "OCR tests skipped: they need " + Ocr.PACKAGES);
    }
}
