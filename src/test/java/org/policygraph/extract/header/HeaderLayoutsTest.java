package org.policygraph.extract.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.PartialDate;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;

/**
 * The header zones of the national formats as real pages and files scramble them: table residue, fields broken over
 * lines, the two top columns flattened in either order, a blank number, a letter without a type name, page chrome
 * around the document. One row per layout; each text is cut from a real document's shape.
 */
class HeaderLayoutsTest {
    private static final HeaderExtractor EXTRACTOR = new HeaderExtractor(ReferenceData.bundled());

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("table residue, number and date broken over lines", """
                        |
                        **ỦY BAN NHÂN
                        DÂN **
                        TỈNH LAI CHÂU
                        --------
                        |
                        **CỘNG HÒA XÃ
                        HỘI CHỦ NGHĨA VIỆT NAM**
                        Độc lập - Tự do - Hạnh phúc
                        |
                        Số:
                        87/2025/QĐ-UBND
                        |
                        *Lai Châu, ngày
                        19 tháng 11 năm 2025*
                        |
                        **QUYẾT ĐỊNH**
                        QUY ĐỊNH THỰC HIỆN NẾP SỐNG VĂN MINH TRONG VIỆC CƯỚI
                        *Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*
                        """, "87/2025/QĐ-UBND", "2025-11-19", "Quyết định", null),
                Arguments.of("the two columns flattened into one line, motto after the number", """
                        CHÍNH PHỦ_______ Số: 172/2025/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập – Tự do – Hạnh phúc____ Hà Nội, ngày 30 tháng 6 năm 2025 |
                        NGHỊ ĐỊNH
                        Quy định về xử lý kỷ luật cán bộ, công chức
                        Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
                        """, "172/2025/NĐ-CP", "2025-06-30", "Nghị định", null),
                Arguments.of("a letter: no type name, summary V/v, place broken, addressee broken", """
                        BỘ TÀI CHÍNH
                        CỤC HẢI QUAN
                        |
                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                        Độc lập - Tự do - Hạnh phúc
                        |
                        Số: 3799/CHQ-GSQL
                        V/v khai bổ sung
                        |
                        Hà
                        Nội, ngày 25 tháng 11 năm 2025
                        |
                        Kính
                        gửi: Tổng Công ty Phân bón và Hóa chất Dầu khí - CTCP.
                        Trả lời công văn số 25-2303/PBHC-KD của Tổng Công ty, Cục Hải quan có ý kiến như sau:
                        |
                        KT. CỤC TRƯỞNG
                        PHÓ CỤC TRƯỞNG
                        **Nguyễn
                        Văn Thọ**
                        """, "3799/CHQ-GSQL", "2025-11-25", "Công văn", "Nguyễn Văn Thọ"),
                Arguments.of("a draft: the number left blank with underscores, the day blank", """
                        ỦY BAN NHÂN DÂN
                        TỈNH HÀ TĨNH
                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                        Độc lập - Tự do - Hạnh phúc
                        Số: ___/TB-UBND
                        Hà Tĩnh, ngày    tháng 12 năm 2025
                        THÔNG BÁO
                        Kết luận của Chủ tịch UBND tỉnh
                        Ngày 01/12/2025, Chủ tịch UBND tỉnh đã chủ trì cuộc họp.
                        """, "/TB-UBND", "2025-12", "Thông báo", null),
                Arguments.of("a Party document: Số without a colon, signature with T/M and K/T", """
                        ĐẢNG BỘ TỈNH NGHỆ AN
                        BAN THƯỜNG VỤ TỈNH ỦY
                        *
                        ĐẢNG CỘNG SẢN VIỆT NAM
                        Số 06-KH/TU
                        Nghệ An, ngày 20 tháng 11 năm 2025
                        KẾ HOẠCH
                        thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị
                        Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành kế hoạch.
                        Nơi nhận:
                        - Như trên,
                        T/M BAN THƯỜNG VỤ
                        K/T BÍ THƯ
                        PHÓ BÍ THƯ
                        Thượng tướng Hoàng Văn An
                        """, "06-KH/TU", "2025-11-20", "Kế hoạch", "Hoàng Văn An"),
                Arguments.of("page chrome above and below: the portal's notices yield nothing", """
                        Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT.
                        Căn cứ Nghị định 13/2023/NĐ-CP, ngày 17 tháng 4 năm 2023
                        Đang tải văn bản...
                        BỘ TÀI CHÍNH
                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                        Độc lập - Tự do - Hạnh phúc
                        Số: 3891/QĐ-BTC
                        Hà Nội, ngày 19 tháng 11 năm 2025
                        QUYẾT ĐỊNH
                        VỀ VIỆC BỔ SUNG DANH SÁCH CÁC CỬA KHẨU
                        BỘ TRƯỞNG BỘ TÀI CHÍNH
                        Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24/02/2025 của Chính phủ;
                        Nơi nhận:
                        - Như Điều 3;
                        |
                        KT. BỘ TRƯỞNG
                        THỨ TRƯỞNG
                        Âu Anh Tuấn
                        |
                        Quyết định 3891/QĐ-BTC năm 2025 bổ sung danh sách cửa khẩu do Bộ Tài chính ban hành
                        Văn bản này chưa cập nhật nội dung Tiếng Anh
                        Tôi đã đọc và đồng ý. KT. GIÁM ĐỐC
                        Nguyễn Văn Chrome
                        """, "3891/QĐ-BTC", "2025-11-19", "Quyết định", "Âu Anh Tuấn"),
                Arguments.of("a Government resolution: place and date without their comma", """
                        CHÍNH PHỦ
                        |
                        CỘNG HÒA XÃ
                        HỘI CHỦ NGHĨA VIỆT NAM
                        Độc lập - Tự do - Hạnh phúc
                        |
                        Số: 386/NQ-CP
                        |
                        Hà Nội ngày 01
                        tháng 12 năm 2025
                        |
                        NGHỊ QUYẾT
                        VỀ VIỆC TIẾP THU, GIẢI TRÌNH DỰ ÁN LUẬT THUẾ THU NHẬP CÁ NHÂN (SỬA ĐỔI)
                        CHÍNH PHỦ
                        Căn cứ Luật Tổ chức Chính phủ;
                        """, "386/NQ-CP", "2025-12-01", "Nghị quyết", null),
                Arguments.of("no header at all (an article): nothing is read", """
                        Các đối tượng áp dụng chế độ tiền thưởng cuối năm 2025
                        Ngày 09 tháng 12 năm 2025, Bộ Nội vụ đã ban hành Công văn 11771/BNV-CTL&BHXH về thực hiện chế độ tiền thưởng.
                        """, null, null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void readsTheZones(String layout, String text, String symbol, String date, String type, String signer) {
        DocumentHeader h = EXTRACTOR.extract(SourceText.of(text));
        assertEquals(symbol, DocumentHeader.valueOf(h.symbol()), layout + ": symbol");
        PartialDate d = DocumentHeader.valueOf(h.date());
        assertEquals(date, d == null ? null : d.iso(), layout + ": date");
        assertEquals(type, h.type() == null ? null : h.type().value().vi(), layout + ": type");
        if (signer != null) assertEquals(signer, DocumentHeader.valueOf(h.signer()), layout + ": signer");
        else if (symbol == null) assertNull(h.signer(), layout + ": signer");
    }
}
