package org.policygraph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A synthetic national map, deterministic for a seed: one centre; before July 2025, 63 provinces
 * (5 centrally run cities) with about 700 districts and their wards; after, 34 provinces with about
 * 3,300 communes and wards and no district level. Names are made up; shapes are real.
 */
final class Geography {
    static final int PROVINCES_BEFORE = 63, CITIES_BEFORE = 5, DISTRICTS_BEFORE = 700;
    static final int PROVINCES_AFTER = 34, CITIES_AFTER = 6, COMMUNES_AFTER = 3300;
    static final int WARDS_PER_DISTRICT_MIN = 8, WARDS_PER_DISTRICT_MAX = 22;

    private final Unit centre;
    private final List<Unit> before = new ArrayList<>();
    private final List<Unit> after = new ArrayList<>();
    private final Map<Integer, List<Unit>> children = new LinkedHashMap<>();
    private int nextId = 0;

    Geography(long seed) {
        centre = new Unit(nextId++, "Việt Nam", UnitKind.CENTRE, null, false, 12);
        Rng r = Rng.of(seed, 1);
        build(r, before, PROVINCES_BEFORE, CITIES_BEFORE, DISTRICTS_BEFORE, false);
        build(r, after, PROVINCES_AFTER, CITIES_AFTER, COMMUNES_AFTER, true);
    }

    private void build(Rng r, List<Unit> provinces, int count, int cities, int below, boolean afterReform) {
        Set<String> provinceNames = PlaceNames.newScope();
        for (int p = 0; p < count; p++) {
            UnitKind kind = p < cities ? UnitKind.CITY : UnitKind.PROVINCE;
            Unit province = new Unit(nextId++, PlaceNames.fresh(r, provinceNames), kind, centre, afterReform, afterReform ? r.between(13, 17) : r.between(13, 19));
            provinces.add(province);
            int share = below / count + (p < below % count ? 1 : 0);
            List<Unit> under = new ArrayList<>();
            Set<String> names = PlaceNames.newScope();
            for (int d = 0; d < share; d++) {
                UnitKind k = afterReform ? (kind == UnitKind.CITY || r.chance(0.3) ? UnitKind.WARD : UnitKind.COMMUNE)
                        : (kind == UnitKind.CITY || r.chance(0.15) ? UnitKind.URBAN_DISTRICT : UnitKind.RURAL_DISTRICT);
                Unit u = new Unit(nextId++, PlaceNames.fresh(r, names), k, province, afterReform, afterReform ? -1 : r.between(4, 8));
                under.add(u);
                if (!afterReform) wards(r, u);
            }
            children.put(province.id(), under);
        }
    }

    private void wards(Rng r, Unit district) {
        int n = r.between(WARDS_PER_DISTRICT_MIN, WARDS_PER_DISTRICT_MAX);
        List<Unit> wards = new ArrayList<>(n);
        Set<String> names = PlaceNames.newScope();
        for (int i = 0; i < n; i++) {
            UnitKind k = district.kind() == UnitKind.URBAN_DISTRICT ? UnitKind.WARD : UnitKind.COMMUNE;
            wards.add(new Unit(nextId++, PlaceNames.fresh(r, names), k, district, false, r.between(20, 26)));
        }
        children.put(district.id(), wards);
    }

    Unit centre() { return centre; }

    /** The provinces of the map in force for a document dated in {@code year}-12 (the reform took effect 1 July 2025). */
    List<Unit> provinces(boolean afterReform) { return Collections.unmodifiableList(afterReform ? after : before); }

    List<Unit> children(Unit u) { return children.getOrDefault(u.id(), List.of()); }
}
