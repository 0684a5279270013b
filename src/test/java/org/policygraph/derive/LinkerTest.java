package org.policygraph.derive;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.policygraph.SharedEval;
import org.policygraph.model.DocumentAnalysis;

class LinkerTest {
    @Test
    void probeTasks() throws Exception {
        Assumptions.assumeTrue(SharedEval.dir().isPresent());
        List<DocumentAnalysis> docs = List.of(Fixtures.city2024(true), Fixtures.kienAn2024(true), Fixtures.hongBang2024());
        List<Link> links = Linker.standard().derive(docs);
        for (Link l : links) {
            if (l.from().kind() == LinkEnd.Kind.TARGET) continue;
            System.out.println(l.kind() + " " + l.confidence() + " " + l.from().seed() + "#" + l.from().partPath() + " -> " + l.to().seed() + "#" + l.to().partPath()
                    + " " + l.evidence().figures() + " | " + l.evidence().note());
        }
    }
}
