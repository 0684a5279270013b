package org.policygraph.extract.citation;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.policygraph.text.StartScan;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.model.PartialDate;
import org.policygraph.text.SpanSet;

/**
 * Finds citation mentions in normalised text: named congress and conference resolutions, typed mentions
 * ("Nghị quyết số 06-NQ/QU"), coordinated lists sharing a type word and a date, symbols printed alone,
 * bare numbers ("Nghị định 137") and statutes by name. Each mention is extended over its date, the body
 * attached to it and its subject phrase.
 */
final class MentionFinder {

    List<RawMention> find(String text) {
        List<RawMention> out = new ArrayList<>();
        SpanSet taken = new SpanSet();
        named(text, out, taken);
        numberedStatutes(text, out, taken);
        typed(text, out, taken);
        alone(text, out, taken);
        statutes(text, out, taken);
        out.sort(Comparator.comparingInt(RawMention::start));
        return out;
    }

    private void named(String text, List<RawMention> out, SpanSet taken) {
        StartScan scan = CitationPatterns.CONGRESS_SCAN.over(text);
        Matcher m = scan.matcher();
        while (scan.next()) {
            String roman = first(m, "r1", "r2", "r3");
            String unitWord = first(m, "u1", "u2");
            String name = first(m, "n1", "n2");
            boolean national = m.group("nat") != null || m.group("nat3") != null || m.group("tq") != null;
            IssuerPhrase body = national ? central(null, m.start(), m.end())
                    : unitWord == null ? null  // "Nghị quyết Đại hội XIII": the reference's terms say whose congress
                    : new IssuerPhrase("party-committee", IssuerReader.fold(unitWord),
                            CitationPatterns.UNIT_WORDS.get(IssuerReader.fold(unitWord)), clean(name), null, m.start(), m.end());
            add(out, taken, resolution(text, m, RawMention.Form.CONGRESS, body, new RawMention.Named(roman, roman, null)));
        }
        scan = CitationPatterns.CENTRAL_CONFERENCE_SCAN.over(text);
        m = scan.matcher();
        while (scan.next()) {
            if (overlaps(taken, m.start(), m.end())) continue;
            IssuerPhrase body = central(m.group("term"), m.start(), m.end());
            String ordinal = String.valueOf(ordinal(m.group("conf")));
            add(out, taken, resolution(text, m, RawMention.Form.CONFERENCE, body, new RawMention.Named(ordinal, m.group("term"), null)));
        }
        scan = CitationPatterns.CONFERENCE_SCAN.over(text);
        m = scan.matcher();
        while (scan.next()) {
            if (overlaps(taken, m.start(), m.end())) continue;
            IssuerPhrase body = IssuerReader.phrase(m);
            String ordinal = String.valueOf(ordinal(m.group("conf")));
            add(out, taken, resolution(text, m, RawMention.Form.CONFERENCE, body, new RawMention.Named(ordinal, body.term(), null)));
        }
    }

    /** A congress or conference resolution named by its match. */
    private static RawMention resolution(String text, Matcher m, RawMention.Form form, IssuerPhrase body, RawMention.Named named) {
        return new RawMention(m.start(), m.start(), m.end(), form, typeWord(text, m.start()), DocType.NGHI_QUYET,
                null, null, DocSystem.PARTY, null, null, null, null, body, null, named);
    }

    private static void add(List<RawMention> out, SpanSet taken, RawMention r) {
        out.add(r);
        taken.add(r.start(), r.end());
    }

    private static IssuerPhrase central(String term, int start, int end) {
        return new IssuerPhrase("tw-bch", null, org.policygraph.model.Level.CENTRAL, null, term, start, end);
    }

    private static String first(Matcher m, String... groups) {
        for (String g : groups) if (m.group(g) != null) return m.group(g);
        return null;
    }

    private void typed(String text, List<RawMention> out, SpanSet taken) {
        StartScan scan = CitationPatterns.TYPED_MENTION_SCAN.over(text);
        Matcher m = scan.matcher();
        while (scan.next()) {
            if (overlaps(taken, m.start(), m.end())) continue;
            String word = fold(m.group("tw"));
            DocType wordType = DocType.byWord(word).orElse(null);
            if (m.group("bn") != null) {
                boolean capital = Character.isUpperCase(m.group("tw").charAt(0));
                boolean yearLike = m.group("bn").matches("(19|20)\\d\\d");
                if (!capital || (yearLike && m.group("so") == null)) continue;
                out.add(extend(text, new Head(m.start(), m.end(), word, wordType, null, null, null, null, m.group("bn"), null), m.end()));
                continue;
            }
            List<Head> heads = new ArrayList<>();
            heads.add(head(text, m, m.start(), word, wordType));
            int end = m.end();
            Matcher c = CitationPatterns.LIST_CONTINUATION.matcher(text);
            c.region(end, text.length());
            while (c.lookingAt()) { // at the region's start only: find() would try every later position (quadratic)
                heads.add(head(text, c, symbolStart(c), word, wordType));
                end = c.end();
                c.region(end, text.length());
            }
            for (Head h : heads) taken.add(h.start, h.end);
            RawMention tail = extend(text, heads.get(heads.size() - 1), end);
            for (int i = 0; i < heads.size(); i++) {
                Head h = heads.get(i);
                boolean last = i == heads.size() - 1;
                int mentionEnd = last ? tail.end() : h.end;
                out.add(build(h, heads.get(0).start, mentionEnd, tail.date(), tail.issuer(), tail.title()));
            }
        }
    }

