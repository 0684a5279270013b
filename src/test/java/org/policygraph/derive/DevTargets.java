package org.policygraph.derive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policygraph.model.Comparator;
import org.policygraph.model.Target;
import org.policygraph.text.SourceText;
import org.policygraph.text.Span;

/** Test fixture only: targets of the hand-checked indicators file, as input to develop the linker before the extractor lands. */
final class DevTargets {
    private DevTargets() {}

    static List<Target> read(Path jsonl, String seed, SourceText text) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Target> out = new ArrayList<>();
        int cursor = 0;
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) continue;
            JsonNode r = json.readTree(line);
            if (!r.path("seed").asText().equals(seed)) continue;
            String clause = r.path("target_text").asText();
            Span span = locate(text.original(), clause, cursor);
            if (span != null) cursor = span.start();
            Comparator cmp = java.util.Arrays.stream(Comparator.values()).filter(c -> c.symbol().equals(r.path("comparator").asText())).findFirst().orElseThrow();
            out.add(new Target(r.path("ordinal").asInt(), r.path("sub").isNull() ? null : r.path("sub").asInt(),
                    text(r, "category"), text(r, "category_no"), text(r, "text"), clause, text(r, "measure"), null, cmp,
                    num(r, "value"), num(r, "value_min"), num(r, "value_max"), text(r, "unit"), text(r, "unit_text"),
                    text(r, "baseline"), r.path("year").asInt(), span, span));
        }
        return out;
    }

    /** The clause's span in the original text, white space between words allowed to differ. */
    private static Span locate(String original, String clause, int from) {
        String[] words = clause.strip().split("\\s+");
        StringBuilder re = new StringBuilder();
        for (String w : words) { if (re.length() > 0) re.append("\\s+"); re.append(java.util.regex.Pattern.quote(w)); }
        var m = java.util.regex.Pattern.compile(re.toString()).matcher(original);
        if (m.find(from) || m.find(0)) return new Span(m.start(), m.end());
        return null;
    }

    private static String text(JsonNode r, String f) { return r.path(f).isNull() || r.path(f).isMissingNode() ? null : r.path(f).asText(); }

    private static Double num(JsonNode r, String f) { return r.path(f).isNumber() ? r.path(f).asDouble() : null; }
}
