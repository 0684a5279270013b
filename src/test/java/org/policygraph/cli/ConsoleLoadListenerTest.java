package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.store.LoadReport;

class ConsoleLoadListenerTest {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    String run(boolean terminal, int files) {
        ConsoleLoadListener l = new ConsoleLoadListener(err, terminal);
        List<LoadReport.Loaded> loaded = new ArrayList<>();
        List<LoadReport.Failed> failed = new ArrayList<>();
        l.started(files);
        for (int i = 1; i <= files; i++) {
            if (i == 3) {
                LoadReport.Failed f = new LoadReport.Failed(Path.of("bad" + i + ".txt"), "is empty");
                failed.add(f);
                l.failed(f, i, files);
            } else {
                LoadReport.Loaded ok = new LoadReport.Loaded(Path.of("f" + i + ".txt"), "urn:g" + i, "urn:d" + i, 10, true, List.of(),
                        i == 5 ? List.of("symbol differs between header and appendix") : List.of());
                loaded.add(ok);
                l.loaded(ok, i, files);
            }
        }
        l.finished(new LoadReport(loaded, failed));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void terminalGetsABarAndEveryFailureOnItsOwnLine() {
        String s = run(true, 40);
        assertTrue(s.contains("[" + "#".repeat(30) + "] 40/40"), s);
        assertTrue(s.contains("bad3.txt: not loaded: is empty\n"), s);
        assertTrue(s.contains("f5.txt: note: symbol differs between header and appendix\n"), s);
        assertTrue(s.contains("loaded 39 file(s), 390 triples; 1 file(s) not loaded"), s);
    }

    @Test
    void aLogGetsTenProgressLinesForALongLoad() {
        String s = run(false, 40);
        assertEquals(10, s.lines().filter(l -> l.matches("\\s+\\d+/40")).count(), s);
        assertTrue(s.contains("bad3.txt: not loaded: is empty"), s);
    }
}
