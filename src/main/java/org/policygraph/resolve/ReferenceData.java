package org.policygraph.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.policygraph.model.DocType;
import org.policygraph.model.Level;
import org.policygraph.text.Slugs;

/**
 * The reference tables of {@code data/reference/} (bundled on the class path under {@code /reference/}):
 * issuing bodies, administrative units and Party terms.
 */
public final class ReferenceData {
    private static volatile ReferenceData bundled;

    private final Map<String, Body> bodies;
    private final Map<String, AdminUnit> units;
    private final List<PartyTerm> terms;
    private final Map<String, LegalAct> acts;

    public ReferenceData(List<Body> bodies, List<AdminUnit> units, List<PartyTerm> terms) {
        this(bodies, units, terms, List.of());
    }

    public ReferenceData(List<Body> bodies, List<AdminUnit> units, List<PartyTerm> terms, List<LegalAct> acts) {
        this.bodies = index(bodies, Body::id);
        this.units = index(units, AdminUnit::id);
        this.terms = List.copyOf(terms);
        this.acts = index(acts, LegalAct::symbol);
    }

    /** The reference data bundled with the product. */
    public static ReferenceData bundled() {
        if (bundled == null) {
            synchronized (ReferenceData.class) {
                if (bundled == null) bundled = new ReferenceData(readBodies(), readUnits(), readTerms(), readActs());
            }
        }
        return bundled;
    }

    public Map<String, Body> bodies() { return bodies; }

    public Map<String, AdminUnit> units() { return units; }

    public List<PartyTerm> terms() { return terms; }

    /** Legal acts named by the reference data, by symbol ("1669/NQ-UBTVQH15"). */
    public Map<String, LegalAct> acts() { return acts; }

    /**
     * The unit a successor entry of {@code predecessor} names: same name, same statistics code when the entry gives
     * one, and not ended before the predecessor ended. Empty when the reference holds no such unit or several.
     */
    public Optional<AdminUnit> successorUnit(AdminUnit predecessor, UnitSuccessor successor) {
        List<AdminUnit> found = units.values().stream()
                .filter(u -> !u.id().equals(predecessor.id()) && u.nameVi().equals(successor.nameVi()))
                .filter(u -> successor.gsoCode() == null || successor.gsoCode().equals(u.gsoCode()))
                .filter(u -> predecessor.validUntil() == null || u.validUntil() == null || u.validUntil().isAfter(predecessor.validUntil()))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public Optional<Body> body(String id) { return Optional.ofNullable(id == null ? null : bodies.get(id)); }

    public Optional<AdminUnit> unit(String id) { return Optional.ofNullable(id == null ? null : units.get(id)); }

    /** The body of a kind in a unit ("party-committee" in "quan-kien-an"). */
    public Optional<Body> body(String kind, String unitId) {
        return bodies.values().stream().filter(b -> b.kind().equals(kind) && b.unit().equals(unitId)).findFirst();
    }

    /** Units whose bare name ("Kiến An") matches, diacritic-insensitively, and whose kind is given. */
    public List<AdminUnit> unitsNamed(String bareName, String kind) {
        String want = Slugs.fold(bareName).strip();
        return units.values().stream()
                .filter(u -> u.kind().equals(kind) && Slugs.fold(u.bareName()).equals(want))
                .toList();
    }

    /** The terms of a register containing a year; two when the year is a boundary year. */
    public List<PartyTerm> termsContaining(String register, int year) {
        return terms.stream().filter(t -> t.register().equals(register) && t.fromYear() <= year && year <= t.toYear()).toList();
    }

    /**
     * The terms a dated document of a register can belong to. A full date in a boundary year is placed by the
     * congress that opened the later term, when the reference records its days: before the congress opened it
     * belongs to the earlier term, after it closed to the later one, during it to either.
     */
    public List<PartyTerm> termsContaining(String register, org.policygraph.model.PartialDate date) {
        List<PartyTerm> byYear = termsContaining(register, date.year());
        if (byYear.size() < 2 || !date.isFull()) return byYear;
        LocalDate d = date.toLocalDate();
        return byYear.stream().filter(t -> fits(t, d, byYear)).toList();
    }

    private static boolean fits(PartyTerm t, LocalDate d, List<PartyTerm> candidates) {
        if (t.fromYear() == d.getYear() && t.congressOpened() != null && d.isBefore(t.congressOpened())) return false;
        PartyTerm next = candidates.stream().filter(n -> n.fromYear() == t.toYear() && n != t).findFirst().orElse(null);
        return next == null || next.congressClosed() == null || !d.isAfter(next.congressClosed());
    }

    public Optional<PartyTerm> term(String register, String roman) {
        return terms.stream().filter(t -> t.register().equals(register) && t.term().equalsIgnoreCase(roman)).findFirst();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : items) if (m.put(id.apply(t), t) != null) throw new IllegalArgumentException("duplicate reference id " + id.apply(t));
        return Map.copyOf(m);
    }

