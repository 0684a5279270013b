package org.policygraph.text;

import java.util.Map;
import java.util.TreeMap;

/**
 * A set of character ranges that answers "does [start, end) overlap any of them?" in logarithmic time, so that a
 * scan over a text with many matches stays linear in the matches (the ranges are kept as their union).
 */
public final class SpanSet {
    private final TreeMap<Integer, Integer> union = new TreeMap<>();

    /** Adds [start, end). */
    public void add(int start, int end) {
        if (end <= start) return;
        Map.Entry<Integer, Integer> before = union.floorEntry(start);
        if (before != null && before.getValue() >= start) {
            start = before.getKey();
            end = Math.max(end, before.getValue());
        }
        for (Map.Entry<Integer, Integer> next = union.ceilingEntry(start); next != null && next.getKey() <= end; next = union.ceilingEntry(start)) {
            end = Math.max(end, next.getValue());
            union.remove(next.getKey());
        }
        union.put(start, end);
    }

    public void add(Span s) { add(s.start(), s.end()); }

    /** Whether [start, end) overlaps a range of the set. */
    public boolean overlaps(int start, int end) {
        Map.Entry<Integer, Integer> e = union.lowerEntry(end);
        return e != null && e.getValue() > start && start < end;
    }
}
