package org.policygraph.rdf;

import java.math.BigDecimal;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.ReportedFigure;
import org.policygraph.model.Target;
import org.policygraph.text.Slugs;

/**
 * Maps the indicator part of an analysis into the document's graph as RDF Data Cube: a {@code qb:DataSet} of
 * the document's targets and one of its reported figures, each target or figure a {@code qb:Observation}
 * (also {@code pg:Target} / {@code pg:ReportedFigure}) with the administrative unit, period and measure as
 * dimensions, the unit of measure as attribute, and evidence pointing at the text it was read from.
 * The data structure definitions and units are written once by {@link #structure(IriScheme)}; the comparator concepts
 * are those of the reference graph ({@code ReferenceConcepts}).
 */
public final class IndicatorMapper implements PartMapper {
    /** Units with a QUDT term; the others are concepts of the scheme {@code concept/unit/}. */
    private static final Map<String, String> QUDT = Map.of(
            "%", "PERCENT", "USD", "CCY_USD", "tonnes", "TONNE", "hectares", "HA", "km", "KiloM");

    /** Labels of unit codes: Vietnamese, English. */
    private static final Map<String, String[]> UNITS = Map.ofEntries(
            Map.entry("%", new String[] {"phần trăm", "percent"}),
            Map.entry("percentage_points", new String[] {"điểm phần trăm", "percentage points"}),
            Map.entry("VND", new String[] {"đồng", "Vietnamese dong"}),
            Map.entry("VND_thousand", new String[] {"nghìn đồng", "thousand VND"}),
            Map.entry("VND_million", new String[] {"triệu đồng", "million VND"}),
            Map.entry("VND_billion", new String[] {"tỷ đồng", "billion VND"}),
            Map.entry("VND_trillion", new String[] {"nghìn tỷ đồng", "trillion VND"}),
            Map.entry("USD", new String[] {"đô la Mỹ", "US dollars"}),
            Map.entry("USD_million", new String[] {"triệu USD", "million US dollars"}),
            Map.entry("USD_billion", new String[] {"tỷ USD", "billion US dollars"}),
            Map.entry("tonnes", new String[] {"tấn", "tonnes"}),
            Map.entry("tonnes_million", new String[] {"triệu tấn", "million tonnes"}),
            Map.entry("visitors_million", new String[] {"triệu lượt khách", "million visitor arrivals"}),
            Map.entry("turns", new String[] {"lượt", "turns (occurrences)"}),
            Map.entry("persons", new String[] {"người", "persons"}),
            Map.entry("count", new String[] {"đơn vị đếm", "count"}),
            Map.entry("rank", new String[] {"thứ hạng", "rank"}),
            Map.entry("hectares", new String[] {"héc-ta", "hectares"}),
            Map.entry("km", new String[] {"ki-lô-mét", "kilometres"}),
            Map.entry("kWh_million", new String[] {"triệu kWh", "million kilowatt-hours"}),
            Map.entry("MW", new String[] {"MW", "megawatts"}),
            Map.entry("times", new String[] {"lần", "times"}),
            Map.entry("children_per_woman", new String[] {"con/phụ nữ", "children per woman"}),
            Map.entry("per_10000_inhabitants", new String[] {"trên 1 vạn dân", "per 10,000 inhabitants"}),
            Map.entry("per_100000_inhabitants", new String[] {"trên 100.000 dân", "per 100,000 inhabitants"}),
            Map.entry("none", new String[] {"không có đơn vị", "no unit"}));

