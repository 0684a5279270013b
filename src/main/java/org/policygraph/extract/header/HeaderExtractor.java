package org.policygraph.extract.header;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.Level;
import org.policygraph.model.Located;
import org.policygraph.model.PartialDate;
import org.policygraph.model.PrintedBody;
import org.policygraph.resolve.Body;
import org.policygraph.resolve.DocumentSymbol;
import org.policygraph.resolve.PartyTerm;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.Lettering;
import org.policygraph.text.Lines;
import org.policygraph.text.Slugs;
import org.policygraph.text.SourceText;
import org.policygraph.text.Span;

/**
 * Reads what a document says about itself: type, issuer, date, symbol, conference, term, plan year, theme,
 * title, signer and place. Reads the title block when the text has one, and recovers what PDF extraction lost
 * from the preamble ("Tại Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 15, khóa VI (họp ngày 15/12/2023)"),
 * the document's own appendix heading ("kèm theo Nghị quyết số 06-NQ/QU, ngày 15/12/2023") and the signature.
 * Patterns are in {@link HeaderPatterns}; what the text does not give stays null.
 */
public final class HeaderExtractor {
    private static final Set<String> PARTY_KINDS = Set.of("party-committee", "standing-committee", "politburo", "secretariat");

    /** How far after a conference phrase its term ("lần thứ 15, khóa VI") may stand. */
    private static final int TERM_AFTER_CONFERENCE = 40;

    /** How far before "quyết nghị" the enacting body may end. */
    private static final int BODY_BEFORE_RESOLVES = 4;

    /** How far into the preamble its subject body may start ("UBND quận Kiến An báo cáo ..."). */
    private static final int BODY_AT_START = 4;

    private final ReferenceData reference;
    private final IssuerResolver undated;

    public HeaderExtractor(ReferenceData reference) {
        this.reference = reference;
        this.undated = new IssuerResolver(reference);
    }

    public DocumentHeader extract(SourceText text) { return read(text).header(); }

    /** One reading of a text, for its header and then its warnings without reading the text twice. */
    public Reading read(SourceText text) { return new Reading(text); }

    /**
     * Inconsistencies a human should look at, each with its span in the original text: the header and the appendix
     * heading printing different symbols or dates, a symbol whose type code is not the printed type word, a term the
     * reference data does not know for the issuer, a date outside the printed term. The header keeps what is printed.
     */
    public List<String> warnings(SourceText text, DocumentHeader header) { return read(text).warnings(header); }

    /** A value found at [start, end) of the normalised text. */
    private record Found<T>(T value, int start, int end) {}

    /** The document's own appendix heading. */
    private record Appendix(Found<DocType> type, Found<DocumentSymbol> symbol, Found<PartialDate> date, int restStart, int restEnd) {}


    /** One document being read. */
    public final class Reading {
        private final SourceText source;
        private final String t;
        private final String folded;
        private final HeaderLayout layout;
        private final Appendix appendix;
        private final SignatureReader.Signature signature;
        private final Found<String> typeLine;
        private final Found<Integer> conference;
        /** Body and unit lookups, dated once the document's date is read. */
        private IssuerResolver issuers = undated;

        private Reading(SourceText source) {
            this.source = source;
            this.t = source.normalised();
            this.folded = Slugs.foldKeepingLength(t).replace('\n', ' ');
            this.layout = HeaderLayout.of(t);
            this.typeLine = typeLine();
            this.appendix = ownAppendix();
            this.signature = SignatureReader.read(t);
            this.conference = conference();
        }

