package org.policygraph.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.policygraph.model.Citation;
import org.policygraph.model.CitationKind;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.Mention;

/**
 * Which document implements a document cited with implementation words, when the text nests the citations:
 * <pre>
 * Thực hiện Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Uỷ ban nhân dân Tỉnh về thực hiện Nghị quyết số 71/NQ-CP
 * ngày 01/5/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh uỷ về
 * thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị
 * </pre>
 * The citing document implements 283/KH-UBND; 283/KH-UBND implements 71/NQ-CP and 10-CTr/TU; 10-CTr/TU implements
 * 57-NQ/TW. A mention is governed by the mention right before it when only implementation words stand between them
 * ("về thực hiện", "triển khai", "cụ thể hóa"), and shares the governor of the mention before it when only "và" or a
 * comma stands between them. Anything else between them (a clause mark, other words) leaves the mention to the citing
 * document, as before.
 */
final class ImplementationChain {
    /** The mention whose document implements a nested mention's document, and its citation's index. */
    record Governor(int citation, Mention mention) {}

    /** Only implementation words between a mention (with its date and body) and the next one. */
    private static final Pattern IMPLEMENTS_GAP = Pattern.compile(
            "[\\s*,]*(?:về\\s+(?:việc\\s+)?)?(?:tiếp\\s+tục\\s+)?(?:triển\\s+khai\\s+)?(?:thực\\s+hiện|cụ\\s+thể\\s+hóa|cụ\\s+thể\\s+hoá"
                    + "|triển\\s+khai|quán\\s+triệt)[\\s*:]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Only a coordination between two mentions. */
    private static final Pattern COORDINATION_GAP = Pattern.compile("[\\s*]*(?:,|và|,\\s*và)[\\s*]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ImplementationChain() {}

    /** The governor of every nested implementation mention of {@code a}'s citations (by identity of the mention). */
    static Map<Mention, Governor> governors(DocumentAnalysis a) {
        record Placed(int citation, Mention mention) {}
        List<Placed> mentions = new ArrayList<>();
        for (int i = 0; i < a.citations().size(); i++) {
            Citation c = a.citations().get(i);
            if (c.self()) continue;
            for (Mention m : c.mentions()) mentions.add(new Placed(i, m));
        }
        mentions.sort(Comparator.comparingInt(p -> p.mention().span().start()));
        String text = a.text().original();
        Map<Mention, Governor> out = new IdentityHashMap<>();
        for (int k = 1; k < mentions.size(); k++) {
            Placed before = mentions.get(k - 1), m = mentions.get(k);
            if (before.citation() == m.citation() || before.mention().span().end() > m.mention().span().start()) continue;
            String gap = text.substring(before.mention().span().end(), m.mention().span().start());
            if (m.mention().kind() == CitationKind.IMPLEMENTATION && IMPLEMENTS_GAP.matcher(gap).matches()) {
                out.put(m.mention(), new Governor(before.citation(), before.mention()));
            } else if (COORDINATION_GAP.matcher(gap).matches() && out.containsKey(before.mention())) {
                out.put(m.mention(), out.get(before.mention()));
            }
        }
        return out;
    }
}
