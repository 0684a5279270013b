package org.policygraph.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.PartialDate;
import org.policygraph.model.ReportedFigure;
import org.policygraph.resolve.MeasureCatalogue;
import org.policygraph.text.FootnoteMarker;
import org.policygraph.text.SourceText;

/**
 * Reads the figures a report gives as achieved: "Measure: tháng 03 ước thực hiện 62.388 triệu đồng,
 * 3 tháng ước thực hiện 182.881 triệu đồng, đạt 21,89% kế hoạch, tăng 9,1% so cùng kỳ" gives one figure per
 * period, the plan share and change on the same period going with the figure they follow. Figures in a
 * footnote are read where the footnote is referenced, with the measure of the figure it explains as parent.
 */
public final class FigureExtractor {
    private final MeasureCatalogue measures;
    private final AssessmentFigures assessments;
    private final TableTargets tables;

    public FigureExtractor() { this(MeasureCatalogue.bundled()); }

    public FigureExtractor(MeasureCatalogue measures) {
        this.measures = measures;
        this.assessments = new AssessmentFigures(measures);
        this.tables = new TableTargets(measures);
    }

    public List<ReportedFigure> extract(SourceText text, DocumentHeader header) {
        String norm = text.normalised();
        Integer year = reportYear(norm, header);
        if (year == null) return List.of();
        List<FootnoteMarker> definitions = new ArrayList<>();
        List<FootnoteMarker> references = new ArrayList<>();
        for (FootnoteMarker f : text.footnotes()) (isDefinition(text, f) ? definitions : references).add(f);
        List<ReportedFigure> out = new ArrayList<>();
        List<FootnoteMarker> used = new ArrayList<>();
        int p = 0;
        while (p < norm.length()) {
            int nl = norm.indexOf('\n', p);
            int e = nl < 0 ? norm.length() : nl;
            final int lineStart = p;
            boolean isDefinition = definitions.stream().anyMatch(d -> lineOf(norm, d) == lineStart);
            if (!isDefinition) {
                List<ReportedFigure> inLine = readLine(text, lineStart, e, year, null, null, out.size());
                out.addAll(inLine);
                for (FootnoteMarker ref : references) {
                    if (ref.at() <= lineStart || ref.at() > e) continue;
                    Optional<FootnoteMarker> def = definitionOf(ref, definitions, used);
                    if (def.isEmpty()) continue;
                    used.add(def.get());
                    String parent = inLine.stream().filter(f -> f.span() != null).reduce((a, b) -> b).map(ReportedFigure::measure).orElse(null);
                    int ds = lineOf(norm, def.get());
                    int de = norm.indexOf('\n', ds);
                    out.addAll(readLine(text, ds, de < 0 ? norm.length() : de, year, def.get().label(), parent, out.size()));
                }
            }
            p = e + 1;
        }
        for (FootnoteMarker d : definitions) {   // footnotes never referenced
            if (used.contains(d)) continue;
            int ds = lineOf(norm, d);
            int de = norm.indexOf('\n', ds);
            out.addAll(readLine(text, ds, de < 0 ? norm.length() : de, year, d.label(), null, out.size()));
        }
        // figures stated in prose in the parts of results, where the lines above did not read them
        List<ReportedFigure> listed = List.copyOf(out);
        for (ReportedFigure f : assessments.extract(text, year)) {
            int same = sameFigure(listed, f);
            if (same < 0) out.add(renumbered(f, out.size()));
            else out.set(same, completed(out.get(same), f));
        }
        // the "Thực hiện" / "Ước thực hiện" columns of indicator tables, unless the text has stated the figure already
        for (IndicatorTable t : IndicatorTable.of(text, year)) {
            for (ReportedFigure f : tables.figures(text, t)) if (!stated(out, f)) out.add(renumbered(f, out.size()));
        }
        return out;
    }

    /** Whether a figure of the same period, value and unit has been read. */
    private static boolean stated(List<ReportedFigure> read, ReportedFigure f) {
        return read.stream().anyMatch(o -> o.period().equals(f.period()) && o.unit().equals(f.unit())
                && Math.abs(o.value() - f.value()) <= 1e-9 * Math.max(1, Math.abs(f.value())));
    }