        public DocumentHeader header() {
            Found<DocumentSymbol> symbol = symbol();
            Found<DocType> type = type(symbol);
            Found<String> place = placeAndDate().map(p -> p.place).orElse(null);
            Found<PartialDate> date = date();
            java.time.LocalDate day = date == null || date.value() == null || !date.value().isFull() ? null : date.value().toLocalDate();
            IssuerResolver dated = undated.on(day, null);
            issuers = dated.on(day, dated.provinceNamed(t, folded, layout.titleStart(), layout.titleEnd()));
            Found<String> term = term(conference);
            IssuerChoice issuer = zoneIssuer(issuer(symbol, place));
            DocSystem system = issuer.kind != null ? (PARTY_KINDS.contains(issuer.kind) ? DocSystem.PARTY : DocSystem.STATE)
                    : symbol != null ? symbol.value().system() : null;
            Found<DocumentSymbol> printedSymbol = symbol;
            return new DocumentHeader(
                    located(type),
                    type == null ? null : typeWord(type),
                    system,
                    issuer.body == null ? null : located(new Found<>(issuer.body.id(), issuer.start, issuer.end)),
                    issuer.body != null ? issuer.body.level() : issuer.level,
                    issuer.body != null ? issuer.body.unit() : issuer.unit,
                    located(date),
                    printedSymbol == null ? null : located(new Found<>(printedSymbol.value().printed(), printedSymbol.start(), printedSymbol.end())),
                    printedSymbol != null && printedSymbol.value().numberBlank(),
                    located(conference),
                    located(term),
                    located(planYear()),
                    located(theme()),
                    located(title()),
                    signature == null ? null : located(new Found<>(signature.name(), signature.nameStart(), signature.nameEnd())),
                    signature == null ? null : signature.role(),
                    located(place),
                    issuer.printed == null ? null : located(new Found<>(issuer.printed, issuer.start, issuer.end)));
        }

        // ---- symbol and type ---------------------------------------------------------------------------

        private Found<DocumentSymbol> symbol() {
            Found<DocumentSymbol> printed = numberLine();
            return printed != null ? printed : appendix == null ? null : appendix.symbol();
        }

        /** The symbol on the header's number line ("Số: 06-NQ/QU"). */
        private Found<DocumentSymbol> numberLine() {
            Matcher m = HeaderPatterns.NUMBER_LINE.matcher(t).region(layout.titleStart(), layout.titleEnd());
            if (!m.find()) return null;
            return DocumentSymbol.parse(m.group("sym")).map(s -> new Found<>(s, m.start("sym"), m.end("sym"))).orElse(null);
        }

        /** See {@link HeaderExtractor#warnings}. */
        public List<String> warnings(DocumentHeader h) {
            List<String> out = new ArrayList<>();
            Found<DocumentSymbol> printed = numberLine();
            if (printed != null && appendix != null && !printed.value().printed().equals(appendix.symbol().value().printed()))
                out.add(warning(appendix.symbol(), "the appendix heading prints the symbol " + appendix.symbol().value().printed()
                        + ", the header " + printed.value().printed()));
            Found<PartialDate> headerDate = placeAndDate().map(PlaceDate::date).orElse(null);
            if (headerDate != null && appendix != null && appendix.date() != null && !headerDate.value().equals(appendix.date().value()))
                out.add(warning(appendix.date(), "the appendix heading prints the date " + appendix.date().value().iso()
                        + ", the header " + headerDate.value().iso()));
            Optional<DocType> titled = typeLine == null ? Optional.empty() : DocType.byWord(typeLine.value());
            if (printed != null && titled.isPresent() && printed.value().type().isPresent() && printed.value().type().get() != titled.get())
                out.add(warning(printed, "the symbol's type code " + printed.value().typeCode() + " is not the printed type " + typeLine.value()));
            String term = DocumentHeader.valueOf(h.term());
            Optional<Body> body = reference.body(DocumentHeader.valueOf(h.issuer()));
            if (term != null && body.isPresent() && body.get().isParty()) {
                Optional<PartyTerm> known = reference.term(body.get().register(), term);
                PartialDate date = DocumentHeader.valueOf(h.date());
                if (known.isEmpty())
                    out.add(warning(h.term().span(), "term " + term + " is not in the reference terms of " + body.get().register()));
                else if (date != null && date.year() != null && (date.year() < known.get().fromYear() || date.year() > known.get().toYear()))
                    out.add(warning(h.date().span(), "the date " + date.iso() + " is outside term " + term + " ("
                            + known.get().fromYear() + "-" + known.get().toYear() + ")"));
            }
            return out;
        }

