package org.policygraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first thing every request meets. Adds the security headers to every response (a Content-Security-Policy that
 * allows only this server's own scripts, styles, images and connections and no framing; {@code nosniff}; a
 * referrer policy), answers 405 to methods the service does not use (TRACE, PUT, DELETE, ...), 413 to a body over
 * {@link #MAX_BODY_BYTES} and 414 to a URL over {@link #MAX_URL_CHARS}, and answers a malformed request (a path or
 * parameter that is not valid percent-encoded UTF-8, ...) with 400 and the reason instead of 500.
 */
final class HttpGuard implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(HttpGuard.class);
    /** Largest request body (a query sent by POST). */
    static final long MAX_BODY_BYTES = 1 << 20;
    /** Longest request URL, path and query string (a query sent by GET). */
    static final int MAX_URL_CHARS = 64 * 1024;
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (!METHODS.contains(req.getMethod())) {
            resp.setHeader("Allow", String.join(", ", new java.util.TreeSet<>(METHODS)));
            refuse(resp, 405, req.getMethod() + " is not supported here; the service is read-only");
            return;
        }
        String query = req.getQueryString();
        if (req.getRequestURI().length() + (query == null ? 0 : query.length()) > MAX_URL_CHARS) {
            refuse(resp, 414, "the URL is longer than " + MAX_URL_CHARS + " characters; send a long query by POST");
            return;
        }
        if (query != null && Links.decodePath(query) == null) {
            refuse(resp, 400, "the query string is not valid percent-encoded UTF-8");
            return;
        }
        if (req.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(resp, 413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
            return;
        }
        try {
            chain.doFilter(new BoundedBody(req, MAX_BODY_BYTES), resp);
        } catch (IOException | ServletException | RuntimeException e) {
            if (resp.isCommitted()) throw e;
            if (causedBy(e, org.apache.jena.query.QueryCancelledException.class)) refuse(resp, 503, "the request took longer than the server's time-out");
            else if (causedBy(e, BoundedBody.TooLarge.class)) refuse(resp, 413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
            else if (isClientError(e)) refuse(resp, 400, "malformed request: " + e.getMessage());
            else throw e;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    /** An exception caused by the request's own text (bad encoding, a parameter that cannot be decoded). */
    private static boolean isClientError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof IllegalArgumentException || t instanceof java.nio.charset.CharacterCodingException
                    || t instanceof org.eclipse.jetty.http.BadMessageException) return true;
        return false;
    }

    static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        LOG.debug("{} {}", status, message);
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(status + ": " + message + "\n");
    }
}
