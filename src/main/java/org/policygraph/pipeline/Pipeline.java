package org.policygraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policygraph.extract.citation.CitationExtractor;
import org.policygraph.extract.header.HeaderExtractor;
import org.policygraph.extract.indicator.FigureExtractor;
import org.policygraph.extract.indicator.TargetExtractor;
import org.policygraph.extract.structure.SectionSplitter;
import org.policygraph.extract.task.TaskSegmenter;
import org.policygraph.model.Citation;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.DocumentKey;
import org.policygraph.model.Section;
import org.policygraph.model.SourceDocument;
import org.policygraph.read.FormatReader;
import org.policygraph.resolve.DocumentIdentifier;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.InputRejectedException;
import org.policygraph.text.SourceDecoder;
import org.policygraph.text.SourceText;

/**
 * The front page of policy-graph: a source file in, everything extracted from it out.
 * read (any published format: {@link FormatReader}) -> normalise -> extract (header, sections, citations, targets, figures, tasks) -> resolve identity.
 * Cross-document steps (citation resolution across the corpus, derivation) work on the analyses this produces.
 */
public final class Pipeline {
    private final FormatReader reader;
    private final HeaderExtractor headers;
    private final SectionSplitter sections;
    private final CitationExtractor citations;
    private final TargetExtractor targets;
    private final FigureExtractor figures;
    private final TaskSegmenter tasks;
    private final DocumentIdentifier identifier;

    public Pipeline(ReferenceData reference, SourceDecoder decoder) {
        this.reader = FormatReader.standard(decoder.maxBytes());
        this.headers = new HeaderExtractor(reference);
        this.sections = new SectionSplitter();
        this.citations = new CitationExtractor(reference);
        this.targets = new TargetExtractor();
        this.figures = new FigureExtractor();
        this.tasks = new TaskSegmenter();
        this.identifier = new DocumentIdentifier(reference);
    }

    public static Pipeline standard() { return new Pipeline(ReferenceData.bundled(), new SourceDecoder()); }

    /**
     * Reads and analyses one file; refuses a file that is not readable text. A text whose header cannot be read is
     * analysed all the same (an unidentified document, with a note saying so).
     */
    public DocumentAnalysis analyse(Path file) throws InputRejectedException { return analyse(file, java.time.Duration.ZERO); }

    /** Reads a file (its format, encoding, OCR) into a source and its text. */
    public FormatReader.Read read(Path file) throws InputRejectedException { return reader.read(file); }

    /**
     * Reads and analyses a file under time limits ({@link TimeLimit}): the reading under {@code fileLimit}, the analysis
     * of its text under {@link TimeLimit#forText} (zero: no limits).
     */
    public DocumentAnalysis analyse(Path file, java.time.Duration fileLimit) throws InputRejectedException {
        FormatReader.Read read = TimeLimit.run(file, fileLimit, () -> reader.read(file));
        return analyse(read.source(), read.text(), fileLimit);
    }

    /** Analyses a text already decoded under the limit {@link TimeLimit#forText} of its size. */
    public DocumentAnalysis analyse(SourceDocument source, String original, java.time.Duration fileLimit) throws InputRejectedException {
        return TimeLimit.run(source.path(), TimeLimit.forText(original.length(), fileLimit), () -> analyse(source, original));
    }

    /** Analyses a text already decoded. */
    public DocumentAnalysis analyse(SourceDocument source, String original) throws InputRejectedException {
        SourceText text = SourceText.of(original);
        HeaderExtractor.Reading reading = headers.read(text);
        DocumentHeader header = reading.header();
        if (text.normalised().codePoints().noneMatch(Character::isLetter))
            throw new InputRejectedException(source.path(), -1, "no text: the file holds no letters");
        List<String> warnings = new ArrayList<>(reading.warnings(header));
        if (header.type() == null && header.issuer() == null && header.date() == null && header.symbol() == null)
            warnings.add("no recognisable document header (no document type, number, issuing body or date was found):"
                    + " stored as an unidentified document, with what its text gives");
        List<Section> parts = sections.split(text);
        List<Citation> cited = citations.extract(text, header);
        DocumentKey key = identifier.identify(header);
        return new DocumentAnalysis(source, text, header, key, parts, cited,
                targets.extract(text, header), figures.extract(text, header),
                tasks.segment(text, parts, cited), warnings);
    }
}
