package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.store.LoadListener;
import org.policygraph.store.Loader;
import org.policygraph.store.PolicyStore;

/** The linked-data example queries of {@code queries/}, with their expected results on the corpus. */
class LinkedDataQueriesTest {
    static PolicyStore store;
    static final String B = "https://w3id.org/policy-graph/";

    @BeforeAll
    static void load() {
        store = PolicyStore.inMemory();
        Loader.standard(store).load(List.of(Path.of("data/documents/hai-phong")), LoadListener.SILENT);
    }

    @AfterAll
    static void close() { store.close(); }

    static List<QuerySolution> run(String file) {
        ExampleQuery q = ExampleQuery.bundled(file);
        assertNotNull(q, file);
        assertNotNull(q.titleVi(), file + " title_vi");
        assertNotNull(q.descriptionVi(), file + " description_vi");
        assertTrue(!q.description().isEmpty(), file + " description");
        List<QuerySolution> rows = new ArrayList<>();
        store.select(q.text(), rows::add);
        return rows;
    }

    @Test
    void documentsByUnitWithWikidata() {
        Set<String> seen = new TreeSet<>();
        for (QuerySolution r : run("linked-data-documents-by-unit-wikidata.rq"))
            seen.add(r.getResource("document").getURI().substring(B.length()) + " " + r.getResource("wikidata").getURI().replace("http://www.wikidata.org/entity/", ""));
        assertTrue(seen.contains("doc/party/kien-an-qu/nq/khoa-vi/06 Q6405290"), seen.toString());
        assertTrue(seen.contains("doc/party/kien-an-qu/nq/khoa-vi/02 Q6405290"), seen.toString());
        assertTrue(seen.contains("doc/party/hai-phong-tu/nq/khoa-xvi/hoi-nghi-14 Q72818"), seen.toString());
        assertTrue(seen.contains("doc/party/hong-bang-qu/nq/khoa-xxiii/hoi-nghi-21 Q5965452"), seen.toString());
        assertEquals(5, seen.size(), "one unit per document");
    }

    @Test
    void successorsOfKienAn() {
        Set<String> wards = new TreeSet<>();
        for (QuerySolution r : run("linked-data-successors-of-district.rq")) {
            wards.add(r.getLiteral("successorName").getString());
            assertEquals("2025-06-30", r.getLiteral("validUntil").getLexicalForm());
            assertEquals("2025-07-01", r.getLiteral("date").getLexicalForm());
            assertEquals(B + "doc/state/ubtvqh/nq/2025/1669", r.getResource("legalBasis").getURI());
        }
        assertEquals(Set.of("Phường Kiến An", "Phường Phù Liễn"), wards);
    }

    @Test
    void bodiesOfKienAnWithParents() {
        Set<String> pairs = new TreeSet<>();
        for (QuerySolution r : run("linked-data-bodies-of-district.rq"))
            pairs.add(r.getResource("body").getURI().substring(B.length()) + " < " + r.getResource("parent").getURI().substring(B.length()));
        assertEquals(Set.of("body/kien-an-hdnd < body/hai-phong-hdnd", "body/kien-an-qu-bch < body/hai-phong-tu-bch",
                "body/kien-an-qu-btv < body/kien-an-qu-bch", "body/kien-an-ubnd < body/hai-phong-ubnd"), pairs);
    }
}