        private String warning(Found<?> at, String message) { return warning(source.toOriginal(at.start(), at.end()), message); }

        private String warning(Span at, String message) { return "at " + at + " \"" + source.quote(at) + "\": " + message; }

        /**
         * The appendix heading, when it names a document of the type the title block prints (or there is no title), or
         * the decision that promulgates a regulation or rules ("QUY ĐỊNH ... (Ban hành kèm theo Quyết định số ...)"),
         * whose number such a text carries.
         */
        private Appendix ownAppendix() {
            Appendix a = appendix();
            if (a == null || typeLine == null || a.type() == null) return a;
            Optional<DocType> titled = DocType.byWord(typeLine.value());
            boolean promulgated = titled.map(d -> d == DocType.QUY_DINH || d == DocType.QUY_CHE).orElse(false)
                    && a.type().value() == DocType.QUYET_DINH;
            return promulgated || titled.map(d -> d == a.type().value()).orElse(true) ? a : null;
        }

        private Found<DocType> type(Found<DocumentSymbol> symbol) {
            if (typeLine != null) {
                Optional<DocType> byWord = DocType.byWord(typeLine.value());
                if (byWord.isPresent()) return new Found<>(byWord.get(), typeLine.start(), typeLine.end());
            }
            Found<DocType> letter = letter();
            if (letter != null) return letter;
            if (appendix != null && appendix.type() != null) return appendix.type();
            if (symbol != null && symbol.value().type().isPresent()) return new Found<>(symbol.value().type().get(), symbol.start(), symbol.end());
            Found<DocType> self = lastSelfReference(layout.preambleEnd(), t.length());
            if (self != null) return self;
            Matcher r = HeaderPatterns.RESOLVES.matcher(t).region(layout.preambleStart(), layout.preambleEnd());
            if (r.find()) return new Found<>(DocType.NGHI_QUYET, r.start(), r.start() + "quyết nghị".length());
            return null;
        }

        /**
         * A letter (công văn): the one type the national formats print without a type name, its summary "V/v ..."
         * under the number and its addressee ("Kính gửi: ...") opening the text. Read from a header zone that has a
         * number line and a summary or an addressee but no type name; the evidence is the summary or addressee.
         */
        private Found<DocType> letter() {
            if (!layout.zoned() || numberLine() == null) return null;
            for (int[] l : lines(layout.titleStart(), Math.min(t.length(), layout.preambleStart() + 1))) {
                String line = text(l);
                if (HeaderPatterns.SUMMARY_LINE.matcher(line).lookingAt() || HeaderPatterns.RECIPIENT.matcher(line).lookingAt()) {
                    int end = l[0] + line.stripTrailing().length();
                    return new Found<>(DocType.CONG_VAN, l[0], end);
                }
            }
            return null;
        }

        /** The type word as printed for a type read from a word; null when the type came from a symbol or the enacting formula. */
        private String typeWord(Found<DocType> type) {
            String printed = t.substring(type.start(), type.end()).replaceAll("\\s+", " ");
            return DocType.byWord(printed).isPresent() ? printed : null;
        }

        private Found<String> typeLine() {
            for (int[] line : lines(layout.titleStart(), layout.titleEnd())) {
                // the type name may be broken over two lines ("NGHỊ" / "QUYẾT")
                Matcher m = HeaderPatterns.TITLE_TYPE.matcher(t).region(line[0], Math.min(layout.titleEnd(), lineEnd(line[1] + 1)));
                if (m.lookingAt()) return new Found<>(m.group("word").replaceAll("\\s+", " "), m.start("word"), m.end("word"));
                m = HeaderPatterns.TYPE_LINE_ANY_CASE.matcher(t).region(line[0], line[1]);
                if (layout.zoned() && m.matches()) return new Found<>(m.group("word"), m.start("word"), m.end("word"));
            }
            return null;
        }

