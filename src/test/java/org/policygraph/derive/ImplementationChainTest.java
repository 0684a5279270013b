package org.policygraph.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.pipeline.Pipeline;

/**
 * Nested implementation citations make a chain through documents that are not loaded: a provincial plan of Đồng Tháp
 * as published (data/documents/thuvienphapluat/8718801c503045f9.txt, 617/KH-UBND) says "Thực hiện Kế hoạch số
 * 283/KH-UBND ... về thực hiện Nghị quyết số 71/NQ-CP ... và Chương trình hành động số 10-CTr/TU ... về thực hiện Nghị
 * quyết số 57-NQ/TW ...".
 */
class ImplementationChainTest {
    private static final Path PLAN = Path.of("data/documents/thuvienphapluat/8718801c503045f9.txt");

    private static String end(LinkEnd e) {
        return e.document() == null ? e.seed() : e.document().register() + "/" + e.document().type().slug() + "/" + e.document().number();
    }

    @Test
    void theDocumentImplementsTheHeadOfTheChainAndEachCitedDocumentTheOneItNames() throws Exception {
        DocumentAnalysis a = Pipeline.standard().analyse(PLAN);
        List<Link> links = Linker.standard().explicit(a, k -> null);
        Set<String> documentLinks = new TreeSet<>();
        for (Link l : links) if (l.to().kind() == LinkEnd.Kind.DOCUMENT) documentLinks.add(end(l.to()) + " implements " + end(l.from()));
        assertEquals(new TreeSet<>(List.of(
                "dong-thap-2025-ubnd/kh/617 implements dong-thap-2025-ubnd/kh/283",
                "dong-thap-2025-ubnd/kh/283 implements cp/nq/71",
                "dong-thap-2025-ubnd/kh/283 implements dong-thap-2025-tu/ctr/10",
                "dong-thap-2025-tu/ctr/10 implements tw/nq/57")), documentLinks);
        Link last = links.stream().filter(l -> "57".equals(l.from().document().number())).findFirst().orElseThrow();
        assertTrue(last.evidence().to().folded().startsWith("Chương trình hành động số 10-CTr/TU ngày 13/8/2025"), last.evidence().to().folded());
        assertTrue(last.evidence().to().folded().endsWith("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"), last.evidence().to().folded());
        Link head = links.stream().filter(l -> "283".equals(l.from().document().number()) && l.to().document().number().equals("617"))
                .findFirst().orElseThrow();
        assertTrue(head.evidence().to().folded().startsWith("Thực hiện Kế hoạch số 283/KH-UBND"), "the clause, not the header: " + head.evidence().to().folded());
    }
}
