package org.policygraph.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.extract.indicator.PipeTable.Cell;
import org.policygraph.text.SourceText;

/**
 * A table of indicators, as plans and reports print them in an appendix ("Phụ lục: Các chỉ tiêu chủ yếu"): a column
 * naming the indicator ("Chỉ tiêu", "Nội dung"), and either
 * <ul>
 *   <li>a unit column ("Đơn vị tính", "ĐVT") and value columns headed by a year and what the value is ("Năm 2025 |
 *       Kế hoạch | Ước thực hiện", "Năm 2026"): each value of a plan, estimate of the budget or forecast is a target of
 *       that year, each value "Thực hiện" / "Ước thực hiện" a reported figure of that year; or</li>
 *   <li>no value column: the indicator cell states the target in words ("Tỷ lệ phủ sóng 5G đạt 100% dân số"), read as
 *       an item of a list, for the year the table's title gives.</li>
 * </ul>
 * A table is read only when its title or its indicator column names chỉ tiêu or mục tiêu. Rows are labelled
 * "t{k}/r{n}": the k-th table read, the n-th row under its headings (group rows counted, rows of empty cells not).
 */
final class IndicatorTable {
    private static final Pattern NAME_HEADER = Pattern.compile("(?:tên\\s+)?(?:chỉ tiêu|nội dung|mục tiêu)(?:\\s+chủ yếu)?");
    private static final Pattern NAMES_TARGETS = Pattern.compile("chỉ tiêu|mục tiêu", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ROW_NUMBER_HEADER = Pattern.compile("stt|tt|số tt|số thứ tự");
    private static final Pattern UNIT_HEADER = Pattern.compile("đơn vị tính|đơn vị|đvt");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern ACTUAL = Pattern.compile("thực hiện|(?<!\\p{L})(?:ước|th|ưth)(?!\\p{L})");
    private static final Pattern PLAN = Pattern.compile("kế hoạch|(?<!\\p{L})kh(?!\\p{L})|dự toán|mục tiêu|chỉ tiêu|dự báo|dự kiến");
    private static final Pattern NOT_VALUES = Pattern.compile("so sánh|tỷ lệ|tăng|giảm|ghi chú|chủ trì|phối hợp|cơ quan|thời gian");
    private static final Pattern VALUE_CELL = Pattern.compile("(" + VietnameseNumbers.NUMBER + ")(?:\\s*[-–]\\s*(" + VietnameseNumbers.NUMBER + "))?");
    private static final Pattern NUMBERING = Pattern.compile("\\(?\\d{1,2}\\)?|[A-Z]|\\d+\\s*=.*");
    /** Text before a table read for its title. */
    private static final int TITLE_LOOK_BACK = 400;

    /** What a value column holds. */
    enum Kind { PLAN, ACTUAL }

    /** A value column: its index in a full row, kind, year and whether it is an estimate. */
    record Column(int index, Kind kind, int year, boolean estimated) {}

    /** A body row: its label, the indicator cell (with the name of the group row above for a sub-row), and the row. */
    record Row(String label, Cell name, String measure, Cell unit, List<Cell> cells) {}

    final String title;
    final List<Column> columns;
    final List<Row> rows;

    private IndicatorTable(String title, List<Column> columns, List<Row> rows) {
        this.title = title;
        this.columns = columns;
        this.rows = rows;
    }

    /** Whether the table states its targets in words (no value columns). */
    boolean inWords() { return columns.isEmpty(); }

    /** The year the title gives ("... đến năm 2030"), leaving out what the brackets say ("(Kèm theo ... năm 2025)"). */
    Integer titleYear() { return TargetSections.yearIn(title.replaceAll("\\([^)]*\\)?", " ")); }

    /** The indicator tables of a text, in order; {@code docYear} (or null) tells a forecast column "Năm 2026" from a past one. */
    static List<IndicatorTable> of(SourceText source, Integer docYear) {
        List<IndicatorTable> out = new ArrayList<>();
        if (!NAMES_TARGETS.matcher(source.normalised()).find()) return out;   // no table of a text that never names them
        for (List<Cell> run : PipeTable.stretches(source)) {
            List<Integer> heads = new ArrayList<>();
            for (int i = 0; i < run.size(); i++) {
                if (!NAME_HEADER.matcher(IndicatorLexicon.lower(run.get(i).text())).matches()) continue;
                heads.add(i > 0 && ROW_NUMBER_HEADER.matcher(IndicatorLexicon.lower(run.get(i - 1).text())).matches() ? i - 1 : i);
            }
            for (int k = 0; k < heads.size(); k++) {
                // a table ends before the next one's title cell
                int end = k + 1 < heads.size() ? Math.max(heads.get(k) + 1, heads.get(k + 1) - 1) : run.size();
                PipeTable.Table t = PipeTable.table(run.subList(heads.get(k), end));
                int from = heads.get(k);
                String title = from > 0 ? run.get(from - 1).text() : textBefore(source.normalised(), run.get(0).start());
                IndicatorTable it = t == null ? null : read(t, title, docYear);
                if (it != null) out.add(it);
            }
        }
        return out;
    }

    /** The text before a table's first "|", from the line break after the text before it. */
    private static String textBefore(String norm, int at) {
        int bar = norm.lastIndexOf('|', Math.max(0, at - 1) - 1);
        return norm.substring(Math.max(Math.max(0, at - TITLE_LOOK_BACK), bar + 1), Math.max(0, at - 1)).replaceAll("\\s+", " ").strip();
    }

    private static IndicatorTable read(PipeTable.Table t, String title, Integer docYear) {
        int h = -1, nameCol = -1, unitCol = -1;
        for (int r = 0; r < Math.min(1, t.rows().size()) && h < 0; r++) {
            List<Cell> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                String x = IndicatorLexicon.lower(row.get(c).text());
                if (nameCol < 0 && NAME_HEADER.matcher(x).matches()) { h = r; nameCol = c; }
                else if (nameCol >= 0 && UNIT_HEADER.matcher(x).matches()) unitCol = c;
            }
        }
        if (h < 0) return null;
        List<Cell> header = t.rows().get(h);
        String lcTitle = IndicatorLexicon.lower(title);
        boolean namesTargets = IndicatorLexicon.TARGET_HEADING.matcher(lcTitle).find()
                || IndicatorLexicon.TARGET_HEADING.matcher(IndicatorLexicon.lower(header.get(nameCol).text())).find();
        if (!namesTargets) return null;
        int body = h + 1;
        List<Cell> sub = List.of();
        if (unitCol > nameCol && body < t.rows().size() && t.rows().get(body).size() < t.width() && isLabelRow(t.rows().get(body)))
            sub = t.rows().get(body++);
        if (body < t.rows().size() && isNumbering(t.rows().get(body))) body++;
        List<Column> columns = new ArrayList<>();
        if (unitCol > nameCol) {
            List<String> labels = labels(header, unitCol, sub, t.width());
            if (labels == null) return null;
            for (int k = 0; k < labels.size(); k++) {
                Column c = column(unitCol + 1 + k, IndicatorLexicon.lower(labels.get(k)), docYear);
                if (c != null) columns.add(c);
            }
            if (columns.isEmpty()) return null;
        } else if (!IndicatorLexicon.TARGET_HEADING.matcher(IndicatorLexicon.lower(header.get(nameCol).text())).find()) {
            return null;   // words only under a "Nội dung" column: not a table of indicators
        }
        return new IndicatorTable(title, columns, rows(t, body, nameCol, unitCol));
    }

