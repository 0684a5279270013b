package org.policygraph.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern in a text, found as {@link Matcher#find()} finds them (leftmost first, the next one from
 * the end of the last), with the pattern tried only at the positions a cheap test lets through. The test must let
 * through every position where a match can start; the pattern is then tried there with the whole text visible to its
 * look-behinds and anchors, so the matches are the same. For a pattern whose alternation is costly to try at every
 * position of a long text. The test must not let through the second half of a surrogate pair, where find() does not
 * try a pattern that holds supplementary characters.
 */
public final class StartScan {
    /** Where a match may start. */
    @FunctionalInterface
    public interface Starts {
        boolean mayStart(String text, int at);
    }

    private final String text;
    private final Matcher m;
    private final Starts starts;
    private final int last;
    private int at;

    /** A scan of a text; {@code shortest} is the least length of a match (no start is tried closer to the end). */
    public StartScan(Pattern pattern, String text, Starts starts, int shortest) {
        this.text = text;
        this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.starts = starts;
        this.last = text.length() - Math.max(shortest, 1);
    }

    /** Finds the next match; {@link #matcher()} then holds it, as after {@link Matcher#find()}. */
    public boolean next() {
        for (int i = at; i <= last; i++) {
            if (!starts.mayStart(text, i)) continue;
            m.region(i, text.length());
            if (m.lookingAt()) {
                at = m.end() > i ? m.end() : i + 1;
                return true;
            }
        }
        at = text.length();
        return false;
    }

    public Matcher matcher() { return m; }
}
