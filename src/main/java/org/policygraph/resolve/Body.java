package org.policygraph.resolve;

import java.time.LocalDate;
import org.policygraph.model.Level;

/**
 * An issuing body from {@code data/reference/bodies.csv}.
 *
 * @param id         stable id, used in IRIs ("kien-an-qu-bch")
 * @param nameVi     full Vietnamese name
 * @param nameEn     English name
 * @param shortVi    short name as printed ("Quận ủy Kiến An", "UBND quận")
 * @param kind       the slug of a {@link BodyKind} ("party-committee", "ministry", "peoples-committee")
 * @param level      administrative level
 * @param unit       id of its administrative unit
 * @param parent     id of its parent body, or null
 * @param register   the numbering register its documents belong to ("kien-an-qu"): the full committee and its
 *                   standing committee share one
 * @param symbolCode issuer code in symbols ("QU", "TU", "HĐND")
 * @param altVi      other names as printed ("Quận ủy", "UBND quận Kiến An"), possibly empty
 * @param validFrom  first day the body existed under this name, or null when not known
 * @param validUntil last day it existed under this name, or null while it exists or when not known
 */
public record Body(String id, String nameVi, String nameEn, String shortVi, String kind, Level level,
                   String unit, String parent, String register, String symbolCode, java.util.List<String> altVi,
                   LocalDate validFrom, LocalDate validUntil) {

    public Body {
        altVi = altVi == null ? java.util.List.of() : java.util.List.copyOf(altVi);
    }

    /** The kind of body; empty for a kind the project does not list. */
    public java.util.Optional<BodyKind> bodyKind() { return BodyKind.bySlug(kind); }

    public boolean isParty() { return bodyKind().map(BodyKind::isParty).orElse(false); }

    /** Whether the body existed on a day (unknown bounds are open). */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }
}
