package org.policygraph.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.policygraph.text.InputRejectedException;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Word (DOC, DOCX), RTF, OpenDocument text and the other office formats through Apache Tika's parsers (POI for
 * Microsoft formats). When a file has hardly any text but pictures (a scan pasted into a Word file), the pictures are
 * read by {@link Ocr}.
 */
final class OfficeReader {
    private final LegacyEncoding legacy;
    private final Ocr ocr;
    private final ReadLimits limits;
    /** Tika's parsers, configured once (loading the configuration is slow; parsing is thread-safe). */
    private static final AutoDetectParser PARSER = new AutoDetectParser();

    OfficeReader(LegacyEncoding legacy, Ocr ocr, ReadLimits limits) {
        this.legacy = legacy;
        this.ocr = ocr;
        this.limits = limits;
    }

    Extracted read(Path file, byte[] bytes, String mediaType) throws InputRejectedException {
        List<byte[]> images = new ArrayList<>();
        BodyContentHandler handler = new BodyContentHandler((int) Math.min(Integer.MAX_VALUE, limits.maxChars()));
        Metadata meta = new Metadata();
        meta.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new ImageCollector(images));
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            PARSER.parse(in, handler, meta, context);
        } catch (EncryptedDocumentException e) {
            throw new InputRejectedException(file, -1, "is an encrypted (password-protected) " + mediaType + " file");
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e))
                throw new InputRejectedException(file, -1, "holds more than " + limits.maxChars() + " characters of text");
            throw new InputRejectedException(file, -1, "cannot be parsed as " + mediaType + ": " + e.getMessage());
        } catch (TikaException | IOException | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new InputRejectedException(file, -1, "cannot be parsed as " + mediaType + " (damaged, truncated or not that format): "
                    + cause.getMessage());
        }
        String text = handler.toString();
        String parserName = "Apache Tika " + org.apache.tika.Tika.class.getPackage().getImplementationVersion() + " ("
                + String.join(", ", List.of(meta.getValues(TikaCoreProperties.TIKA_PARSED_BY))) + ")";
        long letters = text.chars().filter(Character::isLetter).count();
        if (letters >= PdfReader.MIN_LETTERS || images.isEmpty()) return Extracted.unpaged(text, parserName, null);
        return ocrImages(file, text, images, parserName);
    }

    private Extracted ocrImages(Path file, String text, List<byte[]> images, String parserName) throws InputRejectedException {
        if (!ocr.available())
            throw new InputRejectedException(file, -1, "holds its text only as pictures (" + images.size()
                    + "), and OCR is not installed: it needs " + Ocr.PACKAGES);
        if (images.size() > limits.maxOcrPages())
            throw new InputRejectedException(file, -1, "holds " + images.size() + " pictures to read by OCR, more than the limit of " + limits.maxOcrPages());
        OcrTally tally = new OcrTally(ocr);
        LegacyEncoding.Converted converted = legacy.convert(text.strip()); // the file's own text; OCR gives Unicode
        StringBuilder out = new StringBuilder(converted.text());
        try {
            for (byte[] img : images) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(img));
                if (image == null) continue;
                if (!out.isEmpty()) out.append("\n\n");
                out.append(tally.add(ocr.recognise(image)).strip());
            }
        } catch (IOException e) {
            throw new InputRejectedException(file, -1, "OCR of its pictures failed: " + e.getMessage());
        }
        return new Extracted(out.toString(), parserName, new int[0], tally.summary(), converted.describe());
    }

    /** Keeps the bytes of embedded pictures (for OCR) and skips other embedded files. */
    private record ImageCollector(List<byte[]> images) implements EmbeddedDocumentExtractor {
        @Override public boolean shouldParseEmbedded(Metadata metadata) {
            String type = metadata.get(Metadata.CONTENT_TYPE);
            String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            return type != null && type.startsWith("image/") || name != null && name.matches("(?i).*\\.(png|jpe?g|gif|bmp|tiff?)");
        }

        @Override public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                throws IOException {
            if (images.size() < 200) images.add(stream.readNBytes(50 * 1024 * 1024));
        }
    }
}
