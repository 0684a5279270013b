package org.policygraph.extract.citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.policygraph.model.Level;
import org.policygraph.resolve.AdminUnit;
import org.policygraph.resolve.Body;
import org.policygraph.resolve.ReferenceData;

/**
 * Reads issuing bodies: parses a body phrase, finds the body a mention's words name (attached to the mention,
 * or the nearest compatible one before it in the same clause), and looks it up in the reference data.
 * A phrase without a unit name means the citing document's own unit of that level.
 */
final class IssuerReader {
    /** Capitalised words that begin sentences or titles, never a unit's name. */
    private static final Set<String> NOT_NAMES = Set.of("Về", "Và", "Hội", "Ban", "Tại", "Theo", "Trong", "Nghị", "Chỉ",
            "Kết", "Báo", "Tờ", "Thông", "Quyết", "Chương", "Kế", "Đề", "Công", "Đảng", "Trung", "Thường", "Ủy", "Uỷ",
            "Nhân", "Thực", "Tiếp", "Đã", "Năm", "Khóa", "Khoá", "Lần", "Quy", "Hướng");

    private final ReferenceData reference;

    IssuerReader(ReferenceData reference) { this.reference = reference; }

    /** The body phrase a match of {@link CitationPatterns#ISSUER} found. */
    static IssuerPhrase phrase(Matcher m) {
        String term = group(m, "term");
        for (var e : CitationPatterns.CENTRAL_BODIES.entrySet()) {
            if (m.group(e.getKey()) != null) return new IssuerPhrase(e.getValue(), null, Level.CENTRAL, null, term, m.start(), m.end());
        }
        if (m.group("btv") != null) {
            String unitWord = CitationPatterns.COMMITTEE_WORDS.get(fold(m.group("btvc")));
            return new IssuerPhrase("standing-committee", unitWord, CitationPatterns.UNIT_WORDS.get(unitWord), name(m, "btvn"), term, m.start(), m.end());
        }
        if (m.group("bch") != null) {
            String unitWord = fold(m.group("bchu"));
            return new IssuerPhrase("party-committee", unitWord, CitationPatterns.UNIT_WORDS.get(unitWord), name(m, "bchn"), term, m.start(), m.end());
        }
        if (m.group("cmt") != null) {
            String unitWord = CitationPatterns.COMMITTEE_WORDS.get(fold(m.group("cmtc")));
            return new IssuerPhrase("party-committee", unitWord, CitationPatterns.UNIT_WORDS.get(unitWord), name(m, "cmtn"), term, m.start(), m.end());
        }
        String role = m.group("hdnd") != null ? "peoples-council" : "peoples-committee";
        String prefix = m.group("hdnd") != null ? "hdnd" : "ubnd";
        String unitWord = m.group(prefix + "u") == null ? null : fold(m.group(prefix + "u"));
        return new IssuerPhrase(role, unitWord, unitWord == null ? null : CitationPatterns.UNIT_WORDS.get(unitWord),
                name(m, prefix + "n"), term, m.start(), m.end());
    }

    /** The body attached right after a mention ending at {@code at}, or null. */
    static IssuerPhrase attached(String text, int at) {
        Matcher m = CitationPatterns.ATTACHED_ISSUER.matcher(text);
        m.region(at, text.length());
        m.useTransparentBounds(true);
        if (!m.lookingAt()) return null;
        boolean linked = m.group("cua") != null || m.group("hn") != null;
        if (m.group("comma") != null && !linked) return null;  // ", Ban Thường vụ ... chỉ đạo": a new clause's subject
        IssuerPhrase p = phrase(m);
        return new IssuerPhrase(p.role(), p.unitWord(), p.level(), p.name(), p.term(), at, m.end());
    }

    /** The nearest body before a mention in [from, to) that could have issued it. */
    static IssuerPhrase before(String text, int from, int to, java.util.function.Predicate<IssuerPhrase> fits) {
        Matcher m = CitationPatterns.ISSUER_ANYWHERE.matcher(text);
        m.region(from, to);
        IssuerPhrase last = null;
        while (m.find()) {
            IssuerPhrase p = phrase(m);
            if (p.level() != null && fits.test(p)) last = p;
        }
        return last;
    }

