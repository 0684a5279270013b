package org.policygraph.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.policygraph.model.SourceDocument;
import org.policygraph.model.SourceReading;
import org.policygraph.text.InputRejectedException;
import org.policygraph.text.SourceDecoder;

/**
 * The read step: a file in any published format in, its text and how it was obtained out. The media type is detected
 * from the bytes (Apache Tika's detectors), then: text files ({@link PlainTextReader}), PDF ({@link PdfReader}),
 * HTML ({@link HtmlReader}), Word, RTF, OpenDocument and other office files ({@link OfficeReader}); TCVN3 and VNI
 * text is converted to Unicode ({@link LegacyEncoding}). Reading is bounded by {@link ReadLimits}: file size,
 * characters, pages, OCR pages and time; a zip entry that inflates more than 100 times is refused (a decompression
 * bomb). A file that cannot be read is refused with a reason a person understands.
 */
public final class FormatReader {
    /** Media types read, by family. */
    static final Set<String> TEXT = Set.of("text/plain", "text/markdown", "text/x-web-markdown");
    static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    static final Set<String> OFFICE = Set.of("application/msword", "application/rtf", "text/rtf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12", "application/vnd.oasis.opendocument.text",
            "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/x-tika-msoffice", "application/x-tika-ooxml");
    /** File name endings a directory listing takes as documents. */
    public static final Set<String> SUFFIXES = Set.of(".txt", ".md", ".pdf", ".doc", ".docx", ".rtf", ".odt", ".html", ".htm",
            ".xls", ".xlsx", ".ppt", ".pptx");
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "format-reader");
        t.setDaemon(true);
        return t;
    });

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    /** A file's text and its source record. */
    public record Read(String text, SourceDocument source) {}

    private final ReadLimits limits;
    /** Tika's detectors, configured once (thread-safe). */
    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
    private final LegacyEncoding legacy = LegacyEncoding.bundled();
    private final PlainTextReader plain;
    private final PdfReader pdf;
    private final HtmlReader html = new HtmlReader();
    private final OfficeReader office;

    public FormatReader(ReadLimits limits, SourceDecoder decoder, Ocr ocr) {
        this.limits = limits;
        this.plain = new PlainTextReader(decoder, legacy);
        this.pdf = new PdfReader(legacy, ocr, limits);
        this.office = new OfficeReader(legacy, ocr, limits);
    }

    /** Limits with {@code maxBytes}, the standard text decoder and Tesseract when installed. */
    public static FormatReader standard(long maxBytes) {
        return new FormatReader(ReadLimits.of(maxBytes), new SourceDecoder(Long.MAX_VALUE), Ocr.detect());
    }

    public Read read(Path file) throws InputRejectedException {
        byte[] bytes = SourceDecoder.readBytes(file, limits.maxBytes());
        if (bytes.length == 0) throw new InputRejectedException(file, -1, "is empty");
        String type = detect(file, bytes);
        Extracted x = within(file, () -> extract(file, bytes, type));
        String text = Normalizer.normalize(x.text(), Normalizer.Form.NFC);
        String conversion = x.conversion();
        if (conversion == null) {
            LegacyEncoding.Converted c = legacy.convert(text);
            text = c.text();
            conversion = c.describe();
        }
        if (text.isBlank()) throw new InputRejectedException(file, -1, "holds no text (" + type + ")");
        if (text.length() > limits.maxChars())
            throw new InputRejectedException(file, -1, "holds " + text.length() + " characters of text, more than the limit of "
                    + limits.maxChars() + " for one document");
        SourceReading reading = new SourceReading(type, x.parser(), conversion, x.pageStarts(), x.ocr());
        return new Read(text, new SourceDocument(file, file.getFileName().toString(), DigestUtils.sha256Hex(bytes), bytes.length, reading));
    }

    private Extracted extract(Path file, byte[] bytes, String type) throws InputRejectedException {
        if (type.equals("application/pdf")) return pdf.read(file, bytes);
        if (HTML.contains(type)) return html.read(file, bytes);
        if (OFFICE.contains(type)) return office.read(file, bytes, type);
        if (TEXT.contains(type) && isTextName(file)) return plain.read(file, bytes);
        if (type.equals("application/octet-stream") && !PlainTextReader.hasNul(bytes)) return plain.read(file, bytes);
        if (type.equals("application/x-tika-ooxml-protected") || type.equals("application/x-tika-msoffice-protected"))
            throw new InputRejectedException(file, -1, "is an encrypted (password-protected) Office file");
        throw new InputRejectedException(file, -1, "is of an unsupported type (" + type + (TEXT.contains(type) ? ", " + file.getFileName() : "")
                + "); documents are read from text (.txt, .md), PDF, DOC, DOCX, RTF, ODT and HTML files");
    }

    /** A text file's name: .txt, .md, .text or no extension (a .csv or .jsonl is text, but not a document). */
    private static boolean isTextName(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || List.of(".txt", ".md", ".text", ".markdown").contains(name.substring(dot));
    }

    /** Media type from the bytes and the name (Tika's magic and container detectors). */
    String detect(Path file, byte[] bytes) {
        Metadata meta = new Metadata();
        meta.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            MediaType t = DETECTOR.detect(in, meta);
            return t.getBaseType().toString();
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    private interface Step { Extracted run() throws InputRejectedException; }

    /** Runs a read within the time limit. */
    private Extracted within(Path file, Step step) throws InputRejectedException {
        Future<Extracted> f = WORKERS.submit(step::run);
        try {
            return f.get(limits.seconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new InputRejectedException(file, -1, "took more than " + limits.seconds() + " s to read; refused");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new InputRejectedException(file, -1, "reading was interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof InputRejectedException r) throw r;
            if (c instanceof OutOfMemoryError) throw new InputRejectedException(file, -1, "needs more memory to read than is available; refused");
            throw new InputRejectedException(file, -1, "cannot be read: " + c);
        }
    }
}
