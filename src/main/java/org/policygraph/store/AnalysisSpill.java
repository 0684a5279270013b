package org.policygraph.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.policygraph.model.DocumentAnalysis;

/**
 * Analyses kept on disk between the loader's steps, so that a load of any size holds only a few in memory: each is
 * serialized (its text as the original only, see {@link org.policygraph.text.SourceText}), compressed and appended to
 * one temporary file, which is deleted on {@link #close}. Safe for concurrent {@link #put} and {@link #get}.
 */
final class AnalysisSpill implements AutoCloseable {
    /** Where one analysis lies in the file. */
    record Handle(long offset, int length) {}

    private final Path file;
    private final FileChannel channel;
    private long end;

    AnalysisSpill() {
        try {
            file = Files.createTempFile("policy-graph-load-", ".spill");
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the loader's temporary file", e);
        }
    }

    Handle put(DocumentAnalysis a) {
        byte[] bytes = serialize(a);
        long at;
        synchronized (this) {
            at = end;
            end += bytes.length;
        }
        try {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            for (long pos = at; buf.hasRemaining(); ) pos += channel.write(buf, pos);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the loader's temporary file " + file, e);
        }
        return new Handle(at, bytes.length);
    }

    DocumentAnalysis get(Handle h) {
        ByteBuffer buf = ByteBuffer.allocate(h.length());
        try {
            for (long pos = h.offset(); buf.hasRemaining(); ) {
                int n = channel.read(buf, pos);
                if (n < 0) throw new IOException("unexpected end of file at " + pos);
                pos += n;
            }
            try (ObjectInputStream in = new ObjectInputStream(new InflaterInputStream(new ByteArrayInputStream(buf.array())))) {
                return (DocumentAnalysis) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read back an analysis from " + file + " at " + h.offset(), e);
        }
    }

    private static byte[] serialize(DocumentAnalysis a) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (ObjectOutputStream out = new ObjectOutputStream(new DeflaterOutputStream(bytes, deflater))) {
            out.writeObject(a);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the analysis of " + a.source().name(), e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
