package org.policygraph.bench;

import java.util.Random;

/**
 * Adversarial document texts: an ordinary resolution header followed by a long run of one kind of token an extractor
 * looks for, the input that makes an extractor quadratic if anything in it is (every token a candidate, every
 * candidate compared with the others). Deterministic for a seed; the text is cut at the last line end within the size asked.
 */
public final class AdversarialText {
    /** What the run after the header is made of. */
    public enum Kind {
        /** Document symbols alone: "12-NQ/TU 7-NQ/TU ...". */
        SYMBOLS,
        /** Dates in words and figures: "ngày 5 tháng 3 năm 2021, 12/07/2019 ...". */
        DATES,
        /** Figures with units and rates: "1.234,5 tỷ đồng, 12,5% ...". */
        NUMBERS,
        /** Whole citations: "Nghị quyết số 12/NQ-HĐND ngày 5/3/2021 của Hội đồng nhân dân thành phố về ...". */
        CITATIONS,
        /** Rows of an indicator table: "| 3 | Tỷ lệ hộ nghèo | % | 1,2 | 0,9 |". */
        TABLE_ROWS,
        /** Headings numbered ever deeper: "1.", "1.1.", "1.1.1." ... then "a)", "-". */
        NESTED_NUMBERING
    }

    /** A resolution's header: issuer, number, place and date, type and title, opening sentence. */
    static final String HEADER = """
            HỘI ĐỒNG NHÂN DÂN
            THÀNH PHỐ HẢI PHÒNG
            Số: 45/NQ-HĐND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hải Phòng, ngày 9 tháng 12 năm 2022

            NGHỊ QUYẾT
            Về nhiệm vụ phát triển kinh tế - xã hội năm 2023

            HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
            KHÓA XVI, KỲ HỌP THỨ 10

            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            Xét Tờ trình số 210/TTr-UBND ngày 25/11/2022 của Ủy ban nhân dân thành phố;

            QUYẾT NGHỊ:

            """;

    private static final String[] CODES = {"NQ/TU", "NQ-HĐND", "QĐ-UBND", "KH-UBND", "CT/TU", "NQ/TW", "NĐ-CP", "TT-BTC"};
    private static final String[] TYPES = {"Nghị quyết", "Quyết định", "Kế hoạch", "Chỉ thị", "Nghị định", "Thông tư"};
    private static final String[] ISSUERS = {"Hội đồng nhân dân thành phố", "Ủy ban nhân dân thành phố", "Ban Thường vụ Thành ủy",
            "Chính phủ", "Bộ Tài chính", "Ban Chấp hành Trung ương"};
    private static final String[] UNITS = {"tỷ đồng", "%", "triệu USD", "ha", "km", "người", "hộ", "lần"};
    private static final String[] INDICATORS = {"Tốc độ tăng trưởng GRDP", "Tỷ lệ hộ nghèo", "Thu ngân sách nhà nước",
            "Tỷ lệ đô thị hóa", "Kim ngạch xuất khẩu", "Số bác sĩ trên 1 vạn dân"};

    private AdversarialText() {}

    /**
     * At most {@code bytes} bytes of UTF-8 and {@code maxChars} characters (all but a line's worth): the header, then
     * lines of the kind until the size is reached.
     */
    public static String of(Kind kind, long bytes, long maxChars, long seed) {
        Random r = new Random(seed * 31 + kind.ordinal());
        StringBuilder b = new StringBuilder((int) Math.min(bytes, maxChars));
        b.append(HEADER);
        long size = utf8(HEADER);
        int line = 0;
        while (true) {
            int start = b.length();
            line(kind, line++, r, b);
            b.append('\n');
            size += utf8(b.subSequence(start, b.length()));
            if (size > bytes || b.length() > maxChars) { b.setLength(start); break; }
        }
        return b.toString();
    }

    private static void line(Kind kind, int n, Random r, StringBuilder b) {
        switch (kind) {
            case SYMBOLS -> {
                for (int i = 0; i < 50; i++) b.append(r.nextInt(99) + 1).append('-').append(CODES[r.nextInt(2)]).append(' ');
            }
            case DATES -> {
                for (int i = 0; i < 12; i++) {
                    int d = r.nextInt(28) + 1, m = r.nextInt(12) + 1, y = 1990 + r.nextInt(40);
                    b.append(r.nextBoolean() ? "ngày " + d + " tháng " + m + " năm " + y : String.format("%02d/%02d/%d", d, m, y)).append(", ");
                }
            }
            case NUMBERS -> {
                for (int i = 0; i < 12; i++)
                    b.append(r.nextInt(9_999) / 10.0 > 500 ? String.format("%d.%03d,%d", r.nextInt(999) + 1, r.nextInt(1000), r.nextInt(10))
                            : (r.nextInt(100) + "," + r.nextInt(10))).append(' ').append(UNITS[r.nextInt(UNITS.length)])
                            .append(r.nextBoolean() ? ", tăng " : "; ");
            }
            case CITATIONS -> {
                for (int i = 0; i < 3; i++) {
                    int t = r.nextInt(TYPES.length);
                    b.append(TYPES[t]).append(" số ").append(r.nextInt(300) + 1).append('/').append(r.nextInt(2) == 0 ? 2015 + r.nextInt(10) + "/" : "")
                            .append(CODES[r.nextInt(CODES.length)]).append(" ngày ").append(r.nextInt(28) + 1).append('/').append(r.nextInt(12) + 1)
                            .append('/').append(2010 + r.nextInt(15)).append(" của ").append(ISSUERS[r.nextInt(ISSUERS.length)])
                            .append(" về nhiệm vụ năm ").append(2010 + r.nextInt(15)).append("; ");
                }
            }
            case TABLE_ROWS -> {
                b.append("| ").append(n + 1).append(" | ").append(INDICATORS[r.nextInt(INDICATORS.length)]).append(" | ")
                        .append(UNITS[r.nextInt(UNITS.length)]);
                for (int i = 0; i < 4; i++) b.append(" | ").append(r.nextInt(100)).append(',').append(r.nextInt(10));
                b.append(" |");
            }
            case NESTED_NUMBERING -> {
                int depth = 1 + n % 12;
                StringBuilder number = new StringBuilder();
                for (int i = 0; i < depth; i++) number.append(i == depth - 1 ? n / 12 % 9 + 1 : 1).append('.');
                b.append(number).append(" Phấn đấu tỷ lệ hộ nghèo giảm ").append(r.nextInt(5)).append(",").append(r.nextInt(10))
                        .append("% so với năm 2022.\n").append((char) ('a' + n % 20)).append(") Thực hiện nhiệm vụ ").append(n)
                        .append(";\n- Hoàn thành chỉ tiêu ").append(r.nextInt(100)).append("%;");
            }
        }
    }

    private static long utf8(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
