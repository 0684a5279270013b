package org.policygraph.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policygraph.model.Task;

/**
 * Implicit links between tasks across levels for the same year: each innermost task of the lower document to the
 * one task of the higher document whose words it shares most (syllable unigram and bigram weighted Dice, inverse
 * document frequencies over all tasks compared), above a threshold. A task that already cites its source
 * explicitly keeps that link as well.
 */
final class TaskLinker {
    static final double THRESHOLD = 0.22;
    static final double HIGH = 0.40;
    static final double MEDIUM = 0.30;

    private final String version;

    TaskLinker(String version) { this.version = version; }

    List<Link> link(List<Placed> docs) {
        GramProfile.Weights weights = new GramProfile.Weights();
        Map<Task, GramProfile> profiles = new LinkedHashMap<>();
        for (Placed p : docs) {
            for (Task t : leaves(p.analysis().tasks())) {
                GramProfile g = GramProfile.of(t.text());
                profiles.put(t, g);
                weights.add(g);
            }
        }
        List<Link> out = new ArrayList<>();
        for (Placed upper : docs) {
            for (Placed lower : docs) {
                if (upper == lower || !upper.isAbove(lower) || upper.year() == null || !Objects.equals(upper.year(), lower.year())) continue;
                List<Task> ups = leaves(upper.analysis().tasks());
                for (Task t : leaves(lower.analysis().tasks())) {
                    Task best = null;
                    double bestScore = 0;
                    for (Task u : ups) {
                        double s = GramProfile.similarity(profiles.get(u), profiles.get(t), weights);
                        if (s > bestScore) { best = u; bestScore = s; }
                    }
                    if (best == null || bestScore < THRESHOLD) continue;
                    out.add(link(upper, lower, best, t, bestScore, GramProfile.shared(profiles.get(best), profiles.get(t))));
                }
            }
        }
        return out;
    }

    private Link link(Placed upper, Placed lower, Task from, Task to, double score, List<String> shared) {
        Map<String, Double> figures = Map.of("score", IndicatorLinker.round(score));
        String note = String.format("Task %s of %s and task %s of %s share %s.", from.number(), upper.seed(), to.number(), lower.seed(),
                TargetMatcher.describe(shared));
        Evidence ev = new Evidence("task-similarity", Quote.of(upper.analysis(), from.span()), Quote.of(lower.analysis(), to.span()), figures, null, note);
        Confidence c = score >= HIGH ? Confidence.HIGH : score >= MEDIUM ? Confidence.MEDIUM : Confidence.LOW;
        return new Link(LinkEnd.task(upper.analysis(), from.number(), from.span()),
                LinkEnd.task(lower.analysis(), to.number(), to.span()), LinkKind.IMPLEMENTS, c, ev, version);
    }

    /** Tasks no other task lies inside: the finest printed items. */
    static List<Task> leaves(List<Task> tasks) {
        List<Task> out = new ArrayList<>();
        for (Task t : tasks) {
            boolean parent = tasks.stream().anyMatch(o -> t.number().equals(o.parent()));
            if (!parent) out.add(t);
        }
        return out;
    }
}
