package org.policygraph.text;

import java.io.Serializable;
import java.util.List;

/**
 * A document's text twice: as printed (the original, for display and provenance) and normalised
 * (for matching), with a map from every normalised offset back to the original.
 * Extractors work on {@link #normalised()} and report spans through {@link #toOriginal(Span)}.
 *
 * <p>Serialized, a text keeps only its original (the loader spills analyses to disk between its steps, and
 * mapping and linking read only the original); the normalised form is computed again, by the standard
 * {@link TextNormaliser}, the first time it is asked for.
 */
public final class SourceText implements Serializable {
    private final String original;
    private transient volatile Normalised form;

    /** The normalised text and its offset maps. */
    private record Normalised(String text, int[] origin, int[] originEnd, List<FootnoteMarker> footnotes, List<Span> chrome) {}

    SourceText(String original, String normalised, int[] origin, int[] originEnd, List<FootnoteMarker> footnotes, List<Span> chrome) {
        // origin[i] = offset in original of normalised char i; origin[len] = original.length()
        // originEnd[i] = end in original of what normalised char i was read from
        if (origin.length != normalised.length() + 1 || originEnd.length != origin.length)
            throw new IllegalArgumentException("offset map length");
        this.original = original;
        this.form = new Normalised(normalised, origin, originEnd, List.copyOf(footnotes), List.copyOf(chrome));
    }

    private SourceText(String original) { this.original = original; }

    private Normalised form() {
        Normalised f = form;
        if (f == null) form = f = TextNormaliser.standard().normalise(original).form();
        return f;
    }

    /** The text exactly as read from the file (decoded, nothing else changed). */
    public String original() { return original; }

    /** NFC, look-alike letters replaced, markup and page numbers removed, whitespace folded. */
    public String normalised() { return form().text(); }

    public List<FootnoteMarker> footnotes() { return form().footnotes(); }

    /** Spans of the original that belong to the page the document was saved from, not to the document ({@link PageChrome}). */
    public List<Span> chrome() { return form().chrome(); }

    /** Offset in the original text of the normalised character at {@code i} (i may equal length). */
    public int originalOffset(int i) { return form().origin()[i]; }

    /**
     * The original span covering the normalised span {@code [start, end)}: from where its first character was read
     * to the end of what its last character was read from (a whole decomposed letter, not only its base).
     */
    public Span toOriginal(int start, int end) {
        Normalised f = form();
        if (start >= end) return new Span(f.origin()[start], f.origin()[start]);
        return new Span(f.origin()[start], f.originEnd()[end - 1]);
    }

    public Span toOriginal(Span normalisedSpan) { return toOriginal(normalisedSpan.start(), normalisedSpan.end()); }

    /** The original text of an original span, as printed. */
    public String quote(Span originalSpan) { return original.substring(originalSpan.start(), originalSpan.end()); }

    public static SourceText of(String original) { return TextNormaliser.standard().normalise(original); }

    private Object writeReplace() { return new Serialized(original); }

    /** What a serialized text holds: its original. */
    private record Serialized(String original) implements Serializable {
        private Object readResolve() { return new SourceText(original); }
    }
}
