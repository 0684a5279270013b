package org.policygraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.policygraph.server.PolicyServer;
import org.policygraph.store.PolicyStore;

/**
 * Chain queries against a trivial {@code ASK {}} on the same embedded read-only server over loopback:
 * a district task traced up its derivation links ({@code pg:derivesFrom+}) to the centre, the documents citing a
 * central resolution transitively, and one district's targets for a year against the figures reported for the same
 * unit and measure.
 *
 * <p>Each chain is a workload, not one query: its subjects (district tasks whose derivation climbs at least two
 * steps, cited central resolutions, district-years with targets) are sampled from the store with a
 * fixed seed, and run {@code i} asks about subject {@code i mod n}. p50 and p99 are over that workload, as a
 * researcher's queries would spread over the graph. The heaviest case, the documents citing the most cited central
 * resolution (whose answer grows with the corpus), is timed apart as a stress figure and left out of the ratios.
 */
public final class QueryBench {
    static final String PREFIXES = "PREFIX eli: <http://data.europa.eu/eli/ontology#>\nPREFIX pg: <https://w3id.org/policy-graph/ontology#>\n"
            + "PREFIX sdmx: <http://purl.org/linked-data/sdmx/2009/dimension#>\n";
    static final String LEVEL = "https://w3id.org/policy-graph/concept/level/";
    private static final String NONE = "https://w3id.org/policy-graph/doc/none";
    private static final long SEED = 7;
    /** Candidates read from the store for each chain before sampling (the server caps answers at 10,000 rows). */
    private static final int CANDIDATES = 10_000;

    /** Timings of one chain: p50 and p99 in ms, the number of distinct subjects, and the median and largest answer. */
    public record Timing(double p50, double p99, int subjects, int medianRows, int maxRows) {}

    /** The figures: ASK, each chain's timing, and the stress case (its subject in {@code stressTarget}). */
    public record Result(int runs, double askP50, double askP99, Map<String, Timing> chains, String stressTarget, Timing stress) {
        /** Worst p50 (and p99) ratio over the chain workloads. */
        public double chainP50VsAsk() { return chains.values().stream().mapToDouble(Timing::p50).max().orElse(Double.NaN) / askP50; }
        public double chainP99VsAsk() { return chains.values().stream().mapToDouble(Timing::p99).max().orElse(Double.NaN) / askP99; }
    }

    private QueryBench() {}

    public static Result run(Path storeDir, int runs) {
        try (PolicyStore store = PolicyStore.open(storeDir)) {
            FusekiServer server = PolicyServer.build(store.dataset(),
                    new PolicyServer.Options("127.0.0.1", 0, Duration.ofSeconds(60), 10_000)).start();
            try {
                String url = "http://127.0.0.1:" + server.getHttpPort() + PolicyServer.ENDPOINT;
                Random random = new Random(SEED);
                Map<String, List<String>> chains = new LinkedHashMap<>();
                chains.put("task_to_central", sample(tasks(url), runs, random, QueryBench::taskToCentral));
                List<QuerySolution> cited = rows(url, PREFIXES + "SELECT ?t (COUNT(?d) AS ?n) WHERE { ?d eli:cites ?t . ?t pg:level <" + LEVEL + "central> ; "
                        + "eli:type_document <https://w3id.org/policy-graph/concept/doc-type/nq> } GROUP BY ?t ORDER BY DESC(?n) LIMIT " + CANDIDATES);
                chains.put("citing_transitively", sample(cited.stream().map(r -> r.getResource("t").getURI()).toList(), runs, random, QueryBench::citing));
                List<QuerySolution> areaYears = rows(url, PREFIXES + "SELECT ?a ?y WHERE { { SELECT DISTINCT ?a WHERE { "
                        + "?d pg:level <" + LEVEL + "district> ; pg:jurisdiction ?a } } ?t sdmx:refArea ?a ; a pg:Target ; sdmx:refPeriod ?y } "
                        + "GROUP BY ?a ?y LIMIT " + CANDIDATES);
                chains.put("target_vs_actual", sample(areaYears.stream().map(r -> r.getResource("a").getURI() + " " + r.getLiteral("y").getLexicalForm()).toList(),
                        runs, random, QueryBench::targetVsActual));
                String stressTarget = cited.isEmpty() ? NONE : cited.get(0).getResource("t").getURI();
                String stress = citing(stressTarget);

                String ask = "ASK {}";
                for (int i = 0; i < Math.min(20, runs); i++) {
                    time(url, ask);
                    for (List<String> qs : chains.values()) time(url, qs.get(i % qs.size()));
                }
                double[] askT = new double[runs], stressT = new double[runs];
                int[] stressRows = new int[1];
                Map<String, double[]> times = new LinkedHashMap<>();
                Map<String, int[]> rows = new LinkedHashMap<>();
                chains.forEach((k, qs) -> { times.put(k, new double[runs]); rows.put(k, new int[qs.size()]); });
                for (int i = 0; i < runs; i++) {
                    askT[i] = time(url, ask).ms();
                    for (Map.Entry<String, List<String>> e : chains.entrySet()) {
                        int q = i % e.getValue().size();
                        Run r = time(url, e.getValue().get(q));
                        times.get(e.getKey())[i] = r.ms();
                        rows.get(e.getKey())[q] = r.rows();
                    }
                    Run r = time(url, stress);
                    stressT[i] = r.ms();
                    stressRows[0] = r.rows();
                }
                Map<String, Timing> timings = new LinkedHashMap<>();
                chains.keySet().forEach(k -> timings.put(k, timing(times.get(k), rows.get(k))));
                return new Result(runs, percentile(askT, 50), percentile(askT, 99), timings, stressTarget, timing(stressT, stressRows));
            } finally {
                server.stop();
            }
        }
    }

