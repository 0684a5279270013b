package org.policygraph.bench;

import java.util.List;

/** Shared pieces of every document writer: header blocks, headings, running text, recipients, signature. */
abstract class TextComposer {
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Ngọc", "Trường", "Tiến", "Minh", "Đức", "Thanh", "Quốc"};
    private static final String[] GIVEN = {"Khanh", "Sơn", "Châu", "Trữ", "Hùng", "Lan", "Hà", "Dũng", "Tuấn", "Hải", "Bình", "Thảo"};

    protected final Identities ids;
    protected final Unit centre;

    TextComposer(Identities ids, Unit centre) {
        this.ids = ids;
        this.centre = centre;
    }

    abstract GeneratedDocument write(Unit u, int year, int quarter, Rng r);

    static String heading(String s, boolean markdown) { return markdown ? "**" + s + "**" : s; }

    static String person(Rng r) { return r.of(FAMILY) + " " + r.of(MIDDLE) + " " + r.of(GIVEN); }

    /** The State header: body, number, national motto, place and date. */
    static void stateHeader(StringBuilder b, String body, Unit u, DocId self, boolean markdown) {
        b.append(body.toUpperCase()).append('\n').append(u.fullName().toUpperCase()).append("\n\n");
        b.append("Số: ").append(self.symbol() == null ? "/" + self.type().code() + "-UBND" : self.symbol()).append("\n\n");
        b.append(heading("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", markdown)).append('\n').append("Độc lập - Tự do - Hạnh phúc\n\n");
        b.append(VietFormat.longDate(u.name(), self.date(), self.blankDay())).append("\n\n");
    }

    /** The Party header: parent Party organisation, committee, number, Party name, place and date. */
    static void partyHeader(StringBuilder b, Unit u, DocId self) {
        if (u.parent() != null && u.parent().kind() != UnitKind.CENTRE)
            b.append("ĐẢNG BỘ ").append(u.parent().kind().common.toUpperCase()).append(' ').append(u.parent().name().toUpperCase()).append('\n');
        b.append(u.kind() == UnitKind.CENTRE ? "BAN CHẤP HÀNH TRUNG ƯƠNG" : u.committee().toUpperCase()).append("\n*\n");
        b.append("Số: ").append(self.symbol()).append("\n\n").append("ĐẢNG CỘNG SẢN VIỆT NAM\n");
        b.append(VietFormat.longDate(u.kind() == UnitKind.CENTRE ? "Hà Nội" : u.name(), self.date(), false)).append("\n\n");
    }

    /** {@code count} paragraphs of two to four distinct sentences from {@code bank}. */
    static void paragraphs(StringBuilder b, Rng r, List<String> bank, int count, int year) {
        for (int i = 0; i < count; i++) {
            int n = Math.min(bank.size(), r.between(2, 4));
            int start = r.nextInt(bank.size());
            int step = 1 + r.nextInt(bank.size() - 1);
            while (gcd(step, bank.size()) != 1) step++; // a step coprime with the size visits distinct sentences
            for (int k = 0, at = start; k < n; k++, at = (at + step) % bank.size())
                b.append(k == 0 ? "" : " ").append(bank.get(at).replace("{y}", String.valueOf(year)).replace("{p}", String.valueOf(year - 1)));
            b.append("\n\n");
        }
    }

    private static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }

    static void recipients(StringBuilder b, Rng r, List<String> lines, boolean markdown) {
        b.append("\n").append(markdown && r.chance(0.5) ? "***Nơi nhận:***" : "Nơi nhận:").append('\n');
        for (String l : lines) if (r.chance(0.8)) b.append("- ").append(l).append(",\n");
        b.append("- Lưu VP.\n\n");
    }

    static void signature(StringBuilder b, Rng r, String onBehalf, String title, boolean markdown) {
        b.append(heading(onBehalf + "\n" + title, markdown)).append("\n\n\n\n").append(heading(person(r), markdown)).append("\n");
    }
}
