package org.policygraph.text;

/**
 * A footnote reference marker removed from the text during normalisation ("<sup>3</sup>", "[^3]").
 *
 * @param label     the marker as printed inside the markup, e.g. "3"
 * @param at        offset in the normalised text where the marker stood
 * @param original  span of the whole marker in the original text
 */
public record FootnoteMarker(String label, int at, Span original) implements java.io.Serializable {}
