package org.policygraph.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policygraph.model.Comparator;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.ReportedFigure;
import org.policygraph.model.Target;

/**
 * Links a target to the figures a report of the same unit gives on it in the target's year ({@code reported_by}):
 * the same measure concept, else the words of the figure's measure against the target's measure and clause (a
 * partial measure: industry for "công nghiệp, xây dựng"). A growth target ("tăng từ 11%") is reported by a figure
 * with a change on the same period, or, when set against the plan ("so với dự toán"), with a share of the plan; a
 * level target by a figure with a value. One figure per target and report:
 * the best, the longest period on a tie. Confidence is at most medium: a figure covers part of a year.
 */
final class FigureLinker {
    static final double THRESHOLD = 0.45;
    static final double MEDIUM = 0.60;

    private final String version;

    FigureLinker(String version) { this.version = version; }

    List<Link> link(List<Placed> docs) {
        List<Link> out = new ArrayList<>();
        for (Placed plan : docs) {
            if (plan.analysis().targets().isEmpty()) continue;
            for (Placed report : docs) {
                if (report == plan || report.analysis().figures().isEmpty() || !report.sameUnit(plan)) continue;
                DocType type = report.analysis().header() == null ? null : DocumentHeader.valueOf(report.analysis().header().type());
                if (type != DocType.BAO_CAO && type != null) continue;
                out.addAll(link(plan, report));
            }
        }
        return out;
    }

    /** Rough length of a period in months: a month 1, a quarter 3, an interval or a year 12, so cumulative figures win ties. */
    private static int span(ReportedFigure f) {
        String p = f.period();
        return p.contains("/") || p.length() == 4 ? 12 : p.contains("Q") ? 3 : 1;
    }

    private List<Link> link(Placed plan, Placed report) {
        GramProfile.Weights weights = new GramProfile.Weights();
        Map<Target, GramProfile> targets = new LinkedHashMap<>();
        for (Target t : plan.analysis().targets()) {
            if (t.year() == null || !report.analysis().figures().stream().anyMatch(f -> f.period() != null && f.period().startsWith(t.year().toString()))) continue;
            GramProfile g = GramProfile.of(List.of(String.valueOf(t.measure()), String.valueOf(t.targetText())));
            targets.put(t, g);
            weights.add(g);
        }
        Map<ReportedFigure, GramProfile> figures = new LinkedHashMap<>();
        for (ReportedFigure f : report.analysis().figures()) {
            if (f.partOf() != null) continue;
            GramProfile g = GramProfile.of(f.measure());
            figures.put(f, g);
            weights.add(g);
        }
        List<Link> out = new ArrayList<>();
        for (var te : targets.entrySet()) {
            Target t = te.getKey();
            boolean growth = t.comparator() == Comparator.INCREASE_BY || t.comparator() == Comparator.INCREASE_BY_RANGE;
            String basis = Objects.toString(t.baseline(), "") + " " + Objects.toString(t.targetText(), "");
            boolean againstPlan = growth && DerivationLexicon.PLAN_BASELINE.matcher(org.policygraph.text.Slugs.fold(basis)).find();
            ReportedFigure best = null;
            double bestScore = 0;
            boolean bestConcept = false;
            for (var fe : figures.entrySet()) {
                ReportedFigure f = fe.getKey();
                if (f.period() == null || !f.period().startsWith(t.year().toString())) continue;
                if (againstPlan ? f.pctOfPlan() == null : growth && f.pctChangeYoy() == null) continue;
                boolean sameConcept = t.measureConcept() != null && t.measureConcept().equals(f.measureConcept());
                double s = sameConcept ? 1.0 : GramProfile.similarity(te.getValue(), fe.getValue(), weights);
                if (s < THRESHOLD) continue;
                if (best == null || s > bestScore + 1e-9 || Math.abs(s - bestScore) <= 1e-9 && span(f) > span(best)) {
                    best = f;
                    bestScore = s;
                    bestConcept = sameConcept;
                }
            }
            if (best == null) continue;
            ReportedFigure f = best;
            String note = String.format("The report's '%s' (%s) measures target (%d%s) '%s'%s%s.", f.measure(), f.period(), t.ordinal(),
                    t.sub() == null ? "" : "." + t.sub(), t.targetText(),
                    againstPlan ? String.format(", reported %.2f%% of the plan (the target is set against the plan)", f.pctOfPlan())
                            : growth ? String.format(", reported change %.1f%% on the same period", f.pctChangeYoy()) : "",
                    bestConcept ? " (same measure concept)" : " (words of the measure; the concepts differ or are unknown)");
            Evidence ev = new Evidence("figure-measure", Quote.of(plan.analysis(), t.targetSpan()), Quote.of(report.analysis(), f.span()),
                    Map.of("score", IndicatorLinker.round(bestScore)), againstPlan ? "share_of_plan" : growth ? "change_on_same_period" : "value", note);
            Confidence c = bestConcept || bestScore >= MEDIUM ? Confidence.MEDIUM : Confidence.LOW;
            out.add(new Link(LinkEnd.target(plan.analysis(), t.ordinal(), t.sub(), t.targetSpan()),
                    LinkEnd.figure(report.analysis(), f.id(), f.span()), LinkKind.REPORTED_BY, c, ev, version));
        }
        return out;
    }
}
