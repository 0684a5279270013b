package org.policygraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.policygraph.server.PolicyServer;
import org.policygraph.store.PolicyStore;

/**
 * Chain queries against a trivial {@code ASK {}} on the same embedded read-only server over loopback:
 * a district task traced up its derivation links ({@code pg:derivesFrom+}) to the centre, the documents citing a
 * central document transitively, and one district's targets against the figures reported for the same unit and
 * measure. Start, target and district are taken from the store (a district task whose derivation climbs through a
 * city document to a central one, the most cited central document, the district with the most targets). Reports p50
 * and p99 of each and their ratios to ASK.
 */
public final class QueryBench {
    static final String PREFIXES = "PREFIX eli: <http://data.europa.eu/eli/ontology#>\nPREFIX pg: <https://w3id.org/policy-graph/ontology#>\n"
            + "PREFIX sdmx: <http://purl.org/linked-data/sdmx/2009/dimension#>\n";
    static final String LEVEL = "https://w3id.org/policy-graph/concept/level/";

    /** The figures; {@code chains} holds p50 and p99 in ms, {@code rows} the number of rows each chain query answers. */
    public record Result(int runs, String start, String target, double askP50, double askP99,
                         Map<String, double[]> chains, Map<String, Integer> rows) {
        /** Worst p50 (and p99) ratio over the chain queries. */
        public double chainP50VsAsk() { return chains.values().stream().mapToDouble(v -> v[0]).max().orElse(Double.NaN) / askP50; }
        public double chainP99VsAsk() { return chains.values().stream().mapToDouble(v -> v[1]).max().orElse(Double.NaN) / askP99; }
    }

    private QueryBench() {}

