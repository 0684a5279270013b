package org.policygraph.model;

import org.policygraph.text.Span;

/**
 * A numbered part of a document ("I.", "2.", "3.1", "(15)"): a heading and the text up to the next part
 * of the same or a higher rank.
 *
 * @param number   the number as printed, without trailing punctuation ("II", "3.1")
 * @param heading  the heading line (may be empty for bare numbered paragraphs)
 * @param depth    1 for Roman top-level parts, 2 for "1.", 3 for "1.1", ...
 * @param parent   number of the enclosing part, or null
 * @param span     span of the whole part in the original text
 */
public record Section(String number, String heading, int depth, String parent, Span span) implements java.io.Serializable {}
