package org.policygraph.read;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.text.InputRejectedException;
import org.policygraph.text.SourceDecoder;

/** Hostile, huge, encrypted, damaged and unsupported files are refused with a reason a person understands, quickly. */
class BoundedInputTest {
    @TempDir Path tmp;
    private final FormatReader reader = new FormatReader(new ReadLimits(1L << 20, 200_000, 50, 5, 60), new SourceDecoder(), Ocr.probe("no-such-ocr-command"));

    private String refusal(Path f) {
        return assertThrows(InputRejectedException.class, () -> reader.read(f)).getMessage();
    }

    @Test
    @Timeout(60)
    void aDecompressionBombIsRefused() throws Exception {
        // a DOCX whose document part inflates from about 100 KB to 100 MB
        Path bomb = tmp.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) zip.write(spaces);
        }
        assertTrue(Files.size(bomb) < (1L << 20), "the bomb should be small on disk");
        String why = refusal(bomb);
        assertTrue(why.matches("(?s).*(bomb|inflate|ratio|more than|cannot be parsed).*"), why);
    }

    @Test
    @Timeout(60)
    void aPdfOfTooManyPagesIsRefusedNamingTheLimit() throws Exception {
        Path big = tmp.resolve("big.pdf");
        try (PDDocument d = new PDDocument()) {
            for (int i = 0; i < 51; i++) d.addPage(new PDPage());
            d.save(big.toFile());
        }
        String why = refusal(big);
        assertTrue(why.contains("51 pages") && why.contains("limit of 50"), why);
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws Exception {
        Path huge = tmp.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write(new byte[(1 << 20) + 1]);
        }
        assertTrue(refusal(huge).contains("limit"));
    }

    @Test
    void encryptedDamagedAndUnsupportedFilesSayWhy() throws Exception {
        Path locked = tmp.resolve("locked.pdf");
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            d.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            d.save(locked.toFile());
        }
        assertTrue(refusal(locked).contains("encrypted"), refusal(locked));

        Path broken = Files.write(tmp.resolve("broken.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog".getBytes());
        assertTrue(refusal(broken).contains("not a readable PDF"), refusal(broken));

        Path brokenDoc = Files.write(tmp.resolve("broken.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 1, 2, 3});
        assertTrue(refusal(brokenDoc).matches("(?s).*(cannot be parsed|unsupported type).*"), refusal(brokenDoc));

        Path png = Files.write(tmp.resolve("picture.png"), java.util.HexFormat.of().parseHex(
                "89504e470d0a1a0a0000000d4948445200000001000000010806000000" + "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c20000000049454e44ae426082"));
        assertTrue(refusal(png).contains("unsupported type (image/png)"), refusal(png));
    }
}
