package org.policygraph.extract.citation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.policygraph.text.StartScan;

/**
 * The matches of a pattern that starts with one of a set of phrases, found as {@link java.util.regex.Matcher#find()}
 * finds them ({@link StartScan}), but with the pattern tried only where the first
 * {@value #PREFIX} characters of one of the phrases stand: a big case-insensitive alternation tried at every position
 * of a text is most of the cost of finding citations. A space in a phrase stands for a space or a line break; the
 * phrases are compared as the pattern compares them case-insensitively, in either accent placement
 * ({@link CitationPatterns#spellings}), so that no match is passed over.
 */
final class PhraseScan {
    /** How many characters of a phrase are compared before the pattern is tried; every phrase has at least this many. */
    static final int PREFIX = 3;

    private final Pattern pattern;
    /** For each of the first {@value #PREFIX} places, the characters some phrase may have there: a quick first test. */
    private final boolean[][] places = new boolean[PREFIX][Character.MAX_VALUE + 1];
    private final Set<Long> prefixes = new HashSet<>();

    PhraseScan(Pattern pattern, Collection<String> phrases) {
        this.pattern = pattern;
        for (String phrase : phrases) {
            if (phrase.length() < PREFIX) throw new IllegalArgumentException("phrase shorter than " + PREFIX + ": " + phrase);
            for (String s : CitationPatterns.spellings(phrase)) addPrefixes(s, 0, 0L);
        }
        for (int j = 0; j < PREFIX; j++) {
            Set<Character> keys = new HashSet<>();
            for (long p : prefixes) keys.add((char) (p >>> 16 * (PREFIX - 1 - j)));
            for (int c = 0; c <= Character.MAX_VALUE; c++) places[j][c] = keys.contains((char) c) || keys.contains(key((char) c));
        }
    }

    private void addPrefixes(String spelling, int at, long packed) {
        if (at == PREFIX) {
            prefixes.add(packed);
            return;
        }
        char c = spelling.charAt(at);
        if (c == ' ') {
            addPrefixes(spelling, at + 1, packed << 16 | ' ');
            addPrefixes(spelling, at + 1, packed << 16 | '\n');
        } else {
            addPrefixes(spelling, at + 1, packed << 16 | key(c));
        }
    }

    /** The form a case-insensitive Unicode regex compares a character in. */
    private static char key(char c) { return KEYS[c]; }

    private static final char[] KEYS = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) KEYS[c] = (char) Character.toLowerCase(Character.toUpperCase(c));
    }

    /** A scan of one text. */
    StartScan over(String text) { return new StartScan(pattern, text, this::mayStart, PREFIX); }

    /** True when the {@value #PREFIX} characters at i are, as the pattern compares them, those of a phrase. */
    private boolean mayStart(String text, int i) {
        char a = text.charAt(i), b = text.charAt(i + 1), c = text.charAt(i + 2);
        if (!places[0][a] || !places[1][b] || !places[2][c]) return false;
        for (char x : new char[] {a, key(a)})
            for (char y : new char[] {b, key(b)})
                for (char z : new char[] {c, key(c)})
                    if (prefixes.contains((long) x << 32 | (long) y << 16 | z)) return true;
        return false;
    }
}
