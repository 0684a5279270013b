package org.policygraph.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An indicator printed as a row of a table ("| 15 | Tỷ lệ dân số tham gia bảo hiểm y tế | % | 94 |"): the row is read
 * as one clause with the cell separators and the unit column blanked out (offsets unchanged), and a value printed
 * without a unit takes the unit of the unit column.
 */
final class TableCells {
    private TableCells() {}

    /** The unit code of a cell that holds only a unit word, or null. */
    static String unitColumn(String row) {
        for (String cell : row.split("\\|")) {
            Optional<IndicatorLexicon.UnitWord> u = unitCell(cell);
            if (u.isPresent()) return u.get().code();
        }
        return null;
    }

    /** The row with "|" and unit-only cells replaced by spaces, so offsets stay those of the text. */
    static String blankSeparators(String row) {
        StringBuilder b = new StringBuilder(row.length());
        for (String cell : row.split("\\|", -1)) {
            if (b.length() > 0) b.append(' ');
            b.append(unitCell(cell).isPresent() ? " ".repeat(cell.length()) : cell);
        }
        return b.toString();
    }

    /** Values without a unit take the row's unit. */
    static List<Quantity> withUnit(List<Quantity> qs, String unit) {
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : qs) {
            out.add("none".equals(q.unit()) ? new Quantity(q.start(), q.end(), q.value(), q.min(), q.max(), unit, null) : q);
        }
        return out;
    }

    private static Optional<IndicatorLexicon.UnitWord> unitCell(String cell) {
        String c = IndicatorLexicon.lower(cell.strip());
        if (c.isEmpty()) return Optional.empty();
        return IndicatorLexicon.unitAt(c, 0).filter(u -> u.printed().length() == c.length());
    }
}
