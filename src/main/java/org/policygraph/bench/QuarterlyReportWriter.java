package org.policygraph.bench;

import java.util.List;

/**
 * A People's Committee quarterly report with figures ("tháng 03 ước thực hiện 62.388 triệu đồng, 3 tháng ước thực
 * hiện 182.881 triệu đồng, đạt 21,89% kế hoạch, tăng 9,1% so cùng kỳ"), some in footnotes, citing the directives and
 * resolutions it reports on and the province's normative resolutions and plans.
 */
final class QuarterlyReportWriter extends TextComposer {
    private static final List<String> FIGURES = List.of("Giá trị sản xuất công nghiệp (do {k} quản lý)", "Tổng mức bán lẻ hàng hóa",
            "Doanh thu dịch vụ, lưu trú và ăn uống", "Giá trị sản xuất nông, lâm, thủy sản", "Tổng thu ngân sách nhà nước trên địa bàn",
            "Tổng chi ngân sách", "Thuế ngoài quốc doanh", "Lệ phí trước bạ", "Thu tiền sử dụng đất");
    private static final String[] QUARTERS = {"", "I", "II", "III", "IV"};

    QuarterlyReportWriter(Identities ids, Unit centre) { super(ids, centre); }

    @Override
    GeneratedDocument write(Unit u, int year, int quarter, Rng r) {
        boolean markdown = r.chance(0.7);
        CitationWriter cw = new CitationWriter(r, u, markdown);
        DocId self = ids.report(u, year, quarter);
        Unit province = u.province();
        Unit parent = u.parent() != null && u.parent().kind() != UnitKind.CENTRE ? u.parent() : u;
        StringBuilder b = new StringBuilder(12_000);
        stateHeader(b, "Ủy ban nhân dân", u, self, markdown);
        int months = quarter * 3;
        b.append(heading("BÁO CÁO", markdown)).append("  \n").append(heading("KẾT QUẢ ƯỚC THỰC HIỆN TÌNH HÌNH KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH QUÝ "
                + QUARTERS[quarter] + " NĂM " + year + "; PHƯƠNG HƯỚNG NHIỆM VỤ " + (12 - months) + " THÁNG TIẾP THEO NĂM " + year, markdown)).append("\n\n");
        b.append("Kính gửi: ").append(parent.committeeState()).append(' ').append(parent.name()).append(".\n\n");
        b.append(heading("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", markdown)).append("\n\n");
        b.append("Thực hiện ");
        if (parent != u) b.append(cw.mention(ids.directive(parent, year), true)).append("; ");
        DocId resolution = ids.partyResolution(u, year);
        b.append(cw.mentionWithoutIssuer(resolution)).append(" Hội nghị lần thứ ").append(ids.conference(u, year)).append(' ').append(u.executive())
                .append(" khóa ").append(Identities.termOf(u, resolution.date())).append(" về chủ đề, chỉ tiêu, nhiệm vụ, giải pháp năm ").append(year).append("; ")
                .append(cw.mention(ids.councilResolution(u, year), true)).append(", ").append(u.committeeState()).append(" đã ban hành ")
                .append(cw.mentionWithoutIssuer(ids.directive(u, year))).append("; Chương trình công tác năm ").append(year).append(".\n\n");
        b.append(heading("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI QUÝ " + QUARTERS[quarter] + " NĂM " + year, markdown)).append("\n\n");
        StringBuilder notes = new StringBuilder();
        int figures = 0, footnote = 0;
        for (String f : FIGURES) {
            if (r.chance(0.3)) continue;
            String name = f.replace("{k}", u.kind().common);
            String line = figure(r, months, name);
            figures++;
            if (markdown && r.chance(0.3)) {
                notes.append("<sup>").append(++footnote).append("</sup> ").append(r.of(FIGURES).replace("{k}", u.kind().common)).append(' ')
                        .append(figure(r, months, name)).append("\n\n");
                figures++;
                line = line.substring(0, line.length() - 1) + "<sup>" + footnote + "</sup>.";
            }
            b.append("- ").append(markdown ? "**" + name + ":** " : name + ": ").append(line).append("\n\n");
        }
        b.append(notes);
        paragraphs(b, r, Themes.RESULTS, r.between(3, 6), year);
        b.append("Tiếp tục chỉ đạo thực hiện có hiệu quả các Nghị quyết của HĐND ").append(province.kind().common).append(": ");
        int from = province.afterReform() ? year - 1 : Math.max(CitationPlanner.FIRST_YEAR, year - 7);
        b.append(cw.mention(ids.normative(province, r.between(from, year - 1), 0), false)).append("; ")
                .append(cw.mention(ids.normative(province, r.between(from, year - 1), 1), false)).append(".\n\n");
        b.append("Rà soát, điều chỉnh quy hoạch theo tiến độ ").append(cw.mention(ids.plan(province, year - 1, r.nextInt(3)), false)).append(".\n\n");
        b.append(heading("III. PHƯƠNG HƯỚNG, NHIỆM VỤ " + (12 - months) + " THÁNG TIẾP THEO", markdown)).append("\n\n");
        paragraphs(b, r, Themes.TASK_SENTENCES, r.between(5, 9), year);
        b.append("Trên đây là báo cáo kết quả ước thực hiện nhiệm vụ kinh tế - xã hội quý ").append(QUARTERS[quarter]).append('/').append(year)
                .append(" của ").append(u.kind().common).append(' ').append(u.name()).append("./.\n");
        recipients(b, r, List.of("Văn phòng UBND " + province.kind().common, "TT " + u.kind().committee + " - HĐND " + u.kind().common,
                "Chủ tịch, các PCT UBND " + u.kind().common, "Các phòng, ban, ngành, đơn vị"), markdown);
        signature(b, r, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", markdown);
        String text = markdown ? b.toString() : PdfLayout.apply(b.toString(), r);
        return new GeneratedDocument("report", self, text, cw.cited(), 0, figures, 0, self.symbol() != null);
    }

    private static String figure(Rng r, int months, String name) {
        long month = r.between(300, 1_200_000);
        long cumulative = month * months * r.between(80, 120) / 100;
        double ofPlan = r.between(months * 5.0, months * 11.0);
        double change = r.between(-5.0, 40.0);
        return "tháng " + VietFormat.padded(months) + " ước thực hiện " + VietFormat.integer(month) + " triệu đồng, " + months
                + " tháng ước thực hiện " + VietFormat.integer(cumulative) + " triệu đồng, đạt " + VietFormat.decimal(ofPlan, r.nextInt(3))
                + "% kế hoạch, " + (change >= 0 ? "tăng " : "giảm ") + VietFormat.decimal(Math.abs(change), 1) + "% so cùng kỳ.";
    }
}
