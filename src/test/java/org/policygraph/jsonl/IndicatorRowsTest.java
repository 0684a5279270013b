package org.policygraph.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.policygraph.model.Comparator;
import org.policygraph.model.ReportedFigure;
import org.policygraph.model.Target;
import org.policygraph.text.Span;

class IndicatorRowsTest {
    @Test
    void targetRowsFollowTheIndicatorSchema() {
        Target t = new Target(8, 1, "Các chỉ tiêu về phát triển kinh tế", "2.", "Tổng giá trị sản xuất tăng 16 - 18%, trong đó: ...",
                "Giá trị sản xuất công nghiệp, xây dựng tăng từ 11% trở lên so với thực hiện năm 2023", "Tốc độ tăng giá trị sản xuất",
                "output-industry-construction", Comparator.INCREASE_BY, 11.0, 11.0, null, "%", "%", "so với thực hiện năm 2023", 2024,
                new Span(0, 10), new Span(2, 8));
        ObjectNode r = TargetRows.row("000.txt", t);
        assertEquals("increase_by", r.get("comparator").asText());
        assertEquals(11.0, r.get("value_min").asDouble());
        assertTrue(r.get("value_max").isNull());
        assertEquals(1, r.get("sub").asInt());
        assertEquals(2024, r.get("year").asInt());
        assertEquals("2.", r.get("category_no").asText());
        assertEquals("so với thực hiện năm 2023", r.get("baseline").asText());
    }

    @Test
    void figureRowsFollowTheActualsSchema() {
        ReportedFigure f = new ReportedFigure("f09", "Nông nghiệp", "output-agriculture", "2024-03", 4878.0, "VND_million", "triệu đồng",
                null, null, null, null, null, "1", "Giá trị sản xuất nông, lâm, thủy sản", true, "Nông nghiệp: ...", new Span(0, 5));
        ObjectNode r = FigureRows.row("002.txt", f);
        assertEquals(1, r.get("footnote").asInt());
        assertTrue(r.get("footnote").isInt());
        assertEquals("Giá trị sản xuất nông, lâm, thủy sản", r.get("part_of").asText());
        assertTrue(r.get("estimated").asBoolean());
        assertTrue(r.get("pct_of_plan").isNull());
        assertEquals("2024-03", r.get("period").asText());
    }
}
