package org.policygraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a generated corpus's {@code manifest.jsonl} into gold rows in the {@code citations} schema of
 * {@code ../shared/eval/README.md}, so the extractor can be scored on synthetic data with the same scorer:
 * {@code python3 score.py citations synthetic-gold.jsonl predictions.jsonl}.
 */
public final class CitationGold {
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)");
    private static final Pattern SYMBOL_YEAR = Pattern.compile("^\\d+/(\\d{4})/");

    private CitationGold() {}

    public static int write(Path manifest, Path gold) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(gold, StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                JsonNode doc = json.readTree(line);
                String seed = doc.get("file").asText();
                if (doc.path("symbol").isTextual() && doc.path("symbolPrinted").asBoolean()) {
                    out.write(json.writeValueAsString(row(json, seed, doc.get("type").asText(), doc.get("symbol").asText(), doc.path("date").asText(null),
                            doc.get("issuer").asText(), doc.get("level").asText(), null, 1, true)));
                    out.write('\n');
                    rows++;
                }
                for (JsonNode c : doc.get("cited")) {
                    String symbol = c.path("symbol").isTextual() ? c.get("symbol").asText() : c.path("printed").asText(null);
                    out.write(json.writeValueAsString(row(json, seed, c.get("type").asText(), symbol, c.path("date").asText(null),
                            c.get("issuer").asText(), c.get("level").asText(), c.path("name").asText(null), c.get("mentions").asInt(), false)));
                    out.write('\n');
                    rows++;
                }
            }
        }
        return rows;
    }

    private static ObjectNode row(ObjectMapper json, String seed, String type, String symbol, String date, String issuer, String level,
                                  String name, int mentions, boolean self) {
        ObjectNode r = json.createObjectNode();
        r.put("seed", seed);
        r.put("surface", name != null ? name : type + " số " + symbol);
        r.put("mentions", mentions);
        r.put("doc_type", type);
        r.put("symbol", symbol);
        Matcher n = symbol == null ? null : LEADING_NUMBER.matcher(symbol);
        r.put("number", n != null && n.find() ? n.group(1) : null);
        Matcher y = symbol == null ? null : SYMBOL_YEAR.matcher(symbol);
        r.put("year", y != null && y.find() ? y.group(1) : null);
        r.put("date", date);
        r.put("issuer", issuer);
        r.put("issuer_level", level);
        r.putNull("title");
        r.put("self", self);
        return r;
    }

    /** {@code CitationGold MANIFEST GOLD}. */
    public static void main(String[] args) throws IOException {
        System.out.println(write(Path.of(args[0]), Path.of(args[1])) + " gold rows");
    }
}
