package org.policygraph.bench;

import java.time.LocalDate;

/**
 * Identities of documents as pure functions of (seed, unit, year, kind): a citing document computes the
 * symbol and date of what it cites without the cited document having been generated, so documents can be
 * written in any order and in parallel. Party numbers restart with each committee term, so symbols repeat.
 */
final class Identities {
    private static final int K_RESOLUTION = 1, K_SUBMISSION = 2, K_COUNCIL = 3, K_DIRECTIVE = 4, K_REPORT = 5,
            K_CENTRAL = 6, K_THEMATIC = 7, K_NORMATIVE = 8, K_PLAN = 9, K_NATIONAL = 10, K_CITY_REPORTS = 11, K_NOTICE = 12;
    /** Local Party terms began in October of these years. */
    static final int[] LOCAL_TERM_STARTS = {2015, 2020, 2025};

    private final long seed;

    Identities(long seed) { this.seed = seed; }

    private int pick(int bound, long... key) { return Rng.pick(seed, bound, key); }

    static int localTerm(LocalDate d) {
        return d.isBefore(LocalDate.of(2020, 10, 1)) ? 0 : d.isBefore(LocalDate.of(2025, 10, 1)) ? 1 : 2;
    }

    static int centralTerm(LocalDate d) {
        return d.isBefore(LocalDate.of(2021, 2, 1)) ? 12 : d.isBefore(LocalDate.of(2026, 2, 1)) ? 13 : 14;
    }

    /** The Roman number of the committee term in force on {@code d}: "VI", "XVI", "XIII". */
    static String termOf(Unit u, LocalDate d) {
        return VietFormat.roman(u.kind() == UnitKind.CENTRE ? centralTerm(d) : u.termBase() + localTerm(d));
    }

    /** Whether the unit existed for the annual cycle of {@code year}: units of the 2025 map from 2026 on, the old ones before. */
    static boolean existed(Unit u, int year) {
        return u.kind() == UnitKind.CENTRE || u.afterReform() == (year >= CorpusSchedule.REFORM_YEAR);
    }

    static String partyCode(Unit u) { return u.kind().partyCode; }

    static String executive(Unit u) { return u.kind() == UnitKind.CENTRE ? "Ban Chấp hành Trung ương Đảng" : u.executive() + " " + u.name(); }

    static String standing(Unit u) { return "Ban Thường vụ " + u.kind().committee + " " + u.name(); }

    /** Annual-tasks resolution of the Party committee of {@code u} for {@code year}, adopted in December of the year before. */
    DocId partyResolution(Unit u, int year) {
        int dayLo = u.kind().isProvincial() ? 1 : u.kind().isDistrict() ? 10 : 18;
        LocalDate date = LocalDate.of(year - 1, 12, dayLo + pick(9, u.id(), year, K_RESOLUTION));
        int term = localTerm(date);
        int k = (year - 1) - LOCAL_TERM_STARTS[term];
        int number = 1 + k * 3 + pick(2, u.id(), year, K_RESOLUTION, 1);
        String symbol = VietFormat.padded(number) + "-NQ/" + partyCode(u);
        return new DocId(DocType.NQ, number, symbol, date, false, executive(u), u.executive(), u.kind().level, u,
                "mục tiêu, nhiệm vụ, giải pháp năm " + year, null);
    }

    /** The conference ("Hội nghị lần thứ N") that adopted the annual resolution. */
    int conference(Unit u, int year) {
        DocId r = partyResolution(u, year);
        int k = (year - 1) - LOCAL_TERM_STARTS[localTerm(r.date())];
        return 2 + k * 4 + pick(3, u.id(), year, K_RESOLUTION, 2);
    }

    /** The standing committee's submission (Tờ trình) the annual resolution rests on, dated the day before. */
    DocId submission(Unit u, int year) {
        DocId r = partyResolution(u, year);
        int number = 40 + pick(80, u.id(), year, K_SUBMISSION);
        return new DocId(DocType.TTr, number, number + "-TTr/" + partyCode(u), r.date().minusDays(1), false,
                standing(u), u.standing(), u.kind().level, u, null, null);
    }

    /** Two reports adopted with the city's annual resolution ("các Báo cáo số 464-BC/TU và 465-BC/TU"). */
    DocId[] cityReports(Unit province, int year) {
        DocId r = partyResolution(province, year);
        int n = 300 + pick(400, province.id(), year, K_CITY_REPORTS);
        DocId a = new DocId(DocType.BC, n, n + "-BC/TU", r.date(), false, executive(province), province.executive(), "city", province, null, null);
        DocId b = new DocId(DocType.BC, n + 1, (n + 1) + "-BC/TU", r.date(), false, executive(province), province.executive(), "city", province, null, null);
        return new DocId[] {a, b};
    }

    DocId notice(Unit province, int year) {
        LocalDate d = LocalDate.of(year - 1, 6 + pick(4, province.id(), year, K_NOTICE), 1 + pick(28, province.id(), year, K_NOTICE, 1));
        int n = 1000 + pick(900, province.id(), year, K_NOTICE, 2);
        return new DocId(DocType.TB, n, n + "-TB/TU", d, false, standing(province), province.standing(), "city", province, null, null);
    }

