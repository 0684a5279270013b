package org.policygraph.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The annual-tasks resolution of a province, district or ward Party committee, in the shape of the real ones:
 * optional header ("Số: 06-NQ/QU", "Kiến An, ngày 15 tháng 12 năm 2023"), title block, opening sentence naming
 * the conference, term and date, I. results, II. theme, indicators and tasks (3.1, 3.2.1...), III. organisation,
 * recipients, signature, and an appendix "(kèm theo Nghị quyết số 06-NQ/QU, ngày 15/12/2023 ...)".
 */
final class PartyResolutionWriter extends TextComposer {
    private static final String[] LEADS = {"Tiếp tục thực hiện có hiệu quả ", "Thực hiện có hiệu quả ", "Đẩy mạnh thực hiện ",
            "Quán triệt, triển khai ", "Xây dựng chương trình hành động thực hiện ", "Cụ thể hóa "};

    private final CitationPlanner planner;

    PartyResolutionWriter(Identities ids, Unit centre, CitationPlanner planner) {
        super(ids, centre);
        this.planner = planner;
    }

    @Override
    GeneratedDocument write(Unit u, int year, int quarter, Rng r) {
        boolean markdown = r.chance(0.35);
        CitationWriter cw = new CitationWriter(r, u, markdown);
        DocId self = ids.partyResolution(u, year);
        String term = Identities.termOf(u, self.date());
        int conference = ids.conference(u, year);
        String common = u.kind().common;
        StringBuilder b = new StringBuilder(16_000);
        boolean header = r.chance(0.5);
        if (header) partyHeader(b, u, self);
        if (r.chance(0.85)) {
            String conf = VietFormat.ordinal(conference, r.nextInt(3)).toUpperCase();
            String nk = r.chance(0.5) ? ", NHIỆM KỲ " + termYears(self) : "";
            String[] lines = {"NGHỊ QUYẾT", "HỘI NGHỊ LẦN THỨ " + conf, "BAN CHẤP HÀNH ĐẢNG BỘ " + common.toUpperCase() + " KHÓA " + term + nk};
            for (String l : lines) b.append(markdown ? "**" + l + "**" : l + "\n");
            b.append(markdown ? "**về mục tiêu, nhiệm vụ, giải pháp năm " + year + "**\n\n-----\n\n" : "về mục tiêu, nhiệm vụ, giải pháp năm " + year + "\n\n");
        }
        // opening sentence
        String met = VietFormat.date(self.date(), false);
        b.append(r.chance(0.7) ? "Tại Hội nghị " : "Hội nghị ").append(u.executive()).append(" lần thứ ")
                .append(VietFormat.ordinal(conference, r.nextInt(2))).append(", khóa ").append(term)
                .append(r.chance(0.5) ? " (họp ngày " + met + ")" : " họp ngày " + met).append(", sau khi xem xét và thảo luận ");
        if (u.kind().isProvincial()) {
            b.append("về tình hình thực hiện nhiệm vụ năm ").append(year - 1).append("; mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp năm ").append(year);
        } else if (r.chance(0.7)) {
            b.append("các Báo cáo và ").append(cw.mention(ids.submission(u, year), false));
        } else {
            b.append("các Báo cáo, Tờ trình của ").append(u.standing());
        }
        b.append(", ").append(u.executive()).append(" quyết nghị:\n\n");

        int tasks = 0;
        b.append(heading("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM " + (year - 1), markdown)).append("\n\n");
        boolean hadPrevious = year - 1 >= CitationPlanner.FIRST_YEAR && Identities.existed(u, year - 1);
        if (hadPrevious && u.parent() != null && u.parent().kind() != UnitKind.CENTRE && r.chance(0.6)) {
            b.append("Thực hiện ").append(cw.mention(ids.partyResolution(u.parent(), year - 1), true)).append(", ")
                    .append(u.committee()).append(" đã xây dựng ").append(cw.mention(ids.partyResolution(u, year - 1), true))
                    .append(" và ban hành đầy đủ các văn bản lãnh đạo, chỉ đạo thực hiện toàn diện các nhiệm vụ chính trị.\n\n");
        } else if (hadPrevious) {
            int total = r.between(14, 26), over = r.between(3, total - 3);
            b.append(u.committee()).append(", ").append(u.standing()).append(" luôn giữ vững sự đoàn kết, thống nhất; thực hiện ")
                    .append(total).append(" chỉ tiêu theo ").append(cw.mention(ids.partyResolution(u, year - 1), false))
                    .append(" đã đề ra, trong đó: ").append(over).append(" chỉ tiêu vượt kế hoạch, ").append(total - over).append(" chỉ tiêu đạt kế hoạch.\n\n");
        }
        paragraphs(b, r, Themes.RESULTS, r.between(5, 9), year);
        List<Cite> named = planner.named(r, u, self.date());
        if (!named.isEmpty()) {
            b.append("Chỉ đạo tổ chức sơ kết giữa nhiệm kỳ thực hiện ");
            for (int i = 0; i < named.size(); i++) b.append(i == 0 ? "" : i == named.size() - 1 ? " và " : ", ").append(named.get(i).render(cw));
            b.append(".\n\n");
        }

        b.append(heading("II. CHỦ ĐỀ, CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP NĂM " + year, markdown)).append("\n\n");
        b.append("1. Chủ đề năm ").append(year).append(": \"").append(r.of(Themes.YEAR_THEMES)).append("\".\n\n");
        boolean appendix = r.chance(0.6);
        int indicators = 0;
        if (appendix) {
            b.append("2. Các chỉ tiêu chủ yếu: ").append(u.executive()).append(" thống nhất đề ra các chỉ tiêu chủ yếu thực hiện trong năm ")
                    .append(year).append(" (chi tiết tại Phụ lục kèm theo).\n\n");
        } else {
            b.append("2. Chỉ tiêu chủ yếu\n");
            indicators = IndicatorWriter.write(b, r, u, year, markdown);
            b.append('\n');
        }
        b.append("3. Nhiệm vụ, giải pháp trọng tâm\n\n");
        if (u.parent() != null && u.parent().kind() != UnitKind.CENTRE) {
            b.append(r.chance(0.5) ? "Quán triệt và thực hiện " : "Thực hiện ").append(cw.mention(ids.partyResolution(u.parent(), year), true))
                    .append(", ").append(u.committee()).append(" tập trung vào các nhiệm vụ, giải pháp trọng tâm sau:\n\n");
        } else {
            b.append("Toàn Đảng bộ tập trung lãnh đạo, chỉ đạo thực hiện toàn diện các nhiệm vụ, giải pháp đã được ").append(u.committee())
                    .append(" thông qua tại ").append(new Cite.Coordinated(ids.cityReports(u, year)[0], ids.cityReports(u, year)[1]).render(cw))
                    .append(" và ").append(u.standing()).append(" phân công thực hiện tại ").append(cw.mention(ids.notice(u, year), false))
                    .append("; trong đó nhấn mạnh một số nhiệm vụ trọng tâm sau:\n\n");
        }
        List<Cite> cites = new ArrayList<>();
        cites.addAll(planner.central(r, self.date(), r.between(2, 4)));
        cites.addAll(planner.ownThematic(r, u, self.date(), r.between(1, 3)));
        cites.addAll(planner.national(r, self.date(), r.between(0, 2)));
        int headings = r.between(3, Themes.TASK_HEADINGS.size());
        for (int h = 0; h < headings; h++) {
            tasks++;
            b.append(heading("3." + (h + 1) + ". " + Themes.TASK_HEADINGS.get(h), markdown)).append("\n\n");
            int subs = r.chance(0.25) ? r.between(2, 3) : 0;
            for (int s = 0; s <= subs; s++) {
                if (subs > 0 && s > 0) { tasks++; b.append("3.").append(h + 1).append('.').append(s).append(". ").append(r.of(Themes.TASK_SENTENCES).replace("{y}", "" + year)).append("\n\n"); }
                paragraphs(b, r, Themes.TASK_SENTENCES, r.between(2, 4), year);
                if (!cites.isEmpty() && r.chance(0.8)) b.append(r.of(LEADS)).append(cites.remove(0).render(cw)).append(".\n\n");
            }
        }
        for (Cite c : cites) b.append(r.of(LEADS)).append(c.render(cw)).append(".\n\n");
        paragraphs(b, r, Themes.GENERIC_REFERENCES, 1, year);

        b.append(heading("III. TỔ CHỨC THỰC HIỆN", markdown)).append("\n\n");
        b.append("1. Các cấp ủy, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội có trách nhiệm tuyên truyền, phổ biến, quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên và Nhân dân.\n\n");
        b.append("2. Hội đồng nhân dân, Ủy ban nhân dân ").append(common).append(" cụ thể hóa Nghị quyết bằng các chương trình, kế hoạch cụ thể, thiết thực.\n\n");
        b.append("3. Các đồng chí Ủy viên ").append(u.standing()).append(", Ủy viên ").append(u.kind().committee)
                .append(" chịu trách nhiệm giúp ").append(u.kind().committee).append(" theo dõi, kiểm tra, đôn đốc việc thực hiện Nghị quyết.\n");
        recipients(b, r, List.of("Thường trực " + (u.parent() == null ? "Ban Bí thư" : u.parent().kind().committee), "Các Ban xây dựng Đảng",
                "Hội đồng nhân dân " + common, "Ủy ban nhân dân " + common, "Các chi bộ, đảng bộ trực thuộc " + u.kind().committee), markdown);
        signature(b, r, "T/M BAN CHẤP HÀNH", "BÍ THƯ", markdown);
        if (appendix) {
            b.append("\n").append(r.chance(0.5) ? "PHỤ LỤC\nCÁC CHỈ TIÊU CHỦ YẾU NĂM " + year : "CHỈ TIÊU KẾ HOẠCH NĂM " + year).append("\n\n");
            b.append("(kèm theo ").append(cw.self(self)).append(r.chance(0.6) ? "\ncủa " + u.executive() + ")" : ")").append("\n\n");
            indicators = IndicatorWriter.write(b, r, u, year, markdown);
        }
        String text = markdown ? b.toString() : PdfLayout.apply(b.toString(), r);
        return new GeneratedDocument("party-resolution", self, text, cw.cited(), indicators, 0, tasks, header || appendix);
    }

    private static String termYears(DocId self) {
        int start = Identities.LOCAL_TERM_STARTS[Identities.localTerm(self.date())];
        return start + " - " + (start + 5);
    }
}
