package org.policygraph.derive;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.model.Comparator;
import org.policygraph.model.Target;
import org.policygraph.text.SourceText;
import org.policygraph.text.Span;

/** The rules of indicator matching on small variants. */
class TargetMatcherTest {
    /** A target whose clause is found in {@code text}; the indicator's span is the whole text. */
    static Target target(String text, int ordinal, Integer sub, String clause, String measure, Comparator cmp, Double value, String unit, String concept) {
        int at = text.indexOf(clause);
        return new Target(ordinal, sub, null, null, text, clause, measure, concept, cmp, value, null, null, unit, null, null, 2024,
                new Span(0, text.length()), new Span(at, at + clause.length()));
    }

    @Test
    void aParenthesisHoldingOneTargetRestatesTheTargetBefore() {
        String s = "Thu ngân sách phấn đấu tăng từ 20% trở lên (phấn đấu đạt 700 tỷ đồng).";
        SourceText text = SourceText.of(s);
        Target head = target(s, 10, null, "Thu ngân sách phấn đấu tăng từ 20% trở lên", "Thu ngân sách", Comparator.INCREASE_BY, 20.0, "%", null);
        Target money = target(s, 10, 1, "phấn đấu đạt 700 tỷ đồng", "Thu ngân sách", Comparator.EQ, 700.0, "VND_billion", null);
        assertTrue(TargetGroup.isRestatement(money, text));
        List<TargetGroup> groups = TargetGroup.of(List.of(head, money), text);
        assertEquals(1, groups.size());
        assertEquals(java.util.Set.of("%", "VND_billion"), groups.get(0).units());
    }

    @Test
    void aParenthesisHoldingSeveralTargetsIsABreakdownThatInheritsItsScope() {
        String s = "Hoàn thành 100% chỉ tiêu giao trong doanh nghiệp ngoài nhà nước (thành lập 02 tổ chức đảng, kết nạp 16 đảng viên).";
        SourceText text = SourceText.of(s);
        Target head = target(s, 3, null, "Hoàn thành 100% chỉ tiêu giao trong doanh nghiệp ngoài nhà nước", "Tỷ lệ hoàn thành", Comparator.EQ, 100.0, "%", null);
        Target orgs = target(s, 3, 1, "thành lập 02 tổ chức đảng", "Số tổ chức đảng", Comparator.EQ, 2.0, "count", null);
        Target members = target(s, 3, 2, "kết nạp 16 đảng viên", "Số đảng viên", Comparator.EQ, 16.0, "persons", null);
        assertFalse(TargetGroup.isRestatement(orgs, text));
        assertFalse(TargetGroup.isRestatement(members, text));
        List<TargetGroup> groups = TargetGroup.of(List.of(head, orgs, members), text);
        assertEquals(3, groups.size());
        assertTrue(groups.get(2).clauseText().contains("ngoài nhà nước"));
        assertNull(groups.get(0).scope());
    }

