package org.policygraph.extract.indicator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policygraph.jsonl.FigureRows;
import org.policygraph.jsonl.TargetRows;

/** Writes indicator and actual rows of the corpus: {@code DumpRows OUT_DIR}. A development aid. */
public final class DumpRows {
    public static void main(String[] args) throws Exception {
        ObjectMapper om = new ObjectMapper();
        Path out = Path.of(args.length > 0 ? args[0] : "target");
        List<String> ind = new ArrayList<>();
        List<String> act = new ArrayList<>();
        for (String p : List.of("000", "001", "002", "003", "004")) {
            var a = Corpus.analysis(p);
            for (var r : new TargetRows().rows(a)) ind.add(om.writeValueAsString(r));
            for (var r : new FigureRows().rows(a)) act.add(om.writeValueAsString(r));
        }
        Files.write(out.resolve("indicators.pred.jsonl"), ind);
        Files.write(out.resolve("actuals.pred.jsonl"), act);
    }
}
