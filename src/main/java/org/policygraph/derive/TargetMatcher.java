package org.policygraph.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Links the targets of two documents: each unit of one ({@link TargetGroup}) to at most one unit of the other,
 * best pairs first, above a threshold. The score is explainable:
 * <pre>
 *   score = 0.65 · clause + 0.35 · context + concept + unit + position + kind + share
 *   clause   = mean of syllable unigram and bigram weighted Dice of the measures and target clauses
 *   context  = the same on the whole indicator texts
 *   concept  = +0.25 when both have the same measure concept, −0.10 when their concepts differ (the catalogue
 *              is coarse: an adapted target may carry a neighbouring concept)
 *   unit     = +0.08 when they share a unit, −0.10 when their units differ
 *   position = +0.08 when both indicators have the same number of units and these stand at the same place
 *   kind     = −0.20 when one is qualitative (no numeral printed) and the other is not
 *   share    = +0.10 when the lower target says it fulfils the quota the higher level assigned ("hoàn thành 100%
 *              chỉ tiêu thành phố giao", "chỉ tiêu do Thành ủy giao"); then unit and kind are not held against it,
 *              since a share is naturally stated as completion
 * </pre>
 * Two parts of breakdowns ("nhóm công nghiệp, xây dựng" under GRDP growth, "giá trị sản xuất công nghiệp, xây
 * dựng" under gross output growth) are linked only when their indicators correspond as wholes (context at least
 * {@link #WHOLE_INDICATOR}): a finer link presupposes the coarser one. The first targets of two breakdowns need
 * their indicators to correspond at least loosely ({@link #LOOSE_INDICATOR}).
 * Gram weights are inverse document frequencies over all units being compared, so words every indicator
 * uses ("tỷ lệ", "đạt") weigh little.
 */
final class TargetMatcher {
    static final double THRESHOLD = 0.30;
    static final double HIGH = 0.55;
    static final double MEDIUM = 0.40;
    static final double WHOLE_INDICATOR = 0.43;
    static final double LOOSE_INDICATOR = 0.30;

    /** A scored candidate pair. */
    record Candidate(TargetGroup from, TargetGroup to, double score, double clause, double context, String numeric) {}

    private final GramProfile.Weights weights;
    private final Map<TargetGroup, GramProfile> clauses = new LinkedHashMap<>();
    private final Map<TargetGroup, GramProfile> contexts = new LinkedHashMap<>();

    TargetMatcher(List<List<TargetGroup>> documents) {
        weights = new GramProfile.Weights();
        for (List<TargetGroup> groups : documents) {
            for (TargetGroup g : groups) {
                GramProfile c = GramProfile.of(g.clauseText());
                clauses.put(g, c);
                contexts.put(g, GramProfile.of(g.head().text()));
                weights.add(c);
            }
        }
    }

    /** All pairs, scored. */
    List<Candidate> candidates(List<TargetGroup> from, List<TargetGroup> to, boolean acrossLevels) {
        List<Candidate> out = new ArrayList<>();
        for (TargetGroup a : from) {
            for (TargetGroup b : to) out.add(score(a, b, acrossLevels));
        }
        return out;
    }

    Candidate score(TargetGroup a, TargetGroup b, boolean acrossLevels) {
        double clause = GramProfile.similarity(profile(clauses, a), profile(clauses, b), weights);
        double context = GramProfile.similarity(profile(contexts, a), profile(contexts, b), weights);
        double s = 0.65 * clause + 0.35 * context;
        Set<String> ca = a.concepts(), cb = b.concepts();
        if (!ca.isEmpty() && !cb.isEmpty()) s += intersects(ca, cb) ? 0.25 : -0.10;
        boolean share = acrossLevels && b.statesAssignedShare();
        if (share) s += 0.10;
        Set<String> ua = a.units(), ub = b.units();
        if (!ua.isEmpty() && !ub.isEmpty()) s += intersects(ua, ub) ? 0.08 : share ? 0 : -0.10;
        if (a.siblings() > 1 && a.siblings() == b.siblings() && a.index() == b.index()) s += 0.08;
        if (a.qualitative() != b.qualitative() && !share) s -= 0.20;
        boolean parts = a.index() > 0 || b.index() > 0;
        if (a.siblings() > 1 && b.siblings() > 1 && context < (parts ? WHOLE_INDICATOR : LOOSE_INDICATOR)) s = Math.min(s, THRESHOLD - 1);
        return new Candidate(a, b, s, clause, context, NumericRelation.of(a.head(), b.head(), acrossLevels));
    }

    /** Best pairs first, each unit used once, above the threshold. */
    List<Candidate> assign(List<Candidate> candidates) {
        List<Candidate> sorted = candidates.stream().sorted(Comparator.comparingDouble(Candidate::score).reversed()).toList();
        Set<TargetGroup> used = new HashSet<>();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : sorted) {
            if (c.score() < THRESHOLD) break;
            if (used.contains(c.from()) || used.contains(c.to())) continue;
            used.add(c.from());
            used.add(c.to());
            out.add(c);
        }
        return out;
    }

    static Confidence confidence(double score) {
        return score >= HIGH ? Confidence.HIGH : score >= MEDIUM ? Confidence.MEDIUM : Confidence.LOW;
    }

    /** The phrases (syllable bigrams) both sides share, for the evidence note. */
    List<String> sharedPhrases(TargetGroup a, TargetGroup b) {
        return GramProfile.shared(profile(clauses, a), profile(clauses, b));
    }

    private GramProfile profile(Map<TargetGroup, GramProfile> cache, TargetGroup g) {
        return cache.computeIfAbsent(g, k -> GramProfile.of(cache == clauses ? k.clauseText() : k.head().text()));
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    static String describe(List<String> phrases) {
        return phrases.stream().limit(6).collect(Collectors.joining("', '", "'", "'"));
    }
}
