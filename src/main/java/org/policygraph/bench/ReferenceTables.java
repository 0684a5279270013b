package org.policygraph.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.Slugs;

/**
 * The reference tables of a synthetic geography, in the columns of {@code data/reference/}: {@code admin-units.csv}
 * (every unit of both maps but the centre, which the bundled table holds), {@code bodies.csv} (the Party committee,
 * its standing committee, the People's Council and the People's Committee of every province and district, and of
 * the wards and communes the corpus writes documents for) and {@code terms.csv} (the local Party terms of those
 * committees). Columns the generator cannot know (Wikidata, GeoNames, statistics codes) stay empty.
 */
final class ReferenceTables {
    static final String DIR = "reference";
    static final String[] UNIT_COLUMNS = {"id", "name_vi", "kind", "parent", "wikidata", "gso_code", "geonames", "gadm",
            "valid_from", "valid_until", "successor", "change_basis", "source"};
    static final String[] BODY_COLUMNS = {"id", "name_vi", "name_en", "short_vi", "kind", "level", "unit", "parent",
            "register", "symbol_code", "alt_vi", "valid_from", "valid_until", "source"};
    static final String[] TERM_COLUMNS = {"register", "term", "congress", "from_year", "to_year", "congress_opened",
            "congress_closed", "note"};
    /** The last day of the old map and the first of the new (the reform took effect 1 July 2025). */
    static final String OLD_MAP_UNTIL = "2025-06-30", NEW_MAP_FROM = "2025-07-01";
    /** Ids of the centre's bodies in the bundled table: parents of the provinces' bodies. */
    private static final Map<String, String> CENTRAL_PARENT = Map.of(
            "party-committee", "tw-bch", "peoples-council", "qh", "peoples-committee", "cp");

    private final Geography geo;
    private final long seed;
    /** Unique stem of each unit ("an-binh", or with its parent's stem where names repeat): the root of its ids. */
    private final Map<Integer, String> stems = new HashMap<>();
    /** Ids and registers of the bundled tables, which the synthetic ones must not repeat ("phuong-dong-hoa"). */
    private final Set<String> bundledIds = new HashSet<>();

    ReferenceTables(Geography geo, long seed) {
        this.geo = geo;
        this.seed = seed;
        Set<String> used = new HashSet<>();
        ReferenceData bundled = ReferenceData.bundled();
        bundledIds.addAll(bundled.units().keySet());
        bundledIds.addAll(bundled.bodies().keySet());
        bundled.bodies().values().forEach(b -> bundledIds.add(b.register()));
        for (boolean after : new boolean[] {false, true}) {
            for (Unit p : geo.provinces(after)) {
                stem(p, used);
                for (Unit d : geo.children(p)) {
                    stem(d, used);
                    for (Unit w : geo.children(d)) stem(w, used);
                }
            }
        }
    }

    private void stem(Unit u, Set<String> used) {
        String base = Slugs.slug(u.name());
        String parent = u.parent() == null ? null : stems.get(u.parent().id());
        List<String> candidates = new ArrayList<>(List.of(base));
        if (parent != null) candidates.add(base + "-" + parent);
        if (u.afterReform()) candidates.add(candidates.get(candidates.size() - 1) + "-2025");
        candidates.add(base + "-" + u.id());
        String stem = candidates.stream().filter(c -> !used.contains(c) && !clashesWithBundled(u, c)).findFirst().orElseThrow();
        used.add(stem);
        stems.put(u.id(), stem);
    }

    private boolean clashesWithBundled(Unit u, String stem) {
        String register = stem + "-" + Slugs.slug(u.kind().partyCode);
        return Stream.of(Slugs.slug(u.kind().prefix) + "-" + stem, register, register + "-bch", register + "-btv", stem + "-hdnd", stem + "-ubnd")
                .anyMatch(bundledIds::contains);
    }

    /** The unit's id: "quan-kien-an", "phuong-an-binh-kien-an". */
    String unitId(Unit u) { return u.kind() == UnitKind.CENTRE ? "viet-nam" : Slugs.slug(u.kind().prefix) + "-" + stems.get(u.id()); }

    /** The numbering register of the unit's Party committee: "kien-an-qu". */
    String partyRegister(Unit u) { return stems.get(u.id()) + "-" + Slugs.slug(u.kind().partyCode); }

