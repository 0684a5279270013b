package org.policygraph.derive;

import java.util.*;
import org.junit.jupiter.api.Test;
import org.policygraph.model.*;

class TargetDump {
    @Test void dump() throws Exception {
        var all = Corpus.analyses();
        DocumentAnalysis ka = all.get(0), city = all.get(4);
        var kg = TargetGroup.of(ka.targets(), ka.text());
        var cg = TargetGroup.of(city.targets(), city.text());
        TargetMatcher m = new TargetMatcher(List.of(cg, kg));
        for (var c : m.candidates(cg, kg, true)) {
            int fo = c.from().head().ordinal(), to = c.to().head().ordinal();
            if ((fo == 20 && (to == 2 || to == 3)) || (fo == 16 && to == 13) || (fo == 4 && to == 10) || fo == 21 && to == 4)
                System.out.printf("%d/%s > %d/%s  %.3f clause=%.3f ctx=%.3f%n", fo, c.from().head().sub(), to, c.to().head().sub(), c.score(), c.clause(), c.context());
        }
    }
}
