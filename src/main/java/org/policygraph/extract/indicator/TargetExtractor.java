package org.policygraph.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.model.Comparator;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.Target;
import org.policygraph.resolve.MeasureCatalogue;
import org.policygraph.text.SourceText;
import org.policygraph.text.Span;

/**
 * Reads the numbered indicators (chỉ tiêu) of a resolution into typed targets: every value printed under
 * a number "(n)" is a target (the first with sub null, then 1, 2, ...), a clause without a numeral beside
 * them is a qualitative target, and an indicator without any numeral is one qualitative target.
 */
public final class TargetExtractor {
    private static final Pattern CLAUSE_TAIL = Pattern.compile("(?:\\s|,|\\.|\\bvà\\b)+$", Pattern.UNICODE_CHARACTER_CLASS);

    private final MeasureCatalogue measures;
    private final IndicatorList lists = new IndicatorList();
    private final QuantityFinder finder = new QuantityFinder();
    private final ClauseSplitter splitter = new ClauseSplitter();
    private final MeasureNamer namer = new MeasureNamer();
    private final TargetSections sections = new TargetSections();
    private final TableTargets tables;
    private final ProseTargets prose = new ProseTargets();

    public TargetExtractor() { this(MeasureCatalogue.bundled()); }

    public TargetExtractor(MeasureCatalogue measures) {
        this.measures = measures;
        this.tables = new TableTargets(measures);
    }

    public List<Target> extract(SourceText text, DocumentHeader header) {
        String norm = text.normalised();
        List<Target> out = new ArrayList<>();
        List<IndicatorList.Item> numbered = lists.items(norm);
        for (IndicatorList.Item item : numbered) {
            Integer year = header == null ? null : DocumentHeader.valueOf(header.planYear());
            if (year == null) year = yearOfList(norm, item.listStart());
            out.addAll(read(text, item, year, null));
        }
        if (!numbered.isEmpty()) return out;
        Integer planYear = planYear(norm, header);
        int ordinal = 0;
        List<int[]> taken = new ArrayList<>();
        for (TargetSections.Listed l : sections.items(norm, Outline.of(text))) {
            taken.add(new int[] {l.markerStart(), l.end()});
            var item = new IndicatorList.Item(++ordinal, l.markerStart(), l.start(), l.end(), null, l.heading(), l.markerStart());
            out.addAll(read(text, item, l.year() != null ? l.year() : planYear, l.label()));
        }
        List<Target> tabled = new ArrayList<>();
        int tableNo = 0;
        for (IndicatorTable t : IndicatorTable.of(text, documentYear(header))) {
            String tl = "t" + (++tableNo);
            if (t.inWords()) {
                Integer y = t.titleYear() != null ? t.titleYear() : planYear;
                for (IndicatorTable.Row r : t.rows) {
                    taken.add(new int[] {r.name().start(), r.name().end()});
                    var item = new IndicatorList.Item(++ordinal, r.name().start(), r.name().start(), r.name().end(), t.title, null,
                            r.name().start());
                    tabled.addAll(read(text, item, y, tl + "/" + r.label()));
                }
            } else {
                List<Target> rows = tables.targets(text, t, tl, ordinal);
                if (!rows.isEmpty()) ordinal = rows.get(rows.size() - 1).ordinal();
                tabled.addAll(rows);
            }
        }
        List<Target> said = new ArrayList<>();
        int clauses = 0;
        for (ProseTargets.Clause c : prose.clauses(norm, taken)) {
            var item = new IndicatorList.Item(++ordinal, c.start(), c.start(), c.end(), null, null, c.start());
            said.addAll(read(text, item, c.year() != null ? c.year() : planYear, "s" + (++clauses)));
        }
        return Restatements.mergeSaid(Restatements.merge(out, tabled), said);
    }

    private static Integer documentYear(DocumentHeader header) {
        var d = header == null ? null : DocumentHeader.valueOf(header.date());
        return d == null ? null : d.year();
    }

