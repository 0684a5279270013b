package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke runs of {@code bench}: small enough for CI; the figures themselves are not asserted (speed targets live in the bench). */
class BenchCommandTest {
    @TempDir Path tmp;

    @Test
    void generateWritesTextsAndManifest() throws Exception {
        Path out = tmp.resolve("corpus");
        assertEquals(0, Main.commandLine().execute("bench", "generate", "--documents", "25", "--seed", "4", "--out", out.toString()));
        assertEquals(25, Files.readAllLines(out.resolve("manifest.jsonl")).size());
        try (var s = Files.list(out)) { assertEquals(25, s.filter(p -> p.toString().endsWith(".txt")).count()); }
    }

    @Test
    void benchWritesEveryFigureAsJson() throws Exception {
        Path json = tmp.resolve("bench.json");
        assertEquals(0, Main.commandLine().execute("bench", "--documents", "200", "--seed", "2", "--queries", "5",
                "--work", tmp.resolve("work").toString(), "--json", json.toString()));
        JsonNode r = new ObjectMapper().readTree(json.toFile());
        for (String key : List.of("extract_vs_regex", "load_vs_tdbloader", "chain_p50_vs_ask", "chain_p99_vs_ask", "peak_heap_mb", "documents", "triples"))
            assertTrue(r.has(key), key);
        assertEquals(200, r.get("documents").asInt());
        assertEquals(200, r.get("load").get("loaded").asInt());
        assertTrue(r.get("triples").asLong() > 200 * 50, "triples " + r.get("triples"));
        assertTrue(r.get("load").get("nquads_bytes").asLong() > 0);
        assertTrue(r.get("load").has("step_analyse_seconds") && r.get("load").has("step_finish_seconds"), r.get("load").toString());
        assertTrue(r.get("heap_after_gc_mb_by_phase").has("load"), r.toString());
        // the chain workloads ran over subjects found in the store (a placeholder subject would answer no rows)
        JsonNode q = r.get("queries");
        for (String chain : List.of("task_to_central", "citing_transitively", "stress_citing_most_cited")) {
            assertTrue(q.get(chain + "_subjects").asInt() >= 1, q.toString());
            assertTrue(q.get(chain + "_rows_max").asInt() >= 1, q.toString());
        }
        for (String kept : List.of("store", "store-bulk", "dump.nq"))
            assertTrue(Files.exists(tmp.resolve("work").resolve(kept)), "--work keeps " + kept);
    }

    @Test
    void withoutTheBaselineTheLoadAndQueriesAreStillMeasured() throws Exception {
        Path json = tmp.resolve("bench-no-baseline.json");
        assertEquals(0, Main.commandLine().execute("bench", "--documents", "20", "--seed", "3", "--queries", "3",
                "--skip-tdbloader", "--work", tmp.resolve("w2").toString(), "--json", json.toString()));
        JsonNode r = new ObjectMapper().readTree(json.toFile());
        assertTrue(r.get("load_vs_tdbloader").isNull(), r.toString());
        assertEquals(20, r.get("load").get("loaded").asInt());
        assertTrue(r.get("load").get("store_bytes").asLong() > 0);
        assertTrue(r.get("chain_p50_vs_ask").asDouble() > 0, r.toString());
        assertFalse(Files.exists(tmp.resolve("w2").resolve("dump.nq")), "no dump without the baseline");
    }

    @Test
    void aGzipDumpIsWhatTheBaselineLoads() throws Exception {
        Path json = tmp.resolve("bench-gzip.json"), work = tmp.resolve("w3");
        assertEquals(0, Main.commandLine().execute("bench", "--documents", "20", "--seed", "3", "--queries", "3",
                "--gzip-dump", "--work", work.toString(), "--json", json.toString()));
        JsonNode r = new ObjectMapper().readTree(json.toFile());
        assertTrue(r.get("load").get("nquads_gzip").asBoolean(), r.toString());
        assertTrue(r.get("load_vs_tdbloader").asDouble() > 0, r.toString());
        assertTrue(Files.exists(work.resolve("dump.nq.gz")) && !Files.exists(work.resolve("dump.nq")));
        // the bulk-loaded store holds the dump's quads: about as large as the loaded store, not an empty one
        assertTrue(r.get("load").get("tdbloader_store_bytes").asLong() > r.get("load").get("store_bytes").asLong() / 2, r.toString());
    }
}
