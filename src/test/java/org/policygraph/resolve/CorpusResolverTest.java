package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.extract.citation.CitationExtractor;
import org.policygraph.model.Citation;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.DocumentKey;
import org.policygraph.model.Level;
import org.policygraph.model.Located;
import org.policygraph.model.PartialDate;
import org.policygraph.model.SourceDocument;
import org.policygraph.text.SourceText;

class CorpusResolverTest {
    private static final CitationExtractor EXTRACTOR = new CitationExtractor(ReferenceData.bundled());
    private final CorpusResolver resolver = new CorpusResolver();

    private static DocumentAnalysis analysis(String name, String text, String unit, Level level, DocumentKey key, PartialDate date) {
        DocumentHeader h = new DocumentHeader(null, null, null, null, level, unit, date == null ? null : Located.of(date, null),
                null, false, null, null, null, null, null, null, null, null);
        SourceText t = SourceText.of(text);
        return new DocumentAnalysis(new SourceDocument(Path.of(name), name, "0".repeat(64), text.length()), t, h, key, List.of(),
                EXTRACTOR.extract(t, h), List.of(), List.of(), List.of(), List.of());
    }

    private static DocumentKey nq(String register, String term, String number, String qualifier) {
        return new DocumentKey(DocSystem.PARTY, register, DocType.NGHI_QUYET, term, number, qualifier);
    }

    @Test
    void incompleteMentionLinksToTheUniqueLoadedDocument() {
        DocumentKey loaded = nq("kien-an-qu", "khoa-vi", "06", null);
        var a = analysis("a", "Nghị quyết năm 2024", "quan-kien-an", Level.DISTRICT, loaded, new PartialDate(2023, 12, 15));
        var b = analysis("b", "Thực hiện Nghị quyết số 06-NQ/QU của Ban Chấp hành Đảng bộ quận về chủ đề năm 2024.",
                "quan-kien-an", Level.DISTRICT, null, null);
        assertFalse(b.citations().get(0).key().isComplete());
        var result = resolver.resolve(List.of(a, b));
        assertEquals(loaded, result.analyses().get(1).citations().get(0).key());
        assertEquals("unique-loaded-match", result.links().get(0).reason());
    }

    @Test
    void twoLoadedDocumentsWithTheSymbolAreNotMergedOnAGuess() {
        var v = analysis("v", "x", "quan-kien-an", Level.DISTRICT, nq("kien-an-qu", "khoa-v", "04", null), new PartialDate(2018, 5, 29));
        var vi = analysis("vi", "x", "quan-kien-an", Level.DISTRICT, nq("kien-an-qu", "khoa-vi", "04", null), new PartialDate(2022, 12, 12));
        var c = analysis("c", "theo Nghị quyết số 04-NQ/QU của Ban Chấp hành Đảng bộ quận.", "quan-kien-an", Level.DISTRICT, null, null);
        Citation resolved = resolver.resolve(List.of(v, vi, c)).analyses().get(2).citations().get(0);
        assertNull(resolved.key().period());
        assertEquals(2, resolved.candidates().size());
        var dated = analysis("d", "theo Nghị quyết số 04-NQ/QU, ngày 29/5/2018 của Ban Chấp hành Đảng bộ quận.", "quan-kien-an",
                Level.DISTRICT, null, null);
        assertEquals("khoa-v", dated.citations().get(0).key().period(), "the date alone places it in a term");
    }

    @Test
    void unnumberedLoadedDocumentLinksToACitationGivingBodyTypeAndDate() {
        DocumentKey city = nq("hai-phong-tu", "khoa-xvi", null, "hoi-nghi-14");
        var loaded = analysis("city", "x", "thanh-pho-hai-phong", Level.CITY, city, new PartialDate(2023, 12, 1));
        var citing = analysis("district", "Thực hiện Nghị quyết số 09-NQ/TU, ngày 01/12/2023 của Ban Chấp hành Đảng bộ thành phố về "
                + "mục tiêu năm 2024.", "quan-kien-an", Level.DISTRICT, null, null);
        var result = resolver.resolve(List.of(loaded, citing));
        assertEquals(city, result.analyses().get(1).citations().get(0).key());
        assertEquals("unnumbered-loaded-document", result.links().get(0).reason());
        var otherDay = analysis("other", "Thực hiện Nghị quyết số 09-NQ/TU, ngày 02/12/2023 của Ban Chấp hành Đảng bộ thành phố.",
                "quan-kien-an", Level.DISTRICT, null, null);
        assertEquals("9", resolver.resolve(List.of(loaded, otherDay)).analyses().get(1).citations().get(0).key().number());
    }

