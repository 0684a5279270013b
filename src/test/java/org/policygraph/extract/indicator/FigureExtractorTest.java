package org.policygraph.extract.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.model.ReportedFigure;
import org.policygraph.text.SourceText;

class FigureExtractorTest {
    private final FigureExtractor extractor = new FigureExtractor();
    private final List<ReportedFigure> q1 = extractor.extract(Corpus.text("002"), Corpus.emptyHeader());

    private ReportedFigure figure(String measure, String period) {
        return q1.stream().filter(f -> f.measure().equals(measure) && f.period().equals(period)).findFirst().orElseThrow();
    }

    @Test
    void readsMonthAndQuarterOfEachMeasure() {
        ReportedFigure month = figure("Giá trị sản xuất công nghiệp (do quận quản lý)", "2024-03");
        assertEquals(62388.0, month.value());
        assertEquals("VND_million", month.unit());
        assertNull(month.pctOfPlan());
        assertTrue(month.estimated());
        ReportedFigure quarter = figure("Giá trị sản xuất công nghiệp (do quận quản lý)", "2024-Q1");
        assertEquals(182881.0, quarter.value());
        assertEquals(21.89, quarter.pctOfPlan());
        assertEquals(9.1, quarter.pctChangeYoy());
        assertEquals("change", quarter.yoyForm());
        assertEquals("output-industry", quarter.measureConcept());
    }

    @Test
    void derivesTheChangeFromAPrintedRatio() {
        ReportedFigure f = figure("Chi thường xuyên", "2024-Q1");
        assertEquals(148.0, f.yoyRatioPct());
        assertEquals(48.0, f.pctChangeYoy());
        assertEquals("ratio", f.yoyForm());
    }

    @Test
    void readsAnIntervalToADateWithTwoPlanBases() {
        ReportedFigure f = figure("Kết quả giải ngân Kế hoạch vốn đầu tư công", "2024-01-01/2024-03-31");
        assertEquals(43992.0, f.value());
        assertEquals(14.13, f.pctOfPlan());
        assertEquals(12.8, f.pctOfPlanAlt());
    }

    @Test
    void footnoteFiguresFollowTheirParent() {
        ReportedFigure f = figure("Nông nghiệp", "2024-03");
        assertEquals("1", f.footnote());
        assertEquals("Giá trị sản xuất nông, lâm, thủy sản", f.partOf());
        assertEquals(4878.0, f.value());
        int parent = q1.indexOf(figure("Giá trị sản xuất nông, lâm, thủy sản", "2024-Q1"));
        assertEquals(parent + 1, q1.indexOf(f));
        assertEquals("2", figure("Thuế ngoài quốc doanh", "2024-Q1").footnote());
    }

    @Test
    void readsSmallVariants() {
        String text = "BÁO CÁO KẾT QUẢ THÁNG 6 NĂM 2025\n- Doanh thu dịch vụ: 6 tháng thực hiện 1.200 triệu đồng, bằng 55% kế hoạch, giảm 2,5% so với cùng kỳ.\n";
        List<ReportedFigure> fs = extractor.extract(SourceText.of(text), Corpus.emptyHeader());
        assertEquals(1, fs.size());
        assertEquals("2025-01/2025-06", fs.get(0).period());
        assertEquals(-2.5, fs.get(0).pctChangeYoy());
        assertEquals(55.0, fs.get(0).pctOfPlan());
        assertTrue(!fs.get(0).estimated());
    }

    @Test
    void readsQuartersAndTheWholeYear() {
        String text = "BÁO CÁO NĂM 2024\n- Thu ngân sách: quý II/2024 ước đạt 120 tỷ đồng; cả năm ước đạt 500 tỷ đồng, đạt 101% kế hoạch.\n";
        List<ReportedFigure> fs = extractor.extract(SourceText.of(text), Corpus.emptyHeader());
        assertEquals(List.of("2024-Q2", "2024"), fs.stream().map(ReportedFigure::period).toList());
        assertEquals("VND_billion", fs.get(1).unit());
        assertEquals(101.0, fs.get(1).pctOfPlan());
    }

    @Test
    void spansQuoteTheSentence() {
        SourceText text = Corpus.text("002");
        ReportedFigure f = figure("Tổng chi ngân sách", "2024-Q1");
        assertTrue(text.quote(f.span()).contains("196.186"), text.quote(f.span()));
    }
}
