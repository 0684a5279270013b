package org.policygraph.resolve;

import org.policygraph.model.DocumentHeader;
import org.policygraph.model.DocumentKey;

/** Builds a document's identity key from what its header says. */
public final class DocumentIdentifier {
    private final ReferenceData reference;

    public DocumentIdentifier(ReferenceData reference) { this.reference = reference; }

    /** The key, or null when the header does not say enough (no issuer, or no type). */
    public DocumentKey identify(DocumentHeader header) { return null; }
}
