package org.policygraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adversarial texts of {@code bench adversarial}: sizes kept, deterministic, and the growth the table reports. */
class AdversarialTextTest {
    @Test
    void eachKindFillsTheSizeAskedWithoutGoingOver() {
        for (AdversarialText.Kind kind : AdversarialText.Kind.values()) {
            String t = AdversarialText.of(kind, 64 << 10, Long.MAX_VALUE, 1);
            int bytes = t.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes <= 64 << 10 && bytes > 60 << 10, kind + ": " + bytes + " bytes");
            assertTrue(t.startsWith(AdversarialText.HEADER), kind.toString());
            assertEquals(t, AdversarialText.of(kind, 64 << 10, Long.MAX_VALUE, 1), kind + " is not deterministic");
            assertTrue(AdversarialText.of(kind, 64 << 10, 20_000, 1).length() <= 20_000, kind + ": the character cap");
        }
    }

    @Test
    void theTableGivesTheGrowthOrTheLimit() {
        List<AdversarialBench.Row> rows = List.of(
                new AdversarialBench.Row(AdversarialText.Kind.DATES, 1 << 20, 1_000_000, 1.0, "analysed"),
                new AdversarialBench.Row(AdversarialText.Kind.DATES, 8 << 20, 8_000_000, 8.4, "analysed"),
                new AdversarialBench.Row(AdversarialText.Kind.SYMBOLS, 1 << 20, 1_000_000, 4.0, "analysed"),
                new AdversarialBench.Row(AdversarialText.Kind.SYMBOLS, 8 << 20, 8_000_000, 60.0, "stopped at the limit"));
        String table = AdversarialBench.table(rows);
        assertTrue(table.contains("dates              growth x8.4 time for x8.0 bytes"), table);
        assertTrue(table.contains("symbols            growth stopped at the limit"), table);
        assertEquals("stopped at the limit", ((java.util.Map<?, ?>) AdversarialBench.toJson(rows).get("symbols")).get("growth"));
    }
}
