package org.policygraph.extract.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.policygraph.SharedEval;

/** Runs the shared scorer ({@code ../shared/eval/score.py}) on rows; the test is skipped without it or python3. */
final class Scorer {
    private Scorer() {}

    /** The scorer's summary line for predicted JSONL {@code rows} against {@code gold}. */
    static String summary(String kind, Path gold, List<String> rows) throws IOException, InterruptedException {
        Path scorer = SharedEval.eval("score.py").orElse(null);
        assumeTrue(scorer != null && Files.exists(scorer), "../shared/eval is absent");
        assumeTrue(python(), "python3 is absent");
        Files.createDirectories(Path.of("target"));
        Path pred = Files.createTempFile(Path.of("target"), kind, ".jsonl");
        Files.write(pred, rows, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", scorer.toString(), kind, gold.toString(), pred.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        String[] all = out.strip().split("\n");
        return all[all.length - 1];
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
