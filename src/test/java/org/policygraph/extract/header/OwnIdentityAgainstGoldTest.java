package org.policygraph.extract.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.policygraph.SharedEval;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.PartialDate;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;

/** The header agrees with the hand-checked rows of a document's own identity ({@code self: true}) in the citation gold. */
class OwnIdentityAgainstGoldTest {

    @Test
    void selfRowsAgree() throws Exception {
        Path gold = SharedEval.eval("citations.dev.jsonl").orElse(null);
        Assumptions.assumeTrue(gold != null && Files.exists(gold), "../shared/eval is absent");
        ObjectMapper json = new ObjectMapper();
        ReferenceData reference = ReferenceData.bundled();
        HeaderExtractor extractor = new HeaderExtractor(reference);
        List<JsonNode> self = Files.readAllLines(gold).stream().filter(l -> !l.isBlank()).map(l -> read(json, l))
                .filter(r -> r.path("self").asBoolean(false)).toList();
        assertFalse(self.isEmpty());
        for (JsonNode row : self) {
            String seed = row.get("seed").asText();
            DocumentHeader h = extractor.extract(SourceText.of(Files.readString(Path.of("data", "documents", "hai-phong", seed))));
            assertEquals(text(row, "symbol"), DocumentHeader.valueOf(h.symbol()), seed + " symbol");
            assertEquals(text(row, "doc_type"), h.type() == null ? null : h.type().value().vi(), seed + " type");
            assertEquals(text(row, "issuer"), reference.body(DocumentHeader.valueOf(h.issuer())).map(b -> b.nameVi()).orElse(null), seed + " issuer");
            assertEquals(text(row, "issuer_level"), h.level() == null ? null : h.level().slug(), seed + " level");
            if (text(row, "date") != null)
                assertEquals(text(row, "date"), ((PartialDate) DocumentHeader.valueOf(h.date())).iso(), seed + " date");
            if (text(row, "title") != null) assertEquals(text(row, "title"), DocumentHeader.valueOf(h.title()), seed + " title");
        }
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode n = row.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
