package org.policygraph.bench;

import java.util.List;

/** A People's Committee directive on the year's tasks ("01/CT-UBND"), implementing the resolutions above it. */
final class DirectiveWriter extends TextComposer {
    DirectiveWriter(Identities ids, Unit centre) { super(ids, centre); }

    @Override
    GeneratedDocument write(Unit u, int year, int quarter, Rng r) {
        boolean markdown = r.chance(0.3);
        CitationWriter cw = new CitationWriter(r, u, markdown);
        DocId self = ids.directive(u, year);
        StringBuilder b = new StringBuilder(8_000);
        stateHeader(b, "Ủy ban nhân dân", u, self, markdown);
        b.append(heading("CHỈ THỊ", markdown)).append('\n').append("Về ").append(self.subject()).append("\n\n");
        b.append("Năm ").append(year).append(" là năm có ý nghĩa quan trọng trong việc thực hiện ")
                .append(cw.named(Identities.congress(u.parent() != null && u.parent().kind() != UnitKind.CENTRE ? u.parent() : u, self.date()))).append(". ");
        b.append("Thực hiện ");
        if (u.parent() != null && u.parent().kind() != UnitKind.CENTRE) b.append(cw.mention(ids.directive(u.parent(), year), true)).append("; ");
        b.append(cw.mention(ids.partyResolution(u, year), true)).append("; ").append(cw.mention(ids.councilResolution(u, year), true))
                .append(", Chủ tịch ").append(u.committeeState()).append(" yêu cầu thủ trưởng các cơ quan, đơn vị tập trung thực hiện tốt các nhiệm vụ sau:\n\n");
        int tasks = r.between(4, 8);
        for (int t = 1; t <= tasks; t++) {
            b.append(t).append(". ").append(r.of(Themes.TASK_SENTENCES).replace("{y}", "" + year)).append("\n\n");
            if (r.chance(0.3)) b.append("a) ").append(r.of(Themes.TASK_SENTENCES).replace("{y}", "" + year)).append("\n\nb) ")
                    .append(r.of(Themes.TASK_SENTENCES).replace("{y}", "" + year)).append("\n\n");
        }
        b.append("Chủ tịch ").append(u.committeeState()).append(" yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện Chỉ thị này./.\n");
        recipients(b, r, List.of("Ủy ban nhân dân " + (u.parent() == null ? "" : u.parent().kind().common), "TT " + u.kind().committee, "TT " + u.council(), "Các phòng, ban, ngành"), markdown);
        signature(b, r, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", markdown);
        String text = markdown ? b.toString() : PdfLayout.apply(b.toString(), r);
        return new GeneratedDocument("directive", self, text, cw.cited(), 0, 0, tasks, true);
    }
}