    /** People's Council resolution on the year's tasks, some days after the Party resolution. */
    DocId councilResolution(Unit u, int year) {
        DocId r = partyResolution(u, year);
        LocalDate date = r.date().plusDays(2 + pick(6, u.id(), year, K_COUNCIL));
        boolean normative = u.kind().isProvincial() && pick(4, u.id(), year, K_COUNCIL, 1) == 0;
        int number = normative ? 10 + pick(40, u.id(), year, K_COUNCIL, 2) : 40 + pick(90, u.id(), year, K_COUNCIL, 2);
        String symbol = normative ? number + "/" + date.getYear() + "/NQ-HĐND" : number + "/NQ-HĐND";
        return new DocId(DocType.NQ, number, symbol, date, false, u.council() + " " + u.name(), u.council(), u.kind().level, u,
                "nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh " + u.kind().common + " năm " + year, null);
    }

    /** The People's Committee's submission (Tờ trình) to the Council's year-end session. */
    DocId councilSubmission(Unit u, int year) {
        DocId c = councilResolution(u, year);
        int number = 100 + pick(150, u.id(), year, K_COUNCIL, 3);
        return new DocId(DocType.TTr, number, number + "/TTr-UBND", c.date().minusDays(5), false, u.committeeState() + " " + u.name(),
                u.committeeState(), u.kind().level, u, null, null);
    }

    /** People's Committee directive on the year's tasks, in January. */
    DocId directive(Unit u, int year) {
        int dayLo = u.kind().isProvincial() ? 5 : u.kind().isDistrict() ? 14 : 22;
        LocalDate date = LocalDate.of(year, 1, dayLo + pick(8, u.id(), year, K_DIRECTIVE));
        int number = 1 + pick(4, u.id(), year, K_DIRECTIVE, 1);
        return new DocId(DocType.CT, number, VietFormat.padded(number) + "/CT-UBND", date, false, u.committeeState() + " " + u.name(),
                u.committeeState(), u.kind().level, u,
                "nhiệm vụ, giải pháp chủ yếu chỉ đạo, điều hành thực hiện Kế hoạch phát triển kinh tế - xã hội năm " + year, null);
    }

    /** Quarterly report of the People's Committee; drafts print a blank number and day. */
    DocId report(Unit u, int year, int quarter) {
        boolean draft = pick(8, u.id(), year, K_REPORT, quarter) == 0;
        LocalDate date = LocalDate.of(year, quarter * 3, 10 + pick(18, u.id(), year, K_REPORT, quarter, 1));
        Integer number = draft ? null : 20 + quarter * 40 + pick(60, u.id(), year, K_REPORT, quarter, 2);
        String symbol = number == null ? null : number + "/BC-UBND";
        return new DocId(DocType.BC, number, symbol, date, draft, u.committeeState() + " " + u.name(), u.committeeState(),
                u.kind().level, u, null, null);
    }

    /** The {@code k}-th central document of a year: a resolution, conclusion or directive of the Politburo, Secretariat or Central Committee. */
    DocId central(Unit centre, int year, int k) {
        LocalDate date = LocalDate.of(year, 1 + pick(12, year, K_CENTRAL, k), 1 + pick(28, year, K_CENTRAL, k, 1));
        int term = centralTerm(date);
        int into = year - (term == 12 ? 2016 : term == 13 ? 2021 : 2026);
        DocType type = switch (pick(4, year, K_CENTRAL, k, 2)) { case 0, 1 -> DocType.NQ; case 2 -> DocType.KL; default -> DocType.CT; };
        int number = 1 + into * 12 + k * 2 + pick(2, year, K_CENTRAL, k, 3);
        String issuer = type == DocType.CT ? "Ban Bí thư" : pick(3, year, K_CENTRAL, k, 4) == 0 ? "Ban Chấp hành Trung ương Đảng" : "Bộ Chính trị";
        String subject = Themes.CENTRAL_SUBJECTS.get(pick(Themes.CENTRAL_SUBJECTS.size(), year, K_CENTRAL, k, 5));
        if (subject.contains("{cited}")) subject = Themes.CENTRAL_SUBJECTS.get(0);
        return new DocId(type, number, VietFormat.padded(number) + "-" + type.code() + "/TW", date, false, issuer, issuer, "central", centre, subject, null);
    }

    /** An earlier thematic Party document of {@code u} (resolution, directive, scheme, conclusion, programme). */
    DocId thematic(Unit u, int year, int k) {
        DocType[] types = {DocType.NQ, DocType.CT, DocType.ĐA, DocType.KL, DocType.CTr, DocType.KH};
        DocType type = types[pick(types.length, u.id(), year, K_THEMATIC, k)];
        LocalDate date = LocalDate.of(year, 1 + pick(11, u.id(), year, K_THEMATIC, k, 1), 1 + pick(28, u.id(), year, K_THEMATIC, k, 2));
        int number = 1 + pick(type == DocType.NQ ? 12 : 20, u.id(), year, K_THEMATIC, k, 3);
        boolean standing = type != DocType.NQ || pick(2, u.id(), year, K_THEMATIC, k, 4) == 0;
        String subject = Themes.THEMATIC_SUBJECTS.get(pick(Themes.THEMATIC_SUBJECTS.size(), u.id(), year, K_THEMATIC, k, 5))
                .replace("{k}", u.kind().common).replace("{u}", u.name());
        return new DocId(type, number, VietFormat.padded(number) + "-" + type.code() + "/" + partyCode(u), date, false,
                standing ? standing(u) : executive(u), standing ? u.standing() : u.executive(), u.kind().level, u, subject, null);
    }

