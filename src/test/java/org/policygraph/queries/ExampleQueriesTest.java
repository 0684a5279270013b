package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.policygraph.server.ExampleQuery;
import org.policygraph.store.CorpusStoreTest;

/** Each example query of queries/ against the five bundled documents. */
class ExampleQueriesTest extends CorpusStoreTest {
    static List<QuerySolution> run(String file) throws Exception {
        List<QuerySolution> rows = new ArrayList<>();
        store.select(Files.readString(Path.of("queries", file)), rows::add);
        return rows;
    }

    static String str(QuerySolution r, String var) { return r.contains(var) ? r.get(var).asNode().getLiteralLexicalForm() : null; }

    @Test
    void everyQueryHasTitlesAndDescriptionsInBothLanguages() throws Exception {
        List<ExampleQuery> all = ExampleQuery.bundled();
        assertTrue(all.size() >= 3, "the example queries are bundled");
        for (ExampleQuery q : all) {
            assertNotNull(q.titleVi(), q.file());
            assertNotNull(q.descriptionVi(), q.file());
            assertTrue(!q.title().equals(q.file()) && !q.description().isEmpty(), q.file());
        }
    }

    @Test
    void documentsWithTypeIssuerAndDate() throws Exception {
        Map<String, String> dateBySymbolOrIssuer = new TreeMap<>();
        for (QuerySolution r : run("documents.rq")) {
            assertNotNull(str(r, "type"));
            dateBySymbolOrIssuer.put(str(r, "symbol") != null ? str(r, "symbol") : str(r, "issuer"), str(r, "date"));
        }
        assertEquals(Map.of(
                "06-NQ/QU", "2023-12-15",
                "02-NQ/QU", "2021-12-20",
                "Ban Chấp hành Đảng bộ thành phố Hải Phòng", "2023-12-01",
                "Ban Chấp hành Đảng bộ quận Hồng Bàng", "2023-12-13",
                "Ủy ban nhân dân quận Kiến An", "2024-03"), dateBySymbolOrIssuer);
    }

    @Test
    void documentsOfKienAn() throws Exception {
        TreeSet<String> dates = new TreeSet<>();
        for (QuerySolution r : run("documents-of-district.rq")) dates.add(str(r, "date"));
        assertEquals(new TreeSet<>(List.of("2021-12-20", "2023-12-15", "2024-03")), dates);
    }

    @Test
    void resolutionsOfTheFifteenthConferenceOfTermSix() throws Exception {
        List<QuerySolution> rows = run("resolutions-of-conference.rq");
        assertEquals(1, rows.size());
        assertEquals("06-NQ/QU", str(rows.get(0), "symbol"));
        assertEquals("2023-12-15", str(rows.get(0), "date"));
    }
}
