package org.policygraph.bench;

import java.util.List;

/**
 * A People's Council resolution on the year's tasks ("114/NQ-HĐND", or normative "32/2018/NQ-HĐND" at province
 * level): legal bases ("Căn cứ"), the Party resolution it implements, the committee's submission ("Xét Tờ trình"),
 * articles with indicators.
 */
final class CouncilResolutionWriter extends TextComposer {
    CouncilResolutionWriter(Identities ids, Unit centre) { super(ids, centre); }

    @Override
    GeneratedDocument write(Unit u, int year, int quarter, Rng r) {
        boolean markdown = r.chance(0.3);
        CitationWriter cw = new CitationWriter(r, u, markdown);
        DocId self = ids.councilResolution(u, year);
        StringBuilder b = new StringBuilder(10_000);
        stateHeader(b, "Hội đồng nhân dân", u, self, markdown);
        b.append(heading("NGHỊ QUYẾT", markdown)).append('\n').append("Về ").append(self.subject()).append("\n\n");
        String session = "KHÓA " + VietFormat.roman(u.termBase() + 5 + (year > 2021 ? 1 : 0)) + ", KỲ HỌP THỨ " + r.between(5, 25);
        b.append(heading(u.council().toUpperCase() + " " + u.name().toUpperCase(), markdown)).append('\n').append(session).append("\n\n");
        b.append("Căn cứ ").append(cw.named(Identities.statute(centre, "Luật Tổ chức chính quyền địa phương năm 2015"))).append(";\n\n");
        b.append("Căn cứ ").append(cw.named(Identities.statute(centre, "Luật Ngân sách nhà nước năm 2015"))).append(";\n\n");
        b.append("Căn cứ ").append(cw.mention(ids.partyResolution(u, year), true)).append(";\n\n");
        if (u.parent() != null && u.parent().kind() != UnitKind.CENTRE && r.chance(0.6))
            b.append("Căn cứ ").append(cw.mention(ids.councilResolution(u.parent(), year), true)).append(";\n\n");
        b.append("Xét ").append(cw.mention(ids.councilSubmission(u, year), false)).append("; Báo cáo thẩm tra của Ban Kinh tế - Xã hội ")
                .append(u.council()).append("; ý kiến thảo luận của đại biểu ").append(u.council()).append(" tại kỳ họp.\n\n");
        b.append(heading("QUYẾT NGHỊ:", markdown)).append("\n\n");
        b.append("Điều 1. Thông qua mục tiêu, chỉ tiêu chủ yếu và nhiệm vụ, giải pháp phát triển kinh tế - xã hội năm ").append(year).append(":\n");
        int indicators = IndicatorWriter.write(b, r, u, year, markdown);
        b.append("\nĐiều 2. Tổ chức thực hiện\n\n1. Giao ").append(u.committeeState()).append(" tổ chức triển khai thực hiện Nghị quyết.\n\n")
                .append("2. Giao Thường trực, các Ban và đại biểu ").append(u.council()).append(" giám sát việc thực hiện Nghị quyết.\n\n");
        b.append("Nghị quyết này đã được ").append(u.council()).append(' ').append(u.name()).append(' ').append(session.toLowerCase().replace("khóa", "khóa"))
                .append(" thông qua ngày ").append(self.date().getDayOfMonth()).append(" tháng ").append(self.date().getMonthValue())
                .append(" năm ").append(self.date().getYear()).append(" và có hiệu lực từ ngày thông qua./.\n");
        recipients(b, r, List.of("Thường trực " + u.kind().committee, "Thường trực " + u.council(), u.committeeState(), "Các đại biểu " + u.council()), markdown);
        signature(b, r, "", "CHỦ TỊCH", markdown);
        String text = markdown ? b.toString() : PdfLayout.apply(b.toString(), r);
        return new GeneratedDocument("council-resolution", self, text, cw.cited(), indicators, 0, 0, true);
    }
}
