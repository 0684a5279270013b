package org.policygraph.jsonl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.SharedEval;

/** Runs {@code ../shared/eval/score.py links} on predicted rows; empty when the scorer or python3 is absent. */
final class LinkScorer {
    record Score(double precision, double recall, String lastLine, String output) {}

    private LinkScorer() {}

    static boolean available() {
        if (SharedEval.eval("score.py").filter(Files::exists).isEmpty()) return false;
        try {
            return new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static Optional<Score> score(List<ObjectNode> rows) throws Exception {
        if (!available()) return Optional.empty();
        Path pred = Files.createTempFile("links", ".jsonl");
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (ObjectNode r : rows) sb.append(json.writeValueAsString(r)).append('\n');
        Files.writeString(pred, sb, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", SharedEval.eval("score.py").get().toString(), "links",
                SharedEval.eval("indicator-links.dev.jsonl").get().toString(), pred.toString(), "--verbose").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Files.deleteIfExists(pred);
        String[] lines = out.strip().split("\n");
        String last = lines[lines.length - 1];
        Matcher m = Pattern.compile("P=([0-9.]+) R=([0-9.]+)").matcher(last);
        if (!m.find()) throw new IllegalStateException("scorer output: " + out);
        return Optional.of(new Score(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), last, out));
    }
}
