package org.policygraph.text;

import java.util.List;

/**
 * A document's text twice: as printed (the original, for display and provenance) and normalised
 * (for matching), with a map from every normalised offset back to the original.
 * Extractors work on {@link #normalised()} and report spans through {@link #toOriginal(Span)}.
 */
public final class SourceText {
    private final String original;
    private final String normalised;
    private final int[] origin;          // origin[i] = offset in original of normalised char i; origin[len] = original.length()
    private final int[] originEnd;       // originEnd[i] = end in original of what normalised char i was read from
    private final List<FootnoteMarker> footnotes;

    SourceText(String original, String normalised, int[] origin, int[] originEnd, List<FootnoteMarker> footnotes) {
        if (origin.length != normalised.length() + 1 || originEnd.length != origin.length)
            throw new IllegalArgumentException("offset map length");
        this.original = original;
        this.normalised = normalised;
        this.origin = origin;
        this.originEnd = originEnd;
        this.footnotes = List.copyOf(footnotes);
    }

    /** The text exactly as read from the file (decoded, nothing else changed). */
    public String original() { return original; }

    /** NFC, look-alike letters replaced, markup and page numbers removed, whitespace folded. */
    public String normalised() { return normalised; }

    public List<FootnoteMarker> footnotes() { return footnotes; }

    /** Offset in the original text of the normalised character at {@code i} (i may equal length). */
    public int originalOffset(int i) { return origin[i]; }

    /**
     * The original span covering the normalised span {@code [start, end)}: from where its first character was read
     * to the end of what its last character was read from (a whole decomposed letter, not only its base).
     */
    public Span toOriginal(int start, int end) {
        if (start >= end) return new Span(origin[start], origin[start]);
        return new Span(origin[start], originEnd[end - 1]);
    }

    public Span toOriginal(Span normalisedSpan) { return toOriginal(normalisedSpan.start(), normalisedSpan.end()); }

    /** The original text of an original span, as printed. */
    public String quote(Span originalSpan) { return original.substring(originalSpan.start(), originalSpan.end()); }

    public static SourceText of(String original) { return TextNormaliser.standard().normalise(original); }
}
