package org.policygraph.model;

import org.policygraph.text.Span;

/** A value extracted from the text, with the span of the original text it was read from. */
public record Located<T>(T value, Span span) implements java.io.Serializable {
    public static <T> Located<T> of(T value, Span span) { return new Located<>(value, span); }
}
