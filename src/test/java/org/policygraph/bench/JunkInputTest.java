package org.policygraph.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.text.InputRejectedException;

/** At least 300 junk inputs through the pipeline: each is analysed or rejected with a message naming the file and a reason; nothing else escapes. */
class JunkInputTest {
    @TempDir Path tmp;

    @Test
    void junkIsAnalysedOrRejectedClearly() throws Exception {
        List<JunkGenerator.Junk> junk = JunkGenerator.generate(Path.of("data/documents/hai-phong"), 2026, tmp, 320);
        assertTrue(junk.size() >= 300);
        Pipeline pipeline = Pipeline.standard();
        Map<String, int[]> outcome = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (JunkGenerator.Junk j : junk) {
            int[] o = outcome.computeIfAbsent(j.mutation(), k -> new int[2]);
            try {
                pipeline.analyse(j.file());
                o[0]++;
            } catch (InputRejectedException e) {
                o[1]++;
                String name = j.file().getFileName().toString();
                String m = e.getMessage();
                if (m == null || !m.contains(name)) failures.add(name + ": message does not name the file: " + m);
                else if (m.substring(m.indexOf(name) + name.length()).replaceAll("[\\s:]|at byte \\d+", "").length() < 5)
                    failures.add(name + ": message gives no reason: " + m);
            } catch (Throwable t) {
                failures.add(j.file().getFileName() + " (" + j.mutation() + " of " + j.source() + "): " + t);
            }
        }
        assertEquals(List.of(), failures);
        // what must be refused whatever the extractors do
        for (String m : List.of("empty", "blank", "long_line", "pdf", "nul_bytes", "utf16_le", "utf16_be", "random_bytes"))
            assertEquals(0, outcome.get(m)[0], m + " must be rejected: " + outcome);
        // legacy Vietnamese encodings are read (converted to Unicode), not refused for their encoding (the generator's
        // TCVN3 is an approximation, not the real byte table, so its text does not come back readable)
        assertTrue(outcome.get("vni")[0] + outcome.get("windows_1258")[0] > 0, "legacy encodings must be read: " + outcome);
    }
}
