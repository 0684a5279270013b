package org.policygraph.resolve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of the {@code successor} column of {@code admin-units.csv}: a unit that took over all or part of a
 * unit's territory. Grammar of an entry: {@code [note ->] name [(gso code | note)] [[part|remainder|whole]]},
 * for example "Phường Kiến An (11443) [part]", "remainder of An Hưng -> Phường An Dương (11581)",
 * "Phường Bắc Hà (same GSO code 11449 from 2025-01-01)". Entries are separated by ";".
 *
 * @param nameVi  name of the successor ("Phường Kiến An")
 * @param gsoCode its statistics office code, or null
 * @param share   "part", "remainder" or "whole", or null when the reference does not say
 * @param note    other words of the entry ("remainder of An Hưng"), or null
 */
public record UnitSuccessor(String nameVi, String gsoCode, String share, String note) {
    private static final Pattern ENTRY = Pattern.compile(
            "^(?:(?<note>.+?)\\s*->\\s*)?(?<name>[^(\\[]+?)\\s*(?:\\((?<paren>[^)]*)\\))?\\s*(?:\\[(?<share>part|remainder|whole)])?$");
    private static final Pattern CODE = Pattern.compile("\\d+");

    /** Parses a whole cell; a blank cell gives no successors. */
    public static List<UnitSuccessor> parseAll(String cell) {
        if (cell == null || cell.isBlank()) return List.of();
        return java.util.Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(UnitSuccessor::parse).toList();
    }

    public static UnitSuccessor parse(String entry) {
        Matcher m = ENTRY.matcher(entry.strip());
        if (!m.matches()) throw new IllegalArgumentException("unreadable successor entry: " + entry);
        String paren = m.group("paren");
        String code = paren != null && CODE.matcher(paren.strip()).matches() ? paren.strip() : null;
        String note = join(m.group("note"), code == null ? paren : null);
        return new UnitSuccessor(m.group("name").strip(), code, m.group("share"), note);
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) return b == null || b.isBlank() ? null : b.strip();
        return b == null || b.isBlank() ? a.strip() : a.strip() + "; " + b.strip();
    }
}
