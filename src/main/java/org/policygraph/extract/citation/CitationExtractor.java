package org.policygraph.extract.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.policygraph.model.Citation;
import org.policygraph.model.CitationKind;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.Level;
import org.policygraph.model.Mention;
import org.policygraph.model.PartialDate;
import org.policygraph.resolve.CitationResolver;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;
import org.policygraph.text.Span;
import org.policygraph.text.SpanSet;

/**
 * Finds every cited document in a text, with its mentions, type, date, issuer, level, kind and identity:
 * find ({@link MentionFinder}) -> read issuer and context ({@link IssuerReader}, {@link ContextReader})
 * -> group mentions of one document -> identify ({@link CitationResolver}).
 */
public final class CitationExtractor {
    public static final String FLAG_TYPE_CONTRADICTS_SYMBOL = "type-word-contradicts-symbol";
    public static final String FLAG_ISSUER_CONTRADICTS_SYMBOL = "issuer-contradicts-symbol";
    public static final String FLAG_CONFLICTING_DATES = "conflicting-dates";

    private final ReferenceData reference;
    private final MentionFinder finder = new MentionFinder();
    private final MentionIssuer issuerOf;
    private final HomeReader homes;
    private final CitationResolver resolver;
    private final CentralBodyNames centralBodies;
    private final LocalBodyPhrase localBodies;

    public CitationExtractor(ReferenceData reference) {
        this.reference = reference;
        this.centralBodies = new CentralBodyNames(reference);
        this.localBodies = new LocalBodyPhrase(reference);
        this.issuerOf = new MentionIssuer(reference);
        this.homes = new HomeReader(reference);
        this.resolver = new CitationResolver(reference);
    }

    public List<Citation> extract(SourceText text, DocumentHeader header) {
        String t = text.normalised();
        Home home = homes.read(header, t);
        boolean citingIsReport = header != null && header.type() != null && header.type().value() == DocType.BAO_CAO;
        List<Found> found = new ArrayList<>();
        SpanSet earlier = new SpanSet();
        int previousEnd = 0;
        Found head = null;
        for (RawMention found0 : finder.find(t)) {
            RawMention raw = found0;
            boolean member = raw.listMember() && head != null && head.raw().start() == raw.listStart();
            int from = ContextReader.windowStart(t, raw.start(), previousEnd < raw.start() ? previousEnd : 0);
            CentralBodyNames.Found central = raw.issuer() == null ? centralBodies.attached(t, raw.end()) : null;
            LocalBodyPhrase.Found local = raw.issuer() == null && central == null ? localBodies.attached(t, raw.end(), home) : null;
            int bodyEnd = central != null ? central.end() : local != null ? local.end() : -1;
            if (bodyEnd >= 0) raw = raw.extendedTo(bodyEnd, raw.title() != null ? raw.title() : MentionFinder.title(t, bodyEnd));
            IssuerReader.Issuer issuer = central != null ? issuer(central.body()) : local != null ? local.issuer()
                    : member && raw.issuer() == null ? head.issuer() : issuerOf.issuer(raw, t, earlier, home);
            if (issuer == null && raw.system() == DocSystem.STATE) {
                org.policygraph.resolve.Body coded = centralBodies.ofCode(raw.issuerCode(), raw.date());
                if (coded != null) issuer = issuer(coded);
            }
            CitationKind kind = member ? head.mention().kind() : ContextReader.kind(t, from, raw.start(), raw.type(), citingIsReport);
            boolean self = (ContextReader.selfMark(t, raw.start(), raw.end()) && !otherSymbol(raw, header)) || ownSymbol(raw, header);
            Span span = text.toOriginal(raw.start(), raw.end());
            Mention mention = new Mention(span, t.substring(raw.start(), raw.end()).replaceAll("\\s+", " ").strip(), kind);
            Found f = new Found(raw, issuer, self, mention, flags(raw, issuer));
            found.add(f);
            earlier.add(raw.start(), raw.end());
            if (!member) head = f;
            previousEnd = Math.max(previousEnd, raw.end());
        }
        List<List<Found>> groups = group(found);
        return groups.stream().map(g -> citation(g, header)).toList();
    }

    /** The issuer the header reads, as a citation's issuer; null without a header or issuer. */
    private IssuerReader.Issuer ownIssuer(DocumentHeader h) {
        if (h == null) return null;
        org.policygraph.resolve.Body b = reference.body(DocumentHeader.valueOf(h.issuer())).orElse(null);
        if (b != null) return issuer(b);
        org.policygraph.model.PrintedBody p = DocumentHeader.valueOf(h.printedIssuer());
        return p == null ? null : new IssuerReader.Issuer(null, p.name(), p.level(), null, p.unit());
    }

    /** A body of the reference as a mention's issuer. */
    private static IssuerReader.Issuer issuer(org.policygraph.resolve.Body b) {
        return new IssuerReader.Issuer(b.id(), b.nameVi(), b.level(), b.register(), b.unit());
    }

