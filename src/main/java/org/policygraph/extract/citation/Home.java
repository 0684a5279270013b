package org.policygraph.extract.citation;

import org.policygraph.model.Level;
import org.policygraph.resolve.AdminUnit;

/**
 * Where the citing document stands: its district (when it is a district's document) and its city. A mention
 * saying "Quận ủy" or "HĐND quận" without a name means the citing document's own district.
 *
 * @param level     the citing document's level, or null when unknown
 * @param district  its district, or null
 * @param city      its city (the district's parent), or null
 * @param role      kind of the body that issues the citing document ("peoples-committee"), or null: a symbol with
 *                  that body's code and no words around it ("Kế hoạch số 17/KH-UBND") is the body's own document
 */
public record Home(Level level, AdminUnit district, AdminUnit city, String role) {

    /** The unit a mention at {@code level} without a name refers to, or null. */
    public AdminUnit unitAt(Level at) {
        if (at == Level.CITY) return city;
        if (at == Level.DISTRICT) return district;
        return null;
    }
}
