package org.policygraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.text.SourceDecoder;

/** TCVN3 and VNI lines as the parsers hand them over (from the real files of ../shared/formats), and legacy text files. */
class LegacyEncodingTest {
    private final LegacyEncoding legacy = LegacyEncoding.bundled();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Bé tµi chÝnh\\nQuyÕt ®Þnh cña Bé tr­ëng Bé Tµi chÝnh | Bộ tài chính\\nQuyết định của Bộ trưởng Bộ Tài chính
        CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM\\n§éc lËp - Tù do - H¹nh phóc | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc
        Sè: 99/1998/TT-BTC\\nHµ néi, ngµy 14 th¸ng 7 n¨m 1998 | Số: 99/1998/TT-BTC\\nHà nội, ngày 14 tháng 7 năm 1998
        COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\\nÑoäc laäp - Töï do - Haïnh phuùc | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc
        Boä Taøi chiùnh quy ñònh vieäc thaønh laäp | Bộ Tài chính quy định việc thành lập
        PHÇN THø NHÊT: KÕ HO¹CH\\nCaùc huyeän trong tØnh L©m §ång | PHẦN THỨ NHẤT: KẾ HOẠCH\\nCác huyện trong tỉnh Lâm Đồng
        X· Phó §«ng\\nT©n Phó, CÈm Mü | Xã Phú Đông\\nTân Phú, Cẩm Mỹ
        """)
    void convertsLegacyTextToUnicode(String legacyText, String unicode) {
        LegacyEncoding.Converted c = legacy.convert(legacyText.replace("\\n", "\n"));
        assertEquals(unicode.replace("\\n", "\n"), c.text());
        assertTrue(c.changed());
    }

    @Test
    void mixedTcvn3AndVniConvertLineByLineAndWordByWord() {
        // as in 2004-duanLD9820.doc: sections typed in either font, and a VNI word inside a TCVN3 line
        LegacyEncoding.Converted c = legacy.convert("KÕ ho¹ch ph¸t triÓn NGAØNH\nCoâng ngheä thoâng tin cuûa tænh\nhuyÖn B¶o Léc");
        assertEquals("Kế hoạch phát triển NGÀNH\nCông nghệ thông tin của tỉnh\nhuyện Bảo Lộc", c.text());
        assertTrue(c.describe().contains("tcvn3") && c.describe().contains("vni"), c.describe());
    }

    @Test
    void unicodeTextIsLeftAsItIs() {
        String text = "Nghị quyết số 06-NQ/QU ngày 15 tháng 12 năm 2023 về tài chính, có hiệu lực; Bé ngoan, phó chủ tịch.";
        LegacyEncoding.Converted c = legacy.convert(text);
        assertEquals(text, c.text());
        assertFalse(c.changed());
    }

    @Test
    void aLegacyLineAmongUnicodeLinesIsStillConverted() {
        // the cheap check that lets Unicode text through must not let a mixed file through
        LegacyEncoding.Converted c = legacy.convert("Căn cứ Luật Tổ chức chính quyền địa phương\nQuyÕt ®Þnh cña Bé tr­ëng Bé Tµi chÝnh");
        assertEquals("Căn cứ Luật Tổ chức chính quyền địa phương\nQuyết định của Bộ trưởng Bộ Tài chính", c.text());
    }

    @Test
    void aFewForeignWordsInUnicodeTextAreNotReadAsLegacy() {
        String text = "Hội thảo với chuyên gia Bénédicte và Müller tại Genève về Điều 5 của Nghị định, café; ";
        assertEquals(text.repeat(3), legacy.convert(text.repeat(3)).text());
    }

    /** Windows-1258 keeps the shaped vowels (ê, ơ, ư...) whole and writes the tone as a combining mark after them. */
    private static byte[] windows1258(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            String tones = d.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            b.append(java.text.Normalizer.normalize(d.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""), java.text.Normalizer.Form.NFC)).append(tones);
        }
        return b.toString().getBytes(Charset.forName("windows-1258"));
    }

    @Test
    void windows1258AndViscIITextFilesAreRead(@TempDir Path tmp) throws Exception {
        String text = "Nghị quyết số 06-NQ/QU ngày 15 tháng 12 năm 2023 của Ban Thường vụ Quận ủy Kiến An";
        Path cp1258 = Files.write(tmp.resolve("a.txt"), windows1258(text));
        FormatReader reader = new FormatReader(ReadLimits.defaults(), new SourceDecoder(), Ocr.probe("no-such-ocr-command"));
        FormatReader.Read r = reader.read(cp1258);
        assertEquals(text, r.text());
        assertEquals("Windows-1258 text", r.source().reading().parser());

        // "Bộ tài chính quy định việc năm nay" in VISCII (glibc iconv -t VISCII)
        byte[] viscii = java.util.HexFormat.of().parseHex("42b52074e069206368ed6e682071757920f0b86e68207669ae63206ee56d206e6179");
        FormatReader.Read v = reader.read(Files.write(tmp.resolve("v.txt"), viscii));
        assertEquals("VISCII text", v.source().reading().parser());
        assertEquals("Bộ tài chính quy định việc năm nay", v.text());
    }
}
