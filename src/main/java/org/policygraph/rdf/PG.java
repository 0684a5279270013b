package org.policygraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the policy-graph ontology ({@code ontology/policy.ttl}). Each term here is defined there with
 * Vietnamese and English labels and a definition; a test checks that the two agree.
 * Grouped by the step that produces the facts; add new terms to the group they belong to.
 */
public final class PG {
    public static final String NS = "https://w3id.org/policy-graph/ontology#";
    public static final String PREFIX = "pg";

    private PG() {}

    static Resource c(String local) { return ResourceFactory.createResource(NS + local); }

    static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    // ---- documents and headers (foundation)
    public static final Resource Document = c("Document");
    public static final Resource PartyDocument = c("PartyDocument");
    public static final Resource StateDocument = c("StateDocument");
    public static final Resource DocumentTypeScheme = c("documentTypes");
    public static final Resource Section = c("Section");
    public static final Property level = p("level");
    public static final Property jurisdiction = p("jurisdiction");
    /** The name printed above a body that the reference data does not hold either. */
    public static final Property printedParent = p("printedParent");
    public static final Property datePrecision = p("datePrecision");
    public static final Property yearIssued = p("yearIssued");
    public static final Property monthIssued = p("monthIssued");
    public static final Property numberBlank = p("numberBlank");
    public static final Property conference = p("conference");
    public static final Property term = p("term");
    public static final Property planYear = p("planYear");
    public static final Property theme = p("theme");
    public static final Property signer = p("signer");
    public static final Property signerRole = p("signerRole");
    public static final Property place = p("place");
    public static final Property typeWord = p("typeWord");
    public static final Property sectionNumber = p("sectionNumber");
    public static final Property depth = p("depth");
    public static final Property loaded = p("loaded");
    public static final Property flag = p("flag");

    // ---- provenance and evidence
    public static final Resource SourceFile = c("SourceFile");
    public static final Resource Extraction = c("Extraction");
    public static final Property sourceFile = p("sourceFile");
    public static final Property sha256 = p("sha256");
    public static final Property byteSize = p("byteSize");
    public static final Property extractorVersion = p("extractorVersion");
    public static final Property evidence = p("evidence");
    public static final Property sourceText = p("sourceText");
    public static final Property mediaType = p("mediaType");
    public static final Property pageCount = p("pageCount");
    public static final Property page = p("page");
    public static final Property parser = p("parser");
    public static final Property encodingConversion = p("encodingConversion");
    public static final Property ocrEngine = p("ocrEngine");
    public static final Property ocrEngineVersion = p("ocrEngineVersion");
    public static final Property ocrLanguage = p("ocrLanguage");
    public static final Property ocrMeanConfidence = p("ocrMeanConfidence");
    public static final Property ocrUnits = p("ocrUnits");

    // ---- bodies, meetings, terms, units
    public static final Resource PartyCommittee = c("PartyCommittee");
    public static final Resource StandingCommittee = c("StandingCommittee");
    public static final Resource PeoplesCouncil = c("PeoplesCouncil");
    public static final Resource PeoplesCommittee = c("PeoplesCommittee");
    public static final Resource StateBody = c("StateBody");
    public static final Resource Congress = c("Congress");
    public static final Resource Conference = c("Conference");
    public static final Resource Term = c("Term");
    public static final Resource AdministrativeUnit = c("AdministrativeUnit");
    public static final Resource LevelScheme = c("levels");
    public static final Resource PartyBody = c("PartyBody");
    public static final Resource UnitChange = c("UnitChange");
    public static final Resource UnitKindScheme = c("unitKinds");
    public static final Resource BodyKindScheme = c("bodyKinds");
    public static final Property bodyKind = p("bodyKind");
    public static final Property shortName = p("shortName");
    public static final Property register = p("register");
    public static final Property symbolCode = p("symbolCode");
    public static final Property termOf = p("termOf");
    public static final Property romanNumeral = p("romanNumeral");
    public static final Property fromYear = p("fromYear");
    public static final Property toYear = p("toYear");
    public static final Property ordinal = p("ordinal");
    public static final Property heldBy = p("heldBy");
    public static final Property passedAt = p("passedAt");
    public static final Property gsoCode = p("gsoCode");
    public static final Property unitKind = p("unitKind");
    public static final Property parentUnit = p("parentUnit");
    public static final Property validFrom = p("validFrom");
    public static final Property validUntil = p("validUntil");
    public static final Property successor = p("successor");
    public static final Property predecessor = p("predecessor");
    public static final Property originalUnit = p("originalUnit");
    public static final Property resultingUnit = p("resultingUnit");
    public static final Property share = p("share");
    public static final Property legalBasis = p("legalBasis");

    // ---- citations (issue 4)
    public static final Resource Citation = c("Citation");
    public static final Resource CitationKindScheme = c("citationKinds");
    public static final Property citing = p("citing");
    public static final Property cited = p("cited");
    public static final Property citationKind = p("citationKind");
    public static final Property mentionCount = p("mentionCount");
    public static final Property candidate = p("candidate");
    public static final Property ambiguous = p("ambiguous");

    // ---- indicators and reported figures (issue 5)
    public static final Resource Indicator = c("Indicator");
    public static final Resource Target = c("Target");
    public static final Resource ReportedFigure = c("ReportedFigure");
    public static final Resource Measure = c("Measure");
    public static final Resource MeasureScheme = c("measures");
    public static final Resource ComparatorScheme = c("comparators");
    public static final Property measure = p("measure");
    public static final Property comparator = p("comparator");
    public static final Property targetValue = p("targetValue");
    public static final Property lowerBound = p("lowerBound");
    public static final Property upperBound = p("upperBound");
    public static final Property unitText = p("unitText");
    public static final Property baseline = p("baseline");
    public static final Property indicatorNumber = p("indicatorNumber");
    public static final Property subNumber = p("subNumber");
    public static final Property indicatorLabel = p("indicatorLabel");
    public static final Property category = p("category");
    public static final Property reportedValue = p("reportedValue");
    public static final Property pctOfPlan = p("pctOfPlan");
    public static final Property pctChangeYoy = p("pctChangeYoy");
    public static final Property estimated = p("estimated");

    // ---- tasks and derivation (issue 6)
    public static final Resource Task = c("Task");
    public static final Resource Derivation = c("Derivation");
    public static final Property task = p("task");
    public static final Property parentTask = p("parentTask");
    public static final Property derivesFrom = p("derivesFrom");
    public static final Property derivationKind = p("derivationKind");
    public static final Property confidence = p("confidence");
    public static final Property methodVersion = p("methodVersion");
    public static final Property confidenceLevel = p("confidenceLevel");
    public static final Property derivationMethod = p("derivationMethod");
    public static final Property similarity = p("similarity");
    public static final Property numericRelation = p("numericRelation");
}
