package org.policygraph.derive;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.rdf.DerivationMapper;
import org.policygraph.rdf.IriScheme;

class UpstreamTraceTest {
    static Model graph;
    static final IriScheme IRIS = IriScheme.standard();

    @BeforeAll
    static void build() throws Exception {
        graph = new DerivationMapper().map(Linker.standard().derive(Corpus.analyses()), IRIS);
    }

    @Test
    void kienAn2024ReachesTheCityResolutionAndTheCentralDocumentsItCites() {
        String ka = IRIS.base() + "doc/party/kien-an-qu/nq/khoa-vi/06";
        UpstreamTrace.Node root = new UpstreamTrace(graph).trace(ka);
        System.out.println(UpstreamTrace.text(root, IRIS.base()));
        var nodes = UpstreamTrace.nodes(root);
        String city = IRIS.base() + "doc/party/hai-phong-tu/nq/khoa-xvi/hoi-nghi-14";
        assertTrue(nodes.containsKey(city));
        assertTrue(nodes.containsKey(city + "/target/24"), "through the religious-land indicator");
        assertTrue(nodes.containsKey(IRIS.base() + "doc/party/tw/nq/khoa-xii/45"), "on to 45-NQ/TW, which the city resolution implements");
        UpstreamTrace.Edge land = root.upstream().stream().filter(e -> (ka + "/target/7").equals(e.via())).findFirst().orElseThrow();
        assertEquals("implements", land.kind());
        assertEquals("high", land.confidence());
        assertEquals(2, land.quotes().size());
    }
}
