package org.policygraph.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups near-duplicate documents before they are compared: documents of the same unit, year, type and system (Party
 * or State) whose texts share at least {@link #THRESHOLD} of their syllable bigrams (numerals dropped, so two drafts
 * that differ only in figures are one group). The share is estimated from a {@link Sketch} of each text (MinHash,
 * {@link #HASHES} minima), small enough to keep for every document of a load. Only each group's representative (the
 * first by file name) is compared with other documents and gets the explicit links of its words; every other member
 * gets one {@code near_duplicate} link from it. Links then grow with the distinct documents, not with the copies:
 * 205 near-identical plans made 5 million derivation triples before.
 */
public final class NearDuplicates {
    /** Share of bigrams (Jaccard) from which two texts count as near-duplicates. */
    static final double THRESHOLD = 0.9;
    static final int HASHES = 64;

    /** What grouping needs of a document: its file name, its bucket (unit, year, type, system) and its text's MinHash. */
    public record Sketch(String seed, String bucket, long[] minima) implements java.io.Serializable {
        double similarity(Sketch o) {
            int same = 0;
            for (int i = 0; i < HASHES; i++) if (minima[i] == o.minima[i]) same++;
            return (double) same / HASHES;
        }
    }

    /** Member file name to its group's representative and the estimated similarity. */
    private record Member(String representative, double similarity) {}

    private final Map<String, Member> members = new HashMap<>();

    /** Groups the sketched documents. */
    public NearDuplicates(List<Sketch> sketches) {
        Map<String, List<Sketch>> buckets = new LinkedHashMap<>();
        for (Sketch s : sketches.stream().sorted(Comparator.comparing(Sketch::seed)).toList())
            buckets.computeIfAbsent(s.bucket(), k -> new ArrayList<>()).add(s);
        for (List<Sketch> bucket : buckets.values()) {
            List<Sketch> reps = new ArrayList<>();
            for (Sketch s : bucket) {
                Sketch rep = null;
                double sim = 0;
                for (int i = 0; i < reps.size() && rep == null; i++) {
                    sim = s.similarity(reps.get(i));
                    if (sim >= THRESHOLD) rep = reps.get(i);
                }
                if (rep == null) reps.add(s);
                else members.put(s.seed(), new Member(rep.seed(), sim));
            }
        }
    }

    /** The sketch of a placed document. */
    static Sketch sketch(Placed p) {
        Set<String> grams = GramProfile.of(p.analysis().text().original()).bigrams();
        long[] min = new long[HASHES];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (String g : grams) {
            long h = g.hashCode() * 0x9E3779B97F4A7C15L;
            for (int i = 0; i < HASHES; i++) {
                long x = mix(h + i * 0xBF58476D1CE4E5B9L);
                if (x < min[i]) min[i] = x;
            }
        }
        return new Sketch(p.seed(), p.unit() + '\u0000' + p.year() + '\u0000' + p.type() + '\u0000' + p.isParty(), min);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** True when the document of this file name is compared through another (its group's representative). */
    public boolean isMember(String seed) { return members.containsKey(seed); }

    /** The documents to compare: those that represent themselves. */
    List<Placed> representatives(List<Placed> docs) { return docs.stream().filter(p -> !isMember(p.seed())).toList(); }

    /** One link from the representative to each member among {@code docs} (whose representative is among them too). */
    List<Link> links(List<Placed> docs, String version) {
        Map<String, Placed> bySeed = new HashMap<>();
        docs.forEach(p -> bySeed.put(p.seed(), p));
        List<Link> out = new ArrayList<>();
        for (Placed m : docs) {
            Member g = members.get(m.seed());
            Placed rep = g == null ? null : bySeed.get(g.representative());
            if (rep == null) continue;
            String note = String.format(java.util.Locale.ROOT, "%s and %s are documents of the same unit, year and type whose texts share about %.0f%% "
                    + "of their word pairs: the second is compared with other documents through the first.", rep.seed(), m.seed(), 100 * g.similarity());
            out.add(new Link(LinkEnd.document(rep.analysis()), LinkEnd.document(m.analysis()), LinkKind.NEAR_DUPLICATE, Confidence.HIGH,
                    new Evidence("near-duplicate", null, null, Map.of("similarity", IndicatorLinker.round(g.similarity())), null, note), version));
        }
        return out;
    }
}
