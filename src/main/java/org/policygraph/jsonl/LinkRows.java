package org.policygraph.jsonl;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.policygraph.derive.Link;
import org.policygraph.derive.LinkEnd;
import org.policygraph.derive.Linker;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.ReportedFigure;

/**
 * JSONL rows of kind links: indicator links in the {@code links} schema of {@code ../shared/eval/README.md}
 * ({@code {"from": {"seed","ordinal","sub"}, "to": {...}, "relation", "confidence", "evidence"}}; a reported figure
 * as {@code {"seed","id","measure","period","value"}}). Links span documents, so rows are made from all analyses
 * at once; document and task links are in the graph, not in this schema.
 */
public final class LinkRows {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Linker linker;

    public LinkRows(Linker linker) { this.linker = linker; }

    public LinkRows() { this(Linker.standard()); }

    public List<ObjectNode> rows(List<DocumentAnalysis> analyses) { return rows(analyses, linker.derive(analyses)); }

    /** Rows of links already derived over {@code analyses}. */
    public List<ObjectNode> rows(List<DocumentAnalysis> analyses, List<Link> links) {
        List<ObjectNode> out = new ArrayList<>();
        for (Link l : links) {
            if (l.from().kind() != LinkEnd.Kind.TARGET) continue;
            if (l.to().kind() != LinkEnd.Kind.TARGET && l.to().kind() != LinkEnd.Kind.FIGURE) continue;
            ObjectNode row = JSON.objectNode();
            row.set("from", target(l.from()));
            row.set("to", l.to().kind() == LinkEnd.Kind.TARGET ? target(l.to()) : figure(l.to(), analyses));
            row.put("relation", l.kind().slug());
            row.put("confidence", l.confidence().slug());
            row.put("evidence", l.evidence().note());
            ObjectNode figures = row.putObject("similarity");
            l.evidence().figures().forEach(figures::put);
            if (l.evidence().numeric() != null) row.put("numeric_relation", l.evidence().numeric());
            row.put("method_version", l.methodVersion());
            out.add(row);
        }
        return out;
    }

    private static ObjectNode target(LinkEnd e) {
        ObjectNode n = JSON.objectNode();
        n.put("seed", e.seed());
        n.put("ordinal", e.ordinal());
        if (e.sub() == null) n.putNull("sub"); else n.put("sub", e.sub());
        return n;
    }

    private static ObjectNode figure(LinkEnd e, List<DocumentAnalysis> analyses) {
        ObjectNode n = JSON.objectNode();
        n.put("seed", e.seed());
        n.put("id", e.figure());
        analyses.stream().filter(a -> a.source().name().equals(e.seed()))
                .flatMap(a -> a.figures().stream()).filter(f -> Objects.equals(f.id(), e.figure())).findFirst()
                .ifPresent(f -> put(n, f));
        return n;
    }

    private static void put(ObjectNode n, ReportedFigure f) {
        n.put("measure", f.measure());
        n.put("period", f.period());
        if (f.value() == null) n.putNull("value"); else n.put("value", f.value());
    }
}
