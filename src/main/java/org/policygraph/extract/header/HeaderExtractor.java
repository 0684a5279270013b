package org.policygraph.extract.header;

import org.policygraph.model.DocumentHeader;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;

/** Reads what a document says about itself: type, issuer, date, symbol, conference, term, theme, title, signer. */
public final class HeaderExtractor {
    private final ReferenceData reference;

    public HeaderExtractor(ReferenceData reference) { this.reference = reference; }

    public DocumentHeader extract(SourceText text) {
        return new DocumentHeader(null, null, null, null, null, null, null, null, false, null, null, null, null, null, null, null, null);
    }
}