    @Test
    void documentWithoutHeaderIdentityTakesItsAppendixSymbol() {
        var a = analysis("a", "PHỤ LỤC (kèm theo Nghị quyết số 06-NQ/QU, ngày 15/12/2023 của Ban Chấp hành Đảng bộ quận)",
                "quan-kien-an", Level.DISTRICT, null, null);
        var result = resolver.resolve(List.of(a));
        assertEquals("doc/party/kien-an-qu/nq/khoa-vi/06", result.analyses().get(0).key().path());
        assertEquals("own-appendix-symbol", result.links().get(0).reason());
    }

    private static Citation only(DocumentAnalysis a, String symbolOrTitle) {
        return a.citations().stream().filter(c -> symbolOrTitle.equals(c.symbol()) || symbolOrTitle.equals(c.title()))
                .findFirst().orElseThrow(() -> new AssertionError(symbolOrTitle + " not cited in " + a.citations()));
    }

    @Test
    void anUndatedPartySymbolTakesTheOneTermTheCorpusGivesIt() {
        var dated = analysis("dated", "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học.",
                "quan-kien-an", Level.DISTRICT, null, null);
        var undated = analysis("undated", "Triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị.", "quan-kien-an", Level.DISTRICT, null, null);
        assertFalse(only(undated, "57-NQ/TW").key().isComplete());
        var result = resolver.resolve(List.of(dated, undated));
        Citation c = only(result.analyses().get(1), "57-NQ/TW");
        assertEquals("doc/party/tw/nq/khoa-xiii/57", c.key().path());
        assertEquals(List.of(CorpusResolver.FLAG_FROM_CORPUS), c.flags());
        assertEquals("unique-cited-match", result.links().get(0).reason());

        var otherDay = analysis("other", "Thực hiện Nghị quyết số 57-NQ/TW, ngày 03/3/2019 của Bộ Chính trị.", "quan-kien-an",
                Level.DISTRICT, null, null);
        Citation twoTerms = only(resolver.resolve(List.of(dated, otherDay, undated)).analyses().get(2), "57-NQ/TW");
        assertNull(twoTerms.key().period(), "two terms print 57-NQ/TW: no guess");
        assertEquals(2, twoTerms.candidates().size());
    }

    @Test
    void aStatuteCitedByNameTakesTheNumberTheCorpusPrintsWithThatNameAndYear() {
        var numbered = analysis("n", "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;", "quan-kien-an", Level.DISTRICT, null, null);
        var byName = analysis("b", "Căn cứ Luật Đất đai năm 2024;", "quan-kien-an", Level.DISTRICT, null, null);
        var older = analysis("o", "Căn cứ Luật Đất đai năm 2013;", "quan-kien-an", Level.DISTRICT, null, null);
        var result = resolver.resolve(List.of(numbered, byName, older));
        Citation c = only(result.analyses().get(1), "Đất đai");
        assertEquals("doc/state/qh/luat/2024/31", c.key().path());
        assertEquals("statute-name-number", result.links().get(0).reason());
        assertEquals("doc/state/qh/luat/2013/dat-dai", only(result.analyses().get(2), "Đất đai").key().path(), "another year: another law");
    }