    /** A mention with what its context says. */
    private record Found(RawMention raw, IssuerReader.Issuer issuer, boolean self, Mention mention, List<String> flags) {
        String register() { return issuer == null ? null : issuer.register(); }
    }

    private static List<String> flags(RawMention raw, IssuerReader.Issuer issuer) {
        List<String> flags = new ArrayList<>();
        if (raw.symbolType() != null && raw.typeWord() != null && DocType.byWord(raw.typeWord()).orElse(null) != raw.symbolType()) {
            flags.add(FLAG_TYPE_CONTRADICTS_SYMBOL);
        }
        Level codeLevel = MentionIssuer.codeLevel(raw);
        if (codeLevel != null && issuer != null && issuer.level() != null && issuer.level() != codeLevel) flags.add(FLAG_ISSUER_CONTRADICTS_SYMBOL);
        return flags;
    }

    /** A mention whose symbol is not the one the header prints: an appendix heading "kèm theo" it is another document's. */
    private static boolean otherSymbol(RawMention raw, DocumentHeader header) {
        return header != null && header.symbol() != null && raw.symbol() != null
                && !symbolKey(header.symbol().value()).equals(symbolKey(raw.symbol()));
    }

    private static boolean ownSymbol(RawMention raw, DocumentHeader header) {
        if (header == null || header.symbol() == null || raw.symbol() == null) return false;
        if (!symbolKey(header.symbol().value()).equals(symbolKey(raw.symbol()))) return false;
        PartialDate own = DocumentHeader.valueOf(header.date());
        return own == null || raw.date() == null || own.equals(raw.date());
    }

    // ---- grouping mentions of one document

    private static List<List<Found>> group(List<Found> found) {
        java.util.Map<String, Found> numbered = numberedStatutes(found);
        List<Group> groups = new ArrayList<>();
        // mentions of one document share an identity: only groups of that identity are compared (linear in the mentions
        // when a text repeats one symbol), and a group's distinct registers and dates stand for its members
        java.util.Map<String, List<Group>> byIdentity = new java.util.HashMap<>();
        for (Found f : found) {
            List<Group> same = byIdentity.computeIfAbsent(identity(f, numbered), k -> new ArrayList<>());
            List<Group> fitting = same.stream().filter(g -> g.representatives.values().stream().allMatch(o -> sameDocument(o, f, numbered))).toList();
            if (fitting.size() == 1 || (fitting.size() > 1 && f.raw().form() == RawMention.Form.STATUTE)) fitting.get(0).add(f);
            else {  // fits none, or several documents of one symbol: its own
                Group g = new Group();
                g.add(f);
                groups.add(g);
                same.add(g);
            }
        }
        return groups.stream().map(g -> g.members).toList();
    }

    /** The mentions of one document, and one member for each register and date among them (what {@link #sameDocument} compares beyond identity). */
    private static final class Group {
        final List<Found> members = new ArrayList<>();
        final java.util.Map<List<Object>, Found> representatives = new java.util.LinkedHashMap<>();

        void add(Found f) {
            members.add(f);
            representatives.putIfAbsent(java.util.Arrays.asList(f.register(), f.raw().date(), f.raw().system(), f.raw().year()), f);
        }
    }

    /**
     * The statutes a text cites by name and number ("Luật Doanh nghiệp số 59/2020/QH14"), by their folded name: a
     * mention of the name alone in the same text is the same statute unless the year it prints differs.
     */
    private static java.util.Map<String, Found> numberedStatutes(List<Found> found) {
        java.util.Map<String, Found> out = new java.util.HashMap<>();
        for (Found f : found) {
            RawMention r = f.raw();
            String name = r.form() == RawMention.Form.SYMBOL && STATUTES.contains(r.type()) ? statuteName(r.title(), r.typeWord()) : null;
            if (name != null) out.putIfAbsent(name, f);
        }
        return out;
    }

    /**
     * The slug of a statute's name as its title prints it after the statute word ("Luật Đất đai" -> "dat-dai"), the
     * form a mention of the name alone is keyed by; null when the title does not open with the word.
     */
    public static String statuteName(String title, String typeWord) {
        if (title == null || typeWord == null || !title.startsWith(typeWord + " ")) return null;
        String slug = org.policygraph.text.Slugs.slug(title.substring(typeWord.length()));
        return slug.isEmpty() ? null : slug;
    }

    /** The types of statutes, which are cited by name as well as by number. */
    public static final Set<DocType> STATUTES = Set.of(DocType.LUAT, DocType.PHAP_LENH, DocType.byWord("Bộ luật").orElseThrow());

    private static boolean sameDocument(Found a, Found b, java.util.Map<String, Found> numbered) {
        RawMention x = a.raw(), y = b.raw();
        if (!Objects.equals(identity(a, numbered), identity(b, numbered))) return false;
        if (a.register() != null && b.register() != null && !a.register().equals(b.register())) return false;
        if (x.date() != null && y.date() != null && !compatible(x.date(), y.date())) {
            return x.system() == DocSystem.STATE && x.year() != null;  // the year in the symbol identifies it: a printed error
        }
        return true;
    }

