package org.policygraph.derive;

import java.util.Map;

/**
 * Why a link was made, in terms a reader can check.
 *
 * @param method     how it was found: "explicit-citation", "document-structure", "indicator-similarity",
 *                   "task-similarity", "figure-measure"
 * @param from       the matched text on the {@code from} side, or null (a cited document not loaded, a structural link)
 * @param to         the matched text on the {@code to} side (for an explicit link: the words that say so), or null
 * @param figures    similarity figures by name ("score", "clause_similarity", "indicator_similarity")
 * @param numeric    the numeric relation ("equal", "lower_bar", "higher_bar", "share", "different_unit",
 *                   "qualitative"), or null
 * @param note       one sentence in English saying what matched
 */
public record Evidence(String method, Quote from, Quote to, Map<String, Double> figures, String numeric, String note) {}
