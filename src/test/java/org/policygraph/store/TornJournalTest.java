package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.jena.dboe.base.file.BufferChannelFile;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while TDB2 writes a commit's journal entries leaves the journal ending inside an entry; TDB2's
 * recovery then refuses the store. {@link PolicyStore#open} cuts that torn entry (never committed) and keeps the rest.
 */
class TornJournalTest {
    @TempDir Path tmp;

    private static final Quad QUAD = Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
            NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("committed"));

    @Test
    void aStoreWhoseJournalEndsInATornEntryOpensWithItsCommittedData() throws Exception {
        Path store = tmp.resolve("store");
        PolicyStore s = PolicyStore.open(store);
        Txn.executeWrite(s.dataset(), () -> s.dataset().asDatasetGraph().add(QUAD));
        TDBInternal.expel(s.dataset().asDatasetGraph());
        Path journal = store.resolve("Data-0001").resolve(TornJournal.JOURNAL);
        long whole = Files.size(journal);
        Files.write(journal, torn(), StandardOpenOption.APPEND);

        // TDB2 alone refuses it: the failure this repair exists for
        Path copy = tmp.resolve("copy");
        copyTree(store, copy);
        assertThrows(RuntimeException.class, () -> DatabaseMgr.connectDatasetGraph(copy.toString()));

        PolicyStore reopened = PolicyStore.open(store);
        try {
            assertTrue(Txn.calculateRead(reopened.dataset(), () -> reopened.dataset().asDatasetGraph().contains(QUAD)));
            assertTrue(Files.size(journal) <= whole, "the torn entry is gone");
        } finally {
            TDBInternal.expel(reopened.dataset().asDatasetGraph());
        }
    }

    @Test
    void theJournalIsCutAfterTheLastEntryRecoveryReads() throws Exception {
        Path whole = journal("whole");
        long size = Files.size(whole);
        assertEquals(-1, TornJournal.repairFile(whole));
        assertEquals(size, Files.size(whole));
        long redoStart = (size - DATA) / 2;  // a COMMIT entry (a header, no data), then the REDO entry's header and data

        Path tornData = journal("torn-data");
        try (var ch = java.nio.channels.FileChannel.open(tornData, StandardOpenOption.WRITE)) { ch.truncate(size - 50); }
        assertEquals(redoStart, TornJournal.repairFile(tornData), "cut where the torn REDO entry starts");
        assertEquals(redoStart, Files.size(tornData));
        assertEquals(-1, TornJournal.repairFile(tornData), "what is left reads whole");

        Path tornHeader = journal("torn-header");
        Files.write(tornHeader, new byte[] {0, 0, 0, 9, 1, 2}, StandardOpenOption.APPEND);
        assertEquals(size, TornJournal.repairFile(tornHeader));

        Path badSum = journal("bad-sum");
        byte[] bytes = Files.readAllBytes(badSum);
        bytes[bytes.length - 7] ^= 0x55;
        Files.write(badSum, bytes);
        assertEquals(redoStart, TornJournal.repairFile(badSum), "an entry failing its checksum is not replayed");
    }

    private static final int DATA = 200;

    /** A journal as TDB2 writes it: a COMMIT entry, then a REDO entry of {@link #DATA} bytes. */
    private Path journal(String name) {
        Path f = tmp.resolve(name + ".jrnl");
        Journal j = Journal.create(BufferChannelFile.create(f.toString()));
        ComponentId c = ComponentId.allocLocal();
        j.write(JournalEntryType.COMMIT, c, null);
        j.write(JournalEntryType.REDO, c, ByteBuffer.wrap(new byte[DATA]));
        j.sync();
        j.close();
        return f;
    }

    /** Bytes announcing 4,096 bytes of REDO data, followed by far fewer. */
    private static byte[] torn() {
        ByteBuffer b = ByteBuffer.allocate(28 + 100);
        b.putInt(4096).putInt(0).putInt(1).put(new byte[16]);
        return b.array();
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else if (!f.getFileName().toString().equals("tdb.lock")) Files.copy(f, t);
            }
        }
    }
}
