package org.policygraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.resolve.AdminUnit;
import org.policygraph.resolve.Body;
import org.policygraph.resolve.PartyTerm;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.InputRejectedException;
import org.policygraph.text.Slugs;
import org.policygraph.text.SourceDecoder;

/**
 * The reference tables a generated corpus carries: they parse with the bundled reader, give the documents identities,
 * change nothing for the real documents, and the indexed lookups answer as the scans they replaced.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedReferenceTest {
    Path corpus;
    ReferenceData generated;

    @BeforeAll
    void generate(@TempDir Path dir) throws Exception {
        corpus = dir;
        CorpusGenerator.generate(300, 11, corpus);
        generated = ReferenceData.bundledWith(corpus.resolve(ReferenceTables.DIR));
    }

    @Test
    void tablesHaveTheBundledColumnsAndParse() throws Exception {
        for (String file : List.of(ReferenceData.UNITS_FILE, ReferenceData.BODIES_FILE, ReferenceData.TERMS_FILE)) {
            assertEquals(header(Path.of("data/reference", file)), header(corpus.resolve(ReferenceTables.DIR).resolve(file)), file);
        }
        ReferenceData bundled = ReferenceData.bundled();
        long synthetic = generated.units().size() - bundled.units().size();
        assertTrue(synthetic > 14_000, "one row per unit of both maps: " + synthetic);
        for (AdminUnit u : generated.units().values()) {
            if (bundled.unit(u.id()).isPresent()) continue;
            assertTrue(generated.unit(u.parent()).isPresent(), u.id() + " has parent " + u.parent());
            assertTrue(u.wikidata() == null && u.gsoCode() == null && u.geonames() == null, "no invented identifiers: " + u.id());
            assertTrue(u.validUntil() == null ? u.validFrom().toString().equals("2025-07-01") : u.validUntil().toString().equals("2025-06-30"), u.id());
        }
        for (Body b : generated.bodies().values()) {
            assertTrue(b.parent() == null || generated.body(b.parent()).isPresent(), b.id() + " has parent " + b.parent());
            // The generator writes the terms of its committees; the bundled national rows (central commissions,
            // provincial committees) have none yet.
            boolean generatedRow = bundled.body(b.id()).isEmpty();
            if (generatedRow && b.isParty()) assertTrue(!generated.terms(b.register()).isEmpty(), b.register() + " has terms");
        }
        assertTrue(generated.unit("quan-kien-an").isPresent() && generated.body("kien-an-qu-bch").isPresent(), "bundled rows kept");
    }

    @Test
    void theTablesAreDeterministicForASeed(@TempDir Path again) throws Exception {
        CorpusGenerator.generate(300, 11, again);
        for (String file : List.of(ReferenceData.UNITS_FILE, ReferenceData.BODIES_FILE, ReferenceData.TERMS_FILE)) {
            assertEquals(Files.readString(corpus.resolve("reference").resolve(file)), Files.readString(again.resolve("reference").resolve(file)), file);
        }
    }

    @Test
    void almostEveryDocumentGetsAnIdentity() throws Exception {
        Pipeline pipeline = new Pipeline(generated, new SourceDecoder());
        Pipeline bundledOnly = Pipeline.standard();
        int identified = 0, identifiedBundled = 0;
        List<Path> files = ExtractionBench.documents(corpus);
        for (Path f : files) {
            if (pipeline.analyse(f).key() != null) identified++;
            if (files.indexOf(f) % 3 == 0 && bundledOnly.analyse(f).key() != null) identifiedBundled++;
        }
        assertEquals(300, files.size());
        assertTrue(identified >= 0.95 * files.size(), identified + " of " + files.size() + " identified");
        assertTrue(identifiedBundled < 0.5 * files.size() / 3, identifiedBundled + " of every third identified without the tables");
    }

    @Test
    void theRealDocumentsComeOutTheSame() throws Exception {
        Pipeline withTables = new Pipeline(generated, new SourceDecoder());
        Pipeline bundledOnly = Pipeline.standard();
        List<Path> real;
        try (var s = Files.list(Path.of("data/documents/hai-phong"))) {
            real = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, real.size());
        for (Path f : real) {
            DocumentAnalysis a, b;
            try {
                a = bundledOnly.analyse(f);
                b = withTables.analyse(f);
            } catch (InputRejectedException e) {
                throw new AssertionError(f + " rejected", e);
            }
            assertEquals(a.key(), b.key(), f.toString());
            assertEquals(a.header(), b.header(), f.toString());
            assertEquals(a.citations(), b.citations(), f.toString());
            assertEquals(a.sections(), b.sections(), f.toString());
            assertEquals(a.targets(), b.targets(), f.toString());
            assertEquals(a.figures(), b.figures(), f.toString());
            assertEquals(a.tasks(), b.tasks(), f.toString());
            assertEquals(a.warnings(), b.warnings(), f.toString());
        }
    }

    @Test
    void indexedLookupsAnswerAsTheScansOnTheBundledTables() { sameAsScans(ReferenceData.bundled(), 1); }

    @Test
    void indexedLookupsAnswerAsTheScansOnAGeneratedReference() { sameAsScans(generated, 47); }

    /** Each lookup against the linear scan it replaced, for every {@code step}-th unit, body and term. */
    private static void sameAsScans(ReferenceData ref, int step) {
        Scans scans = new Scans(ref);
        List<AdminUnit> units = new ArrayList<>(ref.units().values());
        for (int i = 0; i < units.size(); i += step) {
            AdminUnit u = units.get(i);
            assertEquals(scans.unitsNamed(u.bareName(), u.kind()), ref.unitsNamed(u.bareName(), u.kind()), u.id());
            assertEquals(scans.unitsNamed(u.bareName(), "district"), ref.unitsNamed(u.bareName(), "district"), u.id());
            assertEquals(scans.matching(u.id()), ref.unitsMatching(u.id()), u.id());
            assertEquals(scans.matching(u.nameVi()), ref.unitsMatching(u.nameVi()), u.id());
            assertEquals(scans.matching(Slugs.fold(u.bareName())), ref.unitsMatching(Slugs.fold(u.bareName())), u.id());
            String text = "ủy ban nhân dân " + Slugs.fold(u.bareName()) + ", ngày";
            assertEquals(scans.namedAt(Slugs.fold(text), 16, u.kind()), ref.unitNamedAt(Slugs.fold(text), 16, u.kind()), u.id());
            assertEquals(scans.namedAt(Slugs.fold(text) + "x", 16, "ward"), ref.unitNamedAt(Slugs.fold(text) + "x", 16, "ward"), u.id());
            for (String kind : List.of("party-committee", "standing-committee", "peoples-council", "peoples-committee"))
                assertEquals(scans.body(kind, u.id()), ref.body(kind, u.id()), kind + " of " + u.id());
        }
        assertEquals(scans.namedAt("quan kien an", 5, "district"), ref.unitNamedAt("quan kien an", 5, "district"));
        assertTrue(ref.unitNamedAt("quan kien an", 5, "district").isPresent());
        assertEquals(scans.ofKind("country"), ref.unitsOfKind("country"));
        List<Body> bodies = new ArrayList<>(ref.bodies().values());
        for (int i = 0; i < bodies.size(); i += step) {
            String register = bodies.get(i).register();
            assertEquals(scans.bodyOfRegister(register), ref.bodyOfRegister(register, "party-committee"), register);
            assertEquals(scans.terms(register), ref.terms(register), register);
            for (int year = 2010; year <= 2031; year++)
                assertEquals(scans.termsContaining(register, year), ref.termsContaining(register, year), register + " " + year);
            for (PartyTerm t : ref.terms(register)) {
                assertEquals(scans.term(register, t.term().toLowerCase()), ref.term(register, t.term().toLowerCase()), register);
                assertEquals(scans.registersOfCongress(t.congress()), ref.registersOfCongress(t.congress()), t.congress());
            }
        }
        assertEquals(scans.registersOfCongress("XIII"), ref.registersOfCongress("xiii"));
    }

    /** The scans of the reference data and of its callers before the indexes, names folded once. */
    private record Scans(ReferenceData ref, Map<AdminUnit, String> bare, Map<AdminUnit, String> full) {
        Scans(ReferenceData ref) {
            this(ref, new IdentityHashMap<>(), new IdentityHashMap<>());
            for (AdminUnit u : ref.units().values()) {
                bare.put(u, Slugs.fold(u.bareName()));
                full.put(u, Slugs.fold(u.nameVi()));
            }
        }

        List<AdminUnit> unitsNamed(String bareName, String kind) {
            String want = Slugs.fold(bareName).strip();
            return ref.units().values().stream().filter(u -> u.kind().equals(kind) && bare.get(u).equals(want)).toList();
        }

        List<AdminUnit> matching(String nameOrId) {
            String want = Slugs.fold(nameOrId).strip();
            List<AdminUnit> byId = ref.units().values().stream().filter(x -> x.id().equals(nameOrId)).toList();
            List<AdminUnit> byFull = ref.units().values().stream().filter(x -> full.get(x).equals(want)).toList();
            List<AdminUnit> byBare = ref.units().values().stream().filter(x -> bare.get(x).equals(want)).toList();
            List<AdminUnit> out = new ArrayList<>(byId);
            for (AdminUnit x : byFull) if (!out.contains(x)) out.add(x);
            for (AdminUnit x : byBare) if (!out.contains(x)) out.add(x);
            return out;
        }

        List<AdminUnit> ofKind(String kind) {
            return ref.units().values().stream().filter(u -> u.kind().equals(kind))
                    .sorted(Comparator.comparingInt((AdminUnit u) -> -bare.get(u).length())).toList();
        }

        Optional<AdminUnit> namedAt(String folded, int at, String kind) {
            for (AdminUnit u : ofKind(kind)) {
                String name = bare.get(u);
                int end = at + name.length();
                if (folded.startsWith(name, at) && !(end < folded.length() && Character.isLetterOrDigit(folded.charAt(end)))) {
                    // a name several units of the kind bear names none of them
                    boolean shared = ofKind(kind).stream().anyMatch(o -> o != u && bare.get(o).equals(name));
                    return shared ? Optional.empty() : Optional.of(u);
                }
            }
            return Optional.empty();
        }

        Optional<Body> body(String kind, String unit) {
            return ref.bodies().values().stream().filter(b -> b.kind().equals(kind) && b.unit().equals(unit)).findFirst();
        }

        Optional<Body> bodyOfRegister(String register) {
            return ref.bodies().values().stream().filter(b -> b.register().equals(register) && b.kind().equals("party-committee")).findFirst();
        }

        List<PartyTerm> terms(String register) { return ref.terms().stream().filter(t -> t.register().equals(register)).toList(); }

        List<PartyTerm> termsContaining(String register, int year) {
            return ref.terms().stream().filter(t -> t.register().equals(register) && t.fromYear() <= year && year <= t.toYear()).toList();
        }

        Optional<PartyTerm> term(String register, String roman) {
            return ref.terms().stream().filter(t -> t.register().equals(register) && t.term().equalsIgnoreCase(roman)).findFirst();
        }

        List<String> registersOfCongress(String roman) {
            return ref.terms().stream().filter(t -> t.congress().equalsIgnoreCase(roman)).map(PartyTerm::register).distinct().toList();
        }
    }

    private static List<String> header(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getHeaderNames();
        }
    }
}