    @Test
    void partsOfDifferentBreakdownsDoNotLink() {
        String city = "Tốc độ tăng trưởng GRDP tăng 11,5%, trong đó: nhóm công nghiệp, xây dựng tăng 13,3%; nhóm dịch vụ tăng 10,2%.";
        String district = "Tổng giá trị sản xuất tăng 16%; Giá trị sản xuất công nghiệp, xây dựng tăng 11%; doanh thu thương mại, dịch vụ tăng 21%; bán lẻ tăng 5%.";
        SourceText ct = SourceText.of(city), dt = SourceText.of(district);
        List<Target> cs = List.of(
                target(city, 1, null, "Tốc độ tăng trưởng GRDP tăng 11,5%", "Tốc độ tăng trưởng GRDP", Comparator.INCREASE_BY, 11.5, "%", null),
                target(city, 1, 1, "nhóm công nghiệp, xây dựng tăng 13,3%", "Tốc độ tăng nhóm công nghiệp, xây dựng", Comparator.INCREASE_BY, 13.3, "%", null),
                target(city, 1, 2, "nhóm dịch vụ tăng 10,2%", "Tốc độ tăng nhóm dịch vụ", Comparator.INCREASE_BY, 10.2, "%", null));
        List<Target> ds = List.of(
                target(district, 8, null, "Tổng giá trị sản xuất tăng 16%", "Tốc độ tăng tổng giá trị sản xuất", Comparator.INCREASE_BY, 16.0, "%", null),
                target(district, 8, 1, "Giá trị sản xuất công nghiệp, xây dựng tăng 11%", "Tốc độ tăng giá trị sản xuất công nghiệp, xây dựng", Comparator.INCREASE_BY, 11.0, "%", null),
                target(district, 8, 2, "doanh thu thương mại, dịch vụ tăng 21%", "Tốc độ tăng doanh thu thương mại, dịch vụ", Comparator.INCREASE_BY, 21.0, "%", null),
                target(district, 8, 3, "bán lẻ tăng 5%", "Tốc độ tăng bán lẻ", Comparator.INCREASE_BY, 5.0, "%", null));
        List<TargetGroup> cg = TargetGroup.of(cs, ct), dg = TargetGroup.of(ds, dt);
        TargetMatcher m = new TargetMatcher(List.of(cg, dg));
        TargetMatcher.Candidate industry = m.score(cg.get(1), dg.get(1), true);
        assertTrue(industry.clause() > 0.3, "the clauses do share words");
        assertTrue(industry.context() < TargetMatcher.WHOLE_INDICATOR);
        assertTrue(m.assign(m.candidates(cg, dg, true)).stream().noneMatch(c -> c.from().siblings() > 1 && c.to().siblings() > 1),
                "no part of one breakdown links to a part of another when the indicators differ");
    }

    @Test
    void qualitativeDoesNotPairWithANumber() {
        String city = "Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo quốc gia là 0,38%, phấn đấu xoá nghèo trong năm 2024.";
        String district = "Quận không còn hộ nghèo theo chuẩn nghèo quốc gia.";
        List<TargetGroup> cg = TargetGroup.of(List.of(
                target(city, 16, null, "Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo quốc gia là 0,38%", "Mức giảm tỷ lệ hộ nghèo", Comparator.EQ, 0.38, "percentage_points", null),
                target(city, 16, 1, "phấn đấu xoá nghèo trong năm 2024", "Xoá nghèo", Comparator.QUALITATIVE, null, "none", null)), SourceText.of(city));
        List<TargetGroup> dg = TargetGroup.of(List.of(
                target(district, 13, null, "Quận không còn hộ nghèo theo chuẩn nghèo quốc gia", "Hộ nghèo", Comparator.QUALITATIVE, null, "none", null)), SourceText.of(district));
        TargetMatcher m = new TargetMatcher(List.of(cg, dg));
        var numeric = m.score(cg.get(0), dg.get(0), true);
        var qualitative = m.score(cg.get(1), dg.get(0), true);
        assertTrue(numeric.clause() > qualitative.clause(), "words alone prefer the numeric target");
        assertEquals("qualitative", qualitative.numeric());
        assertTrue(numeric.score() < TargetMatcher.THRESHOLD, "a qualitative target is not linked to a numeric one on words alone");
    }

    @Test
    void numericRelations() {
        String s = "x";
        Target city = target(s, 1, null, "x", "m", Comparator.EQ, 94.0, "%", null);
        Target lower = target(s, 1, null, "x", "m", Comparator.GT, 93.0, "%", null);
        Target total = target(s, 1, null, "x", "m", Comparator.EQ, 57900.0, "turns", null);
        Target share = target(s, 1, null, "x", "m", Comparator.EQ, 3300.0, "turns", null);
        assertEquals("lower_bar", NumericRelation.of(city, lower, true));
        assertEquals("equal", NumericRelation.of(city, city, true));
        assertEquals("share", NumericRelation.of(total, share, true));
        assertEquals("lower_bar", NumericRelation.of(total, share, false));
        assertEquals("different_unit", NumericRelation.of(city, total, true));
    }

    @Test
    void syllableBigramsOnFoldedTextWithoutStopSyllables() {
        GramProfile p = GramProfile.of("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94%");
        assertTrue(p.bigrams().contains("bao hiem"));
        assertTrue(p.bigrams().contains("hiem y"));
        assertFalse(p.unigrams().contains("dat"), "comparator words carry no measure");
        assertFalse(p.unigrams().contains("94"), "numerals are compared as values, not words");
    }
}
