package org.policygraph.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.extract.citation.CitationExtractor;
import org.policygraph.model.Citation;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.Level;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;

class CitationRowsTest {
    @Test
    void rowFollowsTheEvaluationSchema() {
        DocumentHeader h = new DocumentHeader(null, null, null, null, Level.DISTRICT, "quan-kien-an", null, null, false, null, null, null,
                null, null, null, null, null);
        List<Citation> cs = new CitationExtractor(ReferenceData.bundled()).extract(SourceText.of(
                "Thực hiện Nghị quyết số 04-NQ/QU, ngày 29/5/2018 của Ban Chấp hành Đảng bộ quận về phát triển giáo dục; "
                + "Nghị quyết số 35/2021/QH15 của Quốc hội khóa XV."), h);
        ObjectNode party = CitationRows.row("000.txt", cs.get(0));
        assertEquals("000.txt", party.get("seed").asText());
        assertEquals("Nghị quyết", party.get("doc_type").asText());
        assertEquals("04-NQ/QU", party.get("symbol").asText());
        assertEquals("04", party.get("number").asText());
        assertTrue(party.get("year").isNull());
        assertEquals("2018-05-29", party.get("date").asText());
        assertEquals("Ban Chấp hành Đảng bộ quận Kiến An", party.get("issuer").asText());
        assertEquals("district", party.get("issuer_level").asText());
        assertEquals("về phát triển giáo dục", party.get("title").asText());
        assertEquals(1, party.get("mentions").asInt());
        assertEquals("implementation", party.get("kind").asText());
        assertEquals("doc/party/kien-an-qu/nq/khoa-v/04", party.get("key").asText());
        ObjectNode state = CitationRows.row("000.txt", cs.get(1));
        assertEquals(2021, state.get("year").asInt());
        assertEquals("central", state.get("issuer_level").asText());
        assertEquals("Quốc hội", state.get("issuer").asText());
    }
}
