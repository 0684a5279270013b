package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Adler32;
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
    void onlyATornLastEntryIsCut() throws Exception {
        byte[] one = entry(3, new byte[0]);
        byte[] two = entry(1, new byte[] {1, 2, 3, 4, 5});
        Path whole = write("whole", one, two);
        assertEquals(-1, TornJournal.repairFile(whole));
        assertEquals(one.length + two.length, Files.size(whole));

        Path tornHeader = write("torn-header", one, two, new byte[] {0, 0, 0, 9, 1, 2});
        assertEquals(one.length + two.length, TornJournal.repairFile(tornHeader));
        assertEquals(one.length + two.length, Files.size(tornHeader));

        Path tornData = write("torn-data", one, torn());
        assertEquals(one.length, TornJournal.repairFile(tornData));

        byte[] badSum = two.clone();
        badSum[5] ^= 0x55;
        Path badLast = write("bad-last", one, badSum);
        assertEquals(one.length, TornJournal.repairFile(badLast), "a last entry failing its checksum was cut off mid-write");

        Path badMiddle = write("bad-middle", badSum, one);
        assertEquals(-1, TornJournal.repairFile(badMiddle), "corruption before the end is TDB2's to report, not ours to cut");
        assertEquals(badSum.length + one.length, Files.size(badMiddle));
    }

    /** A header announcing 4,096 bytes of REDO data, followed by only 100 of them. */
    private static byte[] torn() {
        ByteBuffer b = ByteBuffer.allocate(28 + 100);
        b.putInt(4096).putInt(0).putInt(1).put(new byte[16]);
        return b.array();
    }

    /** A whole journal entry as TDB2 writes it: length, Adler-32 of header (checksum zeroed) and data, type, component. */
    private static byte[] entry(int type, byte[] data) {
        ByteBuffer h = ByteBuffer.allocate(28);
        h.putInt(data.length == 0 ? -1 : data.length).putInt(0).putInt(type).put(new byte[16]);
        Adler32 a = new Adler32();
        a.update(h.array());
        a.update(data);
        h.putInt(4, (int) a.getValue());
        return ByteBuffer.allocate(28 + data.length).put(h.array()).put(data).array();
    }

    private Path write(String name, byte[]... parts) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, new byte[0]);
        for (byte[] p : parts) Files.write(f, p, StandardOpenOption.APPEND);
        return f;
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
