package org.policygraph.extract.header;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.policygraph.model.Level;
import org.policygraph.resolve.AdminUnit;
import org.policygraph.resolve.Body;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.Slugs;

/**
 * Finds phrases naming issuing bodies ("Ban Chấp hành Đảng bộ quận", "UBND quận Kiến An", "T/M BAN CHẤP HÀNH")
 * and resolves a body kind, level and administrative unit to a body of the reference data.
 */
final class IssuerResolver {

    /** A body phrase in the normalised text; level and unit are null when the phrase does not say. */
    record Mention(String kind, Level level, String unitId, int start, int end) {}

    /** The top unit must be mentioned at least this many times as often as the next one. */
    private static final int CLEAR_MARGIN = 3;

    /** Levels a place line is tried at when the body does not say its level; a place names a district or city office. */
    private static final List<Level> PLACE_LEVELS = List.of(Level.DISTRICT, Level.CITY);

    private final ReferenceData reference;

    /** The document's date: of two units of one name (a province before and after 1 July 2025), the one valid then. */
    private final java.time.LocalDate day;

    /** The province its header names: of two districts of one name, the one inside it. */
    private final String province;

    IssuerResolver(ReferenceData reference) { this(reference, null, null); }

    private IssuerResolver(ReferenceData reference, java.time.LocalDate day, String province) {
        this.reference = reference;
        this.day = day;
        this.province = province;
    }

    /** This resolver for a document of a date and province (either null: unknown). */
    IssuerResolver on(java.time.LocalDate day, String province) { return new IssuerResolver(reference, day, province); }

    /** The first province-level unit named in [from, to) ("ĐẢNG BỘ THÀNH PHỐ QUÝ NAM", "UBND TỈNH HÀ TĨNH"), or null. */
    String provinceNamed(String text, String folded, int from, int to) {
        Matcher m = HeaderPatterns.UNIT_MENTIONS.get(Level.CITY).matcher(text).region(from, to);
        while (m.find()) {
            Optional<AdminUnit> u = reference.unitNamedAt(folded, m.start("name"), unitKind(Level.CITY), day, null);
            if (u.isPresent()) return u.get().id();
        }
        return null;
    }

    /** Body phrases in {@code [from, to)}, leftmost first, not overlapping; the first listed phrase wins a tie. */
    List<Mention> find(String text, String folded, int from, int to) {
        record Hit(int phrase, int start) {}
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < HeaderPatterns.BODY_PHRASES.size(); i++) {
            Matcher m = HeaderPatterns.BODY_PHRASES.get(i).pattern().matcher(text).region(from, to);
            while (m.find()) hits.add(new Hit(i, m.start()));
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::phrase));
        List<Mention> out = new ArrayList<>();
        int last = from;
        for (Hit h : hits) {
            if (h.start() < last || insideSymbol(text, h.start())) continue;
            HeaderPatterns.BodyPhrase p = HeaderPatterns.BODY_PHRASES.get(h.phrase());
            Matcher m = p.pattern().matcher(text).region(h.start(), to);
            if (!m.lookingAt()) continue;
            Level level = p.level() != null ? p.level() : HeaderPatterns.levelOfWord(group(m, "uw", group(m, "cw", null)));
            UnitName unit = level == null ? null : unitNamedAt(folded, m.end(), level);
            int end = unit != null && unit.end() > m.end() ? unit.end() : m.end();
            out.add(new Mention(p.kind(), level, unit == null ? null : unit.id(), m.start(), end));
            last = end;
        }
        return out;
    }

    /** A unit named in the text, and where its name ends. */
    record UnitName(String id, int end) {}

    /** The unit of a level whose name follows {@code at} ("... quận| Kiến An"), or null. */
    UnitName unitNamedAt(String folded, int at, Level level) {
        if (level == Level.CENTRAL) return new UnitName(centralUnit(), at);
        int p = at;
        while (p < folded.length() && Character.isWhitespace(folded.charAt(p))) p++;
        if (p == at) return null;
        int from = p;
        return reference.unitNamedAt(folded, from, unitKind(level), day, province).map(u -> new UnitName(u.id(), from + Slugs.fold(u.bareName()).length())).orElse(null);
    }

    /** The unit of a level named in a place line ("Kiến An"), or null. */
    String unitNamed(String place, Level level) {
        if (place == null || level == null) return null;
        String want = Slugs.fold(place).strip();
        return java.util.stream.Stream.concat(reference.unitsNamed(want, unitKind(level)).stream(), reference.unitsFullyNamed(want, unitKind(level)).stream())
                .filter(u -> day == null || u.validOn(day)).filter(u -> province == null || level == Level.CITY || province.equals(u.parent()))
                .map(AdminUnit::id).findFirst().orElse(null);
    }

    /** The level of the unit a place line names ("Kiến An": a district), trying district then city; null when none. */
    Level levelOfPlace(String place) {
        for (Level level : PLACE_LEVELS) if (unitNamed(place, level) != null) return level;
        return null;
    }

    /**
     * The unit of a level the text names most ("quận Kiến An", "Quận uỷ Kiến An"), diacritic-insensitively, when it
     * is clearly ahead of any other unit named at that level, including units the reference data does not hold;
     * else null.
     */
    String dominantUnit(String text, String folded, Level level) {
        if (level == null) return null;
        if (level == Level.CENTRAL) return centralUnit();
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = HeaderPatterns.UNIT_MENTIONS.get(level).matcher(text);
        while (m.find()) counts.merge(nameKey(text, folded, m.start("name"), level), 1, Integer::sum);
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getKey().startsWith("?")) return null;
        int top = ranked.get(0).getValue();
        int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        return top > second && top >= CLEAR_MARGIN * second ? ranked.get(0).getKey() : null;
    }

    /** The reference unit whose name starts at {@code at}, or "?" and the first words of an unknown name. */
    private String nameKey(String text, String folded, int at, Level level) {
        Optional<AdminUnit> named = reference.unitNamedAt(folded, at, unitKind(level), day, province);
        if (named.isPresent()) return named.get().id();
        String[] words = text.substring(at, Math.min(text.length(), at + 60)).split("[\\s\\p{Punct}]+");
        return "?" + Slugs.fold(String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, HeaderPatterns.UNKNOWN_NAME_WORDS))));
    }

    /**
     * The reference body a printed name names ("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "BỘ TÀI CHÍNH", "UBND TỈNH HÀ TĨNH"),
     * valid on the document's day when it is known; empty when none or more than one does.
     */
    Optional<Body> named(String printed) {
        String name = HeaderPatterns.expandAbbreviations(printed);
        List<Body> found = day == null ? reference.bodiesNamed(name) : reference.bodiesNamed(name, day);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The reference body of a kind in a unit. */
    Optional<Body> body(String kind, String unitId) {
        return kind == null || unitId == null ? Optional.empty() : reference.body(kind, unitId);
    }

    private static String unitKind(Level level) { return HeaderPatterns.UNIT_KIND.get(level); }

    private String centralUnit() {
        return reference.unitsOfKind("country").stream().map(AdminUnit::id).findFirst().orElse(null);
    }

    /** True for an issuer code inside a symbol ("/BC-UBND"), which names no body by itself. */
    private static boolean insideSymbol(String text, int at) { return at > 0 && (text.charAt(at - 1) == '-' || text.charAt(at - 1) == '/'); }


    private static String group(Matcher m, String name, String otherwise) {
        try {
            String g = m.group(name);
            return g != null ? g : otherwise;
        } catch (IllegalArgumentException noSuchGroup) {
            return otherwise;
        }
    }
}
