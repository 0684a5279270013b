package org.policygraph.bench;

import java.util.List;

/**
 * Numbered target indicators ("(15). Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94%.") in every form the domain
 * notes list: exact, at least ("trở lên", "tối thiểu"), above ("trên"), ranges, "từ 03 - 05", increases against a
 * baseline year, money, counts, ranks and qualitative targets; numbered "(n).", "(n)" or "- (n).".
 */
final class IndicatorWriter {
    /** A measure: its wording, and the form of target it takes. */
    private record Measure(String group, String text, Form form, double lo, double hi) {}

    private enum Form { PERCENT, AT_LEAST, MINIMUM, ABOVE, RANGE, COUNT_RANGE, INCREASE, MONEY, COUNT, RANK, QUALITATIVE }

    private static final List<String> GROUPS = List.of(
            "Các chỉ tiêu về xây dựng Đảng", "Các chỉ tiêu về phát triển kinh tế",
            "Các chỉ tiêu về văn hóa - xã hội, môi trường, an ninh, quốc phòng");

    private static final List<Measure> MEASURES = List.of(
            new Measure(GROUPS.get(0), "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", Form.AT_LEAST, 80, 92),
            new Measure(GROUPS.get(0), "Kết nạp", Form.COUNT_RANGE, 20, 400),
            new Measure(GROUPS.get(0), "100% người đứng đầu cấp ủy, chính quyền đối thoại trực tiếp với Nhân dân theo quy định", Form.QUALITATIVE, 0, 0),
            new Measure(GROUPS.get(0), "Tỷ lệ cơ sở tôn giáo đang sử dụng đất được lập hồ sơ đăng ký đất đai", Form.MINIMUM, 10, 40),
            new Measure(GROUPS.get(0), "Hoàn thành 100% chương trình kiểm tra, giám sát đối với tổ chức đảng, đảng viên", Form.QUALITATIVE, 0, 0),
            new Measure(GROUPS.get(1), "Tổng giá trị sản xuất", Form.RANGE, 8, 18),
            new Measure(GROUPS.get(1), "Giá trị sản xuất công nghiệp, xây dựng", Form.INCREASE, 5, 15),
            new Measure(GROUPS.get(1), "Doanh thu thương mại, dịch vụ", Form.INCREASE, 8, 25),
            new Measure(GROUPS.get(1), "Thu ngân sách nhà nước trên địa bàn", Form.MONEY, 50, 120000),
            new Measure(GROUPS.get(1), "Tổng mức đầu tư toàn xã hội", Form.MONEY, 500, 200000),
            new Measure(GROUPS.get(1), "doanh nghiệp hoạt động", Form.COUNT, 300, 6000),
            new Measure(GROUPS.get(1), "Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP", Form.PERCENT, 20, 60),
            new Measure(GROUPS.get(2), "Tỷ lệ dân số tham gia bảo hiểm y tế", Form.PERCENT, 90, 99),
            new Measure(GROUPS.get(2), "Tỷ lệ người dân tham gia bảo hiểm y tế", Form.ABOVE, 90, 99),
            new Measure(GROUPS.get(2), "Tỷ lệ gia đình được công nhận gia đình văn hóa", Form.PERCENT, 85, 97),
            new Measure(GROUPS.get(2), "Số trường học đạt chuẩn quốc gia", Form.AT_LEAST, 1, 5),
            new Measure(GROUPS.get(2), "nhà văn hóa được đầu tư cơ sở vật chất, trang thiết bị", Form.COUNT_RANGE, 1, 8),
            new Measure(GROUPS.get(2), "Giải quyết việc làm mới cho", Form.COUNT, 800, 60000),
            new Measure(GROUPS.get(2), "Tỷ lệ hộ dân được sử dụng nước sạch theo tiêu chuẩn", Form.PERCENT, 95, 100),
            new Measure(GROUPS.get(2), "Tỷ lệ chất thải rắn đô thị được thu gom, xử lý hợp vệ sinh", Form.PERCENT, 90, 100),
            new Measure(GROUPS.get(2), "Điểm trung bình thi vào lớp 10 THPT", Form.RANK, 1, 5),
            new Measure(GROUPS.get(2), "Hoàn thành 100% chỉ tiêu giao quân năm {y}", Form.QUALITATIVE, 0, 0),
            new Measure(GROUPS.get(2), "Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", Form.PERCENT, 0.1, 1.5));

    private IndicatorWriter() {}

    /** Writes the indicators under their group headings; returns how many numbered indicators were written. */
    static int write(StringBuilder out, Rng r, Unit u, int year, boolean markdown) {
        int style = r.nextInt(3);
        int n = 0;
        int groupNo = 0;
        String group = null;
        for (Measure m : MEASURES) {
            if (r.chance(0.25)) continue;
            if (!m.group().equals(group)) {
                group = m.group();
                out.append('\n').append(markdown ? "**" : "").append(++groupNo).append(". ").append(group)
                        .append(markdown ? "**" : "").append("\n\n");
            }
            n++;
            String prefix = switch (style) { case 0 -> "(" + n + "). "; case 1 -> "(" + n + ") "; default -> "- (" + n + "). "; };
            out.append(prefix).append(target(m, r, u, year)).append('\n').append(r.chance(0.5) ? "\n" : "");
        }
        return n;
    }

    private static String target(Measure m, Rng r, Unit u, int year) {
        String area = u.parent() == null ? "cả nước" : u.parent().kind().common;
        double v = r.between(m.lo(), m.hi());
        String text = m.text().replace("{y}", String.valueOf(year));
        return switch (m.form()) {
            case PERCENT -> text + (r.chance(0.5) ? " đạt " : ": ") + VietFormat.decimal(v, r.nextInt(2)) + "%.";
            case AT_LEAST -> text + " đạt " + (m.hi() < 10 ? "từ " + VietFormat.padded((int) v) + " trường" : VietFormat.decimal(v, 0) + "%") + " trở lên.";
            case MINIMUM -> text + " tối thiểu " + (int) v + "%.";
            case ABOVE -> text + " trên " + VietFormat.decimal(v, 1) + "%.";
            case RANGE -> { int lo = (int) v; yield text + " tăng " + lo + " - " + (lo + r.between(1, 3)) + "%."; }
            case COUNT_RANGE -> {
                int lo = (int) v;
                int hi = lo + r.between(1, Math.max(2, lo / 10));
                yield m.text().startsWith("Kết nạp") ? "Kết nạp " + VietFormat.integer(lo) + " - " + VietFormat.integer(hi) + " đảng viên."
                        : "Từ " + VietFormat.padded(lo) + " - " + VietFormat.padded(hi) + " " + text + ".";
            }
            case INCREASE -> text + " tăng từ " + (int) v + "% trở lên so với thực hiện năm " + (year - 1) + ".";
            case MONEY -> v > 2000 && r.chance(0.3)
                    ? text + " " + VietFormat.integer((long) v) + " tỷ " + r.between(100, 990) + " triệu đồng."
                    : text + " đạt " + (r.chance(0.2) ? VietFormat.decimal(v, 3) : VietFormat.integer((long) v)) + " tỷ đồng.";
            case COUNT -> text.startsWith("Giải quyết") ? text + " " + VietFormat.integer((long) v) + " lượt lao động."
                    : "Có từ " + VietFormat.integer((long) v) + " " + text + " trở lên.";
            case RANK -> text + " đứng thứ " + (int) v + " " + area + " trở lên.";
            case QUALITATIVE -> text + ".";
        };
    }
}
