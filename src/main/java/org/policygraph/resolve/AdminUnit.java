package org.policygraph.resolve;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrative unit from {@code data/reference/admin-units.csv}.
 *
 * @param id          slug of the Vietnamese name ("quan-kien-an"); a name reused by a later unit gets its
 *                    start year appended ("phuong-phu-lien-2025")
 * @param nameVi      name as in the reference ("Quận Kiến An")
 * @param kind        country, city, district, ward
 * @param parent      id of the parent unit, or null
 * @param wikidata    Wikidata item ("Q6405290"), or null
 * @param gsoCode     statistics office code ("307"), or null
 * @param geonames    GeoNames id, or null
 * @param validUntil  last day of validity, or null while it exists
 * @param successors  successor description as given in the reference
 */
public record AdminUnit(String id, String nameVi, String kind, String parent, String wikidata, String gsoCode,
                        String geonames, LocalDate validUntil, List<String> successors) {

    /** The name without its kind word: "Kiến An" for "Quận Kiến An". */
    public String bareName() {
        return nameVi.replaceFirst("^(Thành phố|Tỉnh|Quận|Huyện|Thị xã|Phường|Xã|Thị trấn)\\s+", "");
    }
}
