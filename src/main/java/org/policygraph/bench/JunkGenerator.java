package org.policygraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Junk inputs mutated from a real corpus, deterministic for a seed: truncation, bit flips, legacy encodings
 * (Windows-1258, approximated TCVN3 and VNI, see {@link LegacyEncodings}), UTF-16 with and without a byte-order
 * mark, one line of 50 MB, HTML, PDF bytes, empty and blank files, NUL and control bytes, and valid-but-odd
 * variants (CRLF, decomposed Unicode, text without a header). Every file must be either analysed or rejected
 * with a message naming it and the reason.
 */
public final class JunkGenerator {
    /** One junk file and the mutation that made it. */
    public record Junk(Path file, String mutation, String source) {}

    public static final long LONG_LINE_BYTES = 50L * 1024 * 1024;

    enum Mutation { TRUNCATE, BIT_FLIP, WINDOWS_1258, TCVN3, VNI, UTF16_LE_BOM, UTF16_BE_BOM, UTF16_LE, UTF16_BE,
        HTML, PDF, NUL_BYTES, CONTROL_BYTES, LATIN1_TAIL, RANDOM_BYTES, CRLF, DECOMPOSED, BODY_ONLY, EMPTY, BLANK, LONG_LINE }

    private JunkGenerator() {}

    /**
     * Writes at least {@code count} junk files made from the {@code .txt} files of {@code corpus} into {@code outDir}.
     * The 50 MB line case is written once, whatever the count.
     */
    public static List<Junk> generate(Path corpus, long seed, Path outDir, int count) throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.list(corpus)) {
            sources = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (sources.isEmpty()) throw new IOException("no .txt documents in " + corpus);
        Files.createDirectories(outDir);
        List<byte[]> texts = new ArrayList<>();
        for (Path p : sources) texts.add(Files.readAllBytes(p));
        List<Junk> out = new ArrayList<>();
        Mutation[] kinds = Mutation.values();
        for (int i = 0; out.size() < count; i++) {
            Mutation m = kinds[i % kinds.length];
            if (m == Mutation.LONG_LINE && i >= kinds.length) continue;
            int src = (i / kinds.length) % sources.size();
            Rng r = Rng.of(seed, 9, i);
            Path file = outDir.resolve(String.format("junk_%04d_%s.txt", i, m.name().toLowerCase()));
            if (m == Mutation.LONG_LINE) longLine(file, texts.get(src));
            else Files.write(file, mutate(m, texts.get(src), r));
            out.add(new Junk(file, m.name().toLowerCase(), sources.get(src).getFileName().toString()));
        }
        return out;
    }

    static byte[] mutate(Mutation m, byte[] bytes, Rng r) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return switch (m) {
            case TRUNCATE -> java.util.Arrays.copyOf(bytes, r.nextInt(Math.max(1, bytes.length)));
            case BIT_FLIP -> {
                byte[] b = bytes.clone();
                int flips = r.between(1, 24);
                for (int k = 0; k < flips; k++) b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                yield b;
            }
            case WINDOWS_1258 -> LegacyEncodings.windows1258(text);
            case TCVN3 -> LegacyEncodings.tcvn3(text);
            case VNI -> LegacyEncodings.vni(text);
            case UTF16_LE_BOM -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case UTF16_BE_BOM -> text.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
            case UTF16_LE -> text.getBytes(StandardCharsets.UTF_16LE);
            case UTF16_BE -> text.getBytes(StandardCharsets.UTF_16BE);
            case HTML -> ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Văn bản</title></head><body>\n<p>"
                    + text.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p>\n<p>") + "</p>\n</body></html>\n")
                    .getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(text, r);
            case NUL_BYTES -> insert(bytes, r, new byte[] {0, 0, 0, 0});
            case CONTROL_BYTES -> insert(bytes, r, new byte[] {0x1B, '[', '0', 'm', 0x07, 0x08});
            case LATIN1_TAIL -> {
                int cut = r.nextInt(Math.max(1, bytes.length / 2));
                yield concat(java.util.Arrays.copyOf(bytes, cut), text.substring(Math.min(text.length(), cut)).getBytes(StandardCharsets.ISO_8859_1));
            }
            case RANDOM_BYTES -> {
                byte[] b = new byte[r.between(1, 64 * 1024)];
                for (int k = 0; k < b.length; k++) b[k] = (byte) r.nextInt(256);
                yield b;
            }
            case CRLF -> text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            case DECOMPOSED -> Normalizer.normalize(text, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
            case BODY_ONLY -> {
                String[] paras = text.split("\n\\s*\n");
                StringBuilder b = new StringBuilder();
                for (int k = paras.length / 2; k < paras.length && b.length() < 4000; k++) b.append(paras[k]).append("\n\n");
                yield b.toString().getBytes(StandardCharsets.UTF_8);
            }
            case EMPTY -> new byte[0];
            case BLANK -> " \n\t\n   \r\n".repeat(r.between(1, 50)).getBytes(StandardCharsets.UTF_8);
            case LONG_LINE -> throw new IllegalArgumentException("written by longLine");
        };
    }

    /** One line of {@link #LONG_LINE_BYTES} bytes: the document's text repeated with its line breaks removed. */
    private static void longLine(Path file, byte[] source) throws IOException {
        byte[] flat = new String(source, StandardCharsets.UTF_8).replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            long written = 0;
            while (written + flat.length <= LONG_LINE_BYTES) { out.write(flat); written += flat.length; }
            for (long k = written; k < LONG_LINE_BYTES; k++) out.write(' ');
        }
    }

    /** A minimal PDF 1.4 file: header, binary marker, one page object with a (fake compressed) content stream, xref, trailer. */
    private static byte[] pdf(String text, Rng r) {
        byte[] stream = new byte[r.between(200, 4000)];
        for (int k = 0; k < stream.length; k++) stream[k] = (byte) r.nextInt(256);
        String head = "%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
                + "4 0 obj\n<< /Length " + stream.length + " /Filter /FlateDecode >>\nstream\n";
        String tail = "\nendstream\nendobj\nxref\n0 5\n0000000000 65535 f \ntrailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n";
        return concat(concat(head.getBytes(StandardCharsets.ISO_8859_1), stream), tail.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] insert(byte[] bytes, Rng r, byte[] what) {
        int at = r.nextInt(Math.max(1, bytes.length));
        byte[] out = new byte[bytes.length + what.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(bytes, at, out, at + what.length, bytes.length - at);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
