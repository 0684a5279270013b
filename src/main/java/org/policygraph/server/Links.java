package org.policygraph.server;

/**
 * Where an IRI is shown on this server: an IRI of the configured base at its own path ({@code {base}doc/x}
 * at {@code /doc/x}), any other IRI of the dataset at {@code /describe?iri=...}.
 */
record Links(String base) {
    Links {
        if (!base.endsWith("/")) base = base + "/";
    }

    boolean own(String iri) {
        if (!iri.startsWith(base)) return false;
        String rest = iri.substring(base.length());
        if (rest.equals("dataset") || rest.startsWith("dataset/")) return !rest.contains("#") && !rest.contains("?");
        int slash = rest.indexOf('/');
        return slash > 0 && LinkedDataServlet.PATHS.contains(rest.substring(0, slash)) && !rest.contains("#") && !rest.contains("?");
    }

    /** The local page of a dataset IRI. */
    String href(String iri) {
        return own(iri) ? "/" + iri.substring(base.length()) : "/describe?iri=" + Html.url(iri);
    }

    /** The local address of one format of an IRI's description. */
    String variant(String iri, Formats f) {
        return own(iri) ? "/" + iri.substring(base.length()) + f.suffix : "/describe" + f.suffix + "?iri=" + Html.url(iri);
    }

    /** A header value with every non-ASCII character percent-encoded as UTF-8 (headers are ISO-8859-1). */
    static String ascii(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp < 0x80) b.append((char) cp);
            else for (byte x : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                b.append('%').append(String.format("%02X", x & 0xFF));
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** A request path (or query string) percent-decoded as UTF-8 ("+" stays), or null when it is not valid UTF-8. */
    static String decodePath(String raw) {
        if (raw.indexOf('%') < 0) return raw;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                int hi = Character.digit(raw.charAt(i + 1), 16), lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return null;
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '%') return null;
            else bytes.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /** The IRI a local path stands for. */
    String iriOfPath(String path) { return base + path.substring(1); }
}
