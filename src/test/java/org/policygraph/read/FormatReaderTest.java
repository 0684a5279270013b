package org.policygraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.model.SourceReading;
import org.policygraph.text.InputRejectedException;

/** Every real file of ../shared/formats with a text layer: its media type, and words it prints, read as printed. */
class FormatReaderTest {
    static final FormatReader READER = FormatReader.standard(64L << 20);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        3367-UB- bao cao ket qua tong hop yeu cau hoi to chuc DH.signed.signed.pdf | application/pdf | 3367/TTr-SNV | 6
        35.2024.pdf | application/pdf | /2024/QĐ-UBND | 9
        (96122)-VanBanGoc_100.2015.QH13.P1.pdf | application/pdf | 100/2015/QH13 | 41
        (147294)-2020_1093_+_1094_23-VBHN-VPQH..pdf | application/pdf | VĂN BẢN QUY PHẠM PHÁP LUẬT | 33
        New.pdf | application/pdf | ĐẢNG CỘNG SẢN VIỆT NAM | 48
        New1.pdf | application/pdf | HỘI ĐỒNG NHÂN DÂN | 9
        2005-1ADDZ_Ke_hoach_2005__QH_lan_6_25-10.pdf | application/pdf | Báo cáo | 58
        36-HD_VPTW_380096.doc | application/msword | 36-HD/VPTW | 0
        36-HD_VPTW_380096.docx | application/vnd.openxmlformats-officedocument.wordprocessingml.document | 36-HD/VPTW | 0
        UB- Thong bao ve viec giai the 06 hoi vi pham (1).doc | application/msword | ỦY BAN NHÂN DÂN | 0
        QD SNV phe duyet thanh vien TGV.CCHC kem Quy che lam viec 21.8.doc | application/msword | Tổ giúp việc | 0
        trien khai cong dien 131 don gian hoa tthc (dieu chinh noi dung).doc | application/msword | 131/CĐ-TTg | 0
        (11234)-68-LCT_HDNN8_38238.doc | application/msword | HIẾN PHÁP | 0
        giao 5689 BCA - CAT muc tieu nhiem vu ke hoach dau tu cong trung han CTMTQG.docx | application/vnd.openxmlformats-officedocument.wordprocessingml.document | 5689/BCA-C04 | 0
        phieu trinh ky vb cong dien ve cat giam, don gian hoa tthc.rtf | application/rtf | PHIẾU TRÌNH | 0
        2003-A04.rtf | application/rtf | 99/ 1998/TT-BTC | 0
        2005-QDINHUUDAI522.doc | application/msword | ủy ban nhân dân | 0
        2007-Quy-che-chi-tieu-noi-bo-2007.doc | application/msword | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM | 0
        2004-duanLD9820.doc | application/msword | Lâm Đồng | 0
        vbpl_v1.html | text/html | HIẾN PHÁP | 0
        vbpl_thuoctinh.html | text/html | 101/2015/QH13 | 0
        """)
    void readsTheTextAsPrinted(String name, String mediaType, String printed, int pages) throws Exception {
        FormatReader.Read r = READER.read(SharedFormats.file(name));
        SourceReading reading = r.source().reading();
        assertEquals(mediaType, reading.mediaType());
        assertTrue(Normalizer.isNormalized(r.text(), Normalizer.Form.NFC), "text not NFC");
        assertTrue(fold(r.text()).contains(fold(printed)), name + " lacks \"" + printed + "\": " + r.text().substring(0, Math.min(400, r.text().length())));
        assertEquals(pages, reading.pageStarts().length, "pages");
        if (!name.startsWith("35.2024")) assertNull(reading.ocr(), "a text layer needs no OCR");
        assertEquals(64, r.source().sha256().length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2005-QDINHUUDAI522.doc | tcvn3 | Quyết định
        2003-A04.rtf | tcvn3 | Bộ Tài chính
        2007-Quy-che-chi-tieu-noi-bo-2007.doc | vni | Độc lập
        2005-1ADDZ_Ke_hoach_2005__QH_lan_6_25-10.pdf | tcvn3 | Nghị quyết
        """)
    void legacyFontsAreConvertedAndRecorded(String name, String encoding, String word) throws Exception {
        FormatReader.Read r = READER.read(SharedFormats.file(name));
        assertTrue(r.source().reading().conversion().contains(encoding), r.source().reading().conversion());
        assertTrue(r.text().contains(word), name + " lacks " + word);
        assertFalse(r.text().contains("NghÞ") || r.text().contains("Boä") || r.text().contains("¸"), "mojibake left");
    }

    @org.junit.jupiter.api.Test
    void aMixedTcvn3AndVniFileConvertsBoth() throws Exception {
        FormatReader.Read r = READER.read(SharedFormats.file("2004-duanLD9820.doc"));
        String c = r.source().reading().conversion();
        assertTrue(c.contains("tcvn3") && c.contains("vni"), c);
        assertFalse(r.text().contains("HUYEÄN") || r.text().contains("PHÇN"), "a VNI or TCVN3 word was left");
    }

    @org.junit.jupiter.api.Test
    void pageChromeIsNotText() throws Exception {
        FormatReader.Read r = READER.read(SharedFormats.file("(96122)-VanBanGoc_100.2015.QH13.P1.pdf"));
        // the Công báo prints its issue line at the top of every page: kept at most on the first
        long running = r.text().lines().filter(l -> l.matches("CÔNG BÁO/Số .*")).count();
        assertTrue(running <= 1, "running header kept " + running + " times");
        assertFalse(r.text().lines().anyMatch(l -> l.strip().matches("\\d{1,3}")), "a page number was kept as a line");
        int[] starts = r.source().reading().pageStarts();
        for (int i = 1; i < starts.length; i++) assertTrue(starts[i] > starts[i - 1], "page offsets must increase");
        assertEquals(2, r.source().reading().pageAt(starts[1]));
    }

    @org.junit.jupiter.api.Test
    void aGarbledTextLayerIsNotUsable() throws Exception {
        PdfReader pdf = new PdfReader(LegacyEncoding.bundled(), Ocr.probe("no-such-ocr-command"), ReadLimits.defaults());
        String layer = "CØNG HOÀXÃ HØI CHæNGH(AVIÆT NAM Ùc l­p - T¡ do - H¡nh phúc BØ CÔNG AN CÔNG AN TÉNH LÂM ÒNG "
                + "Sñ: /TTr-CAT-PC04 Lâm Óng, ngày tháng nm 2025 TÜ TRÌNH V/v ß nghË ng°Ýi ng°Ýi ng°Ýi";
        assertFalse(pdf.usable(layer));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(SharedFormats.file("298 PC04.pdf").toFile())) {
            String real = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(pdf.isGarbled(real) && !pdf.usable(real), "the real garbled layer of 298 PC04.pdf: " + real.substring(0, 120));
        }
        assertTrue(pdf.usable("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc BỘ CÔNG AN CÔNG AN TỈNH LÂM ĐỒNG "
                + "Số: /TTr-CAT-PC04 Lâm Đồng, ngày tháng năm 2025 TỜ TRÌNH V/v đề nghị người người người"));
    }

    @org.junit.jupiter.api.Test
    void aScanWithoutOcrIsRefusedNamingThePackages() {
        Path scan = SharedFormats.file("QD932.pdf");
        FormatReader noOcr = new FormatReader(ReadLimits.defaults(), new org.policygraph.text.SourceDecoder(), Ocr.probe("no-such-ocr-command"));
        InputRejectedException e = org.junit.jupiter.api.Assertions.assertThrows(InputRejectedException.class, () -> noOcr.read(scan));
        assertTrue(e.getMessage().contains("tesseract-ocr tesseract-ocr-vie"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aNumberStampedBySigningFillsTheBlankOfTheTextLayer() throws Exception {
        FormatReader.Read r = READER.read(SharedFormats.file("35.2024.pdf"));
        String head = r.text().substring(0, 300);
        assertTrue(head.contains("Số:  35/2024/QĐ-UBND"), head);
        // the signing service writes the number, day and month as text in its widgets: read as text, not by OCR
        assertTrue(head.replaceAll("\\s+", " ").contains("Hà Nội, ngày 28 tháng 5 năm 2024"), head);
        assertNull(r.source().reading().ocr());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        QD932.pdf | Tổ Công tác cải cách hành chính | application/pdf
        298 PC04.pdf | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM | application/pdf
        Thong_bao_lich_trinh_giam_sat-1677164773.doc | 320/TB-ĐGS | application/msword
        """)
    void scansAndGarbledLayersGoThroughOcr(String name, String printed, String mediaType) throws Exception {
        SharedFormats.assumeOcr();
        FormatReader.Read r = READER.read(SharedFormats.file(name));
        SourceReading.Ocr ocr = r.source().reading().ocr();
        assertNotNull(ocr, "no OCR recorded");
        assertEquals("Tesseract", ocr.engine());
        assertTrue(ocr.meanConfidence() > 50, "confidence " + ocr.meanConfidence());
        assertEquals(mediaType, r.source().reading().mediaType());
        assertTrue(fold(r.text()).contains(fold(printed)), name + " lacks " + printed + ": " + r.text().substring(0, Math.min(600, r.text().length())));
    }

    private static String fold(String s) { return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " "); }
}
