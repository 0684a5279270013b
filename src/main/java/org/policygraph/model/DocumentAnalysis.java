package org.policygraph.model;

import java.util.List;
import org.policygraph.text.SourceText;

/**
 * Everything extracted from one source document: the unit that flows from extraction to RDF mapping.
 *
 * @param source     the file it came from
 * @param text       original and normalised text
 * @param header     what the document says about itself
 * @param key        the document's identity, or null when the header does not give enough
 * @param sections   numbered parts
 * @param citations  distinct cited documents (and its own identity, with self = true)
 * @param targets    targets of numbered indicators
 * @param figures    reported figures
 * @param tasks      tasks and solutions
 * @param warnings   things worth a human's look (printed errors, ambiguities), with positions
 */
public record DocumentAnalysis(
        SourceDocument source,
        SourceText text,
        DocumentHeader header,
        DocumentKey key,
        List<Section> sections,
        List<Citation> citations,
        List<Target> targets,
        List<ReportedFigure> figures,
        List<Task> tasks,
        List<String> warnings) implements java.io.Serializable {}