    @Override
    public void map(DocumentAnalysis analysis, MappingContext ctx) {
        Model m = ctx.model();
        String doc = ctx.document().getURI();
        IriScheme iris = ctx.iris();
        Resource area = analysis.header() == null || analysis.header().unit() == null ? null
                : m.createResource(iris.unit(analysis.header().unit()));
        if (!analysis.targets().isEmpty()) {
            Resource ds = dataSet(m, iris, doc, "targets", ctx.document(), "Chỉ tiêu", "Targets");
            for (Target t : analysis.targets()) {
                String local = "target/" + t.ordinal() + (t.sub() == null ? "" : "-" + t.sub());
                Resource obs = observation(m, iris.part(doc, local), ds, PG.Target, area, concept(m, iris, t.measureConcept(), t.measure()), t.unit(), iris);
                if (t.year() != null) obs.addLiteral(QB.refPeriod, m.createTypedLiteral(String.valueOf(t.year()), XSDDatatype.XSDgYear));
                obs.addProperty(RDFS.label, m.createLiteral(t.measure(), "vi"));
                obs.addProperty(PG.comparator, m.createResource(iris.concept("comparator", t.comparator().slug())));
                decimal(obs, PG.targetValue, t.value());
                decimal(obs, PG.lowerBound, t.min());
                decimal(obs, PG.upperBound, t.max());
                if (t.baseline() != null) obs.addProperty(PG.baseline, m.createLiteral(t.baseline(), "vi"));
                if (t.label() == null) obs.addLiteral(PG.indicatorNumber, m.createTypedLiteral(t.ordinal(), XSDDatatype.XSDinteger));
                else obs.addProperty(PG.indicatorLabel, t.label());
                if (t.sub() != null) obs.addLiteral(PG.subNumber, m.createTypedLiteral(t.sub(), XSDDatatype.XSDinteger));
                if (t.category() != null) obs.addProperty(PG.category, m.createLiteral(t.category(), "vi"));
                if (t.unitText() != null) obs.addProperty(PG.unitText, m.createLiteral(t.unitText(), "vi"));
                obs.addProperty(PG.sourceText, m.createLiteral(t.targetText(), "vi"));
                ctx.evidence(obs, t.targetSpan());
            }
        }
        if (!analysis.figures().isEmpty()) {
            Resource ds = dataSet(m, iris, doc, "figures", ctx.document(), "Số liệu thực hiện", "Reported figures");
            for (ReportedFigure f : analysis.figures()) {
                Resource obs = observation(m, iris.part(doc, "figure/" + f.id()), ds, PG.ReportedFigure, area,
                        concept(m, iris, f.measureConcept(), f.measure()), f.unit(), iris);
                obs.addLiteral(QB.refPeriod, period(m, f.period()));
                obs.addProperty(RDFS.label, m.createLiteral(f.measure(), "vi"));
                decimal(obs, PG.reportedValue, f.value());
                decimal(obs, PG.pctOfPlan, f.pctOfPlan());
                decimal(obs, PG.pctChangeYoy, f.pctChangeYoy());
                obs.addLiteral(PG.estimated, f.estimated());
                if (f.unitText() != null) obs.addProperty(PG.unitText, m.createLiteral(f.unitText(), "vi"));
                obs.addProperty(PG.sourceText, m.createLiteral(f.text(), "vi"));
                ctx.evidence(obs, f.span());
            }
            for (ReportedFigure f : analysis.figures()) {
                if (f.partOf() == null) continue;
                analysis.figures().stream()
                        .filter(p -> p.footnote() == null && p.measure().equals(f.partOf()) && p.period().equals(f.period()))
                        .findFirst()
                        .ifPresent(p -> m.createResource(iris.part(doc, "figure/" + f.id()))
                                .addProperty(DCTerms.isPartOf, m.createResource(iris.part(doc, "figure/" + p.id()))));
            }
        }
    }

    private static Resource dataSet(Model m, IriScheme iris, String doc, String kind, Resource document, String vi, String en) {
        return m.createResource(iris.part(doc, "dataset/" + kind))
                .addProperty(RDF.type, QB.DataSet)
                .addProperty(QB.structure, m.createResource(dsdIri(iris, kind)))
                .addProperty(RDFS.label, m.createLiteral(vi, "vi"))
                .addProperty(RDFS.label, m.createLiteral(en, "en"))
                .addProperty(DCTerms.source, document);
    }

    /**
     * The measure concept of a target or figure: the shared one, else a concept of its own named by the printed measure
     * ({@code concept/measure/printed-{slug}}, labelled with the printed name, in the measure scheme), so that no measure
     * is lost and the same printed name in two documents is one concept.
     */
    private static String concept(Model m, IriScheme iris, String shared, String printed) {
        if (shared != null || printed == null || printed.isBlank()) return shared;
        String slug = Slugs.slug(printed);
        if (slug.isEmpty()) return null;
        String id = "printed-" + (slug.length() > 80 ? slug.substring(0, 80).replaceFirst("-+$", "") : slug);
        m.createResource(iris.concept("measure", id)).addProperty(RDF.type, SKOS.Concept).addProperty(RDF.type, PG.Measure)
                .addProperty(SKOS.inScheme, PG.MeasureScheme).addProperty(SKOS.prefLabel, m.createLiteral(printed, "vi"));
        return id;
    }

    private static Resource observation(Model m, String iri, Resource ds, Resource type, Resource area, String concept, String unit, IriScheme iris) {
        Resource obs = m.createResource(iri).addProperty(RDF.type, QB.Observation).addProperty(RDF.type, type)
                .addProperty(QB.dataSet, ds);
        if (area != null) obs.addProperty(QB.refArea, area);
        if (concept != null) obs.addProperty(PG.measure, m.createResource(iris.concept("measure", concept)));
        if (unit != null) obs.addProperty(QB.unitMeasure, unitResource(m, iris, unit));
        return obs;
    }

