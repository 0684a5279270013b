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
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * issuing bodies, administrative units and Party terms; {@link #with(Path)} adds the tables of a directory
 * (a national deployment's, or a generated corpus's {@code reference/}). Lookups by name, kind, unit and register
 * go through maps built once here, so they stay cheap with tens of thousands of rows.
 */
public final class ReferenceData {
    public static final String UNITS_FILE = "admin-units.csv", BODIES_FILE = "bodies.csv", TERMS_FILE = "terms.csv";
    private static volatile ReferenceData bundled;

    private final Map<String, Body> bodies;
    private final Map<String, AdminUnit> units;
    private final List<PartyTerm> terms;
    private final Map<String, LegalAct> acts;
    private final ReferenceIndex index;

    public ReferenceData(List<Body> bodies, List<AdminUnit> units, List<PartyTerm> terms) {
        this(bodies, units, terms, List.of());
    }

    public ReferenceData(List<Body> bodies, List<AdminUnit> units, List<PartyTerm> terms, List<LegalAct> acts) {
        this.bodies = index(bodies, Body::id);
        this.units = index(units, AdminUnit::id);
        this.terms = List.copyOf(terms);
        this.acts = index(acts, LegalAct::symbol);
        this.index = new ReferenceIndex(this.units.values(), this.bodies.values(), this.terms);
    }

    /** The reference data bundled with the product. */
    public static ReferenceData bundled() {
        if (bundled == null) {
            synchronized (ReferenceData.class) {
                if (bundled == null) {
                    bundled = new ReferenceData(read(Table.bundled(BODIES_FILE), ReferenceData::body),
                            readUnits(Table.bundled(UNITS_FILE), List.of()), read(Table.bundled(TERMS_FILE), ReferenceData::term),
                            read(Table.bundled("acts.csv"), ReferenceData::act));
                }
            }
        }
        return bundled;
    }

    /** The bundled tables with the rows of the tables in {@code dir}; see {@link #with(Path)}. */
    public static ReferenceData bundledWith(Path dir) { return bundled().with(dir); }

    /**
     * These tables with the rows of {@code dir}'s {@code admin-units.csv}, {@code bodies.csv} and {@code terms.csv}
     * (same columns as the bundled ones; any of them may be missing). A unit's {@code parent} may give a unit id or
     * an unambiguous unit name. A duplicate id, a body of an unknown unit or an unreadable value is refused with
     * the file, the row and the reason.
     */
    public ReferenceData with(Path dir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("reference directory " + dir + " does not exist");
        List<AdminUnit> allUnits = new ArrayList<>(units.values());
        Path unitFile = dir.resolve(UNITS_FILE), bodyFile = dir.resolve(BODIES_FILE), termFile = dir.resolve(TERMS_FILE);
        if (Files.exists(unitFile)) allUnits.addAll(readUnits(Table.file(unitFile), allUnits));
        List<Body> allBodies = new ArrayList<>(bodies.values());
        if (Files.exists(bodyFile)) allBodies.addAll(readBodies(Table.file(bodyFile), allBodies, allUnits));
        List<PartyTerm> allTerms = new ArrayList<>(terms);
        if (Files.exists(termFile)) allTerms.addAll(readTerms(Table.file(termFile), allTerms));
        return new ReferenceData(allBodies, allUnits, allTerms, List.copyOf(acts.values()));
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
        List<AdminUnit> found = index.unitsWithName(successor.nameVi()).stream()
                .filter(u -> !u.id().equals(predecessor.id()))
                .filter(u -> successor.gsoCode() == null || successor.gsoCode().equals(u.gsoCode()))
                .filter(u -> predecessor.validUntil() == null || u.validUntil() == null || u.validUntil().isAfter(predecessor.validUntil()))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public Optional<Body> body(String id) { return Optional.ofNullable(id == null ? null : bodies.get(id)); }

    /**
     * The one central body whose symbol code is {@code code} ("QH", "CP", "TTg", "BTC"), if exactly one has it: the
     * issuer a State document's symbol names (NĐ 30/2020/NĐ-CP, Appendix I: the issuer's abbreviation in the symbol).
     */
    public Optional<Body> centralBodyWithCode(String code) {
        if (code == null || code.isEmpty()) return Optional.empty();
        List<Body> found = bodies.values().stream().filter(b -> b.level() == org.policygraph.model.Level.CENTRAL
                && code.equals(b.symbolCode())).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public Optional<AdminUnit> unit(String id) { return Optional.ofNullable(id == null ? null : units.get(id)); }

    /**
     * Bodies whose full name or one of whose other printed names ({@code alt_vi}) is {@code name}, diacritic- and
     * case-insensitively ("Bộ Tài chính", "bo tai chinh"), in table order; bodies of several periods may share a name.
     */
    public List<Body> bodiesNamed(String name) { return index.bodiesNamed(Slugs.fold(name).strip()); }

    /** {@link #bodiesNamed} narrowed to the bodies that existed on a day (unknown bounds are open). */
    public List<Body> bodiesNamed(String name, LocalDate day) { return bodiesNamed(name).stream().filter(b -> b.validOn(day)).toList(); }

    /** The body of a kind in a unit ("party-committee" in "quan-kien-an"). */
    public Optional<Body> body(String kind, String unitId) { return index.body(kind, unitId); }

    /** The first body of a kind that numbers its documents in a register (the full committee of "kien-an-qu"). */
    public Optional<Body> bodyOfRegister(String register, String kind) {
        return index.bodiesOfRegister(register).stream().filter(b -> b.kind().equals(kind)).findFirst();
    }

    /** Units whose bare name ("Kiến An") matches, diacritic-insensitively, and whose kind is given. */
    public List<AdminUnit> unitsNamed(String bareName, String kind) { return index.unitsNamed(Slugs.fold(bareName).strip(), kind); }

    /** Units of a kind whose full name ("Quận Kiến An") matches, diacritic-insensitively. */
    public List<AdminUnit> unitsFullyNamed(String name, String kind) { return index.unitsFullyNamed(Slugs.fold(name).strip(), kind); }

    /** Units of any kind whose id is {@code nameOrId} or whose full or bare name matches it, diacritic-insensitively. */
    public List<AdminUnit> unitsMatching(String nameOrId) {
        String want = Slugs.fold(nameOrId).strip();
        java.util.LinkedHashSet<AdminUnit> out = new java.util.LinkedHashSet<>();
        unit(nameOrId).ifPresent(out::add);
        out.addAll(index.unitsFullyNamed(want, null));
        out.addAll(index.unitsNamed(want, null));
        return List.copyOf(out);
    }

    /** The units of a kind, longest bare name first. */
    public List<AdminUnit> unitsOfKind(String kind) { return index.unitsOfKind(kind); }

    /**
     * The unit of a kind whose folded bare name stands in {@code folded} (text folded with {@link Slugs#fold}) at
     * {@code at}, not followed by a letter or digit; the longest such name wins. Empty when that name is borne by
     * several units of the kind (see {@link #unitsNamed} to choose among them by date with {@link AdminUnit#validOn}).
     */
    public Optional<AdminUnit> unitNamedAt(String folded, int at, String kind) { return index.unitNamedAt(folded, at, kind); }

    /**
     * As {@link #unitNamedAt(String, int, String)}, choosing among units of one name the one valid on {@code day}, then
     * the one whose parent is {@code within} (either may be null: unknown).
     */
    public Optional<AdminUnit> unitNamedAt(String folded, int at, String kind, java.time.LocalDate day, String within) {
        return index.unitNamedAt(folded, at, kind, day, within);
    }

    /** The terms of a register, in table order. */
    public List<PartyTerm> terms(String register) { return index.termsOf(register); }

    /** The registers having a term opened by the congress of that Roman number, in table order. */
    public List<String> registersOfCongress(String roman) { return index.registersOfCongress(roman); }

    /** The terms of a register containing a year; two when the year is a boundary year. */
    public List<PartyTerm> termsContaining(String register, int year) {
        return terms(register).stream().filter(t -> t.fromYear() <= year && year <= t.toYear()).toList();
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
        return terms(register).stream().filter(t -> t.term().equalsIgnoreCase(roman)).findFirst();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : items) if (m.put(id.apply(t), t) != null) throw new IllegalArgumentException("duplicate reference id " + id.apply(t));
        return Collections.unmodifiableMap(m);
    }

    /** A body row; {@code valid_from} and {@code valid_until} are optional columns. An unknown kind is refused. */
    private static Body body(CSVRecord r) {
        String kind = required(r, "kind");
        if (BodyKind.bySlug(kind).isEmpty()) throw new IllegalArgumentException("unknown body kind " + kind);
        LocalDate from = date(optional(r, "valid_from")), until = date(optional(r, "valid_until"));
        if (from != null && until != null && until.isBefore(from)) throw new IllegalArgumentException("valid_until before valid_from");
        return new Body(required(r, "id"), required(r, "name_vi"), r.get("name_en"), r.get("short_vi"),
                kind, Level.valueOf(required(r, "level").toUpperCase(java.util.Locale.ROOT)), required(r, "unit"),
                blankToNull(r.get("parent")), required(r, "register"), blankToNull(r.get("symbol_code")), list(r.get("alt_vi")),
                from, until);
    }

    /** The cell of a column a table may leave out, or null. */
    private static String optional(CSVRecord r, String column) { return r.isMapped(column) ? r.get(column) : null; }

    private static PartyTerm term(CSVRecord r) {
        return new PartyTerm(required(r, "register"), required(r, "term"), r.get("congress"),
                Integer.parseInt(r.get("from_year").strip()), Integer.parseInt(r.get("to_year").strip()),
                date(r.get("congress_opened")), date(r.get("congress_closed")));
    }

    private static LegalAct act(CSVRecord r) {
        return new LegalAct(r.get("symbol"),
                DocType.bySlug(r.get("type")).orElseThrow(() -> new IllegalArgumentException("unknown type " + r.get("type"))),
                r.get("body"), date(r.get("date")), blankToNull(r.get("period")), blankToNull(r.get("number")));
    }

    /** Bodies of a table, refused when an id repeats one of {@code known} or an earlier row, or names a unit not in {@code units}. */
    private static List<Body> readBodies(Table table, List<Body> known, List<AdminUnit> units) {
        Set<String> ids = new HashSet<>();
        known.forEach(b -> ids.add(b.id()));
        Set<String> unitIds = new HashSet<>();
        units.forEach(u -> unitIds.add(u.id()));
        return read(table, r -> {
            Body b = body(r);
            if (!ids.add(b.id())) throw new IllegalArgumentException("duplicate body id " + b.id());
            if (!unitIds.contains(b.unit())) throw new IllegalArgumentException("body " + b.id() + " names unknown unit " + b.unit());
            return b;
        });
    }

    /** Terms of a table, refused when a (register, term) pair repeats one of {@code known} or an earlier row. */
    private static List<PartyTerm> readTerms(Table table, List<PartyTerm> known) {
        Set<String> keys = new HashSet<>();
        known.forEach(t -> keys.add(t.register() + " " + t.term()));
        return read(table, r -> {
            PartyTerm t = term(r);
            if (!keys.add(t.register() + " " + t.term())) throw new IllegalArgumentException("duplicate term " + t.term() + " of register " + t.register());
            return t;
        });
    }

    /**
     * Units of a table with their explicit ids. The parent column gives the id of a unit of {@code known} or of the
     * table (an id wins), or the name of exactly one such unit.
     */
    private static List<AdminUnit> readUnits(Table table, List<AdminUnit> known) {
        List<CSVRecord> rows = read(table, Function.identity());
        Set<String> ids = new HashSet<>();
        known.forEach(u -> ids.add(u.id()));
        Map<String, List<String>> idsByName = new HashMap<>();
        known.forEach(u -> idsByName.computeIfAbsent(u.nameVi(), k -> new ArrayList<>()).add(u.id()));
        Set<String> tableIds = new HashSet<>();
        for (CSVRecord r : rows) {
            table.check(r, () -> {
                String id = required(r, "id");
                if (ids.contains(id) || !tableIds.add(id)) throw new IllegalArgumentException("duplicate unit id " + id);
                idsByName.computeIfAbsent(required(r, "name_vi"), k -> new ArrayList<>()).add(id);
                return id;
            });
        }
        ids.addAll(tableIds);
        List<AdminUnit> out = new ArrayList<>();
        for (CSVRecord r : rows) {
            out.add(table.check(r, () -> {
                String parentCell = r.get("parent").strip();
                String parent = null;
                if (ids.contains(parentCell)) parent = parentCell;
                else if (!parentCell.isEmpty()) {
                    List<String> named = idsByName.getOrDefault(parentCell, List.of());
                    if (named.size() != 1) throw new IllegalArgumentException("parent '" + parentCell + "' of " + r.get("id") + " names " + named.size() + " units");
                    parent = named.get(0);
                }
                return new AdminUnit(r.get("id").strip(), r.get("name_vi").strip(), required(r, "kind"), parent,
                        blankToNull(r.get("wikidata")), blankToNull(r.get("gso_code")), blankToNull(r.get("geonames")),
                        date(r.get("valid_from")), date(r.get("valid_until")), UnitSuccessor.parseAll(r.get("successor")),
                        blankToNull(r.get("change_basis")));
            }));
        }
        return out;
    }

    private static <T> List<T> read(Table table, Function<CSVRecord, T> row) {
        try (Reader reader = table.open()) {
            List<T> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                out.add(table.check(r, () -> row.apply(r)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + table.name(), e);
        }
    }

    /** A reference table to read, named in errors: a bundled resource or a file. */
    private record Table(String name, java.util.concurrent.Callable<Reader> opener) {
        static Table bundled(String file) {
            String path = "/reference/" + file;
            return new Table(file, () -> {
                InputStream in = ReferenceData.class.getResourceAsStream(path);
                if (in == null) throw new IllegalStateException("reference table " + path + " is not on the class path");
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            });
        }

        static Table file(Path file) { return new Table(file.toString(), () -> Files.newBufferedReader(file, StandardCharsets.UTF_8)); }

        Reader open() throws IOException {
            try {
                return opener.call();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }

        /** Runs a row's conversion; a failure names the table, the row (the header is row 1) and the reason. */
        <T> T check(CSVRecord r, java.util.function.Supplier<T> conversion) {
            try {
                return conversion.get();
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + " row " + (r.getRecordNumber() + 1) + ": " + e.getMessage(), e);
            }
        }
    }

    private static String required(CSVRecord r, String column) {
        String v = r.get(column);
        if (v == null || v.isBlank()) throw new IllegalArgumentException("empty " + column);
        return v.strip();
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    private static LocalDate date(String s) { return s == null || s.isBlank() ? null : LocalDate.parse(s.strip()); }

    private static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
