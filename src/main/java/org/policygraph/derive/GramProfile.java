package org.policygraph.derive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policygraph.text.Slugs;

/**
 * A text as sets of Vietnamese syllable n-grams on diacritic-folded text, stop-syllables and numerals dropped.
 * Vietnamese words are mostly two syllables ("bảo hiểm", "y tế"), so bigrams approximate words and phrases and
 * unigrams catch reordered or split phrases.
 */
record GramProfile(Set<String> unigrams, Set<String> bigrams) {

    static GramProfile of(String text) {
        List<String> syllables = syllables(text);
        Set<String> uni = new LinkedHashSet<>(syllables);
        Set<String> bi = new LinkedHashSet<>();
        for (int i = 0; i + 1 < syllables.size(); i++) bi.add(syllables.get(i) + " " + syllables.get(i + 1));
        return new GramProfile(uni, bi);
    }

    static GramProfile of(Collection<String> texts) {
        Set<String> uni = new LinkedHashSet<>();
        Set<String> bi = new LinkedHashSet<>();
        for (String t : texts) {
            if (t == null) continue;
            GramProfile p = of(t);
            uni.addAll(p.unigrams);
            bi.addAll(p.bigrams);
        }
        return new GramProfile(uni, bi);
    }

    static List<String> syllables(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        for (String s : Slugs.fold(text).split("[^a-z0-9]+")) {
            if (s.isEmpty() || s.chars().allMatch(Character::isDigit) || DerivationLexicon.STOP_SYLLABLES.contains(s)) continue;
            out.add(s);
        }
        return out;
    }

    /** Inverse document frequencies of the grams of a set of profiles, so that grams common to every text weigh little. */
    static final class Weights {
        private final Map<String, Integer> df = new HashMap<>();
        private int n;

        void add(GramProfile p) {
            n++;
            for (String g : p.unigrams) df.merge(g, 1, Integer::sum);
            for (String g : p.bigrams) df.merge(g, 1, Integer::sum);
        }

        double weight(String gram) { return Math.log(1.0 + (double) Math.max(n, 1) / Math.max(1, df.getOrDefault(gram, 0))); }
    }

    /** Weighted Dice coefficient of two gram sets: 2 w(A∩B) / (w(A) + w(B)). */
    static double dice(Set<String> a, Set<String> b, Weights w) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        double shared = 0, total = 0;
        for (String g : a) { double x = w.weight(g); total += x; if (b.contains(g)) shared += x; }
        for (String g : b) total += w.weight(g);
        return 2 * shared / total;
    }

    /** Mean of unigram and bigram Dice. */
    static double similarity(GramProfile a, GramProfile b, Weights w) {
        return (dice(a.unigrams, b.unigrams, w) + dice(a.bigrams, b.bigrams, w)) / 2;
    }

    /** The grams both share, bigrams first: the matched phrases, for evidence. */
    static List<String> shared(GramProfile a, GramProfile b) {
        List<String> out = new ArrayList<>();
        for (String g : a.bigrams) if (b.bigrams.contains(g)) out.add(g);
        return out;
    }
}
