package org.policygraph.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.policygraph.model.Target;
import org.policygraph.text.SourceText;
import org.policygraph.text.Span;

/**
 * The unit of indicator linking: one target, or a target with its restatement in another unit
 * ("tăng từ 20% trở lên (phấn đấu đạt 700 tỷ đồng)", "Hoàn thành 100% chỉ tiêu thành phố giao (kết nạp từ 181
 * đảng viên trở lên)"): a restatement states the same target, so the pair is linked once, under the head.
 * A parenthesis holding several targets is a breakdown, and each of them is a unit of its own.
 *
 * @param head      the target that names the unit (its ordinal and sub are the link's key)
 * @param members   head first, then its restatements
 * @param index     position of the unit among its indicator's units
 * @param siblings  number of units of its indicator
 * @param scope     for a unit printed inside a parenthesis after its indicator's first target ("Hoàn thành 100%
 *                  chỉ tiêu ... trong doanh nghiệp ngoài nhà nước (thành lập 02 tổ chức đảng, kết nạp 16 đảng
 *                  viên)"), that first target's clause, which states the scope the unit breaks down; else null
 */
record TargetGroup(Target head, List<Target> members, int index, int siblings, String scope) {

    Set<String> units() { return members.stream().map(Target::unit).filter(Objects::nonNull).collect(Collectors.toSet()); }

    /** True when the unit's words say it is the quota the higher level assigned ("chỉ tiêu thành phố giao"). */
    boolean statesAssignedShare() {
        return members.stream().anyMatch(t -> t.targetText() != null
                && DerivationLexicon.ASSIGNED_SHARE.matcher(org.policygraph.text.Slugs.fold(t.targetText())).find());
    }

    /** True when no member prints a numeral. */
    boolean qualitative() { return members.stream().allMatch(t -> t.comparator() == org.policygraph.model.Comparator.QUALITATIVE); }

    String clauseText() {
        String own = members.stream().map(t -> Objects.toString(t.measure(), "") + " " + Objects.toString(t.targetText(), "")).collect(Collectors.joining(" "));
        return scope == null ? own : own + " " + scope;
    }

    /** Measure concepts of the members, when the extractor gave them. */
    Set<String> concepts() { return members.stream().map(Target::measureConcept).filter(Objects::nonNull).collect(Collectors.toSet()); }

    /** Groups a document's targets into units, in printed order. */
    static List<TargetGroup> of(List<Target> targets, SourceText text) {
        Map<Integer, List<Target>> byIndicator = new LinkedHashMap<>();
        for (Target t : targets) byIndicator.computeIfAbsent(t.ordinal(), k -> new ArrayList<>()).add(t);
        List<TargetGroup> out = new ArrayList<>();
        for (List<Target> ts : byIndicator.values()) {
            List<List<Target>> units = new ArrayList<>();
            for (Target t : ts) {
                if (!units.isEmpty() && isRestatement(t, text)) units.get(units.size() - 1).add(t);
                else units.add(new ArrayList<>(List.of(t)));
            }
            for (int i = 0; i < units.size(); i++) {
                Target head = units.get(i).get(0);
                String scope = i > 0 && insideParenthesis(head, text) ? ts.get(0).targetText() : null;
                out.add(new TargetGroup(head, List.copyOf(units.get(i)), i, units.size(), scope));
            }
        }
        return out;
    }

    /** A target whose clause alone fills a parenthesis restates the target before it. */
    static boolean isRestatement(Target t, SourceText text) {
        if (t.sub() == null) return false;
        String clause = t.targetText() == null ? "" : t.targetText().strip();
        if (clause.startsWith("(") && clause.endsWith(")")) return true;
        Span s = t.targetSpan();
        if (s == null || text == null) return false;
        String o = text.original();
        int before = s.start() - 1;
        while (before >= 0 && Character.isWhitespace(o.charAt(before))) before--;
        int after = s.end();
        while (after < o.length() && Character.isWhitespace(o.charAt(after))) after++;
        boolean open = clause.startsWith("(") || (before >= 0 && o.charAt(before) == '(');
        boolean close = clause.endsWith(")") || (after < o.length() && o.charAt(after) == ')');
        return open && close;
    }

    /** True when the target's clause stands inside a parenthesis opened within its indicator. */
    static boolean insideParenthesis(Target t, SourceText text) {
        if (text == null || t.span() == null || t.targetSpan() == null || t.targetSpan().start() < t.span().start()) return false;
        String before = text.original().substring(t.span().start(), t.targetSpan().start());
        long open = before.chars().filter(c -> c == '(').count(), close = before.chars().filter(c -> c == ')').count();
        return open > close;
    }

    Span span() {
        Span s = head.targetSpan() != null ? head.targetSpan() : head.span();
        for (Target m : members) if (m.targetSpan() != null && s != null) s = s.union(m.targetSpan());
        return s;
    }
}
