package org.policygraph.model;

import org.policygraph.text.Span;

/**
 * A figure reported as achieved, from a report (báo cáo).
 *
 * @param id            stable id within the document ("f01")
 * @param measure       what is measured, as printed
 * @param measureConcept id of the shared measure concept, or null
 * @param period        "2024-03", "2024-Q1", or an ISO interval "2024-01-01/2024-03-15"
 * @param value         the figure
 * @param unit          unit code (VND_million, %, persons ...)
 * @param unitText      unit as printed
 * @param pctOfPlan     "đạt X% kế hoạch"
 * @param pctOfPlanAlt  a second plan basis when printed
 * @param pctChangeYoy  change on the same period, in percent
 * @param yoyRatioPct   printed ratio "bằng Y% so với cùng kỳ"
 * @param yoyForm       "change" when "tăng X%" is printed, "ratio" when derived from a printed ratio (ratio - 100)
 * @param footnote      footnote label when the figure stands in a footnote
 * @param partOf        id of the parent figure of a footnote figure
 * @param estimated     "ước thực hiện"
 * @param text          the sentence the figure was read from
 * @param span          span of that sentence in the original text
 */
public record ReportedFigure(
        String id,
        String measure,
        String measureConcept,
        String period,
        Double value,
        String unit,
        String unitText,
        Double pctOfPlan,
        Double pctOfPlanAlt,
        Double pctChangeYoy,
        Double yoyRatioPct,
        String yoyForm,
        String footnote,
        String partOf,
        boolean estimated,
        String text,
        Span span) implements java.io.Serializable {}
