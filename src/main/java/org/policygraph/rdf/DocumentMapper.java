package org.policygraph.rdf;

import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.SourceDocument;
import org.policygraph.model.SourceReading;
import org.policygraph.pipeline.Version;
import org.policygraph.resolve.ReferenceData;

/**
 * Builds the named graph of one analysed document: the document resource (IRI from its identity, or
 * {@code {base}doc/unidentified/{sha16}} when the header does not identify it), the source file and the
 * extraction activity, graph-level provenance, then every {@link PartMapper} in turn.
 *
 * <p>Provenance written here: {@code <graph> prov:wasDerivedFrom <source>; prov:generatedAtTime t;
 * pg:extractorVersion v; prov:wasGeneratedBy <extraction>}; {@code <source> a pg:SourceFile; rdfs:label
 * file name; pg:sha256 (of the original bytes); pg:byteSize; pg:mediaType; pg:pageCount (paged formats); pg:sourceText}; on the
 * extraction, how the text was obtained: {@code pg:parser; pg:encodingConversion; pg:ocrEngine; pg:ocrEngineVersion;
 * pg:ocrLanguage; pg:ocrMeanConfidence; pg:ocrUnits}; {@code <document> prov:wasDerivedFrom <source>}. The analysis' warnings
 * (printed inconsistencies, ambiguities) become {@code pg:flag} notes on the document.
 */
public final class DocumentMapper {
    private final IriScheme iris;
    private final ReferenceData reference;
    private final List<PartMapper> parts;

    public DocumentMapper(IriScheme iris, ReferenceData reference) {
        this(iris, reference, List.of(new HeaderMapper(), new SectionMapper(), new CitationMapper(),
                new IndicatorMapper(), new TaskMapper()));
    }

    public DocumentMapper(IriScheme iris, ReferenceData reference, List<PartMapper> parts) {
        this.iris = iris;
        this.reference = reference;
        this.parts = List.copyOf(parts);
    }

    /** The graph IRI a document's facts go to. */
    public String graphIri(DocumentAnalysis analysis) {
        return analysis.key() != null ? iris.documentGraph(analysis.key()) : iris.sourceGraph(analysis.source().sha256());
    }

    /** The document's IRI. */
    public String documentIri(DocumentAnalysis analysis) {
        return analysis.key() != null ? iris.document(analysis.key())
                : iris.base() + "doc/unidentified/" + analysis.source().sha256().substring(0, 16);
    }

    public MappedDocument map(DocumentAnalysis analysis, Instant generatedAt) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix(PG.PREFIX, PG.NS);
        model.setNsPrefix("eli", ELI.NS);
        model.setNsPrefix("prov", PROV.NS);
        model.setNsPrefix("oa", OA.NS);
        String graph = graphIri(analysis);
        SourceDocument src = analysis.source();
        Resource source = model.createResource(iris.source(src.sha256()))
                .addProperty(RDF.type, PG.SourceFile)
                .addProperty(RDFS.label, src.name())
                .addProperty(PG.sha256, src.sha256())
                .addLiteral(PG.byteSize, model.createTypedLiteral(src.bytes(), XSDDatatype.XSDlong))
                .addProperty(PG.sourceText, analysis.text().original()); // evidence offsets point into this text
        Resource extraction = model.createResource(graph + "#extraction")
                .addProperty(RDF.type, PROV.Activity)
                .addProperty(RDF.type, PG.Extraction)
                .addProperty(PG.extractorVersion, Version.EXTRACTOR)
                .addProperty(PROV.used, source)
                .addLiteral(PROV.startedAtTime, dateTime(generatedAt));
        describeReading(src.reading(), source, extraction);
        model.createResource(graph)
                .addProperty(PROV.wasDerivedFrom, source)
                .addProperty(PROV.wasGeneratedBy, extraction)
                .addProperty(PG.extractorVersion, Version.EXTRACTOR)
                .addLiteral(PROV.generatedAtTime, dateTime(generatedAt));
        Resource document = model.createResource(documentIri(analysis))
                .addProperty(PROV.wasDerivedFrom, source);
        if (analysis.warnings() != null) for (String w : analysis.warnings()) document.addProperty(PG.flag, w);
        MappingContext ctx = new MappingContext(model, iris, reference, analysis, document, source, extraction);
        for (PartMapper part : parts) part.map(analysis, ctx);
        return new MappedDocument(graph, document.getURI(), model);
    }

    /** The media type and pages on the source; parser, encoding conversion and OCR on the extraction activity. */
    private static void describeReading(SourceReading r, Resource source, Resource extraction) {
        if (r == null) return;
        Model m = source.getModel();
        source.addProperty(PG.mediaType, r.mediaType());
        if (r.paged()) source.addLiteral(PG.pageCount, m.createTypedLiteral(r.pageStarts().length, XSDDatatype.XSDnonNegativeInteger));
        extraction.addProperty(PG.parser, r.parser());
        if (!r.conversion().isEmpty()) extraction.addProperty(PG.encodingConversion, r.conversion());
        SourceReading.Ocr ocr = r.ocr();
        if (ocr == null) return;
        extraction.addProperty(PG.ocrEngine, ocr.engine())
                .addProperty(PG.ocrEngineVersion, ocr.version())
                .addProperty(PG.ocrLanguage, ocr.language())
                .addLiteral(PG.ocrMeanConfidence, m.createTypedLiteral(ocr.meanConfidence(), XSDDatatype.XSDdecimal))
                .addLiteral(PG.ocrUnits, m.createTypedLiteral(ocr.units(), XSDDatatype.XSDnonNegativeInteger));
    }

    private static org.apache.jena.rdf.model.Literal dateTime(Instant t) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(t.toEpochMilli());
        return org.apache.jena.rdf.model.ResourceFactory.createTypedLiteral(c);
    }
}
