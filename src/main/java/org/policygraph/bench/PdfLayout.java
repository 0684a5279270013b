package org.policygraph.bench;

/** Makes a text look extracted from a PDF: lines wrapped near 80 characters with trailing spaces, blank lines, page numbers. */
final class PdfLayout {
    private PdfLayout() {}

    static String apply(String text, Rng r) {
        int width = r.between(74, 84);
        boolean airy = r.chance(0.4);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
        int lines = 0, page = 1;
        for (String line : text.split("\n", -1)) {
            String rest = line;
            while (rest.length() > width) {
                int cut = rest.lastIndexOf(' ', width);
                if (cut <= 0) break;
                out.append(rest, 0, cut).append(" \n");
                if (airy) out.append('\n');
                rest = rest.substring(cut + 1);
                if (++lines % 46 == 0) out.append("\n\n\n ").append(++page).append(" \n\n");
            }
            out.append(rest).append(rest.isEmpty() ? "" : " ").append('\n');
            if (++lines % 46 == 0) out.append("\n\n\n ").append(++page).append(" \n\n");
        }
        return out.toString();
    }
}
