package org.policygraph.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.model.Task;

/**
 * Implicit links between tasks across levels for the same year, each document's tasks against those of the
 * {@link NearestAbove nearest level above} it that has tasks. Tasks are compared sentence by sentence: the
 * similarity of two tasks is that of their closest pair of sentences (syllable unigram and bigram weighted Dice,
 * inverse document frequencies over all sentences compared), and that pair is the link's evidence. Each innermost
 * task of the higher document links to the one innermost task of the lower document that takes it up best, above
 * a threshold; a lower task may take up several higher tasks.
 */
final class TaskLinker {
    static final double THRESHOLD = 0.40;
    static final double HIGH = 0.65;
    static final double MEDIUM = 0.50;

    private record Sentence(Task task, Quote quote, GramProfile profile) {}

    private record Match(Sentence upper, Sentence lower, double score) {}

    private final String version;

    TaskLinker(String version) { this.version = version; }

    List<Link> link(List<Placed> docs) {
        GramProfile.Weights weights = new GramProfile.Weights();
        Map<Placed, List<Sentence>> sentences = new LinkedHashMap<>();
        for (Placed p : docs) {
            List<Sentence> ss = new ArrayList<>();
            for (Task t : leaves(p.analysis().tasks())) {
                for (Quote q : Sentences.of(p.analysis(), t.span())) {
                    Sentence s = new Sentence(t, q, GramProfile.of(q.exact()));
                    weights.add(s.profile());
                    ss.add(s);
                }
            }
            sentences.put(p, ss);
        }
        NearestAbove nearest = new NearestAbove(docs.stream().filter(p -> !sentences.get(p).isEmpty()).toList());
        List<Link> out = new ArrayList<>();
        for (Placed upper : docs) {
            for (Placed lower : docs) {
                if (!nearest.isNearestAbove(upper, lower)) continue;
                Map<Task, Match> best = new LinkedHashMap<>();
                for (Sentence u : sentences.get(upper)) {
                    for (Sentence l : sentences.get(lower)) {
                        double s = GramProfile.similarity(u.profile(), l.profile(), weights);
                        Match m = best.get(u.task());
                        if (m == null || s > m.score()) best.put(u.task(), new Match(u, l, s));
                    }
                }
                for (Match m : best.values()) if (m.score() >= THRESHOLD) out.add(link(upper, lower, m));
            }
        }
        return out;
    }

    private Link link(Placed upper, Placed lower, Match m) {
        Task from = m.upper().task(), to = m.lower().task();
        String note = String.format("Task %s of %s is taken up in task %s of %s: the closest sentences share %s.", from.number(), upper.seed(),
                to.number(), lower.seed(), TargetMatcher.describe(GramProfile.shared(m.upper().profile(), m.lower().profile())));
        Evidence ev = new Evidence("task-similarity", m.upper().quote(), m.lower().quote(), Map.of("score", IndicatorLinker.round(m.score())), null, note);
        Confidence c = m.score() >= HIGH ? Confidence.HIGH : m.score() >= MEDIUM ? Confidence.MEDIUM : Confidence.LOW;
        return new Link(LinkEnd.task(upper.analysis(), from.number(), from.span()), LinkEnd.task(lower.analysis(), to.number(), to.span()),
                LinkKind.IMPLEMENTS, c, ev, version);
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
