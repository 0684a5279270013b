package org.policygraph.jsonl;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.ReportedFigure;

/** JSONL rows of kind {@code actuals}: one per reported figure (measure and period). */
public final class FigureRows implements JsonlRows {
    @Override
    public List<ObjectNode> rows(DocumentAnalysis analysis) {
        return analysis.figures().stream().map(f -> row(analysis.source().name(), f)).toList();
    }

    public static ObjectNode row(String seed, ReportedFigure f) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", f.id());
        o.put("seed", seed);
        o.put("measure", f.measure());
        o.put("measure_concept", f.measureConcept());
        o.put("period", f.period());
        o.put("value", f.value());
        o.put("unit", f.unit());
        o.put("unit_text", f.unitText());
        o.put("pct_of_plan", f.pctOfPlan());
        o.put("pct_of_plan_alt", f.pctOfPlanAlt());
        o.put("pct_change_yoy", f.pctChangeYoy());
        o.put("yoy_ratio_pct", f.yoyRatioPct());
        o.put("yoy_form", f.yoyForm());
        if (f.footnote() != null && f.footnote().matches("\\d+")) o.put("footnote", Integer.parseInt(f.footnote()));
        else o.put("footnote", f.footnote());
        o.put("part_of", f.partOf());
        o.put("estimated", f.estimated());
        o.put("text", f.text());
        if (f.span() != null) {
            o.put("start", f.span().start());
            o.put("end", f.span().end());
        }
        return o;
    }
}