    /** The label of each value column: one per header cell, or a header cell over the sub-row's labels. */
    private static List<String> labels(List<Cell> header, int unitCol, List<Cell> sub, int width) {
        int values = width - unitCol - 1;
        List<String> top = new ArrayList<>();
        for (int c = unitCol + 1; c < header.size(); c++) top.add(header.get(c).text());
        if (top.size() == values) return top;
        List<String> subs = sub.stream().map(Cell::text).filter(s -> !s.isEmpty()).toList();
        if (top.isEmpty() || top.size() - 1 + subs.size() != values) return null;
        List<String> out = new ArrayList<>();
        for (String s : subs) out.add(top.get(0) + " " + s);   // the first heading spans the sub-row
        out.addAll(top.subList(1, top.size()));
        return out;
    }

    private static Column column(int index, String label, Integer docYear) {
        if (NOT_VALUES.matcher(label).find() && !PLAN.matcher(label).find() && !ACTUAL.matcher(label).find()) return null;
        Matcher y = YEAR.matcher(label);
        Integer year = null;
        while (y.find()) year = Integer.parseInt(y.group());
        if (year == null) return null;
        if (ACTUAL.matcher(label).find()) return new Column(index, Kind.ACTUAL, year, IndicatorLexicon.ESTIMATED.matcher(label).find());
        if (PLAN.matcher(label).find() || docYear != null && year > docYear) return new Column(index, Kind.PLAN, year, false);
        return null;
    }

