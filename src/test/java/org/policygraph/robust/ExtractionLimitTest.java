package org.policygraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.AdversarialText;
import org.policygraph.store.LoadListener;
import org.policygraph.store.LoadReport;
import org.policygraph.store.PolicyStore;
import org.policygraph.store.TestStores;

/**
 * One adversarial file cannot hold up a load: a resolution's header followed by 1 MiB of symbol-like tokens
 * ({@link AdversarialText.Kind#SYMBOLS}: a hundred thousand citation mentions, several seconds of analysis) is analysed
 * under the per-file time limit; past it the file is reported as not loaded with the reason, and the other files load.
 */
class ExtractionLimitTest {
    @TempDir Path tmp;

    @Test
    void aFileThatTakesTooLongIsReportedAndTheOthersLoad() throws Exception {
        Path adversarial = tmp.resolve("adversarial.txt");
        Files.writeString(adversarial, AdversarialText.of(AdversarialText.Kind.SYMBOLS, 1 << 20, Long.MAX_VALUE, 3), StandardCharsets.UTF_8);
        Path normal = TestStores.documents().get(0);
        try (PolicyStore store = PolicyStore.inMemory()) {
            long t0 = System.nanoTime();
            LoadReport report = TestStores.loader(store).withFileLimit(Duration.ofSeconds(2)).load(List.of(adversarial, normal), LoadListener.SILENT);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(1, report.failed().size(), report.toString());
            assertEquals(adversarial, report.failed().get(0).file());
            assertTrue(report.failed().get(0).reason().contains("per-file limit of 2 s"), report.failed().get(0).reason());
            assertEquals(List.of(normal), report.loaded().stream().map(LoadReport.Loaded::file).toList());
            assertTrue(seconds < 60, "the load took " + seconds + " s with a 2 s limit per file");
        }
    }
}
