package org.policygraph.model;

import java.util.List;
import org.policygraph.text.Span;

/**
 * An item of the tasks and solutions (nhiệm vụ, giải pháp) of a resolution or plan.
 *
 * @param number   printed numbering ("3.1", "4.2.1"), or a generated "3.1-d2" for the second dash item under 3.1
 * @param parent   number of the parent item, or null
 * @param heading  the item's first sentence or heading
 * @param text     the item's whole text, white space folded
 * @param span     span in the original text
 * @param cites    indices into the document's citation list of documents cited inside this item
 */
public record Task(String number, String parent, String heading, String text, Span span, List<Integer> cites) implements java.io.Serializable {}