    private static List<Body> readBodies() {
        return read("bodies.csv", r -> new Body(r.get("id"), r.get("name_vi"), r.get("name_en"), r.get("short_vi"),
                r.get("kind"), Level.valueOf(r.get("level").toUpperCase(java.util.Locale.ROOT)), r.get("unit"),
                blankToNull(r.get("parent")), r.get("register"), r.get("symbol_code"), list(r.get("alt_vi"))));
    }

    private static List<PartyTerm> readTerms() {
        return read("terms.csv", r -> new PartyTerm(r.get("register"), r.get("term"), r.get("congress"),
                Integer.parseInt(r.get("from_year")), Integer.parseInt(r.get("to_year")),
                date(r.get("congress_opened")), date(r.get("congress_closed"))));
    }

    private static List<LegalAct> readActs() {
        return read("acts.csv", r -> new LegalAct(r.get("symbol"),
                DocType.bySlug(r.get("type")).orElseThrow(() -> new IllegalArgumentException("acts.csv: unknown type " + r.get("type"))),
                r.get("body"), date(r.get("date")), blankToNull(r.get("period")), blankToNull(r.get("number"))));
    }

    /** Units with their explicit ids; the parent column names the parent unit, which must be unambiguous. */
    private static List<AdminUnit> readUnits() {
        List<CSVRecord> rows = read("admin-units.csv", Function.identity());
        Map<String, List<String>> idsByName = new HashMap<>();
        for (CSVRecord r : rows) idsByName.computeIfAbsent(r.get("name_vi"), k -> new ArrayList<>()).add(r.get("id"));
        List<AdminUnit> out = new ArrayList<>();
        for (CSVRecord r : rows) {
            String parentName = r.get("parent");
            String parent = null;
            if (!parentName.isBlank()) {
                List<String> ids = idsByName.getOrDefault(parentName, List.of());
                if (ids.size() != 1) throw new IllegalArgumentException("admin-units.csv: parent '" + parentName + "' of " + r.get("id") + " names " + ids.size() + " units");
                parent = ids.get(0);
            }
            out.add(new AdminUnit(r.get("id"), r.get("name_vi"), r.get("kind"), parent,
                    blankToNull(r.get("wikidata")), blankToNull(r.get("gso_code")), blankToNull(r.get("geonames")),
                    date(r.get("valid_from")), date(r.get("valid_until")), UnitSuccessor.parseAll(r.get("successor")),
                    blankToNull(r.get("change_basis"))));
        }
        return out;
    }

    private static <T> List<T> read(String name, Function<CSVRecord, T> row) {
        String path = "/reference/" + name;
        try (InputStream in = ReferenceData.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("reference table " + path + " is not on the class path");
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            List<T> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                out.add(row.apply(r));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    private static LocalDate date(String s) { return s == null || s.isBlank() ? null : LocalDate.parse(s.strip()); }

    private static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