    /** The index of the figure of {@code listed} that {@code f} reads again (same value, overlapping text), or -1. */
    private static int sameFigure(List<ReportedFigure> listed, ReportedFigure f) {
        for (int i = 0; i < listed.size(); i++) {
            ReportedFigure o = listed.get(i);
            if (o.span() != null && f.span() != null && o.span().start() < f.span().end() && f.span().start() < o.span().end()
                    && java.util.Objects.equals(o.value(), f.value())) return i;
        }
        return -1;
    }

    /** A figure read from its line, with the share of the plan and the change that only the prose reading found. */
    private static ReportedFigure completed(ReportedFigure o, ReportedFigure f) {
        boolean change = o.pctChangeYoy() == null && f.pctChangeYoy() != null;
        return new ReportedFigure(o.id(), o.measure(), o.measureConcept(), o.period(), o.value(), o.unit(), o.unitText(),
                o.pctOfPlan() != null ? o.pctOfPlan() : f.pctOfPlan(), o.pctOfPlanAlt() != null ? o.pctOfPlanAlt() : f.pctOfPlanAlt(),
                change ? f.pctChangeYoy() : o.pctChangeYoy(), change ? f.yoyRatioPct() : o.yoyRatioPct(), change ? f.yoyForm() : o.yoyForm(),
                o.footnote(), o.partOf(), o.estimated() || f.estimated(), o.text(), o.span());
    }

    private static ReportedFigure renumbered(ReportedFigure f, int numbered) {
        return new ReportedFigure(String.format("f%02d", numbered + 1), f.measure(), f.measureConcept(), f.period(), f.value(), f.unit(),
                f.unitText(), f.pctOfPlan(), f.pctOfPlanAlt(), f.pctChangeYoy(), f.yoyRatioPct(), f.yoyForm(), f.footnote(), f.partOf(),
                f.estimated(), f.text(), f.span());
    }

    /** A footnote's own text starts with its marker at the start of a line (in the original). */
    private static boolean isDefinition(SourceText text, FootnoteMarker f) {
        String o = text.original();
        int i = f.original().start() - 1;
        while (i >= 0 && (o.charAt(i) == ' ' || o.charAt(i) == '\t')) i--;
        return i < 0 || o.charAt(i) == '\n';
    }

    /** Start of the normalised line a footnote definition opens (the marker may sit just before the line break). */
    private static int lineOf(String norm, FootnoteMarker d) {
        int at = d.at();
        return at < norm.length() && norm.charAt(at) == '\n' ? at + 1 : at;
    }

    private static Optional<FootnoteMarker> definitionOf(FootnoteMarker ref, List<FootnoteMarker> defs, List<FootnoteMarker> used) {
        return defs.stream().filter(d -> d.label().equals(ref.label()) && !used.contains(d) && d.at() > ref.at()).findFirst()
                .or(() -> defs.stream().filter(d -> d.label().equals(ref.label()) && !used.contains(d)).findFirst());
    }

