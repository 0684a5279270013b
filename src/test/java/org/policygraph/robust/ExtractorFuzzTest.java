package org.policygraph.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.commons.codec.digest.DigestUtils;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.SourceDocument;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.rdf.DocumentMapper;
import org.policygraph.rdf.IriScheme;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.extract.citation.CitationExtractor;
import org.policygraph.extract.header.HeaderExtractor;
import org.policygraph.extract.indicator.FigureExtractor;
import org.policygraph.extract.indicator.TargetExtractor;
import org.policygraph.extract.structure.SectionSplitter;
import org.policygraph.extract.task.TaskSegmenter;
import org.policygraph.text.InputRejectedException;
import org.policygraph.text.SourceDecoder;
import org.policygraph.text.SourceText;

/**
 * Coverage-guided fuzzing of the extraction path with Jazzer: bytes are decoded, normalised, run through every
 * extractor (also when the pipeline would refuse the text for want of a header, so the body extractors see
 * junk too), analysed by the pipeline and mapped to RDF. {@link InputRejectedException} is the one accepted
 * way to refuse an input; any other exception or error is a finding.
 *
 * <p>In a normal {@code mvn test} Jazzer runs in regression mode: each file under
 * {@code src/test/resources/org/policygraph/robust/ExtractorFuzzTestInputs/analyse/} (seeds cut from the
 * corpus, and every finding saved there as a regression input) is run once. Fuzzing for a bounded time:
 * {@code JAZZER_FUZZ=1 mvn -B test -Dtest=ExtractorFuzzTest} (stops after {@code maxDuration}, 60 s;
 * {@code -Djazzer.max_duration=240s} overrides it); a crashing input is written to that directory, so it
 * becomes a regression test once committed. The corpus Jazzer grows goes to {@code .cifuzz-corpus/} (ignored).
 */
class ExtractorFuzzTest {
    private static final Path FILE = Path.of("fuzz-input.txt");
    private static final ReferenceData REFERENCE = ReferenceData.bundled();
    private static final SourceDecoder DECODER = new SourceDecoder();
    private static final Pipeline PIPELINE = new Pipeline(REFERENCE, DECODER);
    private static final DocumentMapper MAPPER = new DocumentMapper(IriScheme.standard(), REFERENCE);
    private static final HeaderExtractor HEADERS = new HeaderExtractor(REFERENCE);
    private static final SectionSplitter SECTIONS = new SectionSplitter();
    private static final CitationExtractor CITATIONS = new CitationExtractor(REFERENCE);
    private static final TargetExtractor TARGETS = new TargetExtractor();
    private static final FigureExtractor FIGURES = new FigureExtractor();
    private static final TaskSegmenter TASKS = new TaskSegmenter();

    @FuzzTest(maxDuration = "60s")
    void analyse(byte[] bytes) {
        String original;
        try {
            original = DECODER.decode(FILE, bytes);
        } catch (InputRejectedException refused) {
            return;
        }
        extractEverything(SourceText.of(original));
        SourceDocument source = new SourceDocument(FILE, FILE.toString(), DigestUtils.sha256Hex(bytes), bytes.length);
        DocumentAnalysis analysis;
        try {
            analysis = PIPELINE.analyse(source, original);
        } catch (InputRejectedException refused) {
            return;
        }
        MAPPER.map(analysis, Instant.EPOCH);
    }

    /** Every extractor on the text, whatever its header. */
    private static void extractEverything(SourceText text) {
        DocumentHeader header = HEADERS.extract(text);
        var parts = SECTIONS.split(text);
        var cited = CITATIONS.extract(text, header);
        TARGETS.extract(text, header);
        FIGURES.extract(text, header);
        TASKS.segment(text, parts, cited);
    }
}