    @Test
    void aStatuteNameWithTwoNumbersThatYearIsSettledByTheDateOrLeftWithCandidates() {
        var first = analysis("f", "Căn cứ Luật Tổ chức chính quyền địa phương số 65/2025/QH15 ngày 19 tháng 02 năm 2025;", "quan-kien-an",
                Level.DISTRICT, null, null);
        var second = analysis("s", "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;", "quan-kien-an",
                Level.DISTRICT, null, null);
        var dated = analysis("d", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "quan-kien-an", Level.DISTRICT, null, null);
        var yearOnly = analysis("y", "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;", "quan-kien-an", Level.DISTRICT, null, null);
        var march = analysis("m", "Căn cứ Luật Tổ chức chính quyền địa phương;", "quan-kien-an", Level.DISTRICT, null, new PartialDate(2025, 3, 10));
        var november = analysis("v", "Căn cứ Luật Tổ chức chính quyền địa phương;", "quan-kien-an", Level.DISTRICT, null, new PartialDate(2025, 11, 3));
        var result = resolver.resolve(List.of(first, second, dated, yearOnly, march, november)).analyses();
        assertEquals("doc/state/qh/luat/2025/65", only(result.get(4), "Tổ chức chính quyền địa phương").key().path(),
                "cited by name alone in March 2025: the law in force then");
        assertEquals("doc/state/qh/luat/2025/72", only(result.get(5), "Tổ chức chính quyền địa phương").key().path());
        assertEquals("doc/state/qh/luat/2025/72", only(result.get(2), "Tổ chức chính quyền địa phương").key().path());
        Citation ambiguous = only(result.get(3), "Tổ chức chính quyền địa phương");
        assertEquals("doc/state/qh/luat/2025/to-chuc-chinh-quyen-dia-phuong", ambiguous.key().path());
        assertEquals(List.of("doc/state/qh/luat/2025/65", "doc/state/qh/luat/2025/72"),
                ambiguous.candidates().stream().map(DocumentKey::path).toList(), "no date of its own to tell which was in force");
    }

    @Test
    void theNumberAfterAnAmendingLawsNameIsTheAmendingLaws() {
        var a = analysis("a", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật sửa đổi, "
                + "bổ sung\nmột số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;", "quan-kien-an", Level.DISTRICT, null, null);
        assertEquals("Luật Ban hành văn bản quy phạm pháp luật", only(a, "64/2025/QH15").title());
        assertEquals("Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", only(a, "87/2025/QH15").title());
    }

    @Test
    void aCitationOfALoadedDocumentPrintingAnotherDayIsFlaggedNotMerged() {
        DocumentKey loaded = nq("kien-an-qu", "khoa-vi", "06", null);
        var a = analysis("a", "Nghị quyết năm 2024", "quan-kien-an", Level.DISTRICT, loaded, new PartialDate(2023, 12, 15));
        var b = analysis("b", "Thực hiện Nghị quyết số 06-NQ/QU, ngày 16/12/2023 của Ban Chấp hành Đảng bộ quận Kiến An khóa VI.",
                "quan-kien-an", Level.DISTRICT, null, null);
        Citation c = only(resolver.resolve(List.of(a, b)).analyses().get(1), "06-NQ/QU");
        assertEquals(loaded, c.key(), "the symbol and term identify it");
        assertEquals(List.of(CorpusResolver.FLAG_DATE_DIFFERS), c.flags());
    }

    @Test
    void anUndatedSymbolJoinsTheOneDayTheCorpusPrintsForItWhenNoTermIsKnown() {
        var dated = analysis("dated", "Thực hiện Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số.",
                "tinh-dong-thap-2025", Level.CITY, null, null);
        var undated = analysis("undated", "Triển khai Chương trình hành động số 10-CTr/TU của Ban Thường vụ Tỉnh ủy.", "tinh-dong-thap-2025",
                Level.CITY, null, null);
        Citation before = only(undated, "10-CTr/TU");
        assertNull(before.key().period(), "no term of the province's committee is known: " + before.key());
        var result = resolver.resolve(List.of(dated, undated)).analyses();
        assertEquals(only(result.get(0), "10-CTr/TU").nodeKey(), only(result.get(1), "10-CTr/TU").key());
        assertEquals(List.of(), only(result.get(0), "10-CTr/TU").flags(), "the dated mention is left as it is");
    }
}
