package org.policygraph.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.policygraph.extract.indicator.Outline.Block;
import org.policygraph.extract.indicator.Outline.Kind;
import org.policygraph.model.ReportedFigure;
import org.policygraph.resolve.MeasureCatalogue;
import org.policygraph.text.SourceText;
import org.policygraph.text.Span;

/**
 * The figures a plan, report or notice gives as achieved in its parts of results ("I. ĐÁNH GIÁ CHUNG",
 * "1. Đánh giá tình hình ... năm 2025"), written as prose: "Kim ngạch xuất khẩu ước cả năm đạt 2.600 triệu USD,
 * đạt 100% kế hoạch, tăng 6,35% so cùng kỳ". A value is a figure when a verb of achievement stands before it, when a
 * share of the plan or a change on the year follows it, or when it is "X/Y" of a whole ("có 13/20 nguồn thu");
 * "đạt X% kế hoạch" and "tăng X% so cùng kỳ" go with the figures of their clause, or are the figure when the clause
 * has none. The period is the last one named before the value in its paragraph, else its heading's, else the
 * report's year. Plans, forecasts, totals to date ("lũy kế") and national figures ("cả nước") are not read.
 */
final class AssessmentFigures {
    private final QuantityFinder finder = new QuantityFinder();
    private final MeasureCatalogue measures;

    AssessmentFigures(MeasureCatalogue measures) { this.measures = measures; }

    /** A figure being read, before it is numbered. */
    private static final class Draft {
        final int start;
        final int clauseStart;
        final String measure;
        final String period;
        final Quantity q;
        final int clause;
        int group;
        boolean breakdown;
        Double plan, planAlt, change, ratio;
        String form;
        boolean estimated;

        Draft(int start, int clauseStart, String measure, String period, Quantity q, int clause, boolean estimated) {
            this.start = start;
            this.clauseStart = clauseStart;
            this.measure = measure;
            this.period = period;
            this.q = q;
            this.clause = clause;
            this.estimated = estimated;
        }
    }