        /**
         * The last "Nghị quyết này", "Quyết định này" in [from, to): the type word is looked for only before each "này"
         * (found by a plain scan), so a long text is not run through the type-word alternation at every position.
         */
        private Found<DocType> lastSelfReference(int from, int to) {
            for (int at = to - 3; at >= from; at--) {
                if (!isNay(at)) continue;
                Found<DocType> f = lastTypeWord(HeaderPatterns.SELF_REFERENCE, Math.max(from, at - 40), Math.min(to, at + 4));
                if (f != null) return f;
            }
            return null;
        }

        private boolean isNay(int at) {
            return (t.charAt(at) == 'n' || t.charAt(at) == 'N') && (t.charAt(at + 1) == 'à' || t.charAt(at + 1) == 'À')
                    && (t.charAt(at + 2) == 'y' || t.charAt(at + 2) == 'Y');
        }

        private Found<DocType> lastTypeWord(Pattern p, int from, int to) {
            Matcher m = p.matcher(t).region(from, to);
            Found<DocType> last = null;
            while (m.find()) {
                Optional<DocType> d = DocType.byWord(m.group("word"));
                if (d.isPresent()) last = new Found<>(d.get(), m.start("word"), m.end("word"));
            }
            return last;
        }

        private Appendix appendix() {
            Matcher m = HeaderPatterns.OWN_APPENDIX.matcher(t);
            while (m.find()) {
                Optional<DocumentSymbol> s = DocumentSymbol.parse(m.group("sym"));
                if (s.isEmpty()) continue;
                Found<DocType> type = DocType.byWord(m.group("word")).map(d -> new Found<>(d, m.start("word"), m.end("word"))).orElse(null);
                Matcher d = HeaderPatterns.DATE.matcher(t).region(m.start("rest"), m.end("rest"));
                Found<PartialDate> date = d.find() ? dateAt(d, d.start(), d.end()) : null;
                int restStart = d.hitEnd() || date == null ? m.start("rest") : date.end();
                return new Appendix(type, new Found<>(s.get(), m.start("sym"), m.end("sym")), date, restStart, m.end("rest"));
            }
            return null;
        }

        // ---- date and place ----------------------------------------------------------------------------

        private record PlaceDate(Found<String> place, Found<PartialDate> date) {}

        private Optional<PlaceDate> placeAndDate() {
            Matcher m = null;
            for (Pattern form : List.of(HeaderPatterns.PLACE_DATE, HeaderPatterns.INLINE_PLACE_DATE, HeaderPatterns.PLACE_DATE_WITHOUT_COMMA)) {
                Matcher tried = form.matcher(t).region(layout.titleStart(), layout.titleEnd());
                if (tried.find()) {
                    m = tried;
                    break;
                }
            }
            if (m == null) return Optional.empty();
            String printed = m.group("place").strip();
            Found<String> place = new Found<>(printed.replaceAll("\\s+", " "), m.start("place"), m.start("place") + printed.length());
            return Optional.of(new PlaceDate(place, dateAt(m, m.start("date"), m.end("date"))));
        }

        private Found<PartialDate> date() {
            Optional<PlaceDate> pd = placeAndDate();
            if (pd.isPresent() && pd.get().date() != null) return pd.get().date();
            if (appendix != null && appendix.date() != null) return appendix.date();
            Matcher m = HeaderPatterns.MEETING_DATE.matcher(t).region(layout.preambleStart(), layout.preambleEnd());
            return m.find() ? dateAt(m, m.start("date"), m.end("date")) : null;
        }

        /** The date of a match of one of the date patterns (groups wd/wm/wy or nd/nm/ny); null when invalid. */
        private Found<PartialDate> dateAt(Matcher m, int start, int end) {
            try {
                PartialDate d;
                if (m.group("wy") != null) {
                    Integer month = integer(m.group("wm"));
                    d = new PartialDate(integer(m.group("wy")), month, month == null ? null : integer(m.group("wd")));
                } else {
                    d = new PartialDate(integer(m.group("ny")), integer(m.group("nm")), integer(m.group("nd")));
                }
                return new Found<>(d, start, end);
            } catch (IllegalArgumentException | DateTimeException invalid) {
                return null;
            }
        }

