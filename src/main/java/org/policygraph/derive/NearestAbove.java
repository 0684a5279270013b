package org.policygraph.derive;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which documents a placed document is compared with across levels: those of the same year at the nearest level
 * above it that has any. Implementation is transitive (a ward's task takes up its district's, which takes up the
 * city's, which takes up the centre's), so a document is linked to the next level up and reaches the centre through
 * that level's links, not by a direct link of its own; a level with no document of that year in the batch is skipped,
 * and the next one up is compared instead. Without this, every document deep in the hierarchy would be linked to every
 * level above it, and the links per document would grow with the depth of the corpus, not with its documents.
 */
final class NearestAbove {
    private final Map<Placed, Set<Placed>> above = new IdentityHashMap<>();

    /**
     * Computes, for each of {@code docs}, its nearest documents above among {@code docs} (only these count). The
     * documents of one unit and year are one set, shared by every document below that has them as its nearest.
     */
    NearestAbove(Collection<Placed> docs) {
        Map<String, Set<Placed>> byUnitYear = new HashMap<>();
        for (Placed p : docs) {
            if (p.year() != null) byUnitYear.computeIfAbsent(key(p.unit(), p.year()), k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(p);
        }
        for (Placed lower : docs) {
            if (lower.year() == null) continue;
            for (String unit : lower.ancestors()) {
                Set<Placed> level = byUnitYear.get(key(unit, lower.year()));
                if (level != null) {
                    above.put(lower, level);
                    break;
                }
            }
        }
    }

    /** True when {@code upper} is one of {@code lower}'s nearest documents above (same year, nearest level that has any). */
    boolean isNearestAbove(Placed upper, Placed lower) {
        Set<Placed> s = above.get(lower);
        return s != null && s.contains(upper);
    }

    private static String key(String unit, int year) { return unit + '\u0000' + year; }
}
