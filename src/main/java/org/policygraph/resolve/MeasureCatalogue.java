package org.policygraph.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policygraph.rdf.IriScheme;
import org.policygraph.rdf.PG;
import org.policygraph.text.Slugs;

/**
 * The shared measures ({@code data/reference/measures.csv}): what targets and reported figures measure,
 * one SKOS concept each, so the same measure in a city and a district resolution, or in a resolution and
 * a report, is one concept. A measure is assigned when one of its keyword sets occurs in the text,
 * diacritic-insensitively; the first row that matches wins, so the table lists specific measures first.
 */
public final class MeasureCatalogue {
    /** Which values a measure takes: a share in % ("rate"), an amount or count ("amount"), or either ("any"). */
    public enum Kind { RATE, AMOUNT, ANY }

    /**
     * One measure.
     *
     * @param patterns alternatives, each a set of keyword phrases (folded) that must all occur
     * @param broader  id of the measure this one is a part of ("output-industry" of "output-industry-construction"), or null
     */
    public record Measure(String id, String labelVi, String labelEn, String unit, Kind kind, List<List<String>> patterns, String broader) {}

    private static volatile MeasureCatalogue bundled;

    private final List<Measure> measures;

    public MeasureCatalogue(List<Measure> measures) { this.measures = List.copyOf(measures); }

    public static MeasureCatalogue bundled() {
        if (bundled == null) {
            synchronized (MeasureCatalogue.class) {
                if (bundled == null) bundled = new MeasureCatalogue(read("/reference/measures.csv"));
            }
        }
        return bundled;
    }

    public List<Measure> measures() { return measures; }

    public Optional<Measure> byId(String id) { return measures.stream().filter(m -> m.id().equals(id)).findFirst(); }

    /**
     * The measure a text speaks of. {@code unit} is the unit code of the value: a share ("%",
     * "percentage_points") matches rate measures, other units amount measures; "increase" (a growth rate
     * of an amount) matches amount measures, and "none" (qualitative) matches both. When several measures match, the
     * first in the value's own unit wins, else the first.
     */
    public Optional<String> match(String text, String unit) {
        String folded = " " + Slugs.fold(text).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        Measure first = null;
        for (Measure m : measures) {
            if (!kindFits(m.kind(), unit)) continue;
            for (List<String> all : m.patterns()) {
                if (all.stream().allMatch(k -> folded.contains(" " + k + " "))) {
                    if (m.unit().equals(unit)) return Optional.of(m.id());   // several match: the one in the value's unit
                    if (first == null) first = m;
                    break;
                }
            }
        }
        return Optional.ofNullable(first).map(Measure::id);
    }

    private static boolean kindFits(Kind kind, String unit) {
        if (kind == Kind.ANY || unit == null || unit.equals("none")) return true;
        if (unit.equals("increase")) return kind == Kind.AMOUNT;
        boolean share = unit.equals("%") || unit.equals("percentage_points");
        return kind == Kind.RATE ? share : !share;
    }

    /** The measures as a SKOS concept scheme ({@code pg:measures}); the reference graph includes it. */
    public Model toModel(IriScheme iris) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix(PG.PREFIX, PG.NS);
        m.add(PG.MeasureScheme, RDF.type, SKOS.ConceptScheme);
        m.add(PG.MeasureScheme, SKOS.prefLabel, m.createLiteral("Đại lượng đo của chỉ tiêu", "vi"));
        m.add(PG.MeasureScheme, SKOS.prefLabel, m.createLiteral("Measures of targets and reported figures", "en"));
        for (Measure x : measures) {
            Resource c = m.createResource(iris.concept("measure", x.id()));
            c.addProperty(RDF.type, SKOS.Concept).addProperty(RDF.type, PG.Measure)
                    .addProperty(SKOS.inScheme, PG.MeasureScheme)
                    .addProperty(SKOS.prefLabel, m.createLiteral(x.labelVi(), "vi"))
                    .addProperty(SKOS.prefLabel, m.createLiteral(x.labelEn(), "en"))
                    .addProperty(SKOS.notation, x.id());
            if (!x.unit().isBlank()) c.addProperty(RDFS.comment, "usual unit: " + x.unit());
            if (x.broader() != null) c.addProperty(SKOS.broader, m.createResource(iris.concept("measure", x.broader())));
        }
        return m;
    }

    static List<Measure> read(String path) {
        try (InputStream in = MeasureCatalogue.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("reference table " + path + " is not on the class path");
            List<Measure> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                List<List<String>> patterns = Arrays.stream(r.get("patterns").split("\\|"))
                        .map(alt -> Arrays.stream(alt.split("\\+")).map(k -> Slugs.fold(k).strip()).filter(k -> !k.isEmpty()).toList())
                        .filter(alt -> !alt.isEmpty()).toList();
                out.add(new Measure(r.get("id"), r.get("pref_label_vi"), r.get("pref_label_en"), r.get("unit"),
                        Kind.valueOf(r.get("kind").strip().toUpperCase(java.util.Locale.ROOT)), patterns,
                        r.isMapped("broader") && !r.get("broader").isBlank() ? r.get("broader").strip() : null));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }
}
