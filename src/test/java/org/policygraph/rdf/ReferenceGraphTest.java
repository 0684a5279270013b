package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.model.CitationKind;
import org.policygraph.model.Comparator;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.resolve.Body;
import org.policygraph.resolve.ReferenceData;

/** The reference graph: conformance to the shapes, units across the 2025 reform, bodies, concepts. */
class ReferenceGraphTest {
    static final IriScheme IRIS = IriScheme.standard();
    static final String PREFIXES = """
            PREFIX pg: <https://w3id.org/policy-graph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    static Model reference;
    static ReferenceMapper mapper;

    @BeforeAll
    static void map() {
        mapper = new ReferenceMapper(IRIS);
        reference = mapper.map(ReferenceData.bundled());
    }

    @Test
    void referenceGraphConformsToShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        Model data = ModelFactory.createUnion(reference, OntologyTest.ontology());
        ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, report.getModel(), Lang.TTL);
        assertTrue(report.conforms(), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shapesCatchABrokenUnitAndABodyWithoutEnglish() {
        Model broken = ModelFactory.createDefaultModel().add(reference);
        Resource kienAn = broken.createResource(IRIS.unit("quan-kien-an"));
        kienAn.addProperty(PG.validFrom, broken.createTypedLiteral("2030-01-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        Resource body = broken.createResource(IRIS.body("test-body")).addProperty(RDF.type, ORG.Organization)
                .addProperty(SKOS.prefLabel, broken.createLiteral("Cơ quan thử", "vi"))
                .addProperty(PG.jurisdiction, kienAn);
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, broken.getGraph());
        Set<String> focus = new TreeSet<>();
        report.getEntries().forEach(e -> focus.add(e.focusNode().getURI()));
        assertEquals(Set.of(kienAn.getURI(), body.getURI()), focus);
    }

    @Test
    void kienAnDistrictCarriesItsIdentifiersAndEnd() {
        Resource d = reference.getResource(IRIS.unit("quan-kien-an"));
        assertTrue(d.hasProperty(RDF.type, PG.AdministrativeUnit));
        assertTrue(d.hasProperty(SKOS.exactMatch, reference.getResource("http://www.wikidata.org/entity/Q6405290")));
        assertTrue(d.hasProperty(SKOS.exactMatch, reference.getResource("https://sws.geonames.org/1905088/")));
        assertEquals("307", d.getProperty(PG.gsoCode).getString());
        Literal end = d.getProperty(PG.validUntil).getLiteral();
        assertEquals("2025-06-30", end.getLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", end.getDatatypeURI());
        assertTrue(d.hasProperty(SKOS.prefLabel, reference.createLiteral("Kien An District", "en")));
        assertTrue(d.hasProperty(PG.parentUnit, reference.getResource(IRIS.unit("thanh-pho-hai-phong"))));
    }

    @Test
    void sparqlFindsTheUnitsThatSucceededKienAnDistrict() {
        String q = PREFIXES + """
                SELECT DISTINCT ?name ?date WHERE {
                  ?district skos:prefLabel "Quận Kiến An"@vi .
                  ?change a pg:UnitChange ; pg:originalUnit ?district ; pg:resultingUnit ?ward ; dcterms:date ?date .
                  ?ward skos:prefLabel ?name . FILTER(lang(?name) = "vi")
                } ORDER BY ?name""";
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(reference).query(q).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) ->
                    rows.add(s.getLiteral("name").getString() + " " + s.getLiteral("date").getLexicalForm()));
        }
        assertEquals(List.of("Phường Kiến An 2025-07-01", "Phường Phù Liễn 2025-07-01"), rows);
        String shortPath = PREFIXES + "SELECT ?w WHERE { <" + IRIS.unit("quan-kien-an") + "> pg:successor ?w }";
        try (QueryExecution qe = QueryExecution.model(reference).query(shortPath).build()) {
            Set<String> wards = new TreeSet<>();
            qe.execSelect().forEachRemaining(s -> wards.add(s.getResource("w").getURI()));
            assertEquals(Set.of(IRIS.unit("phuong-kien-an"), IRIS.unit("phuong-phu-lien-2025")), wards);
        }
    }

    @Test
    void aDocumentOf2023PointsToTheDistrictAsItWasAndReachesTodaysWards() {
        Model union = ModelFactory.createUnion(ShapesTest.documentGraph(), reference);
        String q = PREFIXES + """
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                SELECT ?unit ?today WHERE {
                  ?doc eli:id_local "06-NQ/QU" ; eli:date_document ?date ; pg:jurisdiction ?unit .
                  OPTIONAL { ?unit pg:validFrom ?from } OPTIONAL { ?unit pg:validUntil ?until }
                  FILTER((!bound(?from) || ?from <= ?date) && (!bound(?until) || ?date <= ?until))
                  ?unit pg:successor ?today .
                  FILTER NOT EXISTS { ?today pg:validUntil ?gone }
                }""";
        Set<String> units = new TreeSet<>();
        Set<String> today = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.model(union).query(q).build()) {
            qe.execSelect().forEachRemaining(s -> {
                units.add(s.getResource("unit").getURI());
                today.add(s.getResource("today").getURI());
            });
        }
        assertEquals(Set.of(IRIS.unit("quan-kien-an")), units);
        assertEquals(Set.of(IRIS.unit("phuong-kien-an"), IRIS.unit("phuong-phu-lien-2025")), today);
    }

    @Test
    void changesOf2025RestOnResolution1669() {
        Resource change = reference.getResource(IRIS.unit("phuong-dong-hoa") + "/change/phuong-kien-an");
        assertEquals("part", change.getProperty(PG.share).getString());
        Resource basis = change.getPropertyResourceValue(PG.legalBasis);
        assertEquals("1669/NQ-UBTVQH15", basis.getProperty(ELI.id_local).getString());
        assertEquals(IRIS.body("ubtvqh"), basis.getPropertyResourceValue(ELI.passed_by).getURI());
        assertEquals("2025-06-16", basis.getProperty(ELI.date_document).getLiteral().getLexicalForm());
        // The 2025-01-01 rearrangement has no legal basis in the reference: none is invented.
        Resource early = reference.getResource(IRIS.unit("phuong-phu-lien") + "/change/phuong-bac-ha");
        assertTrue(early.hasProperty(RDF.type, PG.UnitChange));
        assertTrue(!early.hasProperty(PG.legalBasis));
        assertEquals(List.of(), mapper.unresolvedSuccessors());
    }

    @Test
    void everyBodyHasBothNamesAUnitAndAParentUnlessRoot() {
        // The Party, the National Assembly and the Government head their trees; the President, the Supreme People's
        // Court and Procuracy and the State Audit are constitutional bodies of their own, under none of them.
        Set<String> roots = Set.of("tw-bch", "qh", "cp", "ctn", "tandtc", "vkstc", "ktnn");
        for (Body b : ReferenceData.bundled().bodies().values()) {
            Resource r = reference.getResource(IRIS.body(b.id()));
            assertTrue(r.hasProperty(RDF.type, ORG.Organization), b.id());
            assertTrue(hasLang(r, "vi") && hasLang(r, "en"), b.id() + " has prefLabel vi and en");
            Resource unit = r.getPropertyResourceValue(PG.jurisdiction);
            assertTrue(unit != null && reference.contains(unit, RDF.type, PG.AdministrativeUnit), b.id() + " unit");
            Resource parent = r.getPropertyResourceValue(ORG.subOrganizationOf);
            if (roots.contains(b.id())) assertEquals(null, parent, b.id());
            else assertTrue(parent != null && reference.contains(parent, RDF.type, ORG.Organization), b.id() + " parent");
        }
    }

    @Test
    void nationalBodiesAndProvincesCarryKindValidityAndEnglishNames() {
        Resource finance = reference.getResource(IRIS.body("btc"));
        Resource ministry = reference.getResource(IRIS.concept("body-kind", "ministry"));
        assertTrue(finance.hasProperty(PG.bodyKind, ministry));
        assertTrue(finance.hasProperty(RDF.type, PG.StateBody));
        assertTrue(ministry.hasProperty(SKOS.inScheme, PG.BodyKindScheme));
        assertTrue(ministry.hasProperty(SKOS.prefLabel, reference.createLiteral("Bộ", "vi")));
        assertTrue(ministry.hasProperty(SKOS.prefLabel, reference.createLiteral("Ministry", "en")));
        assertTrue(reference.getResource(IRIS.body("btctw")).hasProperty(RDF.type, PG.PartyBody));
        assertEquals("2025-02-28", reference.getResource(IRIS.body("bkhdt")).getProperty(PG.validUntil).getLiteral().getLexicalForm());
        assertTrue(!finance.hasProperty(PG.validUntil), "a body still in existence has no end");
        Resource bacNinh = reference.getResource(IRIS.unit("tinh-bac-ninh-2025"));
        assertTrue(bacNinh.hasProperty(SKOS.prefLabel, reference.createLiteral("Bac Ninh Province", "en")));
        assertTrue(reference.getResource(IRIS.unit("thanh-pho-ha-noi")).hasProperty(SKOS.prefLabel, reference.createLiteral("Ha Noi City", "en")));
        Resource change = reference.getResource(IRIS.unit("tinh-bac-giang") + "/change/tinh-bac-ninh-2025");
        assertEquals("whole", change.getProperty(PG.share).getString());
        assertEquals("2025-07-01", change.getProperty(DCTerms.date).getLiteral().getLexicalForm());
        Resource basis = change.getPropertyResourceValue(PG.legalBasis);
        assertEquals("202/2025/QH15", basis.getProperty(ELI.id_local).getString());
        assertEquals(IRIS.body("qh"), basis.getPropertyResourceValue(ELI.passed_by).getURI());
        assertEquals("2025-06-12", basis.getProperty(ELI.date_document).getLiteral().getLexicalForm());
    }

    @Test
    void shortNamesAsPrinted() {
        Resource cityCommittee = reference.getResource(IRIS.body("hai-phong-tu-bch"));
        assertTrue(cityCommittee.hasProperty(SKOS.altLabel, reference.createLiteral("Thành ủy", "vi")));
        assertTrue(reference.getResource(IRIS.body("kien-an-qu-bch")).hasProperty(SKOS.altLabel, reference.createLiteral("Quận ủy", "vi")));
        assertTrue(reference.getResource(IRIS.body("kien-an-ubnd")).hasProperty(SKOS.altLabel, reference.createLiteral("UBND quận", "vi")));
        assertTrue(reference.getResource(IRIS.body("kien-an-qu-btv")).hasProperty(RDF.type, PG.StandingCommittee));
        assertTrue(reference.getResource(IRIS.body("kien-an-qu-bch")).hasProperty(RDF.type, PG.PartyCommittee));
    }

    @Test
    void congressesAndTermsAreEventsOfTheirCommittee() {
        Resource congress = reference.getResource(IRIS.congress("kien-an-qu", "VI"));
        assertTrue(congress.hasProperty(RDF.type, PG.Congress));
        assertEquals(6, congress.getProperty(PG.ordinal).getInt());
        assertEquals(IRIS.body("kien-an-qu-bch"), congress.getPropertyResourceValue(PG.heldBy).getURI());
        Resource term = congress.getPropertyResourceValue(PG.term);
        assertEquals(IRIS.term("kien-an-qu", "khoa-vi"), term.getURI());
        assertEquals(IRIS.body("kien-an-qu-bch"), term.getPropertyResourceValue(PG.termOf).getURI());
        assertEquals("2020", term.getProperty(PG.fromYear).getLiteral().getLexicalForm());
        assertEquals(23, reference.getResource(IRIS.congress("hong-bang-qu", "XXIII")).getProperty(PG.ordinal).getInt());
    }

    @Test
    void conceptsAreGeneratedFromTheEnums() {
        for (DocType t : DocType.values()) {
            Resource c = reference.getResource(IRIS.concept("doc-type", t.slug()));
            assertTrue(c.hasProperty(SKOS.inScheme, PG.DocumentTypeScheme), t.slug());
            assertTrue(c.hasProperty(SKOS.prefLabel, reference.createLiteral(t.en(), "en")), t.slug());
            assertTrue(c.hasProperty(SKOS.broader), t.slug() + " belongs to a system");
        }
        Resource party = reference.getResource(IRIS.concept("doc-type", "party"));
        Resource state = reference.getResource(IRIS.concept("doc-type", "state"));
        Resource thongTri = reference.getResource(IRIS.concept("doc-type", DocType.THONG_TRI.slug()));
        assertTrue(thongTri.hasProperty(SKOS.broader, party) && !thongTri.hasProperty(SKOS.broader, state));
        Resource resolution = reference.getResource(IRIS.concept("doc-type", DocType.NGHI_QUYET.slug()));
        assertTrue(resolution.hasProperty(SKOS.broader, party) && resolution.hasProperty(SKOS.broader, state));
        // every type of the national formats, the legal normative types and the Party's, labelled in both languages
        for (String vi : List.of("Thông cáo", "Phương án", "Dự án", "Biên bản", "Hợp đồng", "Bản ghi nhớ", "Bản thỏa thuận",
                "Giấy ủy quyền", "Giấy mời", "Giấy giới thiệu", "Phiếu gửi", "Phiếu chuyển", "Phiếu báo", "Thư công", "Bộ luật",
                "Thông tư liên tịch", "Văn bản hợp nhất", "Kết luận", "Thông tri", "Công văn", "Công điện")) {
            DocType t = DocType.byWord(vi).orElseThrow(() -> new AssertionError("no type " + vi));
            Resource c = reference.getResource(IRIS.concept("doc-type", t.slug()));
            assertTrue(c.hasProperty(SKOS.prefLabel, reference.createLiteral(vi, "vi")), vi);
        }
        assertEquals(DocType.QUY_DINH, DocType.byCode("QĐi", DocSystem.PARTY).orElseThrow());
        assertEquals(DocType.QUY_DINH, DocType.byCode("QyĐ", DocSystem.STATE).orElseThrow());
        assertEquals(DocType.THONG_TRI, DocType.byCode("TT", DocSystem.PARTY).orElseThrow());
        for (CitationKind k : CitationKind.values())
            assertTrue(reference.getResource(IRIS.concept("citation-kind", k.slug())).hasProperty(SKOS.inScheme, PG.CitationKindScheme));
        for (Comparator k : Comparator.values())
            assertTrue(reference.getResource(IRIS.concept("comparator", k.slug())).hasProperty(SKOS.notation, k.symbol()));
    }

    @Test
    void englishNamesOfUnits() {
        ReferenceData ref = ReferenceData.bundled();
        assertEquals("Hai Phong City", UnitMapper.englishName(ref.unit("thanh-pho-hai-phong").orElseThrow()));
        assertEquals("Viet Nam", UnitMapper.englishName(ref.unit("viet-nam").orElseThrow()));
        assertEquals("Dong Hoa Ward", UnitMapper.englishName(ref.unit("phuong-dong-hoa").orElseThrow()));
    }

    @Test
    void romanNumeralsAndOrdinals() {
        assertEquals(23, BodyMapper.roman("XXIII"));
        assertEquals(14, BodyMapper.roman("XIV"));
        assertEquals(6, BodyMapper.roman("VI"));
        assertEquals("21st", BodyMapper.englishOrdinal(21));
        assertEquals("12th", BodyMapper.englishOrdinal(12));
        assertEquals("3rd", BodyMapper.englishOrdinal(3));
    }

    private static boolean hasLang(Resource r, String lang) {
        return r.listProperties(SKOS.prefLabel).toList().stream().anyMatch(s -> lang.equals(s.getLanguage()));
    }
}
