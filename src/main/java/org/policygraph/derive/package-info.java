/**
 * Derivation: which higher-level decisions a document, task or target implements, across all loaded documents.
 *
 * <p>The front page is {@link org.policygraph.derive.Linker#derive(java.util.List)}: analyses in, {@link
 * org.policygraph.derive.Link}s out, each with its kind, confidence (high, medium, low), evidence (the quoted
 * spans on both sides, similarity figures, numeric relation, a one-sentence note) and method version.
 *
 * <p>The method, step by step, all explainable and none of it hand-written pairs:
 * <ol>
 *   <li><b>Placement.</b> A document's unit, the unit's ancestors, its level and year come from its header and the
 *       reference data ({@code Placed}). Only a unit's ancestors are upstream of it: sibling districts never link.
 *       Targets and tasks are compared with those of the nearest level above that has documents of the year
 *       ({@code NearestAbove}): a ward's with its district's, a district's with its city's, and the centre is
 *       reached through the chain of links; a level missing from the corpus is skipped.</li>
 *   <li><b>Explicit links.</b> A citation whose mention is of kind implementation ("thực hiện", "cụ thể hóa",
 *       "triển khai", "tiếp tục thực hiện") makes the citing document, and the innermost task holding the mention,
 *       derive from the cited document (high); a report's citations of kind reports-on make it report on them.</li>
 *   <li><b>Structure.</b> An annual resolution for year Y derives from the annual resolution for Y of the body its
 *       issuer answers to (parent bodies in the reference data); a People's Council or People's Committee document
 *       implements its own unit's Party resolution for the year; a report of a unit reports on its resolution for
 *       the year (medium or low).</li>
 *   <li><b>Indicators</b> ({@code TargetMatcher}): targets are grouped into units (a restatement in another unit
 *       joins its target; a breakdown in parentheses inherits its head's scope), scored by syllable unigram and
 *       bigram weighted Dice on diacritic-folded text without stop-syllables, indicator-level similarity, measure
 *       concepts, units, comparator kind, quota wording ("chỉ tiêu thành phố giao"), and matched best-first one to
 *       one per document pair above a threshold: {@code implements} across levels for the same year,
 *       {@code same_measure_other_year} at one unit across years. The numeric relation (equal, lower or higher bar,
 *       share of a total, different unit) is evidence, not a filter.</li>
 *   <li><b>Reported figures</b> ({@code FigureLinker}): a target to the figure of a report of its unit and year
 *       with the same measure concept or measure words; growth targets need a change on the same period.</li>
 *   <li><b>Tasks</b> ({@code TaskLinker}): sentence by sentence; each higher task to the lower task whose closest
 *       sentence is most similar, the two sentences as evidence.</li>
 * </ol>
 * {@link org.policygraph.derive.UpstreamTrace} reads the links back from the graph as an upstream tree.
 */
package org.policygraph.derive;
