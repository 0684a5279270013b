package org.policygraph.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Optical character recognition by the Tesseract command ({@code tesseract IMAGE OUT -l vie txt tsv}) with its
 * Vietnamese data. Available when {@code tesseract} is on the PATH and lists the {@code vie} language; Debian packages
 * {@code tesseract-ocr} and {@code tesseract-ocr-vie}.
 */
public final class Ocr {
    /** What to install when OCR is missing. */
    public static final String PACKAGES = "Tesseract with its Vietnamese data (Debian: apt-get install tesseract-ocr tesseract-ocr-vie)";
    static final String LANGUAGE = "vie";
    private static final long TIMEOUT_SECONDS = 120;
    private static volatile Ocr detected;
    static final double MIN_NUMBER_CONFIDENCE = 85;
    private static final java.util.regex.Pattern NUMBER_WORD = java.util.regex.Pattern.compile("(?iu)số\\s*[:.]?");
    private static final java.util.regex.Pattern LEADING_DIGITS = java.util.regex.Pattern.compile("\\d+");
    private static final java.util.regex.Pattern CAPITAL_S = java.util.regex.Pattern.compile("(?<=\\p{Lu})§|§(?=\\p{Lu})");

    private final String command;
    private final String version;

    /** Text recognised on one image, and the mean confidence (0-100) of its words. */
    public record Result(String text, double meanConfidence, int words) {}

    private Ocr(String command, String version) {
        this.command = command;
        this.version = version;
    }

    /** Tesseract on the PATH with Vietnamese data, or an unavailable engine (checked once). */
    public static Ocr detect() {
        Ocr o = detected;
        if (o == null) detected = o = probe("tesseract");
        return o;
    }

    static Ocr probe(String command) {
        try {
            String v = run(List.of(command, "--version"), 20).lines().findFirst().orElse("");
            String langs = run(List.of(command, "--list-langs"), 20);
            boolean vie = langs.lines().anyMatch(l -> l.strip().equals(LANGUAGE));
            return new Ocr(vie ? command : null, v.replaceFirst("^tesseract\\s+", "").strip());
        } catch (IOException e) {
            return new Ocr(null, null);
        }
    }

    public boolean available() { return command != null; }

    public String version() { return version; }

    /** Recognises the text of an image (a rendered page or an embedded picture). */
    public Result recognise(BufferedImage image) throws IOException { return recognise(image, false); }

    /** Recognises one stamped number (a document's number, a day, a month): one line of digits. */
    public Result recogniseNumber(BufferedImage image) throws IOException { return recognise(image, true); }

    private Result recognise(BufferedImage image, boolean singleLine) throws IOException {
        if (!available()) throw new IOException("OCR needs " + PACKAGES);
        Path dir = Files.createTempDirectory("pg-ocr");
        try {
            Path png = dir.resolve("page.png");
            ImageIO.write(image, "png", png.toFile());
            List<String> cmd = new java.util.ArrayList<>(List.of(command, png.toString(), dir.resolve("out").toString(), "-l", LANGUAGE));
            if (singleLine) cmd.addAll(List.of("--psm", "7", "-c", "tessedit_char_whitelist=0123456789"));
            cmd.addAll(List.of("txt", "tsv"));
            run(cmd, TIMEOUT_SECONDS);
            // Tesseract's Vietnamese model reads an S among capitals as "§" ("320/TB-ĐG§")
            String text = CAPITAL_S.matcher(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8)).replaceAll("S");
            double sum = 0;
            int words = 0;
            List<String[]> rows = new java.util.ArrayList<>();
            for (String row : Files.readAllLines(dir.resolve("out.tsv"), StandardCharsets.UTF_8)) {
                String[] c = row.split("\t");
                if (c.length < 12 || !c[0].equals("5") || c[11].isBlank()) continue;
                rows.add(c);
                double conf = Double.parseDouble(c[10]);
                if (conf < 0) continue;
                sum += conf;
                words++;
            }
            return new Result(singleLine ? text : blankDoubtfulNumbers(text, rows), words == 0 ? 0 : sum / words, words);
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * A document's number read with less than {@value #MIN_NUMBER_CONFIDENCE} confidence (the word after "Số:" on its
     * line: a handwritten "932" read as "3344") is not a fact: its digits are replaced by "…", as a blank number is
     * printed, so that no wrong number is asserted. Printed numbers read at 90 and more.
     */
    static String blankDoubtfulNumbers(String text, List<String[]> words) {
        StringBuilder out = new StringBuilder(text);
        int at = 0;
        int shift = 0;
        for (int i = 0; i < words.size(); i++) {
            String[] w = words.get(i);
            int found = text.indexOf(w[11], at);
            if (found < 0) continue;
            at = found + w[11].length();
            if (i == 0 || !NUMBER_WORD.matcher(java.text.Normalizer.normalize(words.get(i - 1)[11], java.text.Normalizer.Form.NFC)).matches() || !sameLine(words.get(i - 1), w)) continue;
            java.util.regex.Matcher digits = LEADING_DIGITS.matcher(w[11]);
            if (!digits.lookingAt() || Double.parseDouble(w[10]) >= MIN_NUMBER_CONFIDENCE) continue;
            out.replace(found + shift, found + shift + digits.end(), "…");
            shift += 1 - digits.end();
        }
        return out.toString();
    }

    private static boolean sameLine(String[] a, String[] b) {
        return a[2].equals(b[2]) && a[3].equals(b[3]) && a[4].equals(b[4]);
    }

    private static String run(List<String> cmd, long seconds) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(cmd.get(0) + " took more than " + seconds + " s");
            }
            if (p.exitValue() != 0) throw new IOException(cmd.get(0) + " failed: " + new String(out, StandardCharsets.UTF_8).strip());
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }
}