    /** The year a plan is for: its header's, else the one its title prints ("Kế hoạch ... năm 2025"). */
    private static Integer planYear(String norm, DocumentHeader header) {
        Integer y = header == null ? null : DocumentHeader.valueOf(header.planYear());
        if (y != null) return y;
        Matcher m = IndicatorLexicon.PLAN_YEAR_IN_TITLE.matcher(IndicatorLexicon.lower(norm.substring(0, Math.min(norm.length(), 800))));
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    /** A target before it is numbered: its position in the item, to order subs as printed. */
    private record Draft(int at, int end, Reading reading, Quantity q, String baseline, boolean points) {
        Comparator comparator() { return reading.comparator(); }
    }

    /** How a value is to be read: the comparator, and whether an increase is a minimum ("tăng từ 11% trở lên"). */
    record Reading(Comparator comparator, boolean atLeast, boolean rank) {
        static final Reading QUALITATIVE = new Reading(Comparator.QUALITATIVE, false, false);
    }

    /**
     * The targets of one item. A listed item ({@code label} not null) gives only its targets with a printed value, each
     * with the year printed before it in its clause, else {@code year}.
     */
    private List<Target> read(SourceText source, IndicatorList.Item item, Integer year, String label) {
        String norm = source.normalised();
        String raw = norm.substring(item.start(), item.end());
        boolean row = IndicatorList.isTableRow(norm, item.markerStart());
        String rowUnit = row ? TableCells.unitColumn(raw) : null;
        if (row) raw = TableCells.blankSeparators(raw);
        String flat = raw.replace('\n', ' ');
        String lc = QuantityFinder.lower(flat);
        List<Quantity> qs = finder.find(flat, 0, flat.length());
        if (rowUnit != null) qs = TableCells.withUnit(qs, rowUnit);
        List<Segment> segments = splitter.split(raw, qs);
        Span span = source.toOriginal(item.markerStart(), item.end());
        String itemText = row ? flat.replaceAll("\\s+", " ").strip() : flat.strip();
        List<Draft> drafts = drafts(flat, lc, qs, segments);
        if (label != null) drafts.removeIf(d -> d.q() == null || "none".equals(d.q().unit()) && !d.reading().rank());
        drafts.sort(java.util.Comparator.comparingInt(Draft::at));
        List<Target> out = new ArrayList<>();
        int sub = 0;
        for (Draft d : drafts) {
            String clause = CLAUSE_TAIL.matcher(flat.substring(d.at(), d.end())).replaceFirst("").strip();
            int lead = flat.substring(d.at(), d.end()).indexOf(clause.isEmpty() ? " " : clause.substring(0, 1));
            int cs = d.at() + Math.max(0, lead);
            Span targetSpan = source.toOriginal(item.start() + cs, item.start() + cs + clause.length());
            Integer printed = label == null ? null : TargetSections.yearIn(flat.substring(d.at(), d.q().start()));
            Target t = target(item, sub == 0 ? null : sub, itemText, clause, cs, d, printed != null ? printed : year, span, targetSpan, label);
            if (t.measure().isBlank() && !out.isEmpty()) t = withMeasure(t, out.get(0));
            out.add(t);
            sub++;
        }
        return withContextConcepts(out);
    }

    /** One draft per value (and per clause without numeral beside them), with its reading and baseline. */
    private static List<Draft> drafts(String flat, String lc, List<Quantity> qs, List<Segment> segments) {
        List<Draft> drafts = new ArrayList<>();
        if (qs.isEmpty()) {
            drafts.add(new Draft(0, flat.length(), Reading.QUALITATIVE, null, null, false));
            return drafts;
        }
        String headBaseline = segments.isEmpty() ? null : baseline(flat, lc, segments.get(0).start(), segments.get(0).end());
        for (Segment seg : segments) {
            List<Quantity> in = qs.stream().filter(q -> q.start() >= seg.start() && q.end() <= seg.end()).toList();
            if (in.isEmpty()) {
                if (isQualitativeClause(lc, seg)) drafts.add(new Draft(seg.start(), seg.end(), Reading.QUALITATIVE, null, null, false));
                continue;
            }
            int[] bounds = subBounds(lc, seg, in);
            for (int k = 0; k < in.size(); k++) {
                Quantity q = in.get(k);
                int from = k == 0 ? seg.start() : in.get(k - 1).end();
                int to = k + 1 < in.size() ? in.get(k + 1).start() : seg.end();
                String before = lc.substring(Math.max(seg.start(), from), q.start());
                Reading reading = reading(before, upToDigit(lc.substring(q.end(), to)), q);
                // "ít nhất 100 doanh nghiệp khởi nghiệp sáng tạo, 50 doanh nghiệp ...": the bound reads on over a listing comma
                if (k > 0 && reading.comparator() == Comparator.EQ && IndicatorLexicon.LISTING_COMMA.matcher(before).matches()
                        && !drafts.isEmpty() && (drafts.get(drafts.size() - 1).comparator() == Comparator.GE
                        || drafts.get(drafts.size() - 1).comparator() == Comparator.GT)) reading = drafts.get(drafts.size() - 1).reading();
                boolean points = "%".equals(q.unit()) && isPointChange(lc.substring(seg.start(), q.start()), before);
                if (points && reading.comparator() == Comparator.DECREASE_BY) reading = new Reading(Comparator.EQ, false, false);
                if (points && reading.comparator() == Comparator.DECREASE_BY_RANGE) reading = new Reading(Comparator.RANGE, false, false);
                // a relative target's own baseline, or for an increase the one of its head clause
                String base = baseline(flat, lc, seg.start(), seg.end());
                if (base == null && growth(reading.comparator())) base = headBaseline;
                drafts.add(new Draft(bounds[k], bounds[k + 1], reading, q, base, points));
            }
        }
        return drafts;
    }

    private Target target(IndicatorList.Item item, Integer sub, String itemText, String clause, int clauseStart, Draft d,
                          Integer year, Span span, Span targetSpan, String label) {
        var cmp = d.comparator();
        Quantity q = d.q();
        String unit = q == null ? "none" : d.points() ? "percentage_points" : d.reading().rank() ? "rank" : q.unit();
        Double value = null, min = null, max = null;
        if (q != null) {
            switch (cmp) {
                case EQ -> value = q.value();
                case INCREASE_BY, DECREASE_BY -> { value = q.value(); if (d.reading().atLeast()) min = q.value(); }
                case GE, GT -> { value = q.value(); min = q.value(); }
                case LE -> { value = q.value(); max = q.value(); }
                case RANGE, INCREASE_BY_RANGE, DECREASE_BY_RANGE -> { min = q.min(); max = q.max(); }
                default -> { }
            }
        }
        String measure = q == null ? namer.name(clause, 0, 0, unit, null, cmp)
                : namer.name(clause, Math.max(0, q.start() - clauseStart), Math.min(clause.length(), q.end() - clauseStart), unit, q.unitText(), cmp);
        String concept = measures.match(clause + " " + measure, growth(cmp) ? "increase" : unit).orElse(null);
        return new Target(item.ordinal(), sub, item.category(), item.categoryNo(), itemText, clause, measure, concept,
                cmp, value, min, max, unit, q == null ? null : d.reading().rank() ? null : q.unitText(), d.baseline(), year, span, targetSpan,
                label);
    }

    /**
     * A clause that carries over its verb or subject from the clause before ("kiểm tra chuyên đề 08-10 lượt tổ chức
     * đảng; 03-05 đảng viên") is matched with that clause in front, unless this only repeats the previous measure;
     * the first target, with the whole indicator.
     */
    private List<Target> withContextConcepts(List<Target> ts) {
        List<Target> out = new ArrayList<>(ts);
        for (int i = 0; i < out.size(); i++) {
            Target t = out.get(i);
            if (t.measureConcept() != null) continue;
            String unit = growth(t.comparator()) ? "increase" : t.unit();
            String concept = null;
            if (i > 0) {
                Target prev = out.get(i - 1);
                concept = measures.match(prev.targetText() + " " + t.targetText(), unit)
                        .filter(c -> !c.equals(prev.measureConcept())).orElse(null);
            } else {
                concept = measures.match(t.text(), unit).orElse(null);
            }
            if (concept != null) out.set(i, withConcept(t, t.measure(), concept));
        }
        return out;
    }

    private static boolean growth(Comparator c) { return c == Comparator.INCREASE_BY || c == Comparator.INCREASE_BY_RANGE; }

    private static Target withConcept(Target t, String measure, String concept) {
        return new Target(t.ordinal(), t.sub(), t.category(), t.categoryNo(), t.text(), t.targetText(), measure, concept, t.comparator(),
                t.value(), t.min(), t.max(), t.unit(), t.unitText(), t.baseline(), t.year(), t.span(), t.targetSpan(), t.label(), t.restatedAt());
    }

    /** A restatement that names nothing ("(phấn đấu đạt 700 tỷ đồng)") measures what the indicator's first target does. */
    private Target withMeasure(Target t, Target head) {
        String m = head.measure().replaceFirst("^Tốc độ tăng (\\p{L})", "$1");
        m = m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1);
        return withConcept(t, m, measures.match(m, t.unit()).orElse(t.measureConcept()));
    }

