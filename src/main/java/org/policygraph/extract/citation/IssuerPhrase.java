package org.policygraph.extract.citation;

import org.policygraph.model.Level;

/**
 * A body as printed near a mention, before it is looked up in the reference data.
 *
 * @param role      party-committee, standing-committee, peoples-council, peoples-committee, or a central body id
 *                  of the reference ("tw-bct", "qh")
 * @param unitWord  the unit word as printed and folded to lower case ("quận", "thành phố"), or null
 * @param level     the level the words give, or null when they do not say (a bare "UBND")
 * @param name      proper name of the unit as printed ("Kiến An"), or null
 * @param term      term printed with the body ("XVI"), or null
 * @param start     start of the phrase in the normalised text
 * @param end       end of the phrase in the normalised text
 */
record IssuerPhrase(String role, String unitWord, Level level, String name, String term, int start, int end) {
    boolean central() { return level == Level.CENTRAL; }
}
