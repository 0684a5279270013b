package org.policygraph.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.pipeline.Pipeline;

class DocumentRowsTest {
    private static final DocumentRows ROWS = new DocumentRows();

    private static DocumentAnalysis analyse(String prefix) throws Exception {
        try (var files = Files.list(Path.of("data", "documents", "hai-phong"))) {
            return Pipeline.standard().analyse(files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
        }
    }

    @Test
    void resolutionRow() throws Exception {
        DocumentAnalysis a = analyse("000_");
        List<ObjectNode> rows = ROWS.rows(a);
        assertEquals(1, rows.size());
        ObjectNode r = rows.get(0);
        assertEquals("000_936183772214671c.txt", r.get("seed").asText());
        assertEquals("Nghị quyết", r.get("doc_type").asText());
        assertEquals("06-NQ/QU", r.get("symbol").asText());
        assertEquals("06", r.get("number").asText());
        assertEquals("2023-12-15", r.get("date").asText());
        assertEquals("Ban Chấp hành Đảng bộ quận Kiến An", r.get("issuer").asText());
        assertEquals("kien-an-qu-bch", r.get("issuer_id").asText());
        assertEquals("district", r.get("issuer_level").asText());
        assertEquals(15, r.get("conference").asInt());
        assertEquals("VI", r.get("term").asText());
        assertEquals(2024, r.get("plan_year").asInt());
        assertEquals("doc/party/kien-an-qu/nq/khoa-vi/06", r.get("iri_path").asText());
        assertTrue(r.get("title").isNull());
        spansQuoteTheirValues(a, r);
    }

    @Test
    void reportRowWithBlankNumberAndPartialDate() throws Exception {
        DocumentAnalysis a = analyse("002_");
        ObjectNode r = ROWS.rows(a).get(0);
        assertEquals("Báo cáo", r.get("doc_type").asText());
        assertTrue(r.get("number").isNull());
        assertTrue(r.get("number_blank").asBoolean());
        assertEquals("2024-03", r.get("date").asText());
        assertEquals("Ủy ban nhân dân quận Kiến An", r.get("issuer").asText());
        assertEquals("Nguyễn Trường Sơn", r.get("signer").asText());
        assertEquals("CHỦ TỊCH", r.get("signer_role").asText());
        assertEquals("doc/state/kien-an-ubnd/bc/2024/2024-03", r.get("iri_path").asText());
        spansQuoteTheirValues(a, r);
    }

    /** Each text field's span, quoted from the original and with white space and markup folded, is the value. */
    private static void spansQuoteTheirValues(DocumentAnalysis a, ObjectNode r) {
        JsonNode spans = r.get("spans");
        assertTrue(spans.size() >= 5);
        for (Iterator<Map.Entry<String, JsonNode>> it = spans.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String quote = a.text().original().substring(e.getValue().get("start").asInt(), e.getValue().get("end").asInt());
            assertTrue(!quote.isBlank(), e.getKey());
            if (List.of("symbol", "place", "signer", "theme", "term").contains(e.getKey())) {
                assertEquals(r.get(e.getKey()).asText(), quote.replace("*", "").replaceAll("\\s+", e.getKey().equals("symbol") ? "" : " ").strip(), e.getKey());
            }
        }
    }
}