    /** A normative resolution of a province's People's Council ("32/2018/NQ-HĐND"). */
    DocId normative(Unit province, int year, int k) {
        LocalDate date = LocalDate.of(year, 12, 5 + pick(20, province.id(), year, K_NORMATIVE, k));
        int number = 5 + pick(60, province.id(), year, K_NORMATIVE, k, 1);
        return new DocId(DocType.NQ, number, number + "/" + year + "/NQ-HĐND", date, false, province.council() + " " + province.name(),
                province.council(), "city", province, null, null);
    }

    /** A plan of a province's People's Committee ("Kế hoạch số 178/KH-UBND"). */
    DocId plan(Unit province, int year, int k) {
        LocalDate date = LocalDate.of(year, 1 + pick(12, province.id(), year, K_PLAN, k), 1 + pick(28, province.id(), year, K_PLAN, k, 1));
        int number = 10 + pick(300, province.id(), year, K_PLAN, k, 2);
        return new DocId(DocType.KH, number, number + "/KH-UBND", date, false, province.committeeState() + " " + province.name(),
                province.committeeState(), "city", province, null, null);
    }

    /** A national State document: a law-level resolution of the National Assembly or its Standing Committee, a decree, a Prime Minister's decision or directive. */
    DocId national(Unit centre, int year, int k) {
        int kind = pick(5, year, K_NATIONAL, k);
        LocalDate date = LocalDate.of(year, 1 + pick(12, year, K_NATIONAL, k, 1), 1 + pick(28, year, K_NATIONAL, k, 2));
        int n = 1 + pick(kind == 1 ? 1400 : 180, year, K_NATIONAL, k, 3);
        int qhTerm = year >= 2021 ? 15 : year >= 2016 ? 14 : 13;
        return switch (kind) {
            case 0 -> new DocId(DocType.NQ, n, n + "/" + year + "/QH" + qhTerm, date, false, "Quốc hội", "Quốc hội", "central", centre, null, null);
            case 1 -> new DocId(DocType.NQ, n, n + "/" + year + "/UBTVQH" + qhTerm, date, false, "Ủy ban Thường vụ Quốc hội",
                    "Ủy ban Thường vụ Quốc hội", "central", centre, "phân loại đô thị", null);
            case 2 -> new DocId(DocType.NĐ, n, n + "/" + year + "/NĐ-CP", date, false, "Chính phủ", "Chính phủ", "central", centre, null, null);
            case 3 -> new DocId(DocType.QĐ, n, n + "/" + year + "/QĐ-TTg", date, false, "Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "central", centre, null, null);
            default -> new DocId(DocType.CT, n % 40 + 1, VietFormat.padded(n % 40 + 1) + "/CT-TTg", date, false, "Thủ tướng Chính phủ",
                    "Thủ tướng Chính phủ", "central", centre, null, null);
        };
    }

    /** Unnumbered but identifiable: the congress resolution of a body for the term in force at {@code d}. */
    static DocId congress(Unit u, LocalDate d) {
        String term = termOf(u, d);
        String name = u.kind() == UnitKind.CENTRE ? "Nghị quyết Đại hội " + term + " của Đảng"
                : "Nghị quyết Đại hội " + term + " Đảng bộ " + u.kind().common;
        String issuer = u.kind() == UnitKind.CENTRE ? "Đại hội đại biểu toàn quốc lần thứ " + term + " của Đảng"
                : "Đại hội Đảng bộ " + u.kind().common + " " + u.name() + " lần thứ " + term;
        return new DocId(DocType.NQ, null, null, null, false, issuer, issuer, u.kind().level, u, null, name);
    }

    /** Unnumbered: a Central Committee plenum resolution ("Nghị quyết Hội nghị lần thứ Tám Ban Chấp hành Trung ương khóa XIII"). */
    DocId plenum(Unit centre, LocalDate before) {
        int term = centralTerm(before);
        int n = 2 + pick(9, before.getYear(), 77);
        String name = "Nghị quyết Hội nghị lần thứ " + VietFormat.ordinal(n, 2) + " Ban Chấp hành Trung ương Đảng khóa " + VietFormat.roman(term);
        return new DocId(DocType.NQ, null, null, null, false, "Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng",
                "central", centre, null, name);
    }

    /** A statute cited by name ("Luật Đất đai năm 2024"). */
    static DocId statute(Unit centre, String name) {
        return new DocId(DocType.LAW, null, null, null, false, "Quốc hội", "Quốc hội", "central", centre, null, name);
    }
}
