package org.policygraph.jsonl;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.Target;

/** JSONL rows of kind {@code indicators}: one per target of a numbered indicator. */
public final class TargetRows implements JsonlRows {
    @Override
    public List<ObjectNode> rows(DocumentAnalysis analysis) {
        return analysis.targets().stream().map(t -> row(analysis.source().name(), t)).toList();
    }

    public static ObjectNode row(String seed, Target t) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("seed", seed);
        o.put("category", t.category());
        o.put("category_no", t.categoryNo());
        if (t.label() != null) o.put("ordinal", t.label()); else o.put("ordinal", t.ordinal());
        o.put("sub", t.sub());
        o.put("text", t.text());
        o.put("target_text", t.targetText());
        o.put("measure", t.measure());
        o.put("measure_concept", t.measureConcept());
        o.put("comparator", t.comparator().symbol());
        o.put("value", t.value());
        o.put("value_min", t.min());
        o.put("value_max", t.max());
        o.put("unit", t.unit());
        o.put("unit_text", t.unitText());
        o.put("baseline", t.baseline());
        o.put("year", t.year());
        o.put("start", t.targetSpan().start());
        o.put("end", t.targetSpan().end());
        if (!t.restatedAt().isEmpty()) {   // the other statements of the same target, each evidence of it
            var at = o.putArray("restated_at");
            for (var sp : t.restatedAt()) at.addObject().put("start", sp.start()).put("end", sp.end());
        }
        return o;
    }
}
