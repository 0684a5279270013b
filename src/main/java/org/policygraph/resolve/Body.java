package org.policygraph.resolve;

import org.policygraph.model.Level;

/**
 * An issuing body from {@code data/reference/bodies.csv}.
 *
 * @param id         stable id, used in IRIs ("kien-an-qu-bch")
 * @param nameVi     full Vietnamese name
 * @param nameEn     English name
 * @param shortVi    short name as printed ("Quận ủy Kiến An", "UBND quận")
 * @param kind       party-committee, standing-committee, politburo, secretariat, national-assembly,
 *                   na-standing-committee, government, prime-minister, peoples-council, peoples-committee
 * @param level      administrative level
 * @param unit       id of its administrative unit
 * @param parent     id of its parent body, or null
 * @param register   the numbering register its documents belong to ("kien-an-qu"): the full committee and its
 *                   standing committee share one
 * @param symbolCode issuer code in symbols ("QU", "TU", "HĐND")
 * @param altVi      other short names as printed ("Quận ủy", "UBND quận Kiến An"), possibly empty
 */
public record Body(String id, String nameVi, String nameEn, String shortVi, String kind, Level level,
                   String unit, String parent, String register, String symbolCode, java.util.List<String> altVi) {

    public Body {
        altVi = altVi == null ? java.util.List.of() : java.util.List.copyOf(altVi);
    }

    public boolean isParty() {
        return switch (kind) {
            case "party-committee", "standing-committee", "politburo", "secretariat" -> true;
            default -> false;
        };
    }
}
