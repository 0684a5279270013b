package org.policygraph.extract.indicator;

/** A clause of an indicator's text, [start, end) in the item text; {@code bracketed} when it was printed in parentheses. */
record Segment(int start, int end, boolean bracketed) {}
