package org.policygraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QuerySolution;
import org.policygraph.rdf.IriScheme;
import org.policygraph.resolve.AdminUnit;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.store.PolicyStore;
import org.policygraph.text.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code indicators --unit "Kiến An" --year 2024}: per measure, the targets the unit set for the year, the latest
 * figure reported for it and the share achieved where it can be computed; what is not known is shown as unknown.
 * Runs the bundled query {@code queries/indicators-target-vs-actual.rq} with the unit and year put in.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = {"Target against actual: per measure, the targets an administrative unit set for a year, the latest",
                "figure reported for it and the share achieved where it can be computed (unknown stays unknown)."})
final class IndicatorsCommand implements Callable<Integer> {
    static final String QUERY = "/queries/indicators-target-vs-actual.rq";
    private static final String UNKNOWN = "?";

    @Mixin StoreOption store;
    @Mixin ReferenceOption reference;

    @Option(names = "--unit", required = true, paramLabel = "NAME", description = "administrative unit: name (\"Kiến An\") or id (\"quan-kien-an\")")
    String unit;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "the year of the targets")
    int year;

    @Override
    public Integer call() {
        List<AdminUnit> units = resolve(reference.data(), unit);
        if (units.isEmpty()) {
            System.err.println("policy-graph: no administrative unit is named " + unit);
            return 2;
        }
        AdminUnit u = units.get(0);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (PolicyStore s = store.open()) {
            List<QuerySolution> rows = new ArrayList<>();
            s.select(query(IriScheme.standard().unit(u.id()), year), rows::add);
            print(out, u, year, rows);
        }
        return 0;
    }

    /** Units matching a name or id: districts first, then cities, wards, other kinds. */
    static List<AdminUnit> resolve(ReferenceData reference, String nameOrId) {
        List<String> order = List.of("district", "city", "ward");
        return reference.unitsMatching(nameOrId).stream()
                .sorted(Comparator.comparingInt((AdminUnit x) -> order.indexOf(x.kind()) < 0 ? 9 : order.indexOf(x.kind()))
                        .thenComparing(x -> x.validUntil() == null ? "" : x.validUntil().toString()))
                .toList();
    }

    /** The bundled query with its parameter line set to the unit and year. */
    static String query(String unitIri, int year) {
        String text;
        try (InputStream in = IndicatorsCommand.class.getResourceAsStream(QUERY)) {
            if (in == null) throw new IllegalStateException(QUERY + " is not on the class path");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.replaceFirst("(?m)^\\s*VALUES \\(\\?area \\?year\\).*# parameters$",
                "  VALUES (?area ?year) { (<" + unitIri + "> \"" + year + "\") }");
    }

    static void print(PrintStream out, AdminUnit u, int year, List<QuerySolution> rows) {
        out.println(u.nameVi() + ", " + year + ": chỉ tiêu và thực hiện / targets and actuals");
        if (rows.isEmpty()) {
            out.println("  (no targets with a known measure for this unit and year)");
            return;
        }
        Map<String, List<QuerySolution>> byMeasure = new LinkedHashMap<>();
        for (QuerySolution r : rows) byMeasure.computeIfAbsent(text(r, "measureName", r.getResource("measure").getURI()), k -> new ArrayList<>()).add(r);
        out.printf("%-60s %-26s %-44s %s%n", "measure", "target", "latest reported", "share achieved");
        for (var e : byMeasure.entrySet()) {
            for (QuerySolution r : e.getValue()) {
                out.printf("%-60s %-26s %-44s %s%n", cut(e.getKey(), 60), target(r), figure(r),
                        r.contains("share") ? number(r.getLiteral("share").getDouble(), 1) + " %" : UNKNOWN);
            }
        }
    }

    static String target(QuerySolution r) {
        String unit = text(r, "targetUnit", "");
        String v = r.contains("targetValue") ? number(r.getLiteral("targetValue").getDouble(), 3) : null;
        String range = r.contains("targetLower") && r.contains("targetUpper")
                ? number(r.getLiteral("targetLower").getDouble(), 3) + "–" + number(r.getLiteral("targetUpper").getDouble(), 3) : null;
        String c = text(r, "comparator", "");
        String s = switch (c) {
            case "=" -> v;
            case ">=" -> "≥ " + v;
            case ">" -> "> " + v;
            case "<=" -> "≤ " + v;
            case "range" -> range;
            case "increase_by" -> "+" + (r.contains("targetLower") ? "≥ " : "") + v;
            case "increase_by_range" -> "+" + range;
            case "qualitative" -> "(qualitative)";
            default -> v;
        };
        return s == null ? UNKNOWN : (s + " " + unit).strip();
    }

    static String figure(QuerySolution r) {
        if (!r.contains("actual")) return UNKNOWN;
        StringBuilder b = new StringBuilder(number(r.getLiteral("actual").getDouble(), 3));
        b.append(' ').append(text(r, "actualUnit", "")).append(" (").append(r.getLiteral("period").getLexicalForm()).append(')');
        if (r.contains("pctOfPlan")) b.append(", ").append(number(r.getLiteral("pctOfPlan").getDouble(), 2)).append("% KH");
        if (r.contains("changeYoy")) b.append(", ").append(number(r.getLiteral("changeYoy").getDouble(), 2)).append("% yoy");
        if (r.contains("partial") && r.getLiteral("partial").getBoolean()) b.append(", partial: ").append(text(r, "figureName", "?"));
        return b.toString();
    }

    private static String text(QuerySolution r, String var, String otherwise) {
        return r.contains(var) ? r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm() : r.get(var).toString() : otherwise;
    }

    private static String number(double d, int scale) {
        return BigDecimal.valueOf(d).setScale(scale, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String cut(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }
}
