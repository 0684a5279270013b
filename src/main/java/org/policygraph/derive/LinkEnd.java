package org.policygraph.derive;

import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentKey;
import org.policygraph.text.Span;

/**
 * One end of a derivation link: a document, or a target, task or reported figure inside one.
 *
 * @param seed      file name of the source document (the evaluation schemas' {@code seed}); null for a cited
 *                  document that is not loaded
 * @param sha256    SHA-256 of the source file, or null for a document that is not loaded
 * @param document  the document's identity, or null when unknown
 * @param kind      what the end is
 * @param ordinal   target: printed indicator number
 * @param sub       target: sub-target number (null for the first)
 * @param task      task: its number ("3.2-d4")
 * @param figure    reported figure: its id within the report
 * @param span      span in the original text of the end's document, or null for a whole document
 */
public record LinkEnd(String seed, String sha256, DocumentKey document, Kind kind, Integer ordinal, Integer sub, String task,
                      String figure, Span span) {
    public enum Kind { DOCUMENT, TARGET, TASK, FIGURE }

    /** A loaded document as a whole. */
    public static LinkEnd document(DocumentAnalysis a) {
        return new LinkEnd(a.source().name(), a.source().sha256(), a.key(), Kind.DOCUMENT, null, null, null, null, null);
    }

    /** A cited document, loaded ({@code loaded} not null) or known only by its key. */
    public static LinkEnd cited(DocumentKey key, DocumentAnalysis loaded) {
        return loaded != null ? document(loaded) : new LinkEnd(null, null, key, Kind.DOCUMENT, null, null, null, null, null);
    }

    public static LinkEnd target(DocumentAnalysis a, int ordinal, Integer sub, Span span) {
        return new LinkEnd(a.source().name(), a.source().sha256(), a.key(), Kind.TARGET, ordinal, sub, null, null, span);
    }

    public static LinkEnd task(DocumentAnalysis a, String number, Span span) {
        return new LinkEnd(a.source().name(), a.source().sha256(), a.key(), Kind.TASK, null, null, number, null, span);
    }

    public static LinkEnd figure(DocumentAnalysis a, String id, Span span) {
        return new LinkEnd(a.source().name(), a.source().sha256(), a.key(), Kind.FIGURE, null, null, null, id, span);
    }

    /** Path of the part below the document IRI ("target/7-1", "task/3.1", "figure/f02"), or null for a document. */
    public String partPath() {
        return switch (kind) {
            case DOCUMENT -> null;
            case TARGET -> "target/" + ordinal + (sub == null ? "" : "-" + sub);
            case TASK -> "task/" + task;
            case FIGURE -> "figure/" + figure;
        };
    }
}