        // ---- conference, term, plan year, theme, title -------------------------------------------------

        /**
         * The conference that passed the document: in the title block, else in the preamble the conference said to
         * have met ("... lần thứ 15, khóa VI (họp ngày ...)"), else the first one not named as a cited document's.
         */
        private Found<Integer> conference() {
            Matcher m = HeaderPatterns.CONFERENCE.matcher(t).region(layout.titleStart(), layout.titleEnd());
            if (m.find() && VietnameseNumbers.parse(m.group("ord").strip()) != null) return ordinal(m);
            m = HeaderPatterns.CONFERENCE.matcher(t).region(layout.preambleStart(), layout.preambleEnd());
            Found<Integer> fallback = null;
            while (m.find()) {
                if (VietnameseNumbers.parse(m.group("ord").strip()) == null) continue;
                String before = t.substring(Math.max(layout.preambleStart(), m.start() - 40), m.start());
                if (HeaderPatterns.CITED_BEFORE.matcher(before).find()) continue;
                if (HeaderPatterns.MEETING_AFTER.matcher(t.substring(m.end(), Math.min(t.length(), m.end() + 60))).find()) return ordinal(m);
                if (fallback == null) fallback = ordinal(m);
            }
            return fallback;
        }

        private Found<Integer> ordinal(Matcher m) {
            String ord = m.group("ord").strip();
            return new Found<>(VietnameseNumbers.parse(ord), m.start("ord"), m.start("ord") + ord.length());
        }

        private Found<String> term(Found<Integer> conference) {
            Found<String> inTitle = firstTerm(layout.titleStart(), layout.titleEnd());
            if (inTitle != null) return inTitle;
            if (conference != null && conference.start() >= layout.preambleStart())
                return firstTerm(conference.end(), Math.min(layout.preambleEnd(), conference.end() + TERM_AFTER_CONFERENCE));
            return null;
        }

        private Found<String> firstTerm(int from, int to) {
            if (from >= to) return null;
            Matcher m = HeaderPatterns.TERM.matcher(t).region(from, to);
            return m.find() ? new Found<>(m.group("term").toUpperCase(java.util.Locale.ROOT), m.start("term"), m.end("term")) : null;
        }

        /**
         * The latest year an annual plan's subject names: in the title ("về chủ đề, chỉ tiêu, nhiệm vụ, giải pháp năm
         * 2024", or a subject line with plan words such as "Về nhiệm vụ kinh tế - xã hội năm 2024"), else the top-level
         * headings, else the preamble.
         */
        private Found<Integer> planYear() {
            Found<String> subject = title();
            if (subject != null && HeaderPatterns.SUBJECT_LINE.matcher(subject.value()).lookingAt()
                    && HeaderPatterns.PLAN_SUBJECT.matcher(subject.value()).find()) {
                Matcher y = HeaderPatterns.YEAR.matcher(t).region(subject.start(), subject.end());
                Found<Integer> best = null;
                while (y.find()) {
                    int v = Integer.parseInt(y.group("year"));
                    if (best == null || v > best.value()) best = new Found<>(v, y.start("year"), y.end("year"));
                }
                if (best != null) return best;
            }
            List<int[]> regions = new ArrayList<>();
            regions.add(new int[] {layout.titleStart(), layout.titleEnd()});
            List<int[]> headings = topHeadings();
            for (List<int[]> group : List.of(List.of(regions.get(0)), headings, List.of(new int[] {layout.preambleStart(), layout.preambleEnd()}))) {
                Found<Integer> best = null;
                for (int[] r : group) {
                    Matcher m = HeaderPatterns.PLAN_YEAR.matcher(t).region(r[0], r[1]);
                    while (m.find()) {
                        int y = Integer.parseInt(m.group("year"));
                        if (best == null || y > best.value()) best = new Found<>(y, m.start("year"), m.end("year"));
                    }
                }
                if (best != null) return best;
            }
            return null;
        }

