package org.policygraph.bench;

/** One planned citation, in one of the grammars {@link CitationWriter} writes. */
sealed interface Cite {
    String render(CitationWriter w);

    record Single(DocId doc) implements Cite { public String render(CitationWriter w) { return w.mention(doc); } }

    record Nested(DocId outer, DocId inner) implements Cite { public String render(CitationWriter w) { return w.nested(outer, inner); } }

    record Coordinated(DocId a, DocId b) implements Cite { public String render(CitationWriter w) { return w.coordinated(a, b); } }

    record Bare(DocId doc) implements Cite { public String render(CitationWriter w) { return w.bare(doc); } }

    record Named(DocId doc) implements Cite { public String render(CitationWriter w) { return w.named(doc); } }
}