    public static Result run(Path storeDir, int runs) {
        try (PolicyStore store = PolicyStore.open(storeDir)) {
            FusekiServer server = PolicyServer.build(store.dataset(),
                    new PolicyServer.Options("127.0.0.1", 0, Duration.ofSeconds(60), 10_000)).start();
            try {
                String url = "http://127.0.0.1:" + server.getHttpPort() + PolicyServer.ENDPOINT;
                // a district task whose derivation climbs through a city document to the centre; else any district task
                // that derives from something
                String start = first(url, PREFIXES + "SELECT ?task WHERE { ?task a pg:Task ; eli:is_part_of ?d ; pg:derivesFrom ?c . "
                        + "?d pg:level <" + LEVEL + "district> . ?c pg:level <" + LEVEL + "city> ; pg:derivesFrom ?z . ?z pg:level <" + LEVEL + "central> } LIMIT 1");
                if (start == null) start = first(url, PREFIXES + "SELECT ?task WHERE { ?task a pg:Task ; eli:is_part_of ?d ; pg:derivesFrom ?c . "
                        + "?d pg:level <" + LEVEL + "district> } LIMIT 1");
                // the central resolution cited by the most documents ("which documents cite 35-NQ/TW?")
                String target = first(url, PREFIXES + "SELECT ?t (COUNT(?d) AS ?n) WHERE { ?d eli:cites ?t . ?t pg:level <" + LEVEL + "central> ; "
                        + "eli:type_document <https://w3id.org/policy-graph/concept/doc-type/nq> } GROUP BY ?t ORDER BY DESC(?n) LIMIT 1");
                String s = start != null ? start : "https://w3id.org/policy-graph/doc/none";
                String t = target != null ? target : "https://w3id.org/policy-graph/doc/none";
                Map<String, String> chains = new LinkedHashMap<>();
                chains.put("task_to_central", PREFIXES + "SELECT DISTINCT ?up ?level WHERE { VALUES ?task { <" + s + "> } "
                        + "?task pg:derivesFrom+ ?up . ?up pg:level ?level }");
                chains.put("citing_transitively", PREFIXES + "SELECT ?d WHERE { VALUES ?target { <" + t + "> } ?d eli:cites+ ?target }");
                // target against actual for one district: the district with most targets, its targets and the
                // figures reported for the same unit and measure. OPTIONAL last: on TDB2 in Jena 6.0.0 an OPTIONAL
                // followed by another pattern fails when the part before it matches nothing (apache/jena#3763).
                // one district's targets for one year (the district and year with the most targets) against the figures
                // reported for the same unit, measure and year. Each side is a subquery (LIMIT keeps ARQ from substituting
                // the measure into the figures' side, which would read every figure of that measure in the country); the
                // two small answers are then joined on the measure. OPTIONAL last: on TDB2 in Jena 6.0.0 an OPTIONAL
                // followed by another pattern fails when the part before it matches nothing (apache/jena#3763).
                QuerySolution areaYear = firstRow(url, PREFIXES + "SELECT ?a ?y (COUNT(?t) AS ?n) WHERE { { SELECT DISTINCT ?a WHERE { "
                        + "?d pg:level <" + LEVEL + "district> ; pg:jurisdiction ?a } } ?t sdmx:refArea ?a ; a pg:Target ; sdmx:refPeriod ?y } "
                        + "GROUP BY ?a ?y ORDER BY DESC(?n) LIMIT 1");
                String a = areaYear != null ? "<" + areaYear.getResource("a").getURI() + ">" : "<https://w3id.org/policy-graph/unit/none>";
                String y = areaYear != null ? areaYear.getLiteral("y").getLexicalForm() : "0000";
                chains.put("target_vs_actual", PREFIXES + "SELECT ?target ?value ?figure ?period ?actual WHERE { "
                        + "{ SELECT ?target ?m WHERE { ?target sdmx:refArea " + a + " ; sdmx:refPeriod \"" + y + "\"^^<http://www.w3.org/2001/XMLSchema#gYear> ; "
                        + "a pg:Target ; pg:measure ?m } LIMIT 1000000 } "
                        + "{ SELECT ?figure ?m ?period ?actual WHERE { ?figure sdmx:refArea " + a + " ; a pg:ReportedFigure ; pg:reportedValue ?actual ; "
                        + "pg:measure ?m ; sdmx:refPeriod ?period . FILTER(STRSTARTS(STR(?period), \"" + y + "\")) } LIMIT 1000000 } "
                        + "OPTIONAL { ?target pg:targetValue ?value } }");
                String ask = "ASK {}";
                for (int i = 0; i < Math.min(20, runs); i++) { time(url, ask); for (String q : chains.values()) time(url, q); }
                double[] askT = new double[runs];
                Map<String, double[]> times = new LinkedHashMap<>();
                for (String k : chains.keySet()) times.put(k, new double[runs]);
                for (int i = 0; i < runs; i++) {
                    askT[i] = time(url, ask);
                    for (Map.Entry<String, String> e : chains.entrySet()) times.get(e.getKey())[i] = time(url, e.getValue());
                }
                Map<String, double[]> pct = new LinkedHashMap<>();
                times.forEach((k, v) -> pct.put(k, new double[] {percentile(v, 50), percentile(v, 99)}));
                Map<String, Integer> rows = new LinkedHashMap<>();
                chains.forEach((k, query) -> rows.put(k, rows(url, query)));
                return new Result(runs, start, target, percentile(askT, 50), percentile(askT, 99), pct, rows);
            } finally {
                server.stop();
            }
        }
    }

    /** Milliseconds to run a query and read all of its results. */
    private static double time(String url, String query) {
        long t0 = System.nanoTime();
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(url).query(query).build()) {
            if (query.startsWith("ASK")) qe.execAsk();
            else {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) rs.next();
            }
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static int rows(String url, String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(url).query(query).build()) {
            ResultSet rs = qe.execSelect();
            int n = 0;
            for (; rs.hasNext(); rs.next()) n++;
            return n;
        }
    }

    /** The IRI in the first column of the first row, or null. */
    private static String first(String url, String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(url).query(query).build()) {
            ResultSet rs = qe.execSelect();
            return rs.hasNext() ? rs.next().getResource(rs.getResultVars().get(0)).getURI() : null;
        }
    }

    private static QuerySolution firstRow(String url, String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(url).query(query).build()) {
            ResultSet rs = qe.execSelect();
            return rs.hasNext() ? rs.next() : null;
        }
    }

    static double percentile(double[] v, int p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