    /** The unit of measure: a QUDT unit where one exists, else a concept of the policy-graph unit scheme. */
    public static Resource unitResource(Model m, IriScheme iris, String unit) {
        String q = QUDT.get(unit);
        return q != null ? m.createResource(QB.QUDT_UNIT + q) : m.createResource(iris.concept("unit", unitSlug(unit)));
    }

    private static String unitSlug(String unit) { return unit.equals("%") ? "percent" : unit.toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }

    /** A period as a literal: xsd:gYear "2024", xsd:gYearMonth "2024-03", else the printed form ("2024-Q1", intervals). */
    static Literal period(Model m, String period) {
        if (period.matches("\\d{4}")) return m.createTypedLiteral(period, XSDDatatype.XSDgYear);
        if (period.matches("\\d{4}-\\d{2}")) return m.createTypedLiteral(period, XSDDatatype.XSDgYearMonth);
        return m.createLiteral(period);
    }

    private static void decimal(Resource r, Property p, Double v) {
        if (v == null) return;
        r.addLiteral(p, r.getModel().createTypedLiteral(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal));
    }

    private static String dsdIri(IriScheme iris, String kind) { return iris.base() + "structure/" + kind; }

    /**
     * Written once (into the ontology or reference graph): the two data structure definitions and the units of
     * measure that are not QUDT units.
     */
    public static Model structure(IriScheme iris) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("qb", QB.NS);
        m.setNsPrefix("sdmx-dimension", QB.SDMX_DIMENSION);
        m.setNsPrefix("sdmx-attribute", QB.SDMX_ATTRIBUTE);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix(PG.PREFIX, PG.NS);
        dsd(m, iris, "targets", "Cấu trúc dữ liệu chỉ tiêu", "Structure of targets",
                new Property[] {PG.targetValue, PG.lowerBound, PG.upperBound},
                new Property[] {QB.unitMeasure, PG.comparator, PG.baseline, PG.indicatorNumber, PG.indicatorLabel, PG.subNumber, PG.category, PG.unitText});
        dsd(m, iris, "figures", "Cấu trúc dữ liệu số liệu thực hiện", "Structure of reported figures",
                new Property[] {PG.reportedValue},
                new Property[] {QB.unitMeasure, PG.pctOfPlan, PG.pctChangeYoy, PG.estimated, PG.unitText});
        Resource unitScheme = m.createResource(iris.concept("unit", "scheme"))
                .addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(SKOS.prefLabel, m.createLiteral("Đơn vị đo", "vi"))
                .addProperty(SKOS.prefLabel, m.createLiteral("Units of measure", "en"));
        UNITS.forEach((code, labels) -> {
            if (QUDT.containsKey(code)) return;
            m.createResource(iris.concept("unit", unitSlug(code))).addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.inScheme, unitScheme)
                    .addProperty(SKOS.prefLabel, m.createLiteral(labels[0], "vi"))
                    .addProperty(SKOS.prefLabel, m.createLiteral(labels[1], "en"))
                    .addProperty(SKOS.notation, code);
        });
        return m;
    }

    private static void dsd(Model m, IriScheme iris, String kind, String vi, String en, Property[] measures, Property[] attributes) {
        Resource dsd = m.createResource(dsdIri(iris, kind)).addProperty(RDF.type, QB.DataStructureDefinition)
                .addProperty(RDFS.label, m.createLiteral(vi, "vi")).addProperty(RDFS.label, m.createLiteral(en, "en"));
        int order = 1;
        for (Property d : new Property[] {QB.refArea, QB.refPeriod, PG.measure}) {
            dsd.addProperty(QB.component, m.createResource().addProperty(RDF.type, QB.ComponentSpecification)
                    .addProperty(QB.dimension, d).addLiteral(QB.order, order++));
            m.add(d, RDF.type, QB.DimensionProperty);
        }
        for (Property p : measures) {
            dsd.addProperty(QB.component, m.createResource().addProperty(RDF.type, QB.ComponentSpecification).addProperty(QB.measure, p));
            m.add(p, RDF.type, QB.MeasureProperty);
        }
        for (Property p : attributes) {
            dsd.addProperty(QB.component, m.createResource().addProperty(RDF.type, QB.ComponentSpecification)
                    .addProperty(QB.attribute, p).addLiteral(QB.componentRequired, false));
            m.add(p, RDF.type, QB.AttributeProperty);
        }
    }
}