        /** Top-level headings ("II. CHỦ ĐỀ, ... NĂM 2024") with a following line in capitals, before the signature. */
        private List<int[]> topHeadings() {
            int end = signature != null && signature.bodyStart() > layout.preambleStart() ? signature.bodyStart() : t.length();
            List<int[]> out = new ArrayList<>();
            Matcher m = HeaderPatterns.TOP_HEADING.matcher(t).region(layout.preambleStart(), end);
            while (m.find()) {
                int eol = lineEnd(m.start());
                int next = eol < t.length() ? lineEnd(eol + 1) : eol;
                out.add(new int[] {m.start(), next > eol && Lettering.isCapitals(t.substring(eol + 1, next)) ? next : eol});
            }
            return out;
        }

        private Found<String> theme() {
            Matcher m = HeaderPatterns.THEME.matcher(t);
            if (!m.find()) return null;
            String group = m.group("theme") != null ? "theme" : "bare";
            int s = m.start(group);
            int e = m.end(group);
            while (s < e && !Character.isLetterOrDigit(t.charAt(s))) s++;
            while (e > s && !Character.isLetterOrDigit(t.charAt(e - 1))) e--;
            return s < e ? new Found<>(t.substring(s, e).replaceAll("\\s+", " "), s, e) : null;
        }

        /** The subject line ("về ..."), or the lines in capitals after the type word (a report's subject). */
        private Found<String> title() {
            List<int[]> lines = lines(layout.titleStart(), layout.titleEnd());
            for (int i = 0; i < lines.size(); i++) {
                int[] l = lines.get(i);
                if (HeaderPatterns.SUBJECT_LINE.matcher(t).region(l[0], l[1]).lookingAt()) {
                    int end = l[1];
                    for (int j = i + 1; j < lines.size() && !Lettering.isCapitals(text(lines.get(j)))
                            && !HeaderPatterns.PLACE_DATE.matcher(text(lines.get(j))).find(); j++) end = lines.get(j)[1];
                    return joined(l[0], end);
                }
            }
            if (typeLine == null) return null;
            Matcher inline = HeaderPatterns.INLINE_SUBJECT.matcher(t).region(typeLine.end(), lineEnd(typeLine.end()));
            if (inline.find()) return joined(inline.start(), lineEnd(typeLine.end()));
            int start = -1;
            int end = -1;
            for (int[] l : lines) {
                if (l[0] <= typeLine.start()) continue;
                String line = text(l);
                boolean other = HeaderPatterns.NOT_SUBJECT.matcher(line).find() || HeaderPatterns.CONFERENCE.matcher(line).find()
                        || HeaderPatterns.TERM.matcher(line).find() || HeaderPatterns.PLACE_DATE.matcher(line).find();
                if (!Lettering.isCapitals(line) || (other && start >= 0)) break;
                if (other) continue;
                if (start < 0) start = l[0];
                end = l[1];
            }
            return start < 0 ? null : joined(start, end);
        }

        private Found<String> joined(int start, int end) {
            return new Found<>(t.substring(start, end).strip().replaceAll("\\s+", " "), start, end);
        }

        // ---- issuer ------------------------------------------------------------------------------------

        private record IssuerChoice(String kind, Level level, String unit, Body body, int start, int end, PrintedBody printed) {
            IssuerChoice(String kind, Level level, String unit, Body body, int start, int end) { this(kind, level, unit, body, start, end, null); }
        }

