package org.policygraph.server;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/** A request whose body (sent without a length, in chunks) cannot be read past a limit. */
final class BoundedBody extends HttpServletRequestWrapper {
    /** Thrown when the body goes past the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) { super("the request body is larger than " + limit + " bytes"); }
    }

    private final long limit;
    private ServletInputStream in;

    BoundedBody(HttpServletRequest req, long limit) {
        super(req);
        this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (in != null) return in;
        ServletInputStream inner = super.getInputStream();
        in = new ServletInputStream() {
            private long read;

            @Override
            public int read() throws IOException {
                int b = inner.read();
                if (b >= 0) count(1);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = inner.read(buf, off, len);
                if (n > 0) count(n);
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > limit) throw new TooLarge(limit);
            }

            @Override public boolean isFinished() { return inner.isFinished(); }
            @Override public boolean isReady() { return inner.isReady(); }
            @Override public void setReadListener(ReadListener l) { inner.setReadListener(l); }
        };
        return in;
    }
}
