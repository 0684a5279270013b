package org.policygraph.extract.header;

import java.util.List;
import java.util.regex.Matcher;
import org.policygraph.text.Lettering;
import org.policygraph.text.Lines;

/**
 * Reads the signature block: its first line ("T/M BAN CHẤP HÀNH", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), role
 * lines in capitals ("PHÓ CHỦ TỊCH"), notes such as "(Đã ký)", and the signatory's name. The role is the capitals
 * line just above the name; the first line names the body signed for.
 */
final class SignatureReader {
    private SignatureReader() {}

    /**
     * A signature block in the normalised text.
     *
     * @param name       the signatory's name
     * @param nameStart  start of the name
     * @param nameEnd    end of the name
     * @param role       role printed above the name, without a "KT."/"TL." prefix
     * @param bodyStart  start of the body signed for ("BAN CHẤP HÀNH")
     * @param bodyEnd    end of the body signed for
     */
    record Signature(String name, int nameStart, int nameEnd, String role, int bodyStart, int bodyEnd) {}

    /** The last complete signature block of a text, or null. */
    static Signature read(String t) {
        Matcher m = HeaderPatterns.SIGNATURE.matcher(t);
        Signature last = null;
        while (m.find()) {
            Signature s = block(t, m);
            if (s != null) last = s;
        }
        return last;
    }

    private static Signature block(String t, Matcher m) {
        String role = null;
        List<int[]> after = Lines.of(t, Math.min(t.length(), m.end() + 1), t.length());
        for (int[] l : after.subList(0, Math.min(HeaderPatterns.SIGNATURE_LINES, after.size()))) {
            String raw = t.substring(l[0], l[1]);
            String line = raw.strip();
            if (HeaderPatterns.SIGNED_NOTE.matcher(line).find()) continue;
            boolean name = HeaderPatterns.PERSON_NAME.matcher(line).matches() && !Lettering.isCapitals(line);
            if (name && role != null) {
                int ns = l[0] + raw.indexOf(line);
                return new Signature(line, ns, ns + line.length(), role, m.start("body"), m.end("body"));
            }
            if (!Lettering.isCapitals(line)) return null;
            role = line.replaceFirst("^(?:KT|Q|TL|TUQ)\\.\\s*", "");
        }
        return null;
    }
}
