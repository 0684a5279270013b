package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bands of the chain diagram: the centre, then ministries and provinces, then districts and communes. */
class ChainTest {
    static final String LEVEL = "https://w3id.org/policy-graph/concept/level/";

    @Test
    void centralBodiesAboveMinistriesAndProvincesAboveDistrictsAndCommunes() {
        assertEquals(0, Chain.tier(LEVEL + "central", "politburo"));
        assertEquals(0, Chain.tier(LEVEL + "central", "government"));
        assertEquals(0, Chain.tier("pgc:level/central", null), "a central document of unknown issuer");
        assertEquals(1, Chain.tier(LEVEL + "central", "ministry"));
        assertEquals(1, Chain.tier(LEVEL + "central", "general-department"));
        assertEquals(1, Chain.tier(LEVEL + "city", "peoples-committee"));
        assertEquals(2, Chain.tier(LEVEL + "district", "party-committee"));
        assertEquals(2, Chain.tier(LEVEL + "ward", null));
        assertEquals(3, Chain.tier("", null), "unknown level last");
        assertEquals(3, Chain.tier(null, "ministry"));
    }
}