    /** Two printed dates that can be one: equal where both give a part ("năm 2014" and "ngày 20 tháng 11 năm 2014"). */
    private static boolean compatible(PartialDate a, PartialDate b) {
        return Objects.equals(a.year(), b.year()) && (a.month() == null || b.month() == null || a.month().equals(b.month()))
                && (a.day() == null || b.day() == null || a.day().equals(b.day()));
    }

    /** What names the document regardless of the words around: symbol, type and number, congress, statute name. */
    private static String identity(Found f, java.util.Map<String, Found> numbered) {
        RawMention r = f.raw();
        if (r.form() == RawMention.Form.STATUTE) {
            Found n = numbered.get(org.policygraph.text.Slugs.slug(r.named().name()));
            Integer year = r.date() == null ? null : r.date().year();
            if (n != null && (year == null || year.equals(n.raw().year()))) return "s:" + symbolKey(n.raw().symbol());
        }
        String body = f.register() != null ? f.register() : f.issuer() != null ? f.issuer().name() : null;
        return switch (r.form()) {
            case SYMBOL -> "s:" + symbolKey(r.symbol());
            case BARE_NUMBER -> "n:" + r.type() + ":" + r.number().replaceFirst("^0+(?=\\d)", "");
            case CONGRESS -> "c:" + body + ":" + r.named().ordinal();
            case CONFERENCE -> "h:" + body + ":" + r.named().ordinal() + ":" + r.named().term();
            case STATUTE -> "l:" + org.policygraph.text.Slugs.slug(r.named().name());
        };
    }

    private static String symbolKey(String symbol) {
        return org.policygraph.text.Slugs.fold(symbol.replaceAll("\\s+", "")).toUpperCase(java.util.Locale.ROOT);
    }

    // ---- one citation per group

    /**
     * One citation per group; the document's own identity takes the type, date, issuer and level its header reads,
     * where its mentions do not give them.
     */
    private Citation citation(List<Found> g, DocumentHeader header) {
        boolean self = g.stream().anyMatch(Found::self);
        DocumentHeader own = self ? header : null;
        g.sort(Comparator.comparingInt(f -> f.raw().start()));
        Found first = g.get(0);
        RawMention r = first.raw();
        PartialDate date = g.stream().map(f -> f.raw().date()).filter(Objects::nonNull).findFirst()
                .orElse(own == null ? null : DocumentHeader.valueOf(own.date()));
        IssuerReader.Issuer issuer = g.stream().map(Found::issuer).filter(i -> i != null && i.name() != null).findFirst()
                .orElse(g.stream().map(Found::issuer).filter(Objects::nonNull).findFirst().orElse(ownIssuer(own)));
        String title = g.stream().map(f -> f.raw().title()).filter(Objects::nonNull).findFirst().orElse(r.named() != null ? r.named().name() : null);
        String term = g.stream().map(f -> f.raw().issuer() == null ? null : f.raw().issuer().term()).filter(Objects::nonNull).findFirst().orElse(null);
        CitationKind kind = g.stream().map(f -> f.mention().kind()).min(Comparator.naturalOrder()).orElse(CitationKind.MENTION);
        Set<String> flags = new LinkedHashSet<>();
        g.forEach(f -> flags.addAll(f.flags()));
        if (g.stream().map(f -> f.raw().date()).filter(Objects::nonNull).distinct().count() > 1) flags.add(FLAG_CONFLICTING_DATES);
        Level level = issuer != null && issuer.level() != null ? issuer.level() : MentionIssuer.codeLevel(r);
        DocType keyType = r.symbolType() != null ? r.symbolType() : r.type();
        CitationResolver.Identity id = resolver.identify(new CitationResolver.Facts(
                r.system() != null ? r.system() : systemOf(issuer), issuer == null ? null : issuer.register(), keyType, r.number(), r.year(),
                date, r.named() != null && r.named().term() != null ? r.named().term() : term, qualifier(r)));
        DocType ownType = own == null ? null : DocumentHeader.valueOf(own.type());
        return new Citation(id.key(), id.candidates(), ownType != null ? ownType : r.type(), r.typeWord(), r.symbol(), r.number(), r.year(), date,
                issuer == null ? null : issuer.bodyId(), issuer == null ? null : issuer.name(), level, title, kind,
                self, g.stream().map(Found::mention).toList(), List.copyOf(flags));
    }

    private DocSystem systemOf(IssuerReader.Issuer issuer) {
        if (issuer == null || issuer.bodyId() == null) return DocSystem.PARTY;
        return reference.body(issuer.bodyId()).map(b -> b.isParty() ? DocSystem.PARTY : DocSystem.STATE).orElse(DocSystem.PARTY);
    }

    private static String qualifier(RawMention r) {
        return switch (r.form()) {
            case CONGRESS -> "dai-hoi-" + r.named().ordinal().toLowerCase(java.util.Locale.ROOT);
            case CONFERENCE -> "hoi-nghi-" + r.named().ordinal();
            case STATUTE -> org.policygraph.text.Slugs.slug(r.named().name());
            default -> null;
        };
    }
}
