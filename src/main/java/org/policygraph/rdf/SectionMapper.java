package org.policygraph.rdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.Section;
import org.policygraph.text.Slugs;

/**
 * Maps the numbered parts of a document: each a {@code pg:Section} and {@code eli:LegalResourceSubdivision}
 * with {@code pg:sectionNumber}, {@code eli:title} (the heading), {@code pg:depth} (its nesting level in the
 * document's tree of parts, 1 for a top-level part, whatever rank its numbering has), {@code eli:is_part_of} its
 * parent part (or the document) and the inverse {@code eli:has_part}, and evidence for its whole span.
 * IRIs follow the nesting: {@code {doc}/section/ii/3/3-1}.
 */
public final class SectionMapper implements PartMapper {
    private record Open(Section section, Resource resource, String path, int level) {}

    @Override
    public void map(DocumentAnalysis analysis, MappingContext ctx) {
        if (analysis.sections() == null) return;
        Model m = ctx.model();
        Deque<Open> open = new ArrayDeque<>();
        Set<String> used = new HashSet<>();
        for (Section s : analysis.sections()) {
            while (!open.isEmpty() && !isParent(open.peek().section(), s)) open.pop();
            Open parent = open.peek();
            String base = (parent == null ? "section" : parent.path()) + "/" + slug(s.number());
            String path = base;
            for (int i = 2; !used.add(path); i++) path = base + "-" + i;
            int level = parent == null ? 1 : parent.level() + 1;
            Resource part = m.createResource(ctx.iris().part(ctx.document().getURI(), path))
                    .addProperty(RDF.type, PG.Section)
                    .addProperty(RDF.type, ELI.LegalResourceSubdivision)
                    .addProperty(PG.sectionNumber, s.number())
                    .addLiteral(PG.depth, m.createTypedLiteral(level, XSDDatatype.XSDinteger));
            if (s.heading() != null && !s.heading().isBlank()) part.addProperty(ELI.title, m.createLiteral(s.heading(), "vi"));
            Resource whole = parent == null ? ctx.document() : parent.resource();
            part.addProperty(ELI.is_part_of, whole);
            whole.addProperty(ELI.has_part, part);
            if (s.span() != null) ctx.evidence(part, s.span());
            open.push(new Open(s, part, path, level));
        }
    }

    /** Whether {@code candidate} encloses {@code s}: shallower, and named as its parent when a parent is given. */
    private static boolean isParent(Section candidate, Section s) {
        if (candidate.depth() >= s.depth()) return false;
        return s.parent() == null || s.parent().equals(candidate.number());
    }

    private static String slug(String number) {
        String sl = Slugs.slug(number == null ? "" : number);
        return sl.isEmpty() ? "part" : sl;
    }
}
