package org.policygraph.derive;

import org.policygraph.model.DocumentAnalysis;
import org.policygraph.text.Span;

/**
 * A span of a loaded document's original text and its exact text: one side of a link's evidence.
 *
 * @param seed    file name of the document
 * @param sha256  SHA-256 of the source file
 * @param span    span in the original text
 * @param exact   the original text of the span, as printed
 */
public record Quote(String seed, String sha256, Span span, String exact) {
    public static Quote of(DocumentAnalysis a, Span span) {
        if (span == null) return null;
        return new Quote(a.source().name(), a.source().sha256(), span, a.text().quote(span));
    }

    /** The quote with white space folded, for notes and displays. */
    public String folded() { return exact.replaceAll("\\s+", " ").strip(); }
}