    List<ReportedFigure> extract(SourceText text, int year) {
        String norm = text.normalised();
        List<Block> blocks = Outline.of(text);
        List<ReportedFigure> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block h = blocks.get(i);
            if (h.kind() != Kind.HEADING || !isAssessment(h.text(norm))) continue;
            int end = Outline.sectionEnd(blocks, i);
            String sectionPeriod = periodIn(h.text(norm), year, String.valueOf(year));
            String[] context = {sectionPeriod};
            for (int k = i + 1; k < end; k++) {
                Block b = blocks.get(k);
                if (b.kind() == Kind.HEADING) {
                    if (!isAssessment(b.text(norm)) && IndicatorLexicon.NOT_ASSESSMENT_HEADING.matcher(IndicatorLexicon.lower(b.text(norm))).find()) {
                        k = Outline.sectionEnd(blocks, k) - 1;
                        continue;
                    }
                    context[0] = periodIn(b.text(norm), year, sectionPeriod);
                    continue;
                }
                read(text, b, context, year, out);
            }
            i = end - 1;
        }
        return out;
    }

    private static boolean isAssessment(String heading) {
        String h = IndicatorLexicon.lower(heading);
        return IndicatorLexicon.ASSESSMENT_HEADING.matcher(h).find() && !IndicatorLexicon.NOT_ASSESSMENT_HEADING.matcher(h).find();
    }

    /** Whether {@code q} is in the breakdown that follows figure {@code before} ("...; trong đó: ...", ". Trong đó: ..."). */
    private static boolean breaksDown(String lc, Draft before, Quantity q) {
        String between = lc.substring(before.q.end(), q.start());
        if (before.breakdown && sentenceStart(lc, before.start) == sentenceStart(lc, q.start())) return true;
        int at = between.indexOf("trong đó");
        return at >= 0 && between.substring(0, at).replaceAll("[\\s.,;:)]", "").isEmpty();
    }

    /** Sentences up to {@code at} that open with a period ("Trong 10 tháng năm 2025, ...") set the context's period. */
    private static void updateContext(String lc, int at, int year, String[] context) {
        Matcher m = IndicatorLexicon.CONTEXT_PERIOD.matcher(lc).region(0, at);
        while (m.find()) {
            if (m.start() > 0 && !isSentenceStartAt(lc, m.start())) continue;
            String p = periodIn(m.group(), year, null);
            if (p != null) context[0] = p;
        }
    }

    private static boolean isSentenceStartAt(String lc, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(lc.charAt(i))) i--;
        return i < 0 || lc.charAt(i) == '.' && isSentenceEnd(lc, i) || lc.charAt(i) == ':';
    }

    /** The last period named in {@code s}, or {@code otherwise}. */
    private static String periodIn(String s, int year, String otherwise) {
        Matcher m = IndicatorLexicon.REPORT_PERIOD.matcher(IndicatorLexicon.lower(s));
        String p = otherwise;
        while (m.find()) {
            String found = ReportPeriod.of(m, year);
            if (found != null) p = found;
        }
        return p;
    }

    /**
     * The figures of one block (a paragraph, a bullet or a lettered item). A period named in a figure's clause is its
     * period; a breakdown ("Trong đó: ...") has the period of the figure it breaks down; else the period of the context,
     * which a heading or a sentence opening with a period ("Trong 10 tháng năm 2025, ...") sets.
     */
    private void read(SourceText source, Block b, String[] context, int year, List<ReportedFigure> out) {
        String norm = source.normalised();
        String t = norm.substring(b.textStart(), b.end()).replace('\n', ' ');
        String lc = QuantityFinder.lower(t);
        List<Quantity> qs = new ArrayList<>(finder.find(t, 0, t.length()));
        qs.addAll(fractions(t, lc));
        qs.sort(java.util.Comparator.comparingInt(Quantity::start));
        List<Draft> drafts = new ArrayList<>();
        int prevEnd = 0;
        int clause = -1;
        int groups = 0;
        for (int n = 0; n < qs.size(); n++) {
            Quantity q = qs.get(n);
            int cs = clauseStart(lc, q.start());
            if (cs != clause) { clause = cs; prevEnd = cs; }
            String between = lc.substring(Math.min(prevEnd, q.start()), q.start());
            int previous = prevEnd;
            prevEnd = q.end();
            if (IndicatorLexicon.NATIONAL.matcher(between).find() || "none".equals(q.unit())) continue;
            if (IndicatorLexicon.NOT_FIGURE_CLAUSE.matcher(lc.substring(cs, clauseEnd(lc, q.end()))).find()) continue;
            if (lc.substring(sentenceStart(lc, q.start()), q.start()).matches("(?s).*(?:lũy kế|luỹ kế).*")) continue;
            updateContext(lc, q.start(), year, context);
            Draft before = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            String period = periodIn(lc.substring(cs, q.start()), year, null);
            if (period == null && before != null && breaksDown(lc, before, q)) period = before.period;
            if (period == null) period = context[0];
            Matcher attr = IndicatorLexicon.FIGURE_ATTRIBUTE.matcher(lc).region(q.end(), lc.length());
            boolean isAttribute = "%".equals(q.unit()) && attr.lookingAt();
            int group = groups;
            List<Draft> pending = drafts.stream().filter(d -> d.clause == cs && d.group == group).toList();
            if (isAttribute && !pending.isEmpty() && onlyFillers(between)) {
                attach(pending, between, q, attr.group("plan") != null, lc.substring(previous, attr.end()));
                continue;
            }
            boolean verb = IndicatorLexicon.FIGURE_VERB.matcher(between).find();
            boolean fraction = isFraction(lc, q);
            boolean listing = !pending.isEmpty() && pending.get(pending.size() - 1).q.end() == previous
                    && IndicatorLexicon.LISTING_COMMA.matcher(between).matches();
            boolean part = !pending.isEmpty() && IndicatorLexicon.PART_BEFORE.matcher(between).find();
            Quantity nextShare = nextShare(qs, n);
            boolean attributed = nextShare != null && followedByAttribute(lc, q, nextShare);
            if (!(isAttribute || verb || fraction || listing || part || attributed)) continue;
            Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            // a breakdown ("; trong đó: thu nội địa ...; thu từ ...") is estimated as the figure it breaks down
            boolean opensBreakdown = lc.substring(cs).stripLeading().startsWith("trong đó");
            boolean inBreakdown = last != null && cs > 0 && last.clause == clauseStart(lc, cs - 1) && (opensBreakdown || last.breakdown && !verb);
            boolean estimated = IndicatorLexicon.ESTIMATED.matcher(lc.substring(cs, q.start())).find()
                    || attributed && IndicatorLexicon.ESTIMATED.matcher(lc.substring(q.end(), nextShare.start())).find()
                    || inBreakdown && last.estimated;
            Draft d = new Draft(q.start(), cs, measureName(t.substring(cs, q.start())), period, q, cs, estimated);
            if (isAttribute) {   // the share of the plan or the change is the figure itself
                double v = IndicatorLexicon.EXCEEDS_BEFORE.matcher(between).find() ? 100 + q.value() : q.value();
                d = new Draft(q.start(), cs, d.measure, period, new Quantity(q.start(), q.end(), v, null, null, "%", q.unitText()), cs, estimated);
                if (attr.group("plan") != null) d.plan = v;
            }
            d.group = listing ? group : ++groups;
            d.breakdown = opensBreakdown || inBreakdown
                    || last != null && last.breakdown && sentenceStart(lc, last.start) == sentenceStart(lc, q.start());
            drafts.add(d);
        }
        for (Draft d : drafts) out.add(figure(source, b, t, d, out.size()));
    }

    /** A share of the plan or a change on the year printed after the figures of its clause. */
    private static void attach(List<Draft> pending, String between, Quantity q, boolean plan, String phrase) {
        double v = q.value();
        for (Draft d : pending) {
            if (plan) {
                double share = IndicatorLexicon.EXCEEDS_BEFORE.matcher(between).find() ? 100 + v : v;
                if (d.plan == null) d.plan = share;
                else if (d.planAlt == null) d.planAlt = share;
            } else {
                Matcher c = IndicatorLexicon.CHANGE_BEFORE.matcher(between);
                if (c.find()) {
                    d.change = c.group("change").equals("giảm") ? -v : v;
                    d.form = "change";
                } else {
                    d.ratio = v;
                    d.change = Math.round((v - 100) * 1e6) / 1e6;
                    d.form = "ratio";
                }
            }
            if (IndicatorLexicon.ESTIMATED.matcher(phrase).find()) d.estimated = true;
        }
    }

    /**
     * Whether only connective and plan words stand between a figure and a share or change (and one word that ends the
     * figure's noun, "02 Liên hiệp Hợp tác xã, đạt 100%"): else the share has a subject of its own.
     */
    private static boolean onlyFillers(String between) {
        int others = 0;
        for (String w : between.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !IndicatorLexicon.ATTRIBUTE_FILLER.matcher(w).matches()) others++;
        }
        return others <= 1;
    }

    /** The next value in % after value {@code n}, or null. */
    private static Quantity nextShare(List<Quantity> qs, int n) {
        for (int k = n + 1; k < qs.size(); k++) if ("%".equals(qs.get(k).unit())) return qs.get(k);
        return null;
    }

    /** Whether the next value is a share of the plan or a change that follows {@code q} closely in its clause. */
    private static boolean followedByAttribute(String lc, Quantity q, Quantity next) {
        if (next.start() - q.end() > 40) return false;
        String gap = lc.substring(q.end(), next.start());
        if (gap.indexOf(';') >= 0 || !onlyFillers(gap)) return false;
        return IndicatorLexicon.FIGURE_ATTRIBUTE.matcher(lc).region(next.end(), lc.length()).lookingAt();
    }

    /** The "X/Y" values of a text: X, with the unit printed after Y ("12.375,3/10.200 triệu đồng", "629/731 trường"). */
    private List<Quantity> fractions(String t, String lc) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = IndicatorLexicon.FRACTION.matcher(lc);
        while (m.find()) {
            int slash = m.end(1);
            String opened = t.substring(0, slash) + " " + t.substring(slash + 1);
            List<Quantity> after = finder.find(opened, slash + 1, Math.min(t.length(), m.end() + 60));
            if (after.isEmpty() || after.get(0).start() != m.start(2) || after.get(0).value() == null) continue;
            Quantity whole = after.get(0);
            out.add(new Quantity(m.start(1), whole.end(), VietnameseNumbers.parse(m.group(1)), null, null, whole.unit(), whole.unitText()));
        }
        return out;
    }

    private static boolean isFraction(String lc, Quantity q) {
        Matcher m = IndicatorLexicon.FRACTION.matcher(lc).region(q.start(), lc.length());
        return m.lookingAt();
    }

    private ReportedFigure figure(SourceText source, Block b, String t, Draft d, int numbered) {
        int end = clauseEnd(t, d.q.end());
        String sentence = t.substring(d.clauseStart, end).strip();
        int lead = t.indexOf(sentence.isEmpty() ? " " : sentence.substring(0, 1), d.clauseStart);
        int s = b.textStart() + Math.max(d.clauseStart, lead);
        Span span = source.toOriginal(s, s + sentence.length());
        String concept = measures.match(d.measure, d.q.unit()).orElse(null);
        return new ReportedFigure(String.format("f%02d", numbered + 1), d.measure, concept, d.period, d.q.value(), d.q.unit(),
                d.q.unitText(), d.plan, d.planAlt, d.change, d.ratio, d.form, null, null, d.estimated, sentence, span);
    }

    /** The measure is what the clause says before its value, without verbs, periods and connectives. */
    private static String measureName(String head) {
        String m = head.replaceAll("\\s+", " ").strip();
        m = m.replaceFirst("(?i)^(?:[-+–•]\\s*|trong đó\\s*[,:]?\\s*|về\\s+)+", "");
        m = IndicatorLexicon.FIGURE_VERB.matcher(m).replaceFirst("");
        m = IndicatorLexicon.REPORT_PERIOD.matcher(m).replaceAll(" ");
        m = m.replaceAll("(?i)\\b(?:ước|uớc|đã|của tỉnh|trên địa bàn tỉnh)\\b", " ").replaceAll("[\\s,:;(]+$", "").replaceAll("\\s+", " ").strip();
        return m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }

    /** Start of the clause holding {@code at}: after the last ";" or sentence end before it. */
    private static int clauseStart(String lc, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = lc.charAt(i);
            if (c == ';' || c == '.' && isSentenceEnd(lc, i)) return i + 1;
        }
        return 0;
    }

    private static int clauseEnd(String lc, int at) {
        for (int i = at; i < lc.length(); i++) {
            char c = lc.charAt(i);
            if (c == ';' || c == '.' && isSentenceEnd(lc, i)) return i;
        }
        return lc.length();
    }

    private static int sentenceStart(String lc, int at) {
        for (int i = at - 1; i >= 0; i--) if (lc.charAt(i) == '.' && isSentenceEnd(lc, i)) return i + 1;
        return 0;
    }

    /** A full stop that ends a sentence, not a thousands or decimal mark. */
    private static boolean isSentenceEnd(String lc, int dot) {
        return dot + 1 >= lc.length() || Character.isWhitespace(lc.charAt(dot + 1)) || lc.charAt(dot + 1) == ')' || lc.charAt(dot + 1) == '*';
    }
}
