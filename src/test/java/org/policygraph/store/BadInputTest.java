package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Junk next to good documents: each junk file is named with its reason, the good ones load, nothing is lost. */
class BadInputTest {
    @TempDir Path tmp;
    Path junk;

    @BeforeEach
    void makeJunk() throws IOException {
        junk = Files.createDirectories(tmp.resolve("junk"));
        Files.write(junk.resolve("empty.txt"), new byte[0]);
        byte[] random = new byte[8192];
        new Random(42).nextBytes(random);
        Files.write(junk.resolve("binary.txt"), random);
        Files.write(junk.resolve("cp1258.txt"), "Nghị quyết số 06-NQ/QU ngày 15 tháng 12 năm 2023".getBytes(Charset.forName("windows-1258")));
        Files.write(junk.resolve("utf16-no-bom.txt"), "Nghị quyết số 06-NQ/QU".getBytes(StandardCharsets.UTF_16LE));
        Files.write(junk.resolve("no-header.txt"), "Hôm nay trời đẹp. Chúng tôi đi chơi công viên.\n".getBytes(StandardCharsets.UTF_8));
        try (OutputStream out = Files.newOutputStream(junk.resolve("huge.txt"))) {
            byte[] line = "Nghị quyết về chủ đề, chỉ tiêu, nhiệm vụ năm 2024.\n".getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 50L * 1024 * 1024; n += line.length) out.write(line);
        }
    }

    @Test
    void junkIsReportedAndTheRestLoadsWithoutLosingAnything() throws Exception {
        try (PolicyStore store = PolicyStore.open(tmp.resolve("s"))) {
            LoadReport.Loaded earlier = TestStores.loader(store).loadOne(TestStores.document("003"));
            Model before = store.graph(earlier.graph()).orElseThrow();

            List<Path> inputs = new ArrayList<>(List.of(junk));
            inputs.add(TestStores.document("000"));
            List<String> lines = new ArrayList<>();
            LoadReport r = TestStores.loader(store).load(inputs, new LoadListener() {
                @Override public void failed(LoadReport.Failed f, int done, int total) { lines.add(f.file() + ": " + f.reason()); }
            });

            Map<String, String> reasons = r.failed().stream()
                    .collect(Collectors.toMap(f -> f.file().getFileName().toString(), LoadReport.Failed::reason));
            // a Windows-1258 text is read in its code page now, and a text without a header loads as unidentified
            assertEquals(java.util.Set.of("empty.txt", "binary.txt", "utf16-no-bom.txt", "huge.txt"), reasons.keySet(), reasons.toString());
            assertTrue(reasons.get("empty.txt").contains("empty"), reasons.get("empty.txt"));
            assertTrue(reasons.get("binary.txt").matches(".*(unsupported type|NUL|control|invalid UTF-8).*"), reasons.get("binary.txt"));
            assertTrue(reasons.get("utf16-no-bom.txt").contains("UTF-16"), reasons.get("utf16-no-bom.txt"));
            assertTrue(reasons.get("huge.txt").contains("limit"), reasons.get("huge.txt"));
            for (String l : lines) assertTrue(l.contains(junk.toString()), "message does not name the file: " + l);

            // readable text without a header is not refused: it is stored as an unidentified document, with a note
            Map<String, LoadReport.Loaded> loaded = r.loaded().stream()
                    .collect(Collectors.toMap(l -> l.file().getFileName().toString(), l -> l));
            assertEquals(java.util.Set.of("000_936183772214671c.txt", "no-header.txt", "cp1258.txt"), loaded.keySet());
            LoadReport.Loaded unidentified = loaded.get("no-header.txt");
            assertFalse(unidentified.identified(), unidentified.toString());
            assertTrue(unidentified.document().contains("/doc/unidentified/"), unidentified.document());
            assertTrue(unidentified.warnings().stream().anyMatch(w -> w.contains("no recognisable document header")), unidentified.warnings().toString());
            assertTrue(before.isIsomorphicWith(store.graph(earlier.graph()).orElseThrow()), "an earlier document changed");
            for (LoadReport.Loaded l : r.loaded()) assertTrue(store.graph(l.graph()).isPresent(), l.file().toString());
        }
    }

    @Test
    void aUtf16FileWithByteOrderMarkIsDecoded() throws Exception {
        Path doc = TestStores.document("003");
        Path utf16 = tmp.resolve("003-utf16.txt");
        Files.write(utf16, Files.readString(doc, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16)); // with BOM
        try (PolicyStore store = PolicyStore.open(tmp.resolve("s"))) {
            LoadReport r = TestStores.loader(store).load(List.of(utf16), LoadListener.SILENT);
            assertEquals(List.of(), r.failed());
            assertTrue(r.loaded().get(0).identified());
        }
    }

    @Test
    void onlyJunkMeansNothingLoaded() throws Exception {
        try (PolicyStore store = PolicyStore.open(tmp.resolve("s"))) {
            LoadReport r = TestStores.loader(store).load(List.of(junk.resolve("empty.txt"), junk.resolve("binary.txt")), LoadListener.SILENT);
            assertTrue(r.nothingLoaded());
        }
    }
}