        /**
         * The issuer of the header's body zone ({@link IssuerZone}) when the zone prints one: the reference body of
         * that name, valid on the document's date; else, for a body printed under a parent, a body built from the
         * printed name, its head word's kind and its parent (the reference body of the parent's name, or the body the
         * other readings found, when it is that parent); else what the other readings found ({@code read}).
         */
        private IssuerChoice zoneIssuer(IssuerChoice read) {
            if (!layout.zoned()) return read;
            int zoneEnd = typeLine != null && typeLine.start() > layout.titleStart() ? typeLine.start() : layout.titleEnd();
            Found<DocumentSymbol> number = numberLine();
            if (number != null && number.start() > layout.titleStart()) zoneEnd = Math.min(zoneEnd, lineStart(number.start()));
            List<IssuerZone.Name> zone = IssuerZone.read(t, layout.titleStart(), zoneEnd, n -> issuers.named(n).isPresent());
            if (zone.isEmpty()) return read;
            IssuerZone.Name own = zone.get(zone.size() - 1);
            Body named = issuers.named(own.printed()).orElse(null);
            if (named != null) return chosen(named, own);
            // a committee or council named by its kind ("THÀNH ỦY", "ỦY BAN NHÂN DÂN"): the other readings say which one
            boolean committee = !issuers.find(t, folded, own.start(), own.end()).isEmpty();
            if (committee && read.body() != null) return read;
            if (zone.size() < 2) return read.body() != null || read.kind() != null ? read : printed(own, null, null);
            IssuerZone.Name parentName = zone.get(zone.size() - 2);
            Body whole = issuers.named(own.printed() + " " + parentName.printed()).orElse(null);  // "VĂN PHÒNG" / of "BAN CHẤP HÀNH TRUNG ƯƠNG"
            if (whole != null) return chosen(whole, own);
            Body parent = issuers.named(parentName.printed()).orElse(read.body());
            return printed(own, parentName, parent);
        }

        private IssuerChoice chosen(Body b, IssuerZone.Name at) { return new IssuerChoice(b.kind(), b.level(), b.unit(), b, at.start(), at.end()); }

        private IssuerChoice printed(IssuerZone.Name own, IssuerZone.Name parentName, Body parent) {
            String kind = IssuerZone.kindOf(own.printed()).orElse(null);
            Level level = parent == null ? null : parent.level();
            String unit = parent == null ? null : parent.unit();
            PrintedBody p = new PrintedBody(own.printed(), kind, parent == null ? null : parent.id(),
                    parentName == null ? null : parentName.printed(), level, unit);
            return new IssuerChoice(kind, level, unit, null, own.start(), own.end(), p);
        }

        /** Body phrases where a document names its own issuer, best first. */
        private List<IssuerResolver.Mention> issuerMentions() {
            List<IssuerResolver.Mention> out = new ArrayList<>();
            List<IssuerResolver.Mention> title = new ArrayList<>();
            for (int[] l : lines(layout.titleStart(), layout.titleEnd())) {
                String line = text(l);
                if (HeaderPatterns.NUMBER_LINE.matcher(line).find() || HeaderPatterns.PLACE_DATE.matcher(line).find()) continue;
                for (IssuerResolver.Mention x : issuers.find(t, folded, l[0], l[1])) title.add(withUnitBelow(x, l));
            }
            int typeAt = typeLine == null ? Integer.MAX_VALUE : typeLine.start();
            title.stream().filter(x -> x.start() > typeAt).forEach(out::add);
            List<IssuerResolver.Mention> above = new ArrayList<>(title.stream().filter(x -> x.start() < typeAt).toList());
            Collections.reverse(above);
            out.addAll(above);
            if (conference != null && conference.start() >= layout.preambleStart()) {
                Matcher c = HeaderPatterns.CONFERENCE.matcher(t).region(layout.preambleStart(), conference.end());
                while (c.find()) if (c.start("ord") == conference.start()) out.addAll(issuers.find(t, folded, c.start(), c.end()));
            }
            Matcher r = HeaderPatterns.RESOLVES.matcher(t).region(layout.preambleStart(), layout.preambleEnd());
            if (r.find()) {
                List<IssuerResolver.Mention> before = issuers.find(t, folded, Math.max(layout.preambleStart(), r.start() - 120), r.start());
                if (!before.isEmpty() && r.start() - before.get(before.size() - 1).end() <= BODY_BEFORE_RESOLVES) out.add(before.get(before.size() - 1));
            }
            issuers.find(t, folded, layout.preambleStart(), Math.min(layout.preambleEnd(), layout.preambleStart() + 80)).stream()
                    .findFirst().filter(x -> x.start() - layout.preambleStart() <= BODY_AT_START).ifPresent(out::add);
            if (appendix != null) out.addAll(issuers.find(t, folded, appendix.restStart(), appendix.restEnd()));
            if (signature != null) out.addAll(issuers.find(t, folded, signature.bodyStart(), signature.bodyEnd()));
            return out;
        }

