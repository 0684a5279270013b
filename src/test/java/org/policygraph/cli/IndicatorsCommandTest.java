package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.store.PolicyStore;
import org.policygraph.store.TestStores;

class IndicatorsCommandTest {
    @TempDir static Path dir;

    @BeforeAll
    static void load() throws Exception {
        try (PolicyStore s = TestStores.corpus(dir.resolve("store"))) {
            // loaded and closed: the command opens the store itself
        }
    }

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.commandLine().execute(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsTargetLatestFigureAndShareForKienAn2024() {
        String out = run("indicators", "--store", dir.resolve("store").toString(), "--unit", "Kiến An", "--year", "2024");
        assertTrue(out.startsWith("Quận Kiến An, 2024"), out);
        String budget = out.lines().filter(l -> l.contains("700 tỷ đồng")).findFirst().orElseThrow(() -> new AssertionError(out));
        assertTrue(budget.contains("510351 triệu đồng (2024-Q1)"), budget);
        assertTrue(budget.contains("72.9 %"), budget);
        String health = out.lines().filter(l -> l.contains("> 93 %")).findFirst().orElseThrow(() -> new AssertionError(out));
        assertTrue(health.strip().endsWith("?"), health);
        String agriculture = out.lines().filter(l -> l.contains("+≥ 3 %")).findFirst().orElseThrow(() -> new AssertionError(out));
        assertTrue(agriculture.contains("24722 triệu đồng (2024-Q1)") && agriculture.contains("1.2% yoy"), agriculture);
    }

    @Test
    void resolvesUnitsByNameOrId() {
        assertEquals("quan-kien-an", IndicatorsCommand.resolve(ReferenceData.bundled(), "Kiến An").get(0).id());
        assertEquals("quan-kien-an", IndicatorsCommand.resolve(ReferenceData.bundled(), "quan-kien-an").get(0).id());
        assertTrue(IndicatorsCommand.resolve(ReferenceData.bundled(), "Atlantis").isEmpty());
    }

    @Test
    void theQueryTakesTheUnitAndYear() {
        String q = IndicatorsCommand.query("https://w3id.org/policy-graph/unit/quan-hong-bang", 2023);
        assertTrue(q.contains("(<https://w3id.org/policy-graph/unit/quan-hong-bang> \"2023\")"), q);
    }
}
