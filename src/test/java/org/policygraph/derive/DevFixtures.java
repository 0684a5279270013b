package org.policygraph.derive;

import java.util.List;
import org.policygraph.model.DocumentAnalysis;

/** Public face of the derive test fixtures for tests in other packages. */
public final class DevFixtures {
    private DevFixtures() {}

    /** The city's and two districts' 2024 resolutions; city and Kiến An carry the hand-checked targets as input. */
    public static List<DocumentAnalysis> cityKienAnHongBang2024() throws Exception {
        return List.of(Fixtures.city2024(true), Fixtures.kienAn2024(true), Fixtures.hongBang2024());
    }
}
