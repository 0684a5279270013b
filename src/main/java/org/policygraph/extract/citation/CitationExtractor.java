package org.policygraph.extract.citation;

import java.util.List;
import org.policygraph.model.Citation;
import org.policygraph.model.DocumentHeader;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;

/** Finds every cited document in a text, with its mentions, type, date, issuer, level and kind. */
public final class CitationExtractor {
    private final ReferenceData reference;

    public CitationExtractor(ReferenceData reference) { this.reference = reference; }

    public List<Citation> extract(SourceText text, DocumentHeader header) { return List.of(); }
}
