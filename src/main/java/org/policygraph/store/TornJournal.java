package org.policygraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Adler32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops the torn last entry of a TDB2 journal, the one thing a process killed while committing can leave behind
 * that TDB2's recovery does not accept ("Failed to read the journal entry data", "Partial read of journal file").
 *
 * <p>TDB2 (Jena's {@code dboe} transaction journal) appends a transaction's entries (a 28-byte header: data length,
 * Adler-32 checksum, entry type, component id; then the data) and its COMMIT entry last, and syncs; recovery replays
 * the transactions that reach their COMMIT. A kill between two writes of one entry leaves the file ending inside an
 * entry, which recovery reads as corruption and refuses to open the store. Such an entry belongs to a transaction
 * that had not committed (its COMMIT comes after it), so cutting the file at its start loses nothing committed.
 * Only a torn <em>last</em> entry is cut; an entry that fails its checksum with more entries after it is left for
 * TDB2 to report.
 */
final class TornJournal {
    private static final Logger LOG = LoggerFactory.getLogger(TornJournal.class);
    static final String JOURNAL = "journal.jrnl";
    private static final int HEADER = 4 + 4 + 4 + 16;
    private static final int CRC_AT = 4;

    private TornJournal() {}

    /** Repairs the journal of every TDB2 generation ({@code Data-NNNN}) in the store directory. */
    static void repair(Path store) {
        if (!Files.isDirectory(store)) return;
        try (DirectoryStream<Path> gens = Files.newDirectoryStream(store, "Data-*")) {
            for (Path gen : gens) {
                Path journal = gen.resolve(JOURNAL);
                if (Files.isRegularFile(journal)) {
                    long cut = repairFile(journal);
                    if (cut >= 0)
                        LOG.warn("{}: the store's journal ended in an entry cut off by an interrupted write; the entry"
                                + " (not committed) was dropped at byte {}", journal, cut);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the journal of the store " + store, e);
        }
    }

    /** Cuts a torn last entry off the file; returns the offset cut at, or -1 when the journal is whole. */
    static long repairFile(Path journal) throws IOException {
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long torn = tornTail(ch);
            if (torn < 0) return -1;
            ch.truncate(torn);
            ch.force(true);
            return torn;
        }
    }

    /** The start of a torn last entry, or -1. */
    static long tornTail(FileChannel ch) throws IOException {
        long size = ch.size();
        long at = 0;
        while (at < size) {
            if (size - at < HEADER) return at;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            ch.read(header, at);
            int len = Math.max(0, header.getInt(0));
            long end = at + HEADER + len;
            if (end > size) return at;
            if (end == size && !checksumHolds(ch, at, header, len)) return at;
            at = end;
        }
        return -1;
    }

    private static boolean checksumHolds(FileChannel ch, long at, ByteBuffer header, int len) throws IOException {
        int printed = header.getInt(CRC_AT);
        header.putInt(CRC_AT, 0);
        Adler32 adler = new Adler32();
        adler.update(header.array());
        if (len > 0) {
            ByteBuffer data = ByteBuffer.allocate(len);
            ch.read(data, at + HEADER);
            adler.update(data.array(), 0, len);
        }
        return (int) adler.getValue() == printed;
    }
}