    /**
     * District tasks whose derivation climbs at least two steps (to a city task or document that itself derives from
     * something, as a rule the centre's); else any district task that derives from something. Tasks carry no level of
     * their own, so the climb is what selects them.
     */
    private static List<String> tasks(String url) {
        String head = PREFIXES + "SELECT DISTINCT ?task WHERE { ?task a pg:Task ; eli:is_part_of ?d ; pg:derivesFrom ?c . ?d pg:level <" + LEVEL + "district> . ";
        List<QuerySolution> climbing = rows(url, head + "?c pg:derivesFrom ?z } LIMIT " + CANDIDATES);
        return (climbing.isEmpty() ? rows(url, head + "} LIMIT " + CANDIDATES) : climbing).stream().map(r -> r.getResource("task").getURI()).toList();
    }

    private static String taskToCentral(String task) {
        return PREFIXES + "SELECT DISTINCT ?up ?level WHERE { VALUES ?task { <" + task + "> } ?task pg:derivesFrom+ ?up . ?up pg:level ?level }";
    }

    private static String citing(String target) {
        return PREFIXES + "SELECT ?d WHERE { VALUES ?target { <" + target + "> } ?d eli:cites+ ?target }";
    }

    /**
     * One district's targets for one year against the figures reported for the same unit, measure and year. Each side
     * is a subquery (LIMIT keeps ARQ from substituting the measure into the figures' side, which would read every
     * figure of that measure in the country); the two small answers are then joined on the measure. OPTIONAL last: on
     * TDB2 in Jena 6.0.0 an OPTIONAL followed by another pattern fails when the part before it matches nothing
     * (apache/jena#3763).
     */
    private static String targetVsActual(String areaAndYear) {
        int cut = areaAndYear.indexOf(' ');
        String a = "<" + (cut < 0 ? areaAndYear : areaAndYear.substring(0, cut)) + ">", y = cut < 0 ? "0000" : areaAndYear.substring(cut + 1);
        return PREFIXES + "SELECT ?target ?value ?figure ?period ?actual WHERE { "
                + "{ SELECT ?target ?m WHERE { ?target sdmx:refArea " + a + " ; sdmx:refPeriod \"" + y + "\"^^<http://www.w3.org/2001/XMLSchema#gYear> ; "
                + "a pg:Target ; pg:measure ?m } LIMIT 1000000 } "
                + "{ SELECT ?figure ?m ?period ?actual WHERE { ?figure sdmx:refArea " + a + " ; a pg:ReportedFigure ; pg:reportedValue ?actual ; "
                + "pg:measure ?m ; sdmx:refPeriod ?period . FILTER(STRSTARTS(STR(?period), \"" + y + "\")) } LIMIT 1000000 } "
                + "OPTIONAL { ?target pg:targetValue ?value } }";
    }

    /** Up to {@code n} of the subjects, drawn with {@code random}, as queries; a placeholder query if there are none. */
    static List<String> sample(List<String> subjects, int n, Random random, Function<String, String> query) {
        List<String> s = new ArrayList<>(subjects);
        Collections.shuffle(s, random);
        List<String> chosen = s.isEmpty() ? List.of(NONE) : s.subList(0, Math.min(n, s.size()));
        return chosen.stream().map(query).toList();
    }

    /** p50 and p99 of the times; the median and largest of the answers' sizes, one per query of the workload. */
    private static Timing timing(double[] ms, int[] rowsPerQuery) {
        int[] sizes = rowsPerQuery.clone();
        Arrays.sort(sizes);
        return new Timing(percentile(ms, 50), percentile(ms, 99), sizes.length, sizes[(sizes.length - 1) / 2], sizes[sizes.length - 1]);
    }

    /** One timed query: milliseconds to run it and read all of its results, and how many rows it answered. */
    private record Run(double ms, int rows) {}

    private static Run time(String url, String query) {
        long t0 = System.nanoTime();
        int n = 0;
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(url).query(query).build()) {
            if (query.startsWith("ASK")) qe.execAsk();
            else for (ResultSet rs = qe.execSelect(); rs.hasNext(); rs.next()) n++;
        }
        return new Run((System.nanoTime() - t0) / 1e6, n);
    }

    private static List<QuerySolution> rows(String url, String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(url).query(query).build()) {
            List<QuerySolution> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(out::add);
            return out;
        }
    }

    static double percentile(double[] v, int p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