        /** A body named without its unit on a title line, completed by a unit on the next line ("ỦY BAN NHÂN DÂN" / "QUẬN KIẾN AN"). */
        private IssuerResolver.Mention withUnitBelow(IssuerResolver.Mention x, int[] line) {
            if (x.level() != null || x.end() < line[1] - 1 || line[1] >= layout.titleEnd()) return x;
            int next = line[1] + 1;
            Matcher u = HeaderPatterns.UNIT_LINE.matcher(t).region(next, lineEnd(next));
            if (!u.lookingAt()) return x;
            Level level = HeaderPatterns.levelOfWord(u.group("uw"));
            IssuerResolver.UnitName unit = issuers.unitNamedAt(folded, u.end(), level);
            return new IssuerResolver.Mention(x.kind(), level, unit == null ? null : unit.id(), x.start(), x.end());
        }

        /**
         * The central body a State symbol names by its code ("Luật số: 60/2024/QH15": Quốc hội; "123/BTC-CST": Bộ Tài
         * chính) when the header prints no body the reader can take: the symbol is the evidence. Null otherwise.
         */
        private Body symbolIssuer(Found<DocumentSymbol> symbol) {
            if (symbol == null || symbol.value().system() != DocSystem.STATE || symbol.value().issuerCode() == null) return null;
            String code = symbol.value().issuerCode().split("[-.]")[0].replaceFirst("\\d+$", "");
            return reference.centralBodyWithCode(code).orElse(null);
        }

        private IssuerChoice issuer(Found<DocumentSymbol> symbol, Found<String> place) {
            List<IssuerResolver.Mention> mentions = issuerMentions();
            Level symbolLevel = symbol != null && symbol.value().system() == DocSystem.PARTY
                    ? HeaderPatterns.PARTY_CODES.get(symbol.value().issuerCode()) : null;
            if (mentions.isEmpty()) {
                Body coded = symbolIssuer(symbol);
                return coded != null ? new IssuerChoice(coded.kind(), coded.level(), coded.unit(), coded, symbol.start(), symbol.end())
                        : new IssuerChoice(null, symbolLevel, null, null, -1, -1);
            }
            String kind = mentions.get(0).kind();
            List<IssuerResolver.Mention> same = mentions.stream().filter(x -> x.kind().equals(kind)).toList();
            Level named = same.stream().map(IssuerResolver.Mention::level).filter(l -> l != null).findFirst()
                    .orElse(PARTY_KINDS.contains(kind) ? symbolLevel : null);
            Level level = named == null && place != null ? issuers.levelOfPlace(place.value()) : named;
            String unit = mentions.stream().filter(x -> x.level() == level && x.unitId() != null)
                    .map(IssuerResolver.Mention::unitId).findFirst().orElse(null);
            if (unit == null && place != null) unit = issuers.unitNamed(place.value(), level);
            if (unit == null) unit = issuers.dominantUnit(t, folded, level);
            Body body = issuers.body(kind, unit).orElse(null);
            return new IssuerChoice(kind, level, unit, body, same.get(0).start(), same.get(0).end());
        }

        // ---- helpers -----------------------------------------------------------------------------------

        private <T> Located<T> located(Found<T> f) {
            return f == null ? null : Located.of(f.value(), source.toOriginal(f.start(), f.end()));
        }

        private List<int[]> lines(int from, int to) { return Lines.of(t, from, to); }

        private int lineEnd(int from) { return Lines.end(t, from); }

        private int lineStart(int at) { return t.lastIndexOf('\n', Math.max(0, at - 1)) + 1; }

        private String text(int[] line) { return t.substring(line[0], line[1]); }
    }

    private static Integer integer(String s) { return s == null || s.isBlank() ? null : Integer.valueOf(s.strip()); }
}
