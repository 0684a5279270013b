package org.policygraph.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import org.policygraph.model.Comparator;
import org.policygraph.model.ReportedFigure;
import org.policygraph.model.Target;
import org.policygraph.resolve.MeasureCatalogue;
import org.policygraph.text.SourceText;
import org.policygraph.text.Span;

/**
 * The targets and figures of the value columns of an {@link IndicatorTable}: a plan or forecast column gives a target
 * "=" its value (a range "1-1,5" a range) for the column's year, in the unit of the row's unit cell; a "Thực hiện" /
 * "Ước thực hiện" column gives a reported figure of that year. The columns of one row are its targets in printed
 * order (sub null, 1, 2, ...).
 */
final class TableTargets {
    private final MeasureCatalogue measures;

    TableTargets(MeasureCatalogue measures) { this.measures = measures; }

    List<Target> targets(SourceText source, IndicatorTable table, String tableLabel, int ordinal) {
        List<Target> out = new ArrayList<>();
        for (IndicatorTable.Row row : table.rows) {
            IndicatorLexicon.UnitWord unit = IndicatorTable.unit(row.unit());
            if (unit == null) continue;
            int sub = 0;
            ordinal++;
            for (IndicatorTable.Column c : table.columns) {
                if (c.kind() != IndicatorTable.Kind.PLAN) continue;
                PipeTable.Cell cell = row.cells().get(c.index());
                double[] v = IndicatorTable.value(cell);
                if (v == null) continue;
                boolean range = v.length == 2;
                Double value = range ? null : v[0] * unit.factor();
                Double min = range ? v[0] * unit.factor() : null, max = range ? v[1] * unit.factor() : null;
                String concept = measures.match(row.measure(), unit.code()).orElse(null);
                Span rowSpan = source.toOriginal(row.cells().get(0).start(), row.cells().get(row.cells().size() - 1).end());
                String text = row.measure() + " (" + row.unit().text() + "): " + cell.text();
                out.add(new Target(ordinal, sub == 0 ? null : sub, table.title, null, text, text, row.measure(), concept,
                        range ? Comparator.RANGE : Comparator.EQ, value, min, max, unit.code(), unit.printed(), null, c.year(),
                        rowSpan, source.toOriginal(cell.start(), cell.end()), tableLabel + "/" + row.label()));
                sub++;
            }
        }
        return out;
    }

    List<ReportedFigure> figures(SourceText source, IndicatorTable table) {
        List<ReportedFigure> out = new ArrayList<>();
        for (IndicatorTable.Row row : table.rows) {
            IndicatorLexicon.UnitWord unit = IndicatorTable.unit(row.unit());
            if (unit == null) continue;
            for (IndicatorTable.Column c : table.columns) {
                if (c.kind() != IndicatorTable.Kind.ACTUAL) continue;
                PipeTable.Cell cell = row.cells().get(c.index());
                double[] v = IndicatorTable.value(cell);
                if (v == null || v.length != 1) continue;
                String text = row.measure() + " (" + row.unit().text() + "): " + cell.text();
                out.add(new ReportedFigure(null, row.measure(), measures.match(row.measure(), unit.code()).orElse(null),
                        String.valueOf(c.year()), v[0] * unit.factor(), unit.code(), unit.printed(), null, null, null, null, null, null,
                        null, c.estimated(), text, source.toOriginal(cell.start(), cell.end())));
            }
        }
        return out;
    }
}