    private void alone(String text, List<RawMention> out, SpanSet taken) {
        StartScan scan = new StartScan(CitationPatterns.SYMBOL_ALONE, text, CitationPatterns::symbolMayStart, 1);
        Matcher m = scan.matcher();
        while (scan.next()) {
            if (overlaps(taken, m.start(), m.end())) continue;
            Head h = head(text, m, m.start(), null, null);
            if (h.symbolType == null) continue;  // "06/CP" alone says too little
            taken.add(m.start(), m.end());
            out.add(extend(text, h, m.end()));
        }
    }

    private void statutes(String text, List<RawMention> out, SpanSet taken) {
        StartScan scan = CitationPatterns.STATUTE_SCAN.over(text);
        Matcher m = scan.matcher();
        while (scan.next()) {
            if (overlaps(taken, m.start(), m.end())) continue;
            String word = fold(m.group("sw"));
            String name = statuteName(m, word.endsWith("Luật"));
            if (name == null) continue;
            Integer year = m.group("syear") == null ? null : Integer.valueOf(m.group("syear"));
            PartialDate date = year == null ? null : new PartialDate(year, null, null);
            if (year != null && m.group("sd") != null) {
                try {
                    date = new PartialDate(year, Integer.valueOf(m.group("sm")), Integer.valueOf(m.group("sd")));
                } catch (IllegalArgumentException | DateTimeException e) {
                    date = new PartialDate(year, null, null);
                }
            }
            DocType type = DocType.byWord(word).orElse(DocType.LUAT);
            out.add(new RawMention(m.start(), m.start(), m.end(), RawMention.Form.STATUTE, word, type, null, null, DocSystem.STATE,
                    null, null, null, date, null, null, new RawMention.Named(null, null, name)));
            taken.add(m.start(), m.end());
        }
    }

    /**
     * Statutes printed with name and number ("Luật Doanh nghiệp số 59/2020/QH14"): a mention of the symbol, typed by the
     * statute word, its name kept as the title. Run before the typed mentions take the symbol alone.
     */
    private void numberedStatutes(String text, List<RawMention> out, SpanSet taken) {
        StartScan scan = CitationPatterns.NUMBERED_STATUTE_SCAN.over(text);
        Matcher m = scan.matcher();
        while (scan.next()) {
            if (overlaps(taken, m.start(), m.end())) continue;
            String word = fold(m.group("sw"));
            String name = statuteName(m, true);
            if (name == null) continue;
            DocType type = DocType.byWord(word).orElse(DocType.LUAT);
            int start = m.start();
            String title = word + " " + name;
            int amending = amendingHead(text, m.start());
            if (amending >= 0) {
                start = amending;
                title = text.substring(amending, m.end("sname")).replaceAll("\\s+", " ").strip();
            }
            Head h = head(text, m, start, word, type);
            RawMention r = extend(text, h, m.end());
            out.add(new RawMention(r.listStart(), r.start(), r.end(), RawMention.Form.SYMBOL, r.typeWord(), type, r.symbol(), r.symbolType(),
                    r.system(), r.issuerCode(), r.number(), r.year(), r.date(), r.issuer(), title, null));
            taken.add(r.start(), r.end());
        }
    }

    /** Where an amending statute's name opens right before {@code at} ("Luật sửa đổi, bổ sung ... của "), or -1. */
    private static int amendingHead(String text, int at) {
        Matcher a = CitationPatterns.AMENDING_HEAD.matcher(text);
        a.region(Math.max(0, at - 200), at);
        return a.find() ? a.start() : -1;
    }

    /**
     * The statute name of a match, white space folded; null when it is no name: it opens with a function word ("Pháp
     * lệnh và ...", "Luật này"), or, where a capital is required (a law's name), it opens in small letters and is not an
     * amending law ("Luật sửa đổi, bổ sung ...").
     */
    private static String statuteName(Matcher m, boolean capital) {
        String name = m.group("sname").strip().replaceAll("\\s+", " ");
        if (CitationPatterns.NOT_A_NAME.matcher(name).lookingAt()) return null;
        if (capital && !Character.isUpperCase(name.charAt(0)) && !name.startsWith("sửa đổi")) return null;
        return name;
    }

