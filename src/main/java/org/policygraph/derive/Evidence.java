package org.policygraph.derive;

import java.util.Map;

/**
 * Why a link was made, in terms a reader can check.
 *
 * @param method     how it was found: "explicit-citation", "document-structure", "indicator-similarity",
 *                   "task-similarity", "figure-measure"
 * @param fromText   the matched text on the {@code from} side, as printed (or the citing words)
 * @param toText     the matched text on the {@code to} side, as printed
 * @param figures    similarity figures by name ("bigram_dice", "unigram_dice", "context_dice", "score")
 * @param numeric    the numeric relation ("equal", "lower_bar", "higher_bar", "share", "different_unit"), or null
 * @param note       one sentence in English saying what matched
 */
public record Evidence(String method, String fromText, String toText, Map<String, Double> figures, String numeric, String note) {}
