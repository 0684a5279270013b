package org.policygraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.jena.dboe.base.file.BufferChannelFile;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops the torn last entry of a TDB2 journal, the one thing a process killed while committing can leave behind
 * that TDB2's recovery does not accept ("Failed to read the journal entry data", "Partial read of journal file").
 *
 * <p>TDB2 (Jena's {@code dboe} transaction journal) appends a transaction's entries (a header: data length,
 * Adler-32 checksum, entry type, component id; then the data) and its COMMIT entry last, and syncs; recovery replays
 * the transactions that reach their COMMIT. A kill between two writes of one entry leaves the file ending inside an
 * entry, which recovery reads as corruption and refuses to open the store. Such an entry belongs to a transaction
 * that had not committed (its COMMIT comes after it), so cutting the file at its start loses nothing committed.
 * The journal is read with TDB2's own reader, and cut after the last entry that reader accepts; a kill leaves damage
 * only at the end, so nothing readable after it is lost.
 */
final class TornJournal {
    private static final Logger LOG = LoggerFactory.getLogger(TornJournal.class);
    static final String JOURNAL = "journal.jrnl";

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

    /** Cuts a torn tail off the file; returns the offset cut at, or -1 when the journal reads whole. */
    static long repairFile(Path journal) throws IOException {
        long torn = tornTail(journal);
        if (torn < 0) return -1;
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            ch.truncate(torn);
            ch.force(true);
        }
        return torn;
    }

    /**
     * The end of the last entry TDB2's own journal reader reads, when it cannot read the rest; -1 when it reads the
     * whole file. The journal is read exactly as recovery will read it (Jena's {@code Journal}), so that what is left
     * is what recovery accepts.
     */
    static long tornTail(Path journal) throws IOException {
        long size = Files.size(journal);
        if (size == 0) return -1;
        Journal j = Journal.create(BufferChannelFile.create(journal.toString()));
        long end = 0;
        try {
            // readJournal(at) reads the entry at the channel's position when that is {@code at}, leaving the position
            // after it: each read starts where the last one ended, as recovery's iterator does.
            while (end < size) {
                j.readJournal(end);
                end = j.position();
            }
            return -1;
        } catch (TransactionException e) {
            return end;
        } finally {
            j.close();
        }
    }
}