    /** Writes the three tables under {@code corpusDir/reference/}; bodies for wards only in {@code wardsWithDocuments}. */
    void write(Path corpusDir, Set<Integer> wardsWithDocuments) throws IOException {
        Path dir = Files.createDirectories(corpusDir.resolve(DIR));
        try (CSVPrinter units = printer(dir.resolve(ReferenceData.UNITS_FILE), UNIT_COLUMNS);
             CSVPrinter bodies = printer(dir.resolve(ReferenceData.BODIES_FILE), BODY_COLUMNS);
             CSVPrinter terms = printer(dir.resolve(ReferenceData.TERMS_FILE), TERM_COLUMNS)) {
            for (boolean after : new boolean[] {false, true}) {
                for (Unit p : geo.provinces(after)) {
                    unit(units, bodies, terms, p);
                    for (Unit d : geo.children(p)) {
                        if (d.kind().isWard()) unit(units, wardsWithDocuments.contains(d.id()) ? bodies : null, terms, d);
                        else unit(units, bodies, terms, d);
                        for (Unit w : geo.children(d)) unit(units, wardsWithDocuments.contains(w.id()) ? bodies : null, terms, w);
                    }
                }
            }
        }
    }

    private static CSVPrinter printer(Path file, String[] columns) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader(columns).setRecordSeparator('\n').get().print(w);
    }

    /** The unit's row; its bodies and Party terms unless {@code bodies} is null. */
    private void unit(CSVPrinter units, CSVPrinter bodies, CSVPrinter terms, Unit u) throws IOException {
        // A unit of the new map begins with the reform, one of the old map ends the day before; its bodies live as long.
        String from = u.afterReform() ? NEW_MAP_FROM : "", until = u.afterReform() ? "" : OLD_MAP_UNTIL, source = "synthetic: bench generate --seed " + seed;
        units.printRecord(unitId(u), u.fullName(), referenceKind(u), unitId(u.parent()), "", "", "", "", from, until, "", "", source);
        if (bodies == null) return;
        String stem = stems.get(u.id()), register = partyRegister(u), level = u.kind().level;
        String code = u.kind().partyCode, common = u.kind().common, name = u.name();
        String en = english(name) + " " + englishKind(u.kind());
        bodies.printRecord(register + "-bch", Identities.executive(u), en + " Party Committee", u.committee(), "party-committee", level,
                unitId(u), parentBody(u, "party-committee"), register, code, u.kind().committee + ";" + u.executive(), from, until, source);
        bodies.printRecord(register + "-btv", Identities.standing(u), "Standing Committee of the " + en + " Party Committee", u.standing(),
                "standing-committee", level, unitId(u), register + "-bch", register, code, Identities.standing(u), from, until, source);
        bodies.printRecord(stem + "-hdnd", u.council() + " " + name, en + " People's Council", "HĐND " + common, "peoples-council", level,
                unitId(u), parentBody(u, "peoples-council"), stem + "-hdnd", "HĐND", "HĐND " + common + " " + name, from, until, source);
        bodies.printRecord(stem + "-ubnd", u.committeeState() + " " + name, en + " People's Committee", "UBND " + common, "peoples-committee",
                level, unitId(u), parentBody(u, "peoples-committee"), stem + "-ubnd", "UBND", "UBND " + common + " " + name, from, until, source);
        int[][] spans = u.afterReform() ? new int[][] {{2, 2025, 2030}} : new int[][] {{0, 2015, 2020}, {1, 2020, 2025}};
        for (int[] s : spans) {
            String roman = VietFormat.roman(u.termBase() + s[0]);
            String opened = s[1] + "-10-01";
            terms.printRecord(register, roman, roman, s[1], s[2], opened, opened,
                    "synthetic term of " + u.committee() + " (the generator opens local terms on 1 October)");
        }
    }

    private String parentBody(Unit u, String kind) {
        Unit parent = u.parent();
        if (parent == null || parent.kind() == UnitKind.CENTRE) return CENTRAL_PARENT.get(kind);
        String stem = stems.get(parent.id());
        return switch (kind) {
            case "party-committee" -> partyRegister(parent) + "-bch";
            case "peoples-council" -> stem + "-hdnd";
            default -> stem + "-ubnd";
        };
    }

    /** The reference unit kind: city (provinces too), district, ward (communes too). */
    static String referenceKind(Unit u) {
        return u.kind().isProvincial() ? "city" : u.kind().isDistrict() ? "district" : u.kind().isWard() ? "ward" : "country";
    }

    private static String englishKind(UnitKind k) {
        return switch (k) {
            case PROVINCE -> "Province";
            case CITY -> "City";
            case URBAN_DISTRICT, RURAL_DISTRICT -> "District";
            case WARD -> "Ward";
            case COMMUNE -> "Commune";
            case CENTRE -> "National";
        };
    }

    /** "Quới Cẩm" -> "Quoi Cam". */
    private static String english(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }
}