    private static Reading reading(String before, String after, Quantity q) {
        boolean atLeast = IndicatorLexicon.AT_LEAST_BEFORE.matcher(before).find() || IndicatorLexicon.AT_LEAST_AFTER.matcher(after).find();
        boolean atMost = IndicatorLexicon.AT_MOST_BEFORE.matcher(before).find() || IndicatorLexicon.AT_MOST_AFTER.matcher(after).find();
        boolean above = IndicatorLexicon.ABOVE_BEFORE.matcher(before).find();
        boolean increase = IndicatorLexicon.INCREASE_BEFORE.matcher(before).find();
        boolean decrease = IndicatorLexicon.DECREASE_BEFORE.matcher(before).find();
        if (IndicatorLexicon.RANK_BEFORE.matcher(before).find() && !q.isRange())
            return new Reading(Comparator.LE, false, true);
        if (q.isRange())
            return new Reading(increase ? Comparator.INCREASE_BY_RANGE : decrease ? Comparator.DECREASE_BY_RANGE : Comparator.RANGE, false, false);
        if (increase) return new Reading(Comparator.INCREASE_BY, atLeast || above, false);
        if (decrease) return new Reading(Comparator.DECREASE_BY, atLeast || above, false);
        if (above) return new Reading(Comparator.GT, false, false);
        if (atLeast || IndicatorLexicon.FROM_BEFORE.matcher(before).find()) return new Reading(Comparator.GE, true, false);
        if (atMost) return new Reading(Comparator.LE, false, false);
        return new Reading(Comparator.EQ, false, false);
    }

