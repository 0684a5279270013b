package org.policygraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.policygraph.text.Slugs;

/**
 * Maps over the reference tables, built once: units by (folded bare name, kind), (folded full name, kind), kind and
 * exact name; bodies by (kind, unit), register and folded name; terms by register and congress. Lists keep table order.
 */
final class ReferenceIndex {
    /** Key of "any kind" in the name maps. */
    private static final String ANY = "";

    private final Map<String, Map<String, List<AdminUnit>>> byBareName = new HashMap<>();
    private final Map<String, Map<String, List<AdminUnit>>> byFullName = new HashMap<>();
    private final Map<String, List<AdminUnit>> byKind = new HashMap<>();
    private final Map<String, Integer> longestBareName = new HashMap<>();
    private final Map<String, List<AdminUnit>> byName = new HashMap<>();
    private final Map<String, Body> bodyByKindAndUnit = new HashMap<>();
    private final Map<String, List<Body>> bodiesByRegister = new HashMap<>();
    private final Map<String, List<Body>> bodiesByName = new HashMap<>();
    private final Map<String, List<PartyTerm>> termsByRegister = new HashMap<>();
    private final Map<String, List<String>> registersByCongress = new HashMap<>();

    ReferenceIndex(Collection<AdminUnit> units, Collection<Body> bodies, List<PartyTerm> terms) {
        for (AdminUnit u : units) {
            String bare = Slugs.fold(u.bareName()), full = Slugs.fold(u.nameVi());
            for (String kind : new String[] {u.kind(), ANY}) {
                byBareName.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(bare, k -> new ArrayList<>()).add(u);
                byFullName.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(full, k -> new ArrayList<>()).add(u);
            }
            byKind.computeIfAbsent(u.kind(), k -> new ArrayList<>()).add(u);
            longestBareName.merge(u.kind(), bare.length(), Math::max);
            byName.computeIfAbsent(u.nameVi(), k -> new ArrayList<>()).add(u);
        }
        byKind.replaceAll((k, list) -> list.stream().sorted(Comparator.comparingInt((AdminUnit u) -> -u.bareName().length())).toList());
        for (Body b : bodies) {
            bodyByKindAndUnit.putIfAbsent(b.kind() + '\n' + b.unit(), b);
            bodiesByRegister.computeIfAbsent(b.register(), k -> new ArrayList<>()).add(b);
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            names.add(Slugs.fold(b.nameVi()).strip());
            b.altVi().forEach(a -> names.add(Slugs.fold(a).strip()));
            names.forEach(n -> bodiesByName.computeIfAbsent(n, k -> new ArrayList<>()).add(b));
        }
        Map<String, LinkedHashMap<String, Boolean>> registers = new HashMap<>();
        for (PartyTerm t : terms) {
            termsByRegister.computeIfAbsent(t.register(), k -> new ArrayList<>()).add(t);
            if (t.congress() != null) {
                registers.computeIfAbsent(t.congress().toUpperCase(Locale.ROOT), k -> new LinkedHashMap<>()).put(t.register(), true);
            }
        }
        registers.forEach((congress, regs) -> registersByCongress.put(congress, List.copyOf(regs.keySet())));
    }

    /** Units of a kind (any kind for null) with this folded bare name. */
    List<AdminUnit> unitsNamed(String foldedBare, String kind) { return named(byBareName, foldedBare, kind); }

    /** Units of a kind (any kind for null) with this folded full name. */
    List<AdminUnit> unitsFullyNamed(String foldedFull, String kind) { return named(byFullName, foldedFull, kind); }

    private static List<AdminUnit> named(Map<String, Map<String, List<AdminUnit>>> map, String folded, String kind) {
        List<AdminUnit> found = map.getOrDefault(kind == null ? ANY : kind, Map.of()).get(folded);
        return found == null ? List.of() : List.copyOf(found);
    }

    List<AdminUnit> unitsOfKind(String kind) { return byKind.getOrDefault(kind, List.of()); }

    List<AdminUnit> unitsWithName(String nameVi) { return byName.getOrDefault(nameVi, List.of()); }

    /**
     * The unit of a kind whose folded bare name starts at {@code at} and is not followed by a letter or digit; longest
     * first. Empty when the longest name found is borne by several units of the kind (a province before and after 1 July
     * 2025, a ward name reused): an undated name does not say which, so the unit stays unknown.
     */
    Optional<AdminUnit> unitNamedAt(String folded, int at, String kind) { return unitNamedAt(folded, at, kind, null, null); }

    /**
     * As {@link #unitNamedAt(String, int, String)}, choosing among units of one name the one valid on {@code day}, then
     * the one inside the unit {@code within} (a district of that name in the document's province).
     */
    Optional<AdminUnit> unitNamedAt(String folded, int at, String kind, java.time.LocalDate day, String within) {
        Map<String, List<AdminUnit>> names = byBareName.get(kind);
        if (names == null || at < 0 || at > folded.length()) return Optional.empty();
        for (int end = Math.min(folded.length(), at + longestBareName.get(kind)); end > at; end--) {
            if (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) continue;
            List<AdminUnit> found = names.get(folded.substring(at, end));
            if (found == null) continue;
            List<AdminUnit> valid = day == null || found.size() == 1 ? found : found.stream().filter(u -> u.validOn(day)).toList();
            if (valid.size() > 1 && within != null) valid = valid.stream().filter(u -> within.equals(u.parent())).toList();
            return valid.size() == 1 ? Optional.of(valid.get(0)) : Optional.empty();
        }
        return Optional.empty();
    }

    Optional<Body> body(String kind, String unitId) { return Optional.ofNullable(bodyByKindAndUnit.get(kind + '\n' + unitId)); }

    /** Bodies with this folded full or other name. */
    List<Body> bodiesNamed(String folded) { return List.copyOf(bodiesByName.getOrDefault(folded, List.of())); }

    List<Body> bodiesOfRegister(String register) { return bodiesByRegister.getOrDefault(register, List.of()); }

    List<PartyTerm> termsOf(String register) { return termsByRegister.getOrDefault(register, List.of()); }

    List<String> registersOfCongress(String roman) {
        return roman == null ? List.of() : registersByCongress.getOrDefault(roman.toUpperCase(Locale.ROOT), List.of());
    }
}
