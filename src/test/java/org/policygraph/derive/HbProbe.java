package org.policygraph.derive;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.policygraph.model.*;
class HbProbe {
    @Test void probe() throws Exception {
        var all = Corpus.analyses();
        DocumentAnalysis hb = all.get(1), city = all.get(4);
        for (Target t : hb.targets()) System.out.println(t.ordinal() + "/" + t.sub() + " [" + t.measureConcept() + "] " + t.measure() + " | " + t.comparator() + " " + t.value() + " " + t.unit() + " | " + t.targetText());
        var hg = TargetGroup.of(hb.targets(), hb.text());
        var cg = TargetGroup.of(city.targets(), city.text());
        TargetMatcher m = new TargetMatcher(List.of(cg, hg));
        int[][] pairs = {{4,3},{5,4},{20,15},{20,16},{23,18},{13,8},{21,17}};
        for (var c : m.candidates(cg, hg, true)) for (int[] p : pairs) if (c.from().head().ordinal()==p[0] && c.to().head().ordinal()==p[1])
            System.out.printf("%d/%s > %d/%s  %.3f clause=%.3f ctx=%.3f %s%n", p[0], c.from().head().sub(), p[1], c.to().head().sub(), c.score(), c.clause(), c.context(), c.numeric());
    }
}