    /** Figures of one line (a paragraph), entry by entry (entries are separated by semicolons). */
    private List<ReportedFigure> readLine(SourceText text, int from, int to, int year, String footnote, String parent, int numbered) {
        String norm = text.normalised();
        List<ReportedFigure> out = new ArrayList<>();
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || norm.charAt(i) == ';') {
                String previous = out.isEmpty() ? null : out.get(out.size() - 1).measure();
                out.addAll(readEntry(text, s, i == to ? to : i + 1, year, footnote, parent, numbered + out.size(), previous));
                s = i + 1;
            }
        }
        return out;
    }

    /** Figures of one entry; an entry that names no measure continues the previous one ("...; cả năm ước đạt ..."). */
    private List<ReportedFigure> readEntry(SourceText text, int from, int to, int year, String footnote, String parent, int numbered,
                                           String previousMeasure) {
        String entry = text.normalised().substring(from, to);
        String lc = QuantityFinder.lower(entry);
        Matcher m = IndicatorLexicon.FIGURE_PERIOD.matcher(lc);
        List<int[]> hits = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        while (m.find()) {
            String period = ReportPeriod.of(m, year);
            if (period == null) continue;
            hits.add(new int[] {m.start(), m.start("num"), m.end("num")});
            periods.add(period);
        }
        if (hits.isEmpty()) return List.of();
        String measure = measureName(entry.substring(0, hits.get(0)[0]));
        if (measure.isEmpty()) measure = previousMeasure;
        if (measure == null) return List.of();
        List<ReportedFigure> out = new ArrayList<>();
        for (int k = 0; k < hits.size(); k++) {
            int[] h = hits.get(k);
            Optional<IndicatorLexicon.UnitWord> unit = IndicatorLexicon.unitAt(lc, h[2]);
            if (unit.isEmpty()) continue;
            int tailEnd = k + 1 < hits.size() ? hits.get(k + 1)[0] : lc.length();
            String tail = lc.substring(h[2], tailEnd);
            Double plan = null, planAlt = null, change = null, ratio = null;
            String form = null;
            Matcher pm = IndicatorLexicon.PCT_OF_PLAN.matcher(tail);
            if (pm.find()) {
                plan = VietnameseNumbers.parse(pm.group(1));
                if (pm.find()) planAlt = VietnameseNumbers.parse(pm.group(1));
            }
            Matcher cm = IndicatorLexicon.YOY_CHANGE.matcher(tail);
            Matcher rm = IndicatorLexicon.YOY_RATIO.matcher(tail);
            if (cm.find()) {
                change = VietnameseNumbers.parse(cm.group(2)) * (cm.group(1).equals("giảm") ? -1 : 1);
                form = "change";
            } else if (rm.find()) {
                ratio = VietnameseNumbers.parse(rm.group(1));
                change = Math.round((ratio - 100) * 1e6) / 1e6;
                form = "ratio";
            }
            int before = k == 0 ? 0 : hits.get(k - 1)[2];
            boolean estimated = IndicatorLexicon.ESTIMATED.matcher(lc.substring(before, h[2])).find();
            double value = VietnameseNumbers.parse(entry.substring(h[1], h[2]));
            String concept = measures.match(measure, unit.get().code()).orElse(null);
            String id = String.format("f%02d", numbered + out.size() + 1);
            String sentence = entry.strip().replaceFirst("^[-+–•]\\s*", "");
            int lead = entry.indexOf(sentence.isEmpty() ? " " : sentence.substring(0, 1));
            var span = text.toOriginal(from + Math.max(0, lead), from + Math.max(0, lead) + sentence.length());
            out.add(new ReportedFigure(id, measure, concept, periods.get(k), value, unit.get().code(),
                    entry.substring(h[2]).stripLeading().substring(0, unit.get().printed().length()),
                    plan, planAlt, change, ratio, form, footnote, parent, estimated, sentence, span));
        }
        return out;
    }

    /** The measure is what the entry says before its first period: "- Tổng chi ngân sách:" gives "Tổng chi ngân sách". */
    private static String measureName(String head) {
        String t = head.replaceAll("\\s+", " ").strip();
        t = t.replaceFirst("^[-+–•]\\s*", "");
        t = t.replaceFirst("(?i)\\s*(?:ước thực hiện|ước đạt|thực hiện|ước)?\\s*[:,]?\\s*$", "");
        return t.strip();
    }

    /** The year reported on: the document's date, its plan year, or the year in its title. */
    private static Integer reportYear(String norm, DocumentHeader header) {
        if (header != null) {
            PartialDate d = DocumentHeader.valueOf(header.date());
            if (d != null && d.year() != null) return d.year();
            Integer plan = DocumentHeader.valueOf(header.planYear());
            if (plan != null) return plan;
        }
        Matcher y = IndicatorLexicon.YEAR_IN_HEADING.matcher(norm.substring(0, Math.min(norm.length(), 600)));
        return y.find() ? Integer.parseInt(y.group(1)) : null;
    }
}
