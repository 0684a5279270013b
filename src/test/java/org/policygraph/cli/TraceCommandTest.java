package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.store.TestStores;

/** {@code trace} and {@code extract --jsonl links} through picocli, on a store holding the five documents. */
class TraceCommandTest {
    @TempDir static Path tmp;
    static String store;

    @BeforeAll
    static void load() throws Exception {
        store = tmp.resolve("store").toString();
        TestStores.corpus(Path.of(store)).close();
    }

    static String[] run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = Main.commandLine().execute(args);
            return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void traceOfKienAn2024ReachesTheCityAndTheCentralDocumentsWithEvidence() {
        String[] r = run("trace", "06-NQ/QU", "--store", store);
        assertEquals("0", r[0], r[2]);
        String text = r[1];
        assertTrue(text.startsWith("doc/party/kien-an-qu/nq/khoa-vi/06"), text.substring(0, Math.min(200, text.length())));
        assertTrue(text.contains("implements [medium, document-structure] → doc/party/hai-phong-tu/nq/khoa-xvi/hoi-nghi-14"), "the city's 2024 resolution");
        assertTrue(text.contains("target/7 implements [high, indicator-similarity] → doc/party/hai-phong-tu/nq/khoa-xvi/hoi-nghi-14/target/24"),
                "through the religious-land indicator");
        assertTrue(text.contains("→ doc/party/tw/nq/khoa-xii/45"), "on to a central resolution the city implements");
        assertTrue(text.contains("« 004_a99ad02499007063.txt: Thực hiện lập hồ sơ đăng ký đất đai cho tối thiểu 30%"), "with the quoted evidence");
    }

    @Test
    void traceAsJson() throws Exception {
        String[] r = run("trace", "https://w3id.org/policy-graph/doc/party/kien-an-qu/nq/khoa-vi/06/task/3.1", "--format", "json", "--store", store);
        assertEquals("0", r[0], r[2]);
        JsonNode tree = new ObjectMapper().readTree(r[1]);
        assertEquals("district", tree.get("level").asText());
        List<String> upstream = new ArrayList<>();
        tree.get("upstream").forEach(e -> upstream.add(e.at("/node/iri").asText()));
        assertTrue(upstream.stream().anyMatch(u -> u.endsWith("khoa-xiii/hoi-nghi-8")), upstream.toString());
        JsonNode edge = tree.get("upstream").get(0);
        assertTrue(edge.has("kind") && edge.has("confidence") && edge.has("evidence") && edge.has("quotes"));
    }

    @Test
    void unknownSymbolIsAUserError() {
        String[] r = run("trace", "99-NQ/XX", "--store", store);
        assertEquals("3", r[0]);
        assertTrue(r[2].contains("no document with the symbol 99-NQ/XX"));
    }

    @Test
    void extractLinksInTheEvaluationSchema() throws Exception {
        List<String> args = new ArrayList<>(List.of("extract", "--jsonl", "links"));
        TestStores.documents().forEach(p -> args.add(p.toString()));
        String[] r = run(args.toArray(String[]::new));
        assertEquals("0", r[0], r[2]);
        String[] lines = r[1].strip().split("\n");
        assertTrue(lines.length > 18);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertTrue(first.has("from") && first.has("to") && first.has("relation") && first.has("confidence") && first.has("evidence"));
    }
}