    /** The symbol part of a match of one of the symbol patterns. */
    private record Head(int start, int end, String typeWord, DocType wordType, String symbol, DocType symbolType,
                        DocSystem system, String issuerCode, String number, Integer year) {}

    private static Head head(String text, Matcher m, int start, String word, DocType wordType) {
        String printed = text.substring(symbolStart(m), m.end()).replaceAll("\\s+", "");
        if (m.group("pn") != null) {
            String code = m.group("pt");
            DocType st = DocType.byCode(code, DocSystem.PARTY).orElse(null);
            String symbol = printed;
            return new Head(start, m.end(), word, wordType, symbol, st, DocSystem.PARTY, m.group("pi"), m.group("pn"), null);
        }
        String typeCode = m.group("st");
        String issuer = typeCode != null ? m.group("si") : m.group("sc");
        DocType st = typeCode == null ? null : DocType.byCode(typeCode, DocSystem.STATE).orElse(null);
        Integer year = m.group("sy") == null ? null : Integer.valueOf(m.group("sy"));
        String symbol = printed;
        return new Head(start, m.end(), word, wordType, symbol, st, DocSystem.STATE, issuer, m.group("sn"), year);
    }

    private static int symbolStart(Matcher c) {
        return c.start("pn") >= 0 ? c.start("pn") : c.start("sn");
    }


    /** Extends a mention over its date, the body attached to it and its subject phrase. */
    private RawMention extend(String text, Head h, int at) {
        int end = at;
        PartialDate date = null;
        Matcher d = CitationPatterns.DATE.matcher(text);
        d.region(end, text.length());
        if (d.lookingAt()) {
            date = date(d);
            if (date != null) end = d.end();
        }
        IssuerPhrase issuer = IssuerReader.attached(text, end);
        if (issuer != null) end = issuer.end();
        String title = title(text, end);
        return build(h, h.start, end, date, issuer, title);
    }

    private static RawMention build(Head h, int listStart, int end, PartialDate date, IssuerPhrase issuer, String title) {
        DocType type = h.wordType != null ? h.wordType : h.symbolType;
        RawMention.Form form = h.symbol == null ? RawMention.Form.BARE_NUMBER : RawMention.Form.SYMBOL;
        String symbol = h.symbol != null ? h.symbol : h.number;
        return new RawMention(listStart, h.start, end, form, h.typeWord, type, symbol, h.symbolType, h.system, h.issuerCode,
                h.number, h.year, date, issuer, title, null);
    }

    /** The subject phrase "về ..." starting at {@code at}, up to the end of its clause. */
    static String title(String text, int at) {
        Matcher s = CitationPatterns.TITLE_START.matcher(text);
        s.region(at, text.length());
        if (!s.lookingAt()) return null;
        int from = s.end();
        int titleStart = s.start("ve");
        Matcher e = CitationPatterns.TITLE_END.matcher(text);
        e.region(from, Math.min(text.length(), from + CitationPatterns.TITLE_MAX));
        int stop = e.find() ? e.start() : Math.min(text.length(), from + CitationPatterns.TITLE_MAX);
        String t = text.substring(titleStart, stop).replaceAll("\\s+", " ").strip();
        t = t.replaceAll("[,\\s]+$", "");
        return t.length() <= 3 ? null : t;
    }

    private static PartialDate date(Matcher d) {
        String day = d.group("d") != null ? d.group("d") : d.group("d2");
        String month = d.group("m") != null ? d.group("m") : d.group("m2");
        String year = d.group("y") != null ? d.group("y") : d.group("y2");
        try {
            return new PartialDate(Integer.valueOf(year), Integer.valueOf(month), Integer.valueOf(day));
        } catch (IllegalArgumentException | DateTimeException e) {
            return null;
        }
    }

    /** The type word at the start of a named decision ("Nghị quyết"). */
    private static String typeWord(String text, int start) {
        Matcher m = CitationPatterns.RESOLUTION_WORD.matcher(text);
        m.region(start, text.length());
        return m.lookingAt() ? fold(m.group()) : null;
    }

    /** The ordinal a conference or congress number gives ("Tám" -> 8), 0 when unknown. */
    static int ordinal(String printed) {
        String p = printed.strip();
        if (p.chars().allMatch(Character::isDigit)) return Integer.parseInt(p);
        return CitationPatterns.ORDINAL_WORDS.getOrDefault(CitationPatterns.lower(p.replaceAll("\\s+", " ")), 0);
    }

    private static String clean(String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", " ");
    }

    static String fold(String s) { return s.strip().replaceAll("\\s+", " "); }

    private static boolean overlaps(SpanSet taken, int start, int end) { return taken.overlaps(start, end); }
}