    /** Looks the phrase up: the body in the reference when there is one, else what the words say. */
    Issuer resolve(IssuerPhrase p, Home home) {
        if (p.central()) {
            Body b = reference.body(p.role()).orElse(null);
            return b == null ? null : new Issuer(b.id(), b.nameVi(), Level.CENTRAL, b.register(), b.unit());
        }
        Level level = p.level();
        AdminUnit unit = null;
        String printedName = p.name();
        if (printedName != null) {
            List<AdminUnit> named = level == null ? List.of() : unitsNamed(reference, printedName, level);
            if (named.size() == 1) unit = named.get(0);
        } else if (level != null) {
            unit = home.unitAt(level);
        } else if (home.level() != null && home.level() != Level.CENTRAL) {
            return null;  // "UBND" alone: the level is not printed
        }
        if (level == null) return null;
        Body body = unit == null ? null : reference.body(p.role(), unit.id()).orElse(null);
        String unitName = unit != null ? unit.bareName() : printedName;
        String name = body != null ? body.nameVi() : describe(p, unitName);
        String register = body != null ? body.register() : null;
        return new Issuer(body == null ? null : body.id(), name, level, register, unit == null ? null : unit.id());
    }

    /** The register of the party committee of a unit (full and standing committee share it), or null. */
    String partyRegister(AdminUnit unit) {
        if (unit == null) return null;
        return reference.body("party-committee", unit.id()).map(Body::register).orElse(null);
    }

    /** Vietnamese name of a body not in the reference, from its printed parts. */
    private static String describe(IssuerPhrase p, String unitName) {
        String unitWord = p.unitWord() == null ? "" : p.unitWord();
        String named = unitName == null ? "" : " " + unitName;
        return switch (p.role()) {
            case "standing-committee" -> "Ban Thường vụ " + committeeWord(unitWord) + named;
            case "party-committee" -> "Ban Chấp hành Đảng bộ " + unitWord + named;
            case "peoples-council" -> ("Hội đồng nhân dân " + unitWord).strip() + named;
            default -> ("Ủy ban nhân dân " + unitWord).strip() + named;
        };
    }

    private static String committeeWord(String unitWord) {
        return CitationPatterns.COMMITTEE_WORDS.entrySet().stream().filter(e -> e.getValue().equals(unitWord))
                .map(e -> Character.toUpperCase(e.getKey().charAt(0)) + e.getKey().substring(1)).findFirst().orElse("Cấp ủy");
    }

    /** Units of a level whose bare name is the printed name or its first words ("Kiến An Báo cáo" -> Kiến An). */
    static List<AdminUnit> unitsNamed(ReferenceData reference, String printed, Level level) {
        String[] w = printed.strip().split("\\s+");
        for (int n = w.length; n >= 1; n--) {
            String name = String.join(" ", Arrays.copyOf(w, n));
            List<AdminUnit> out = new ArrayList<>();
            for (String kind : HomeReader.unitKinds(level)) out.addAll(reference.unitsNamed(name, kind));
            if (!out.isEmpty()) return out;
        }
        return List.of();
    }

    private static String name(Matcher m, String group) {
        String n = m.group(group);
        if (n == null) return null;
        String[] w = n.strip().split("\\s+");
        if (NOT_NAMES.contains(w[0])) return null;
        int keep = 1;
        while (keep < w.length && !NOT_NAMES.contains(w[keep])) keep++;
        return String.join(" ", Arrays.copyOf(w, keep));
    }

    private static String group(Matcher m, String g) {
        try {
            return m.group(g);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String fold(String s) { return CitationPatterns.lower(s.replaceAll("\\s+", " ")).replace("uỷ", "ủy"); }

    /**
     * A resolved issuing body.
     *
     * @param bodyId    reference id, or null when the body is not in the reference
     * @param name      Vietnamese name, without the term
     * @param level     its level
     * @param register  numbering register ("kien-an-qu"), or null when unknown
     * @param unitId    its unit, or null
     */
    record Issuer(String bodyId, String name, Level level, String register, String unitId) {}
}
