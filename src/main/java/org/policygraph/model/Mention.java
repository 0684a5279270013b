package org.policygraph.model;

import org.policygraph.text.Span;

/**
 * One place in the text where a document is cited.
 *
 * @param span    span in the original text (type word through number, date and issuer when attached)
 * @param surface the text of the span with white space folded
 * @param kind    the kind this mention's context gives
 */
public record Mention(Span span, String surface, CitationKind kind) implements java.io.Serializable {}
