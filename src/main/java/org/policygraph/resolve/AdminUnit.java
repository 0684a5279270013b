package org.policygraph.resolve;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrative unit from {@code data/reference/admin-units.csv}.
 *
 * @param id          stable id used in IRIs, from the table's {@code id} column: the slug of the Vietnamese name
 *                    ("quan-kien-an"); a name reused by a later unit carries a suffix ("phuong-phu-lien-2025")
 * @param nameVi      name as in the reference ("Quận Kiến An")
 * @param kind        country, city, district, ward
 * @param parent      id of the parent unit, or null
 * @param wikidata    Wikidata item ("Q6405290"), or null
 * @param gsoCode     statistics office code ("307"), or null
 * @param geonames    GeoNames id, or null
 * @param validFrom   first day of validity, or null when not known
 * @param validUntil  last day of validity, or null while it exists
 * @param successors  the units that took over its territory, as the reference describes them
 * @param changeBasis symbol of the act that ended it ("1669/NQ-UBTVQH15"), or null when not known
 */
public record AdminUnit(String id, String nameVi, String kind, String parent, String wikidata, String gsoCode,
                        String geonames, LocalDate validFrom, LocalDate validUntil, List<UnitSuccessor> successors,
                        String changeBasis) {

    public AdminUnit {
        successors = successors == null ? List.of() : List.copyOf(successors);
    }

    /** The name without its kind word: "Kiến An" for "Quận Kiến An". */
    public String bareName() {
        return nameVi.replaceFirst("^(Thành phố|Tỉnh|Quận|Huyện|Thị xã|Phường|Xã|Thị trấn)\\s+", "");
    }

    /** Whether the unit existed on a day (unknown bounds are open). */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }
}
