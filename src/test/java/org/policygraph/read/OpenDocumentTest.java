package org.policygraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An OpenDocument text (ODT) as a word processor writes it: a zip of its mimetype, manifest and content.xml. */
class OpenDocumentTest {
    private static final String CONTENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
             <office:body><office:text>
              <text:p>ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG</text:p>
              <text:p>Số: 12/QĐ-UBND</text:p>
              <text:p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text:p>
              <text:p>Độc lập - Tự do - Hạnh phúc</text:p>
              <text:p>Lâm Đồng, ngày 05 tháng 3 năm 2025</text:p>
              <text:p>QUYẾT ĐỊNH</text:p>
              <text:p>Về việc giao chỉ tiêu kế hoạch năm 2025</text:p>
             </office:text></office:body>
            </office:document-content>
            """;
    private static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
             <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>
            """;

    @Test
    void anOdtIsReadAsText(@TempDir Path tmp) throws Exception {
        Path odt = tmp.resolve("quyet-dinh.odt");
        try (OutputStream out = Files.newOutputStream(odt); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");  // first and stored, as the format requires
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(MANIFEST.strip().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(CONTENT.strip().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        FormatReader.Read r = FormatReaderTest.READER.read(odt);
        assertEquals("application/vnd.oasis.opendocument.text", r.source().reading().mediaType());
        assertTrue(r.text().contains("Số: 12/QĐ-UBND"), r.text());
        assertTrue(r.text().contains("Lâm Đồng, ngày 05 tháng 3 năm 2025"), r.text());
    }
}
