package org.policygraph.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import org.policygraph.text.SourceText;

/**
 * The tables a web page or a PDF conversion leaves in a text as cells between "|" marks, whether a row stands on one
 * line ("| 1 | GRDP | Tỷ đồng | 172.033 |") or each cell on lines of its own between lines holding only "|". In both a
 * row ends with a "|" that the next row's "|" follows, which reads as an empty cell; an empty cell reads the same. The
 * width of the table (its largest run of filled cells) tells them apart: a row is that many cells followed by the
 * break; a shorter run before a break is a row whose cells were merged ("| I. Kinh tế số |", a heading row), or a
 * second heading row whose cells span rows above ("| Kế hoạch | Ước thực hiện |").
 */
final class PipeTable {
    /** Text between two "|" of more lines or characters than this is not a cell: the table has ended. */
    private static final int MAX_CELL_LINES = 12;
    private static final int MAX_CELL_CHARS = 1500;
    /** A table is at most this wide; a wider run is not a table's row. */
    private static final int MAX_WIDTH = 16;

    /** One cell: normalised offsets and its text with white space folded. */
    record Cell(int start, int end, String text) {
        boolean isEmpty() { return text.isEmpty(); }
    }

    /** A table: its rows in order (full rows have {@code width} cells), and where it starts in the normalised text. */
    record Table(int start, int width, List<List<Cell>> rows) {}

    private PipeTable() {}

    /**
     * The runs of cells of a text, in order: the cells between consecutive "|" marks until text too long to be a cell.
     * A cell's text is read from the original, so that what normalising drops (a line holding only "1", read as a page
     * number) is kept; its offsets are the normalised ones.
     */
    static List<List<Cell>> stretches(SourceText source) {
        String norm = source.normalised();
        List<List<Cell>> out = new ArrayList<>();
        List<Cell> run = new ArrayList<>();
        int prev = -1;
        for (int i = norm.indexOf('|'); i >= 0; i = norm.indexOf('|', i + 1)) {
            if (prev >= 0) {
                if (isCell(norm, prev + 1, i)) run.add(cell(source, prev + 1, i));
                else {
                    out.add(run);
                    run = new ArrayList<>();
                }
            }
            prev = i;
        }
        out.add(run);
        out.removeIf(List::isEmpty);
        return out;
    }

    private static boolean isCell(String norm, int s, int e) {
        if (e - s > MAX_CELL_CHARS) return false;
        int lines = 0;
        for (int i = s; i < e; i++) if (norm.charAt(i) == '\n' && ++lines > MAX_CELL_LINES) return false;
        return true;
    }

    private static Cell cell(SourceText source, int s, int e) {
        String norm = source.normalised();
        String printed = source.original().substring(source.originalOffset(s - 1) + 1, source.originalOffset(e));
        String text = printed.replace("*", "").replaceAll("\\s+", " ").strip();
        if (text.matches("[-:\\s]*")) text = "";   // a markdown rule "|---|" is no content
        String raw = norm.substring(s, e);
        int lead = 0;
        while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) lead++;
        int trail = raw.length();
        while (trail > lead && Character.isWhitespace(raw.charAt(trail - 1))) trail--;
        return new Cell(s + lead, s + trail, text);
    }

    /** The table of a run of cells (see the class comment), or null when no run is a row. */
    static Table table(List<Cell> cells) {
        int width = 0;
        int k = 0;
        for (Cell c : cells) {
            k = c.isEmpty() ? 0 : k + 1;
            width = Math.max(width, k);
        }
        if (width < 2 || width > MAX_WIDTH) return null;
        List<List<Cell>> rows = new ArrayList<>();
        int p = 0;
        while (p < cells.size()) {
            if (fullRowAt(cells, p, width)) {
                rows.add(cells.subList(p, p + width));
                p += width;
            } else {
                int e = p + 1;
                while (e < cells.size() && !cells.get(e).isEmpty()) e++;
                rows.add(cells.subList(p, e));
                p = e;
            }
            p++;                                                   // the break between two rows
        }
        return new Table(cells.get(0).start(), width, rows);
    }

    /** Whether {@code width} cells from {@code p} are a row: a break (or the end) follows them. */
    private static boolean fullRowAt(List<Cell> cells, int p, int width) {
        if (p + width > cells.size()) return false;
        return p + width == cells.size() || cells.get(p + width).isEmpty();
    }
}
