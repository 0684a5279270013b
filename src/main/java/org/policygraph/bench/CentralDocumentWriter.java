package org.policygraph.bench;

import java.util.List;

/** A resolution, conclusion or directive of the Politburo, the Secretariat or the Central Committee. */
final class CentralDocumentWriter extends TextComposer {
    private final CitationPlanner planner;

    CentralDocumentWriter(Identities ids, Unit centre, CitationPlanner planner) {
        super(ids, centre);
        this.planner = planner;
    }

    /** {@code quarter} carries the document's index within its year (0 or 1). */
    @Override
    GeneratedDocument write(Unit u, int year, int quarter, Rng r) {
        CitationWriter cw = new CitationWriter(r, u, false);
        DocId self = ids.central(u, year, quarter);
        StringBuilder b = new StringBuilder(8_000);
        partyHeader(b, u, self);
        b.append(self.type().word.toUpperCase()).append('\n').append("CỦA ").append(self.issuer().toUpperCase()).append('\n')
                .append("về ").append(self.subject()).append("\n\n");
        b.append("I. TÌNH HÌNH VÀ NGUYÊN NHÂN\n\n");
        List<Cite> earlier = planner.central(r, self.date(), r.between(1, 3));
        if (!earlier.isEmpty()) b.append("Sau nhiều năm thực hiện ").append(earlier.get(0).render(cw)).append(", nhận thức của cấp ủy, tổ chức đảng và cán bộ, đảng viên có chuyển biến tích cực.\n\n");
        paragraphs(b, r, Themes.RESULTS, r.between(2, 4), year + 1);
        b.append("II. QUAN ĐIỂM, MỤC TIÊU\n\n1. Quan điểm\n\nQuán triệt sâu sắc ");
        List<Cite> named = planner.named(r, u, self.date());
        b.append(named.isEmpty() ? "các chủ trương, đường lối của Đảng" : named.get(0).render(cw)).append(".\n\n2. Mục tiêu đến năm 2030\n\n");
        int targets = r.between(2, 5);
        for (int i = 1; i <= targets; i++)
            b.append("- Phấn đấu tỷ lệ ").append(r.of(List.of("tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", "đảng viên được bồi dưỡng lý luận chính trị",
                    "dân số tham gia bảo hiểm y tế", "xã đạt chuẩn nông thôn mới"))).append(" đạt ").append(r.between(70, 98)).append("% trở lên.\n");
        b.append("\nIII. NHIỆM VỤ, GIẢI PHÁP\n\n");
        int tasks = r.between(3, 5);
        for (int t = 1; t <= tasks; t++) {
            b.append(t).append(". ").append(Themes.TASK_HEADINGS.get((t - 1) % Themes.TASK_HEADINGS.size())).append("\n\n");
            paragraphs(b, r, Themes.TASK_SENTENCES, r.between(1, 2), year + 1);
        }
        for (int i = 1; i < earlier.size(); i++) b.append("Tiếp tục thực hiện ").append(earlier.get(i).render(cw)).append(".\n\n");
        for (Cite c : planner.national(r, self.date(), r.between(0, 2))) b.append("Thể chế hóa ").append(c.render(cw)).append(".\n\n");
        b.append("IV. TỔ CHỨC THỰC HIỆN\n\n1. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương tổ chức quán triệt, xây dựng chương trình, kế hoạch thực hiện.\n");
        recipients(b, r, List.of("Các tỉnh ủy, thành ủy", "Các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương", "Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng"), false);
        signature(b, r, "T/M " + self.issuer().toUpperCase(), self.issuer().equals("Ban Bí thư") ? "THƯỜNG TRỰC" : "TỔNG BÍ THƯ", false);
        return new GeneratedDocument("central", self, PdfLayout.apply(b.toString(), r), cw.cited(), 0, 0, tasks, true);
    }
}
