package org.policygraph.bench;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes citation mentions in the grammars real documents use, and records each cited document as ground truth.
 * Variants: with or without "số", "ngày", issuer and subject; dates with and without leading zeros;
 * a PDF line break before the symbol; a spaced State symbol ("52/2019/NQ- HĐND"); a footnote marker
 * splitting the citation; a look-alike Ð in the symbol; coordinated lists sharing a date; nested citations;
 * bare decree numbers; documents cited by name.
 */
final class CitationWriter {
    private final Rng r;
    private final Unit from;
    private final boolean markdown;
    private final Map<String, CitedRef> cited = new LinkedHashMap<>();
    private int footnotes = 0;

    CitationWriter(Rng r, Unit from, boolean markdown) {
        this.r = r;
        this.from = from;
        this.markdown = markdown;
    }

    /** "Nghị quyết số 06-NQ/QU, ngày 15/12/2023 của Ban Chấp hành Đảng bộ quận về ...". */
    String mention(DocId d) { return mention(d, r.chance(0.6)); }


    String mention(DocId d, boolean withSubject) { return mention(d, withSubject, r.chance(0.85)); }

    /** Without the issuer, where the sentence names it anyway ("Nghị quyết số 06-NQ/QU ngày 15/12/2023 Hội nghị lần thứ 15 ..."). */
    String mentionWithoutIssuer(DocId d) { return mention(d, false, false); }

    private String mention(DocId d, boolean withSubject, boolean withIssuer) {
        if (!d.numbered()) return named(d);
        StringBuilder b = new StringBuilder(d.type().word);
        boolean pdfBreak = r.chance(0.04);
        b.append(pdfBreak || r.chance(0.92) ? " số" : "");
        b.append(pdfBreak ? "            \n" : " ");
        b.append(printedSymbol(d.symbol()));
        if (markdown && r.chance(0.03)) b.append("<sup>").append(++footnotes).append("</sup>");
        boolean dated = d.date() != null && !d.blankDay() && r.chance(0.88);
        if (dated) b.append(date(d));
        if (withIssuer) b.append(" của ").append(issuerName(d));
        if (withSubject && d.subject() != null) b.append(" về ").append(d.subject());
        record(d, dated);
        return b.toString();
    }

    /** "Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW ...". */
    String nested(DocId outer, DocId inner) {
        return mention(outer.withSubject("tiếp tục thực hiện " + mention(inner, false)), true);
    }

    /** "các Báo cáo số 464-BC/TU và 465-BC/TU, ngày 01/12/2023": two documents sharing a date. */
    String coordinated(DocId a, DocId b) {
        record(a, true);
        record(b, true);
        String plural = "các " + a.type().word;
        return plural + " số " + a.symbol() + " và " + b.symbol() + ", ngày " + VietFormat.date(a.date(), false);
    }

    /** "Nghị định 137" or "Nghị định số 137/2020/NĐ-CP": a decree cited once with its bare number. */
    String bare(DocId d) {
        String printed = String.valueOf(d.number());
        cited.merge("bare:" + d.symbol(), new CitedRef(null, printed, d.type().word, null, d.issuer(), d.level(), null, 1), CitedRef::again);
        return d.type().word + " " + printed;
    }

    /** A document cited by name: congress and plenum resolutions, statutes. */
    String named(DocId d) {
        cited.merge("name:" + d.name(), new CitedRef(null, null, d.type().word, null, d.issuer(), d.level(), d.name(), 1), CitedRef::again);
        return d.name();
    }

    /** The document's own identity written in its body or appendix: not a citation. */
    String self(DocId d) { return d.type().word + " số " + d.symbol() + ", ngày " + VietFormat.date(d.date(), false); }

    private void record(DocId d, boolean withDate) {
        String key = d.symbol() + "|" + d.date() + "|" + d.issuer();
        String date = withDate && d.date() != null && !d.blankDay() ? d.date().format(DateTimeFormatter.ISO_LOCAL_DATE) : null;
        cited.merge(key, new CitedRef(d.symbol(), null, d.type().word, date, d.issuer(), d.level(), null, 1), CitedRef::again);
    }

    private String printedSymbol(String symbol) {
        String s = symbol;
        if (s.contains("-HĐND") && r.chance(0.08)) s = s.replace("-HĐND", "- HĐND");
        if (r.chance(0.01)) s = s.replace('Đ', 'Ð');
        return s;
    }

    private String date(DocId d) {
        boolean state = d.symbol().contains("/") && d.symbol().indexOf('/') < d.symbol().indexOf('-') || !d.symbol().contains("-");
        String comma = state || r.chance(0.4) ? "" : ",";
        if (state && r.chance(0.25))
            return " ngày " + d.date().getDayOfMonth() + " tháng " + d.date().getMonthValue() + " năm " + d.date().getYear();
        return comma + " ngày " + VietFormat.date(d.date(), r.chance(0.3));
    }

    /** Inside the issuer's own area (or below it) the short name is used; outside, the full name. */
    private String issuerName(DocId d) {
        Unit u = d.unit();
        boolean inside = u.kind() == UnitKind.CENTRE || u.equals(from) || isAncestor(u, from);
        if (!inside) return d.issuer();
        if (r.chance(0.2) && d.issuerShort().startsWith("Ủy ban nhân dân ")) return "UBND " + d.issuerShort().substring(16);
        if (r.chance(0.2) && d.issuerShort().startsWith("Hội đồng nhân dân ")) return "HĐND " + d.issuerShort().substring(18);
        if (u.kind().isProvincial() && !u.equals(from) && d.issuerShort().startsWith("Ban Chấp hành Đảng bộ") && r.chance(0.5))
            return d.issuerShort() + " khóa " + Identities.termOf(u, d.date());
        return d.issuerShort();
    }

    private static boolean isAncestor(Unit a, Unit b) {
        for (Unit p = b.parent(); p != null; p = p.parent()) if (p.equals(a)) return true;
        return false;
    }

    List<CitedRef> cited() { return new ArrayList<>(cited.values()); }
}