    /** A % that is a change of a rate ("mức giảm tỷ lệ hộ nghèo là 0,38%", "tỷ lệ hộ nghèo giảm 0,5%"), not a level. */
    private static boolean isPointChange(String clauseBefore, String before) {
        if (IndicatorLexicon.LEVEL_BEFORE.matcher(before).find()) return false;
        return IndicatorLexicon.POINTS_SUBJECT.matcher(clauseBefore).find() || IndicatorLexicon.RATE_FALLS_BY.matcher(clauseBefore).find();
    }

    /** The text after a value up to the next digit: where "trở lên" of this value may stand. */
    private static String upToDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return s.substring(0, i);
        return s;
    }

    /** The printed baseline ("so với thực hiện năm 2023") inside [from, to), or null. */
    private static String baseline(String flat, String lc, int from, int to) {
        Matcher m = IndicatorLexicon.BASELINE.matcher(lc).region(from, to);
        return m.find() ? flat.substring(m.start(), m.end()).replaceAll("\\s+", " ") : null;
    }

    /** A clause with no numeral is a target of its own when it is not a bracket, a "trong đó" rider or a fragment. */
    private static boolean isQualitativeClause(String lc, Segment seg) {
        String t = lc.substring(seg.start(), seg.end()).strip();
        if (seg.bracketed() || t.startsWith("(") || t.startsWith("trong đó")) return false;
        return t.split("\\s+").length >= 3;
    }

    /**
     * Where each of several values in one clause begins and ends as a target clause: a later value's clause
     * starts after the last ", " or " và " before it. Returns n + 1 boundaries.
     */
    private static int[] subBounds(String lc, Segment seg, List<Quantity> in) {
        int[] b = new int[in.size() + 1];
        b[0] = seg.start();
        b[in.size()] = seg.end();
        for (int k = 1; k < in.size(); k++) {
            int from = in.get(k - 1).end();
            int to = in.get(k).start();
            int comma = lc.lastIndexOf(", ", to);
            int and = lc.lastIndexOf(" và ", to);
            int cut = Math.max(comma < from ? -1 : comma + 2, and < from ? -1 : and + 4);
            b[k] = cut < 0 ? from : cut;
        }
        return b;
    }

    /** The year of the list from the nearest heading above it that names chỉ tiêu and a year. */
    private static Integer yearOfList(String norm, int listStart) {
        String[] lines = norm.substring(0, listStart).split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String l = IndicatorLexicon.lower(lines[i]);
            Matcher y = IndicatorLexicon.YEAR_IN_HEADING.matcher(l);
            if (l.contains("chỉ tiêu") && y.find() && l.length() < 200) return Integer.parseInt(y.group(1));
        }
        return null;
    }
}
