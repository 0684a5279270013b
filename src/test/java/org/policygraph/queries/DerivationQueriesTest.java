package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policygraph.derive.Corpus;
import org.policygraph.derive.Link;
import org.policygraph.derive.LinkEnd;
import org.policygraph.derive.Linker;
import org.policygraph.model.Task;
import org.policygraph.store.CorpusStoreTest;

/** The derivation queries of queries/ against the store holding the five bundled documents and their derivation graph. */
class DerivationQueriesTest extends CorpusStoreTest {
    static final String BASE = "https://w3id.org/policy-graph/";

    /** Rows of a query, each variable's IRI or lexical form read inside the read transaction. */
    static List<Map<String, String>> run(String file) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        store.select(Files.readString(Path.of("queries", file)), r -> {
            Map<String, String> row = new HashMap<>();
            r.varNames().forEachRemaining(v -> {
                var n = r.get(v);
                if (n != null) row.put(v, n.isURIResource() ? n.asResource().getURI() : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            });
            rows.add(row);
        });
        return rows;
    }

    static String iri(Map<String, String> r, String var) { return r.get(var); }

    static String str(Map<String, String> r, String var) { return r.get(var); }

    @Test
    void centralDecisionsOfAKienAnTask() throws Exception {
        List<Map<String, String>> rows = run("derivation-central-decisions-of-task.rq");
        Set<String> central = rows.stream().map(r -> iri(r, "central")).collect(Collectors.toSet());
        assertTrue(central.contains(BASE + "doc/party/tw/nq/khoa-xiii/hoi-nghi-8"), "cited by the task itself: " + central);
        assertTrue(central.contains(BASE + "doc/party/tw/nq/khoa-xiii/dai-hoi-xiii"), "through the city: " + central);
        Map<String, String> direct = rows.stream().filter(r -> iri(r, "central").endsWith("hoi-nghi-8") && iri(r, "firstStep").equals(iri(r, "central")))
                .findFirst().orElseThrow();
        assertEquals("explicit-citation", str(direct, "method"));
        assertEquals("high", str(direct, "confidence"));
        assertTrue(rows.stream().anyMatch(r -> iri(r, "central").endsWith("dai-hoi-xiii") && iri(r, "firstStep").contains("hoi-nghi-14/task/")),
                "reached through a city task the district task takes up");
        for (Map<String, String> r : rows) assertFalse(iri(r, "central").contains("/kien-an-qu/") || iri(r, "central").contains("/hai-phong-"));
    }

    @Test
    void districtIndicatorsOfCityIndicatorsSideBySide() throws Exception {
        List<Map<String, String>> rows = run("derivation-district-indicators-of-city.rq");
        Map<String, String> land = rows.stream().filter(r -> iri(r, "cityTarget").endsWith("hoi-nghi-14/target/24") && iri(r, "districtTarget").contains("/kien-an-qu/"))
                .findFirst().orElseThrow();
        assertTrue(iri(land, "districtTarget").endsWith("/06/target/7"));
        assertEquals(30.0, Double.parseDouble(str(land, "cityValue")));
        assertEquals(30.0, Double.parseDouble(str(land, "districtValue")));
        assertEquals("equal", str(land, "relation"));
        assertEquals("high", str(land, "confidence"));
        assertEquals(BASE + "unit/quan-kien-an", iri(land, "district"));
        Map<String, String> bhyt = rows.stream().filter(r -> iri(r, "cityTarget").endsWith("hoi-nghi-14/target/15") && iri(r, "districtTarget").contains("/kien-an-qu/"))
                .findFirst().orElseThrow();
        assertEquals("lower_bar", str(bhyt, "relation"));
        assertTrue(rows.stream().anyMatch(r -> BASE.concat("unit/quan-hong-bang").equals(iri(r, "district"))), "Hồng Bàng too");
        Map<String, String> inspections = rows.stream().filter(r -> iri(r, "cityTarget").endsWith("hoi-nghi-14/target/21") && iri(r, "districtTarget").contains("/kien-an-qu/"))
                .findFirst().orElseThrow();
        assertEquals(List.of(25.0, 30.0, 8.0, 10.0), List.of(inspections.get("cityMin"), inspections.get("cityMax"), inspections.get("districtMin"), inspections.get("districtMax"))
                .stream().map(Double::parseDouble).toList(), "ranges side by side");
    }

    @Test
    void cityTargetsNoDistrictTookUp() throws Exception {
        Set<String> targets = new TreeSet<>();
        for (Map<String, String> r : run("derivation-city-targets-not-taken-up.rq")) targets.add(iri(r, "cityTarget").replaceFirst(".*/target/", ""));
        assertTrue(targets.containsAll(List.of("2", "6", "7")), "GRDP per head, port throughput, exports: " + targets);
        assertFalse(targets.contains("24"));
        assertFalse(targets.contains("15"));
        Set<String> linked = new TreeSet<>();
        for (Link l : Linker.standard().derive(Corpus.analyses())) {
            if (l.from().kind() == LinkEnd.Kind.TARGET && l.from().seed().startsWith("004") && l.to().kind() == LinkEnd.Kind.TARGET)
                linked.add(l.from().partPath().replace("target/", ""));
        }
        long cityTargets = Corpus.analyses().get(4).targets().size();
        assertEquals(cityTargets - linked.size(), targets.size());
    }

    @Test
    void hongBangTasksWithNoUpstreamLink() throws Exception {
        Set<String> untraced = new TreeSet<>();
        for (Map<String, String> r : run("derivation-untraced-district-tasks.rq")) untraced.add(str(r, "number"));
        var hb = Corpus.analyses().get(1);
        Set<String> traced = new TreeSet<>();
        for (Link l : Linker.standard().derive(Corpus.analyses())) {
            if (l.to().kind() == LinkEnd.Kind.TASK && l.to().seed().startsWith("001")) traced.add(l.to().task());
        }
        Set<String> expected = new TreeSet<>();
        for (Task t : hb.tasks()) {
            boolean linked = hb.tasks().stream().anyMatch(o -> traced.contains(o.number()) && (o.number().equals(t.number()) || o.number().startsWith(t.number() + ".")));
            if (!linked) expected.add(t.number());
        }
        assertEquals(expected, untraced);
        assertFalse(untraced.contains("4.1"), "4.1 implements 07-NQ/TU in so many words");
        assertFalse(untraced.isEmpty());
    }

    @Test
    void upstreamOfATaskClimbsToTheCentre() throws Exception {
        List<Map<String, String>> rows = run("derivation-upstream-of-task.rq");
        String task = BASE + "doc/party/kien-an-qu/nq/khoa-vi/06/task/3.1";
        assertTrue(rows.stream().anyMatch(r -> iri(r, "node").equals(task) && iri(r, "upstream").endsWith("khoa-xiii/hoi-nghi-8")));
        assertTrue(rows.stream().anyMatch(r -> iri(r, "node").endsWith("hai-phong-tu/nq/khoa-xvi/hoi-nghi-14")
                && iri(r, "upstream").endsWith("khoa-xiii/dai-hoi-xiii") && (BASE + "concept/level/central").equals(iri(r, "upstreamLevel"))));
        assertTrue(rows.stream().noneMatch(r -> "same_measure_other_year".equals(str(r, "kind"))));
    }
}