    private static List<Row> rows(PipeTable.Table t, int body, int nameCol, int unitCol) {
        List<Row> out = new ArrayList<>();
        String group = null;
        int n = 0;
        for (int r = body; r < t.rows().size(); r++) {
            List<Cell> row = t.rows().get(r);
            if (row.stream().allMatch(Cell::isEmpty)) continue;   // the page's artefact, not a printed row
            String label = "r" + (++n);
            if (row.size() != t.width()) {
                group = null;
                continue;
            }
            Cell name = row.get(nameCol);
            String text = name.text();
            boolean subRow = row.get(0).isEmpty() && text.matches("[-+–•].*");
            String measure = text.replaceFirst("^[-+–•]\\s*", "").replaceFirst(":\\s*$", "");
            if (subRow && group != null) measure = group + " - " + measure;
            else if (!subRow) group = measure;
            out.add(new Row(label, name, measure, unitCol >= 0 ? row.get(unitCol) : null, row));
        }
        return out;
    }

    private static boolean isLabelRow(List<Cell> row) {
        return row.stream().noneMatch(c -> VALUE_CELL.matcher(c.text()).matches());
    }

    private static boolean isNumbering(List<Cell> row) {
        return row.stream().allMatch(c -> c.isEmpty() || NUMBERING.matcher(c.text()).matches());
    }

    /** The value a cell holds alone ("172.033", "1-1,5"): {value} or {min, max}; null for anything else. */
    static double[] value(Cell c) {
        Matcher m = VALUE_CELL.matcher(c.text());
        if (!m.matches()) return null;
        double a = VietnameseNumbers.parse(m.group(1));
        return m.group(2) == null ? new double[] {a} : new double[] {a, VietnameseNumbers.parse(m.group(2))};
    }

    /**
     * The unit of a unit cell: a unit word ("Tỷ đồng", "%", "Triệu USD"), persons ("Người"), or a count of the thing it
     * names ("Trường", "Giường"); the printed cell kept. Null for an empty cell.
     */
    static IndicatorLexicon.UnitWord unit(Cell c) {
        if (c == null || c.isEmpty()) return null;
        String printed = c.text();
        String lc = IndicatorLexicon.lower(printed);
        var word = IndicatorLexicon.unitAt(lc, 0).filter(u -> u.printed().length() == lc.length());
        if (word.isPresent()) return new IndicatorLexicon.UnitWord(printed, word.get().code(), word.get().factor());
        String noun = lc.replaceFirst("^triệu\\s+", "");
        if (IndicatorLexicon.PERSON_NOUNS.contains(noun)) return new IndicatorLexicon.UnitWord(printed, noun.equals(lc) ? "persons" : "persons_million");
        if (!lc.matches(".*\\d.*") && lc.split("\\s+").length <= 3) return new IndicatorLexicon.UnitWord(printed, "count");
        return null;
    }
}
