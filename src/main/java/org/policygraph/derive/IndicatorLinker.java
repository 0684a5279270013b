package org.policygraph.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.model.Target;

/**
 * Implicit links between the targets of placed documents: across levels for the same year ({@code implements},
 * from the higher level's target to the lower level's; each document against the {@link NearestAbove nearest level
 * above} it that has targets), and at the same unit across years
 * ({@code same_measure_other_year}, from the previous year with targets in the same series). Sibling units are never
 * compared.
 */
final class IndicatorLinker {
    private final String version;

    IndicatorLinker(String version) { this.version = version; }

    List<Link> link(List<Placed> docs) {
        Map<Placed, List<TargetGroup>> groups = new LinkedHashMap<>();
        for (Placed p : docs) {
            if (!p.analysis().targets().isEmpty()) groups.put(p, TargetGroup.of(p.analysis().targets(), p.analysis().text()));
        }
        TargetMatcher matcher = new TargetMatcher(new ArrayList<>(groups.values()));
        Map<Placed, Integer> previousYear = previousYears(groups.keySet());
        NearestAbove nearest = new NearestAbove(groups.keySet());
        List<Link> out = new ArrayList<>();
        for (Placed upper : groups.keySet()) {
            for (Placed lower : groups.keySet()) {
                if (upper == lower || upper.year() == null || lower.year() == null) continue;
                LinkKind kind;
                if (nearest.isNearestAbove(upper, lower)) kind = LinkKind.IMPLEMENTS;
                else if (isEarlierOfSameSeries(upper, lower) && upper.year().equals(previousYear.get(lower))) kind = LinkKind.SAME_MEASURE_OTHER_YEAR;
                else continue;
                boolean across = kind == LinkKind.IMPLEMENTS;
                for (TargetMatcher.Candidate c : matcher.assign(matcher.candidates(groups.get(upper), groups.get(lower), across))) {
                    out.add(link(upper, lower, kind, c, matcher));
                }
            }
        }
        return out;
    }

    /** Same unit, both Party or both State, and {@code earlier} plans for an earlier year. */
    private static boolean isEarlierOfSameSeries(Placed earlier, Placed later) {
        return earlier.sameUnit(later) && earlier.year() < later.year() && earlier.isParty() == later.isParty();
    }

    /**
     * For each document, the latest earlier year for which its series (same unit, Party or State) has targets: a
     * measure's targets are linked year to year, to the previous year only, so that a series of n years makes n - 1
     * links, not n(n - 1)/2; the whole series is the chain of {@code same_measure_other_year} links.
     */
    private static Map<Placed, Integer> previousYears(java.util.Collection<Placed> docs) {
        Map<Placed, Integer> out = new java.util.HashMap<>();
        for (Placed later : docs) {
            if (later.year() == null) continue;
            for (Placed earlier : docs) {
                if (earlier.year() != null && isEarlierOfSameSeries(earlier, later)) out.merge(later, earlier.year(), Math::max);
            }
        }
        return out;
    }

    private Link link(Placed upper, Placed lower, LinkKind kind, TargetMatcher.Candidate c, TargetMatcher matcher) {
        Target a = c.from().head(), b = c.to().head();
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("score", round(c.score()));
        figures.put("clause_similarity", round(c.clause()));
        figures.put("indicator_similarity", round(c.context()));
        Quote fromText = Quote.of(upper.analysis(), c.from().span()), toText = Quote.of(lower.analysis(), c.to().span());
        String note = String.format("%s (%d%s) and %s (%d%s) share %s; values: %s.",
                upper.seed(), a.ordinal(), a.sub() == null ? "" : "." + a.sub(),
                lower.seed(), b.ordinal(), b.sub() == null ? "" : "." + b.sub(),
                TargetMatcher.describe(matcher.sharedPhrases(c.from(), c.to())), c.numeric() == null ? "not comparable" : c.numeric().replace('_', ' '));
        Evidence ev = new Evidence("indicator-similarity", fromText, toText, figures, c.numeric(), note);
        return new Link(
                LinkEnd.target(upper.analysis(), a.ordinal(), a.sub(), c.from().span()),
                LinkEnd.target(lower.analysis(), b.ordinal(), b.sub(), c.to().span()),
                kind, TargetMatcher.confidence(c.score()), ev, version);
    }

    static double round(double x) { return Math.round(x * 1000) / 1000.0; }
}
