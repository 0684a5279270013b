package org.policygraph.text;

import java.util.ArrayList;
import java.util.List;

/** Lines of a normalised text (one newline between lines) as [start, end) offsets. */
public final class Lines {
    private Lines() {}

    /** The non-empty lines between {@code from} and {@code to}, cut at {@code to}. */
    public static List<int[]> of(String t, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int p = from;
        while (p < to) {
            int e = Math.min(end(t, p), to);
            if (e > p) out.add(new int[] {p, e});
            p = e + 1;
        }
        return out;
    }

    /** The end of the line holding {@code from}: the next newline, or the end of the text. */
    public static int end(String t, int from) {
        int e = t.indexOf('\n', from);
        return e < 0 ? t.length() : e;
    }
}
