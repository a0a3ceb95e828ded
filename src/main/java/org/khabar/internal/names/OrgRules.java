package org.khabar.internal.names;

import java.util.Set;
import org.khabar.OrganizationKind;
import org.khabar.internal.lexicon.Facts;
import org.khabar.internal.lexicon.PhraseIndex;
import org.khabar.internal.text.Clitics;
import org.khabar.internal.text.LetterNames;
import org.khabar.internal.text.QuoteRegion;
import org.khabar.internal.text.Sentence;
import org.khabar.internal.text.Token;
import org.khabar.internal.text.TokenType;

/**
 * Organisation candidates in one sentence: the lexicon, designator heads with their complements,
 * descriptors before a name, corporate suffixes after one, Latin-script names and acronyms.
 * Stateless; all state is in the {@link DocContext}.
 */
final class OrgRules {
    private OrgRules() {}

    /** Longest complement of a designator head, in tokens. */
    private static final int MAX_COMPLEMENT = 6;
    /** Longest name after a descriptor, in tokens. */
    private static final int MAX_DESCRIBED = 4;

    /**
     * Heads too generic to name a body by their complement alone (الحكومة العراقية، الجيش الإسرائيلي,
     * الإدارة الأمريكية): news uses them as common nouns, so they count only through the lexicon, or in
     * LENIENT mode.
     */
    private static final Set<String> WEAK_HEADS = keys("حكومة جيش شرطة قوات إدارة قيادة رئاسة سلطة سلاح حرس جهاز"
            + " دائرة مصلحة أمانة بعثة برنامج دار مجمع مكتبة متحف مستشفى مدرسة كنيسة مركز نيابة ديوان"
            + " أبرشية مطرانية مشيخة تنظيم جماعة قيادة تحالف كتلة تيار تجمع ائتلاف غرفة منتدى موانئ خطوط");

    /**
     * Heads that stay out of the mention even before a listed definite name: وكالة الأنباء ...، حركة الجهاد
     * الإسلامي (ANERcorp train leaves حركة out before a definite name 7 times of 9).
     */
    private static final Set<String> DESCRIBING_HEADS = keys("وكالة حركة");

    /** Indefinite heads that name a body with a single complement word: جامعة القاهرة، حزب العمال. */
    private static final Set<String> SINGLE_COMPLEMENT_HEADS = keys("حزب جامعة بنك مصرف اتحاد مجلس جبهة منظمة");

    /**
     * Heads that name a company only bare, before its name (طيران الإمارات); with the article they are the
     * activity itself (الطيران الحربي، الطيران المدني، حركة الطيران), a common noun phrase in war and travel news.
     */
    private static final Set<String> ACTIVITY_HEADS = keys("طيران");

    /** Heads that take a bare proper name after them: حزب كاديما، حركة حماس، جامعة ليدز، بنك باركليز. */
    private static final Set<String> PROPER_HEADS = keys("حزب حركة جبهة جامعة بنك مصرف وكالة منظمة اتحاد كلية معهد");

    /**
     * Heads of schools named after a person as well as a place: جامعة فيكتوريا، كلية ترينيتي، معهد كارنيغي. A
     * given name after them is the namesake, not a person.
     */
    private static final Set<String> EPONYM_SCHOOLS = keys("جامعة كلية معهد");

    /**
     * Of those, the heads that are part of the body's name, as for وزارة or لجنة: حزب كاديما، جامعة ليدز،
     * منظمة أطباء بلا حدود. Annotated news agrees (ANERcorp train includes حزب 99 times of 101, منظمة 23 of
     * 23, جامعة 30 of 36; the Wojood sample every time). حركة حماس and وكالة رويترز keep the name alone:
     * there the head describes (ANERcorp leaves حركة out 18 times of 23, وكالة 9 of 12).
     */
    private static final Set<String> HEADS_IN_NAME = keys("حزب جبهة جامعة بنك مصرف منظمة اتحاد كلية معهد");

    /**
     * Descriptors whose bare Arabic complement is usually a proper name (شركة لازارد، صحيفة هآرتس). After
     * the others (متجر، مطعم، شبكة، دار ...) only a Latin, quoted, listed or suffixed name counts:
     * "شبكة الإنترنت"، "دار نشر" are common nouns.
     */
    private static final Set<String> STRONG_DESCRIPTORS = keys("شركة مجموعة بورصة منصة صحيفة جريدة مجلة قناة نادي فريق مسجد");

    /** Lower-case words that join two capitalised parts of one Latin name (not "and": Google and Apple are two). */
    private static final Set<String> LATIN_LINKS = org.khabar.internal.text.WordSet.of("of", "for", "de", "du", "des", "la", "le");

    /** Latin words that are not organisation names though capitalised or upper-case. */
    private static final Set<String> LATIN_NOT_ORG = org.khabar.internal.text.WordSet.of("usd", "eur", "gbp", "btc", "eth", "usdt", "usdc",
            "jpy", "cny", "sar", "aed", "egp", "ai", "ceo", "cfo", "ipo", "etf", "gdp", "nft", "nfts", "pdf",
            "tv", "dna", "covid", "am", "pm", "ok", "vs", "i", "a", "the", "of", "and", "mr", "mrs", "dr",
            // formats and devices, not bodies: "CD إنتاج شركة"، "حجم A4"، "( WiMax )"
            "cd", "dvd", "sms", "gps", "usb", "pc", "hiv", "aids", "vip", "a4", "wifi", "wimax", "mp3", "id", "gsm", "lcd",
            // a spreadsheet's error cell left in a pasted text: "#ERROR!"
            "error");

    private static Set<String> keys(String words) {
        java.util.HashSet<String> s = new java.util.HashSet<>();
        for (String w : words.split(" ")) {
            s.add(NameLexicons.key(w));
        }
        return org.khabar.internal.text.WordSet.copyOf(s);
    }

    static void find(DocContext c, Sentence s) {
        byte[] g = gates(c, s);
        letterAcronyms(c, s, g);
        bracketedLetters(c, s, g);
        lexiconAndDesignators(c, s, g);
        bracketedAcronym(c, s);
        suffixes(c, s, g);
        latin(c, s, g);
        executiveOf(c, s, g);
        quotedAfterTitle(c, s);
        ContextRules.find(c, s);
        quotedList(c, s);
    }

    /** Gate bits of {@link #gates}: the first test of each per-token rule, passed at that token. */
    private static final byte G_LEXICON = 1;
    private static final byte G_SUFFIX = 2;
    private static final byte G_EXECUTIVE = 4;
    private static final byte G_LETTER = 8;
    private static final byte G_OPEN = 16;
    private static final byte G_LATIN = 32;

    /**
     * For each token of the sentence (index minus its first), the rules whose first test it passes: the
     * facts, hashes and type of a token are read once here, and the rules' loops below test one byte per token
     * instead of each going through those arrays again (most tokens pass none). The tests do not depend on
     * which tokens are taken, so they stay valid while the rules take tokens.
     */
    private static byte[] gates(DocContext c, Sentence s) {
        int first = s.first();
        int end = s.end();
        byte[] g = new byte[end - first];
        boolean prevEnd = false; // token i - 1 ends an executive title (التنفيذي، العام)
        boolean prevBoard = false; // token i - 1 is إدارة after مجلس
        boolean council = false; // token i - 1 is مجلس
        org.khabar.internal.text.TokenFacts f = c.facts;
        for (int i = first; i < end; i++) {
            TokenType type = c.type(i);
            int bits = 0;
            if (type == TokenType.ARABIC) {
                // mayStartLexicon and maySuffix's first test, from the facts read once
                if (((f.stems(i) | f.keys(i)) & (Facts.DESIGNATOR | Facts.ORGANIZATION)) != 0) {
                    bits |= G_LEXICON;
                    if (((f.bare(i) | f.bareKey(i)) & Facts.DESIGNATOR) != 0 && maySuffix(c, i)) {
                        bits |= G_SUFFIX; // the bare reading is among all readings: no designator bit, no suffix
                    }
                }
                if ((prevEnd || prevBoard) && i >= first + 2) {
                    bits |= G_EXECUTIVE;
                }
                if (i + 1 < end && c.isPunct(i + 1, '.')) {
                    bits |= G_LETTER;
                }
            } else if (type == TokenType.QUOTE || type == TokenType.LATIN || type == TokenType.MIXED) {
                bits |= type == TokenType.QUOTE ? G_OPEN : G_LATIN;
            } else if (c.isPunct(i, '(')) {
                bits |= G_OPEN;
            }
            g[i - first] = (byte) bits;
            int h = f.normHash(i); // normIn and normIs below, on one read of the hash
            prevEnd = (EXECUTIVE_END_BITS >>> h & 1) != 0 && c.normIn(EXECUTIVE_ENDS, i);
            prevBoard = council && h == BOARD_HASH && c.normIs(i, BOARD);
            council = h == COUNCIL_HASH && c.normIs(i, COUNCIL_WORD);
        }
        return g;
    }

    /**
     * Quoted names listed after a quoted organisation: "« جيلي » و « X » و « Y »"، "« حماس » و « X »". A list
     * joins things of one kind, and a name alone in quotes after و, with the first item an organisation found
     * by another rule, is the next organisation (of the same kind). Function words, verbs and given names in
     * the quotes stop it ("« حماس » و « لا »" is no list of bodies).
     */
    private static void quotedList(DocContext c, Sentence s) {
        int end = s.end();
        for (int q = s.first(); q + 4 < end; q++) {
            if (c.type(q) != TokenType.QUOTE || c.taken[q + 1] != DocContext.ORG) {
                continue;
            }
            QuoteRegion r = c.doc.quoteOpenedAt(q);
            Found.Org o = c.orgOf[q + 1];
            if (r == null || o == null || o.first != q + 1 || o.end != r.lastInner() + 1) {
                continue;
            }
            int close = r.lastInner() + 1; // the closing mark
            int next = close + 2;
            if (next + 1 >= end || !c.normIs(close + 1, "و") || c.type(next) != TokenType.QUOTE) {
                continue;
            }
            QuoteRegion n = c.doc.quoteOpenedAt(next);
            if (n == null || n.lastInner() <= next || n.lastInner() - next > MAX_DESCRIBED || n.lastInner() >= end
                    || !c.free(next + 1, n.lastInner() + 1)) {
                continue;
            }
            int from = next + 1;
            int to = n.lastInner() + 1;
            boolean words = !c.lex.givenNames.containsKey(c.tok(from).norm());
            for (int k = from; k < to && words; k++) {
                // name words only: "« نعم للوحدة »" (a slogan) has a preposition on a definite word
                Clitics.Analysis d = c.tok(k).deepest();
                words = nameWord(c, k) && !c.isVerb(c.tok(k).norm()) && !(d.prep() != '\0' && d.article());
            }
            if (words) {
                add(c, from, to, c.tok(from).start(), c.tok(to - 1).end(), c.text(c.tok(from).start(), c.tok(to - 1).end()),
                        o.kind, Rules.ORG_QUOTED, true);
                q = next - 1; // the new item may start the next pair
            }
        }
    }

    /** Longest title before a quoted body, in words: رئيس مجلس إدارة « X ». */
    private static final int MAX_TITLE = 3;

    /**
     * A quoted name after an indefinite business or political title in construct: "رئيس « بروتان
     * انتيرناسيونال »"، "مدير عام « X »"، "رئيس مجلس إدارة « X »". Without the article the title is the head of a
     * genitive, and a quoted genitive is the body's name; with it ("الرئيس « أبو مازن »") the quotes hold the
     * person's nickname. Not a kunya, a given name or a place in the quotes, and only quotes, not brackets
     * ("رئيس ( سابق )" is an aside).
     */
    private static void quotedAfterTitle(DocContext c, Sentence s) {
        int end = s.end();
        for (int q = s.first() + 1; q + 2 < end; q++) {
            if (c.type(q) != TokenType.QUOTE || c.type(q - 1) != TokenType.ARABIC) {
                continue;
            }
            QuoteRegion r = c.doc.quoteOpenedAt(q);
            if (r == null || r.lastInner() <= q || r.lastInner() - q > MAX_DESCRIBED || r.lastInner() >= end
                    || !c.free(q + 1, r.lastInner() + 1)) {
                continue;
            }
            if (!constructTitle(c, q, s.first())) {
                continue;
            }
            int from = q + 1;
            int to = r.lastInner() + 1;
            boolean words = true;
            for (int k = from; k < to && words; k++) {
                Token t = c.tok(k);
                words = (t.type() == TokenType.ARABIC || t.type() == TokenType.LATIN) && !Words.STOP.contains(t.norm())
                        && !c.isVerb(t.norm());
            }
            String first = c.tok(from).norm();
            if (!words || c.lex.givenNames.containsKey(first) || Words.PARTICLES.contains(first) || c.places.match(from, to) != null
                    && c.places.match(from, to).end() == to || c.titles.match(from, to) != null
                    || to - from == 1 && c.designators.match(from, to) != null) {
                continue; // "عضو مجلس النواب « البرلمان »": a generic word glossing the body named before
            }
            quotedBody(c, from, to, OrganizationKind.OTHER);
            q = to;
        }
    }

    /** Whether an indefinite BUSINESS or POLITICAL title ends right before token q (رئيس، مدير عام، رئيس مجلس إدارة). */
    private static boolean constructTitle(DocContext c, int q, int first) {
        for (int t = Math.max(first, q - MAX_TITLE); t < q; t++) {
            PhraseIndex.Match<NameLexicons.Title> m = c.titles.match(t, q);
            if (m != null && m.end() == q && !m.head().article() && !m.head().stem().startsWith("ال")
                    && (m.value().kind().equals("BUSINESS") || m.value().kind().equals("POLITICAL"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Executive titles whose ل-complement is the body they run, as word keys: الرئيس التنفيذي لـ X، المدير العام
     * لـ X، العضو المنتدب لـ X. Not الأمين العام (a party's or a council's post, with listed bodies after it) and
     * not مدير alone ("مدير لمدة عامين").
     */
    private static final Set<String> EXECUTIVES = org.khabar.internal.text.WordSet.of(NameLexicons.key("مدير عام"), NameLexicons.key("مديرة عامة"),
            NameLexicons.key("رئيس تنفيذي"), NameLexicons.key("رئيسة تنفيذية"), NameLexicons.key("مدير تنفيذي"),
            NameLexicons.key("مديرة تنفيذية"), NameLexicons.key("عضو منتدب"), NameLexicons.key("مسؤول تنفيذي"));

    /** Last words of the executive titles, normalised: the cheap test before the title lexicon is asked. */
    private static final org.khabar.internal.text.WordSet EXECUTIVE_ENDS = org.khabar.internal.text.WordSet.of("عام", "العام", "عامه", "العامه", "تنفيذي", "التنفيذي",
            "تنفيذيه", "التنفيذيه", "منتدب", "المنتدب");

    /**
     * One bit per {@link String#hashCode} of {@link #EXECUTIVE_ENDS} modulo 64 (a shift of a long takes the low
     * six bits): a constant the compiled code holds, so the gate tests every token's hash without reading a
     * filter from memory (about one token in six passes on to the set).
     */
    private static final long EXECUTIVE_END_BITS = hashBits(EXECUTIVE_ENDS);

    private static long hashBits(Set<String> words) {
        long bits = 0;
        for (String w : words) {
            bits |= 1L << w.hashCode();
        }
        return bits;
    }

    /**
     * What an executive is chief of besides a body (الرئيس التنفيذي للعمليات، المدير العام للشؤون المالية، المدير
     * الإقليمي للمنطقة): a function or a sector, not a name. Word keys, read without the article.
     */
    private static final Set<String> FUNCTIONS = keys("شؤون عمليات مبيعات تسويق استثمار استثمارات مالية موارد"
            + " تكنولوجيا تقنية استراتيجية مخاطر ابتكار علاقات تطوير أبحاث بحوث إنتاج خدمات مشاريع منطقة فرع قطاع"
            + " إدارة شركة مجموعة مؤسسة بنك مصرف صندوق هيئة أمن اتصالات معلومات");

    /**
     * The body an executive title ties its holder to, after ل: "الرئيس التنفيذي لكيوتل"، "الرئيس المدير العام
     * للقرض العقاري والسياحي". A bare proper-shaped name of up to three words, or a definite noun with one or two
     * adjectives (and a coordinated one). Designators, descriptors and listed names were read before; a single
     * definite word ("المدير العام للشركة") and a function ("للعمليات") are no name.
     */
    private static void executiveOf(DocContext c, Sentence s, byte[] g) {
        int end = s.end();
        int first = s.first();
        for (int i = first + 2; i < end; i++) {
            // both rules start at the word before (G_EXECUTIVE: an Arabic token after a title's last word or
            // مجلس إدارة): nearly every token of a sentence stops here
            if ((g[i - first] & G_EXECUTIVE) == 0 || c.taken[i] != DocContext.FREE) {
                continue;
            }
            boolean board = c.normIs(i - 1, BOARD) && c.normIs(i - 2, COUNCIL_WORD);
            Token t = c.tok(i);
            if (t.norm().isEmpty()) {
                continue;
            }
            if (board) {
                // رئيس مجلس إدارة سيرانكو: the board of directors of a company named bare after it
                Clitics.Analysis bare = t.analyses().get(0);
                int k = c.designators.match(i, i + 1) != null || c.titles.match(i, i + 1) != null
                        || c.places.match(i, i + 1) != null || FUNCTIONS.contains(bare.key()) ? -1 : bareBody(c, i, bare, end);
                if (k > 0) {
                    k = companySuffixes(c, k, end);
                    Found.Org o = add(c, i, k, t.start(), c.tok(k - 1).end(), c.text(t.start(), c.tok(k - 1).end()),
                            OrganizationKind.COMPANY, Rules.ORG_EXECUTIVE, true);
                    shortForm(c, o);
                    i = k - 1;
                }
                continue;
            }
            if (t.norm().charAt(0) != 'ل' || !executiveTitle(c, i)) { // the title's last word passed the gate
                continue;
            }
            Clitics.Analysis lam = null;
            for (Clitics.Analysis a : t.analyses()) {
                if (a.prep() == 'ل' && a.conj() == '\0' && a.stem().length() >= 3) {
                    lam = a; // the last such reading: للقرض → ل + ال + قرض (the article kept in the name)
                }
            }
            if (lam == null || c.designators.match(i, i + 1) != null || c.titles.match(i, i + 1) != null
                    || c.places.match(i, i + 1) != null || FUNCTIONS.contains(lam.key())) {
                continue;
            }
            int k = lam.article() ? definiteBody(c, i, lam, end) : companySuffixes(c, bareBody(c, i, lam, end), end);
            if (k > 0) {
                Clitics.Analysis a = DocContext.articleKeeping(t, lam);
                int start = a.stemStart();
                int stop = c.tok(k - 1).end();
                Found.Org o = add(c, i, k, start, stop, c.nameFrom(a, start, stop),
                        lam.article() ? OrganizationKind.OTHER : OrganizationKind.COMPANY, Rules.ORG_EXECUTIVE, true);
                shortForm(c, o); // سيرانكو for سيرانكو القابضة
                i = k - 1;
            }
        }
    }

    /** مجلس and إدارة, normalised: a board of directors, before the company it directs. */
    private static final String COUNCIL_WORD = "مجلس";
    private static final String BOARD = "اداره";
    private static final int BOARD_HASH = BOARD.hashCode();

    /** The end after corporate suffixes from token k (القابضة، المحدودة), or k; -1 stays -1. */
    private static int companySuffixes(DocContext c, int k, int limit) {
        while (k > 0 && k < limit && c.taken[k] == DocContext.FREE && suffixAt(c, k, k + 1) != null) {
            k++;
        }
        return k;
    }

    /** Whether the words before token i end an executive title (الرئيس التنفيذي، المدير العام، العضو المنتدب). */
    private static boolean executiveTitle(DocContext c, int i) {
        PhraseIndex.Match<NameLexicons.Title> m = c.titles.match(i - 2, i);
        return m != null && m.end() == i && EXECUTIVES.contains(NameLexicons.key(m.value().text()));
    }

    /** End of a bare name after an executive's ل (لكيوتل، لجنرال موتورز), or -1. */
    private static int bareBody(DocContext c, int i, Clitics.Analysis lam, int limit) {
        String n = lam.stem();
        if (DocContext.hasArticle(n) || Words.STOP.contains(n) || Words.ORG_STOP.contains(n) || c.isVerb(n)
                || PURPOSE_NOUNS.contains(n) || masdarShape(n) || c.lex.givenNames.containsKey(n)
                || c.lex.adjectives.contains(lam.key()) || nisbaShape(n) || !properShape(c, i) || accusativeShape(n)) {
            return -1; // "المدير العام لتطوير ..."، "الرئيس التنفيذي لمدة": a purpose or a common word
        }
        int k = i + 1;
        while (k < limit && k - i < 3 && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.ARABIC
                && nameWord(c, k) && properShape(c, k) && !DocContext.hasArticle(c.tok(k).norm())
                && c.tok(k).norm().charAt(0) != 'و' && c.places.match(k, k + 1) == null
                && !c.lex.givenNames.containsKey(c.tok(k).norm()) && c.titles.match(k, k + 1) == null) {
            k++;
        }
        return boundary(c, k, limit) || k < limit && !c.isWord(k) ? k : -1;
    }

    /**
     * End of a definite body after an executive's لل: a noun and one or two adjectives, and at most one
     * coordinated adjective (للقرض العقاري والسياحي), or -1 when no adjective follows ("للشركة").
     */
    private static int definiteBody(DocContext c, int i, Clitics.Analysis lam, int limit) {
        String first = "ال" + lam.stem();
        if (adjective(c, first) || Words.STOP.contains(first) || Words.ORG_STOP.contains(first)) {
            return -1;
        }
        int k = i + 1;
        while (k < limit && k - i <= 2 && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.ARABIC
                && schoolAdjective(c, k)) {
            k++;
        }
        if (k == i + 1) {
            return -1;
        }
        if (k < limit && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.ARABIC) {
            Clitics.Analysis and = c.tok(k).deepest();
            if (and.conj() == 'و' && and.prep() == '\0' && and.article() && adjective(c, "ال" + and.stem())
                    && !placeNisba(c, k) && !Words.STOP.contains(and.stem())) {
                k++; // والسياحي
            }
        }
        return k;
    }

    private static void lexiconAndDesignators(DocContext c, Sentence s, byte[] g) {
        int end = s.end();
        int first = s.first();
        for (int i = first; i < end; i++) {
            if ((g[i - first] & G_LEXICON) != 0 && c.taken[i] == DocContext.FREE) { // an Arabic token, mayStartLexicon
                i = lexiconAt(c, i, end);
            }
        }
    }

    /**
     * Whether {@link #lexiconAt} may find anything at token i: each of its rules starts with a designator or a
     * listed organisation there (and the chamber and board tests with مجلس, a designator), so a token with
     * neither bit among its readings' facts is passed by (seven in eight free Arabic tokens on news) before the
     * two lexicons, the chamber and the board tests are asked.
     */
    static boolean mayStartLexicon(DocContext c, int i) {
        return c.facts.any(i, Facts.DESIGNATOR | Facts.ORGANIZATION);
    }

    /**
     * The lexicon and designator rules at token i (the loop of {@link #lexiconAndDesignators}); returns the
     * last token read, after which the loop goes on (i itself when nothing was found).
     */
    static int lexiconAt(DocContext c, int i, int end) {
        if (c.taken[i] != DocContext.FREE || c.type(i) != TokenType.ARABIC) {
            return i; // Latin runs are read whole by latin(): Bloomberg News, not Bloomberg + News
        }
        if (chamberInTitle(c, i, end)) {
            return i + 1; // "رئيس مجلس الوزراء فؤاد السنيورة": the chamber is part of the person's title, not a mention
        }
        if (boardOf(c, i, end)) {
            return i + 1; // "مجلس أمناء المعهد العربي"، "مجلس محافظي البنوك المركزية": the body is the one after its board
        }
        PhraseIndex.Match<NameLexicons.OrgForm> known = c.organizations.match(i, end);
        if (known != null && (!c.free(i, known.end()) || !acceptable(c, known, false))) {
            known = null;
        }
        PhraseIndex.Match<NameLexicons.Designator> d = c.designators.match(i, end);
        if (d != null && d.value().suffix()) {
            d = null;
        }
        if (known != null && d == null && afterMinister(c, i)) {
            known = null; // "وزيرة الخارجية الأميركية كوندوليزا رايس": the ministry's short name is her title
        }
        if (d != null && d.end() < end && c.free(d.end(), d.end() + 1)
                && (d.value().descriptor() || !(d.head().article() || d.head().stem().startsWith("ال")))) {
            // النادي الأهلي: a descriptor stays out of the name with or without its article
            // وكالة فرانس برس، حركة طالبان، قناة الجزيرة: a designator before a known name is a
            // descriptor, left out of the name as news corpora annotate it
            PhraseIndex.Match<NameLexicons.OrgForm> inner = c.organizations.match(d.end(), end);
            if (inner != null && inner.value().ambiguous() && inner.value().org().kind() == OrganizationKind.MEDIA
                    && (d.value().kind() == OrganizationKind.MEDIA || d.value().kind() == OrganizationKind.COMPANY)
                    && (d.head().article() || d.head().stem().startsWith("ال"))) {
                // "القنوات الفضائية العربية"، "القناة العربية": after a definite channel noun, an adjective;
                // "المجموعة العربية" (the Arab group at the UN), "الشركة العربية" likewise
                inner = null;
            }
            if (inner != null && inner.head().bare() && c.free(d.end(), inner.end()) && acceptable(c, inner, true)
                    && (known == null || known.end() < inner.end() || known.end() == inner.end()
                            && (d.value().descriptor() || DESCRIBING_HEADS.contains(d.value().key())))) {
                // a name listed with its head (موانئ دبي العالمية) is that name, though its tail is listed too
                if (HEADS_IN_NAME.contains(d.value().key())) {
                    // منظمة أطباء بلا حدود: the head is part of the mention, the record keeps the listed name
                    int start = DocContext.articleKeeping(c.tok(i), d.head()).stemStart();
                    add(c, i, inner.end(), start, c.tok(inner.end() - 1).end(), nameOf(c, inner),
                            inner.value().org().kind(), Rules.ORG_LEXICON, true);
                } else {
                    int to = inner.end();
                    if (to < end && c.taken[to] == DocContext.FREE && inner.value().org().kind() == OrganizationKind.MEDIA
                            && c.normIn(NEWS_WORDS, to)) {
                        to++; // وكالة رويترز للأنباء: the agency's full name, the record keeps the listed one
                    }
                    add(c, d.end(), to, inner.start(), c.tok(to - 1).end(), nameOf(c, inner),
                            inner.value().org().kind(), Rules.ORG_LEXICON, true);
                    return to - 1;
                }
                return inner.end() - 1;
            }
        }
        if (d != null && d.value().head() && known == null && d.end() < end && c.doc.quoteOpenedAt(d.end()) != null) {
            if (!quotedNameHead(d)) {
                if (TITLE_HEADS.contains(d.value().key())) {
                    // برنامج « مع نور »: the programme's title is no name, nor the person's name in it
                    QuoteRegion q = c.doc.quoteOpenedAt(d.end());
                    if (q.lastInner() > d.end() && q.lastInner() - d.end() <= MAX_DESCRIBED + 2
                            && c.free(d.end() + 1, q.lastInner() + 1)) {
                        c.take(d.end() + 1, q.lastInner() + 1, DocContext.BLOCKED);
                        return q.lastInner();
                    }
                }
            } else {
                int to = described(c, d, end); // مؤسسة "الفكر العربي"
                if (to > 0) {
                    return to - 1;
                }
            }
        }
        if (d != null && d.value().head()) {
            int ce = complement(c, i, d, end);
            if (ce == d.end() && ce < end && c.free(ce, ce + 1) && placeComplement(c, d, ce + 1)) {
                ce++; // بلدية بيرزيت: a small town's bare name, which the complement reader leaves alone
            }
            if (ce == d.end() + 1 && !c.lenient() && !(SINGLE_COMPLEMENT_HEADS.contains(d.value().key())
                    && !(d.head().article() || d.head().stem().startsWith("ال")))) {
                // وزارة السياحة، المجلس البلدي، لجنة الانضباط: a head and one word is usually a common
                // noun phrase in news; named bodies come from the lexicon or longer complements
                if (!definitePair(c, d, ce) && !placeComplement(c, d, ce) && !nationalBody(c, d, ce)) {
                    ce = d.end();
                }
            }
            if (known != null && ce > known.end() && c.tok(known.end()).deepest().prep() == 'ل'
                    && c.tok(known.end()).deepest().conj() == '\0') {
                ce = known.end(); // "مجلس الأمن للحصول على"، "الاتحاد الأوروبي للفترة": the listed name ends before ل
            }
            if (known != null && ce > known.end() && known.end() - known.first() >= 2
                    && c.tok(known.end()).deepest().conj() == 'و' && c.tok(known.end()).deepest().prep() == '\0'
                    && adjective(c, c.tok(known.end() - 1).norm())) {
                // "أن تعمل الجامعة العربية والتنسيق مع الدول": after a listed name that ends in its adjective, و
                // starts the next phrase
                ce = known.end();
            }
            if (ce > d.end() && (known == null || ce > known.end())) {
                int to = ce;
                Clitics.Analysis a = DocContext.articleKeeping(c.tok(i), d.head());
                int start = a.stemStart();
                int stop = c.tok(to - 1).end();
                add(c, i, to, start, stop, c.nameFrom(a, start, stop), d.value().kind(), Rules.ORG_HEAD, true);
                return to - 1;
            }
            if (ce == d.end() && known == null && !DocContext.hasArticle(d.head().stem()) && !d.head().article()) {
                // "للمنظمة خفض إنتاجها": لل is the article, the head is definite and names no one after it
                int to = properAfterHead(c, d, end);
                if (to > 0) {
                    return to - 1;
                }
            }
        }
        if (known != null) {
            Clitics.Analysis a = DocContext.articleKeeping(c.tok(i), known.head());
            int to = known.end();
            if (to < end && c.taken[to] == DocContext.FREE && known.value().org().kind() == OrganizationKind.MEDIA
                    && c.normIn(NEWS_WORDS, to)) {
                // "وكالة مهر للأنباء": the agency's full name; the record keeps the listed one
                add(c, i, to + 1, a.stemStart(), c.tok(to).end(), nameOf(c, known), OrganizationKind.MEDIA,
                        Rules.ORG_LEXICON, true);
                return to;
            }
            while (to < end && c.taken[to] == DocContext.FREE && suffixAt(c, to, to + 1) != null) {
                to++;
            }
            if (to > known.end()) {
                // كوين بيس غلوبال: a listed name with a corporate suffix is the longer name
                int stop = c.tok(to - 1).end();
                Found.Org o = add(c, i, to, a.stemStart(), stop, c.text(a.stemStart(), stop), known.value().org().kind(),
                        Rules.ORG_SUFFIX, true);
                shortForm(c, o);
            } else {
                add(c, i, known.end(), a.stemStart(), c.tok(known.end() - 1).end(), nameOf(c, known),
                        known.value().org().kind(), Rules.ORG_LEXICON, true);
            }
            return to - 1;
        }
        if (d != null && d.value().descriptor()) {
            int to = described(c, d, end);
            if (to > 0) {
                return to - 1;
            }
        }
        return i;
    }

    /** Fewest letters of an acronym spelled in letter names: "بي. بي" alone may be two words, three are a name. */
    private static final int MIN_LETTERS = 3;

    /**
     * Acronyms spelled with Arabic letter names and full stops: شبكة سي.إن.إن، « إتش.إس.بي.سي »، الكي. جي. بي.
     * Three letters or more, each but the last followed by a glued stop; the last may go without one, unless it
     * is a common word after a space ("بي. في" is no name, "في" is "in"). Read before the designators, so that
     * "وكالة بي. تي. إيه" is not cut to its first letter. The kind is the descriptor's before it, else OTHER.
     */
    private static void letterAcronyms(DocContext c, Sentence s, byte[] g) {
        int end = s.end();
        int first = s.first();
        for (int i = first; i + 4 < end; i++) {
            // G_LETTER: an Arabic word with a stop after it; most words have none, and their Token is not read
            if ((g[i - first] & G_LETTER) == 0 || c.taken[i] != DocContext.FREE || c.tok(i + 1).spaceBefore()) {
                continue;
            }
            Token t = c.tok(i);
            Clitics.Analysis a = null;
            for (Clitics.Analysis x : t.analyses()) {
                if (LetterNames.is(x.stem())) {
                    a = x; // سي، الكي = ال + كي، وسي = و + سي
                    break;
                }
            }
            if (a == null) {
                continue;
            }
            int letters = 1;
            int last = i;
            int k = i + 2; // the token after a stop
            while (k < end && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.ARABIC
                    && LetterNames.is(c.tok(k).norm())) {
                boolean dotted = k + 1 < end && c.isPunct(k + 1, '.') && !c.tok(k + 1).spaceBefore();
                if (!dotted && c.tok(k).spaceBefore() && LetterNames.alsoWord(c.tok(k).norm())) {
                    break; // "بي. إن الأمر": the common word, not the letter
                }
                letters++;
                last = k;
                if (!dotted) {
                    break;
                }
                k += 2;
            }
            if (letters < MIN_LETTERS) {
                i = last;
                continue;
            }
            OrganizationKind kind = OrganizationKind.OTHER;
            int p = i > 1 && c.type(i - 1) == TokenType.QUOTE ? i - 2 : i - 1; // مصرف « إتش.إس.بي.سي »
            if (p >= 0 && c.type(p) == TokenType.ARABIC) {
                PhraseIndex.Match<NameLexicons.Designator> d = c.designators.match(p, p + 1);
                if (d != null && !d.value().suffix()) {
                    kind = d.value().kind(); // شبكة، وكالة: a channel or an agency
                }
            }
            int start = DocContext.articleKeeping(t, a).stemStart();
            int stop = c.tok(last).end();
            Found.Org o = add(c, i, last + 1, start, stop, c.text(start, stop), kind, Rules.ORG_ACRONYM, true);
            if (o != null) {
                i = last;
            }
        }
    }

    /**
     * A bracketed or quoted run of letter names without stops, alone between the marks: "( أن أس أيه )"،
     * "مجموعة ( في تي جي )". Three letters or more; inside the marks the words can be nothing but the acronym.
     */
    private static void bracketedLetters(DocContext c, Sentence s, byte[] g) {
        int end = s.end();
        int first = s.first();
        for (int i = first; i + 4 < end; i++) {
            if ((g[i - first] & G_OPEN) == 0) { // a bracket or a quote mark
                continue;
            }
            boolean paren = c.isPunct(i, '(');
            int k = i + 1;
            while (k < end && k - i <= 6 && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.ARABIC
                    && LetterNames.is(c.tok(k).norm())) {
                k++;
            }
            boolean closed = k < end && (paren ? c.isPunct(k, ')') : c.type(k) == TokenType.QUOTE);
            if (k - i - 1 < MIN_LETTERS || !closed) {
                continue;
            }
            OrganizationKind kind = OrganizationKind.OTHER;
            if (i > 0 && c.type(i - 1) == TokenType.ARABIC) {
                PhraseIndex.Match<NameLexicons.Designator> d = c.designators.match(i - 1, i);
                if (d != null && !d.value().suffix()) {
                    kind = d.value().kind();
                }
            }
            int start = c.tok(i + 1).start();
            int stop = c.tok(k - 1).end();
            add(c, i + 1, k, start, stop, c.text(start, stop), kind, Rules.ORG_ACRONYM, true);
            i = k;
        }
    }

    /**
     * An Arabic acronym alone in brackets right after an organisation of two words or more: "الحزب
     * الديمقراطي الكردستاني ( حدك )"، "الهيئة العامة للاستثمار ( جافي )". The word is the body's short form,
     * linked to it. Only a word that can be nothing else: no article, function word, adjective, place, given
     * name, verb or accusative ("( سابقا )"), no feminine or plural ending ("( الحكومية )"، "( مستقلة )").
     */
    private static void bracketedAcronym(DocContext c, Sentence s) {
        int end = s.end();
        for (int i = s.first() + 1; i + 2 < end; i++) {
            if (!c.isPunct(i, '(') || c.taken[i - 1] != DocContext.ORG || c.orgOf[i - 1] == null
                    || c.orgOf[i - 1].end != i || c.orgOf[i - 1].end - c.orgOf[i - 1].first < 2
                    || !c.isPunct(i + 2, ')') || c.taken[i + 1] != DocContext.FREE) {
                continue;
            }
            Token t = c.tok(i + 1);
            String n = t.norm();
            if (t.type() != TokenType.ARABIC || n.length() < 3 || n.length() > 7 || DocContext.hasArticle(n)
                    || Words.STOP.contains(n) || Words.ORG_STOP.contains(n) || c.lex.adjectives.contains(t.key())
                    || c.places.match(i + 1, i + 2) != null || c.lex.givenNames.containsKey(n) || c.isVerb(n)
                    || c.accusative(i + 1) || accusativeShape(n) || !properShape(c, i + 1) || c.notNameShape(i + 1)
                    || c.titles.match(i + 1, i + 2) != null || c.designators.match(i + 1, i + 2) != null) {
                continue;
            }
            Found.Org prev = c.orgOf[i - 1];
            Found.Org o = add(c, i + 1, i + 2, t.start(), t.end(), c.text(t.start(), t.end()), prev.kind, Rules.ORG_ACRONYM, true);
            if (o != null) {
                prev.shortForms.add(o.name);
            }
            i += 2;
        }
    }

    /**
     * Whether a lexicon match stands: a form listed with the article must be definite in the text (القاعدة
     * the group, "قاعدة أندروز" an air base); a short form read through a proclitic (فشل = ف + شل، بابل =
     * ب + ابل) is a word, not the company; an ambiguous form (العربية، فتح) needs context.
     */
    static boolean acceptable(DocContext c, PhraseIndex.Match<NameLexicons.OrgForm> m, boolean context) {
        boolean textDefinite = m.head().article() || m.head().stem().startsWith("ال");
        if (m.value().definite() != textDefinite && !m.value().latin() && !m.listed(textDefinite)) {
            return false; // بالحماس (enthusiasm) is not حماس; الفيفا is فيفا only because both forms are listed
        }
        if (m.end() - m.first() == 1 && m.head().hasProclitic() && !m.head().article()
                && m.head().stem().length() < 4 && c.tok(m.first()).type() == TokenType.ARABIC) {
            return false;
        }
        if (!context && m.value().org().kind() == OrganizationKind.OTHER && c.placeEnd(m.first(), m.end()) == m.end()
                && !ContextRules.sports(c)) {
            return false; // "وصل الوفد إلى برشلونة": a club named like its city is the city outside sports reports
        }
        if (m.value().ambiguous() && !context) {
            QuoteRegion q = c.doc.quoteAround(m.first());
            if (q != null && q.open() == m.first() - 1 && q.lastInner() == m.end() - 1) {
                return true;
            }
            if (restated(c, m) || namedBefore(c, m)) {
                return true;
            }
            if (m.value().org().kind() == OrganizationKind.MEDIA && (interviewed(c, m) || bracketedAlone(c, m))) {
                return true;
            }
            if (m.value().org().kind() == OrganizationKind.COMPANY && m.first() > 0 && c.tok(m.first() - 1).type() == TokenType.ARABIC
                    && (c.normIn(VEHICLES, m.first() - 1) || VEHICLES.contains(c.tok(m.first() - 1).deepest().stem()))) {
                // the word itself first: سيارات is no س + يارات
                return true; // "سيارات نيسان"، "قافلة نيسان": the carmaker, not the month
            }
            if (m.value().org().kind() == OrganizationKind.COMPANY && m.head().bare() && m.first() > 0
                    && c.tok(m.first() - 1).type() == TokenType.ARABIC && (c.normIn(SHARES, m.first() - 1) || SHARES.contains(c.tok(m.first() - 1).deepest().stem()))) {
                return true; // "سهم إعمار"، "أسهم نيسان": a listed company's shares, not reconstruction or April
            }
            if (sportsClub(c, m, textDefinite)) {
                return true;
            }
            int p = m.first() - 1;
            if (p >= 0 && m.head().bare() && m.value().org().kind() != OrganizationKind.MEDIA
                    && m.value().org().kind() != OrganizationKind.COMPANY && c.type(p) == TokenType.ARABIC
                    && MEMBERS.contains(c.tok(p).deepest().stem())) {
                return true; // "زعيم القاعدة"، "عناصر فتح": a group's leader or members (a base has a commander, قائد)
            }
            if (p >= 0 && m.head().conj() == 'و' && m.head().prep() == '\0' && c.taken[p] == DocContext.ORG
                    && c.orgOf[p] != null && c.orgOf[p].end == p + 1
                    && (m.end() >= c.doc.size() || !DocContext.hasArticle(c.tok(m.end()).norm())
                            || m.value().org().kind() == OrganizationKind.OTHER && c.orgOf[p].kind == OrganizationKind.OTHER
                                    && c.lex.countryNisbas.contains(c.tok(m.end()).key()) && ContextRules.sports(c))) {
                // "أرسنال وموناكو الفرنسي": a club coordinated with a club, its country after it
                // "طالبان والقاعدة"، "حماس وفتح": coordinated with a body just named, a body too; not when an
                // adjective follows ("الصليب الأحمر والهلال الأحمر" is no football club)
                return true;
            }
            // "وقالت الجزيرة"، "قال للجزيرة": a channel or paper right after a reporting verb
            // "مراسل الجزيرة": or after a role such as مراسل، مذيع، مدير
            if (m.value().org().kind() == OrganizationKind.MEDIA && m.end() < c.doc.size()
                    && (m.head().prep() == 'ل' && c.normIn(COMPLEMENTIZERS, m.end())
                            || c.tok(m.end()).norm().equals("نت"))) {
                return true; // "قال المسؤول للجزيرة إن"، "الجزيرة نت": told a channel, or its website
            }
            return m.value().org().kind() == OrganizationKind.MEDIA && m.first() > 0
                    && (ActorRules.verbAt(c, m.first() - 1) != null && (m.head().prep() == '\0' || m.head().prep() == 'ل')
                            || m.head().bare() && occupation(c, m.first() - 1));
        }
        return true;
    }

    /**
     * Whether an ambiguous short form restates the organisation named just before it, bare or in brackets:
     * "وكالة الأنباء القطرية قنا"، "حركة المقاومة الإسلامية ( حماس )". The full name is the context the short
     * form (also a town, قنا) lacks alone.
     */
    private static boolean restated(DocContext c, PhraseIndex.Match<NameLexicons.OrgForm> m) {
        int p = m.first() - 1;
        if (p >= 0 && c.isPunct(p, '(') && m.end() < c.doc.size() && c.isPunct(m.end(), ')')) {
            p--;
        }
        if (p < 0 || c.taken[p] != DocContext.ORG || c.orgOf[p] == null || c.orgOf[p].end != p + 1) {
            return false;
        }
        return c.orgOf[p].name.equals(m.value().org().name());
    }

    /** Demonstratives before a definite noun: "هذه القاعدة" is a rule, not the group. */
    private static final Set<String> DEMONSTRATIVES = org.khabar.internal.text.WordSet.of("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين");

    /** Adjectives of a periodical's rhythm and field, after its title: الدورية، الفصلية، المتخصصة (normalised). */
    private static final Set<String> PERIODICAL = org.khabar.internal.text.WordSet.of("الدوري", "الدوريه", "الفصلي", "الفصليه", "المتخصص",
            "المتخصصه", "المحكم", "المحكمه", "الناطق", "الناطقه", "الصادر", "الصادره");

    /** صوت (voice), which opens a station's name after إذاعة: إذاعة صوت العرب. */
    private static final String VOICE = "صوت";

    /** "For news", the word that ends a news agency's name: وكالة معا للأنباء (normalised). */
    private static final Set<String> NEWS_WORDS = org.khabar.internal.text.WordSet.of("للانباء", "للاخبار");

    /** Shares of a listed company: سهم إعمار، أسهم نيسان (normalised). */
    private static final Set<String> SHARES = org.khabar.internal.text.WordSet.of("سهم", "اسهم", "سندات");

    /** Vehicles named after their maker: سيارة نيسان، مركبة كيا. */
    private static final Set<String> VEHICLES = org.khabar.internal.text.WordSet.of("سياره", "سيارات", "مركبه", "مركبات", "قافله", "شاحنه", "شاحنات");

    /** Nouns of an interview or a statement given to a channel or paper: مقابلة مع الجزيرة، تصريحات للجزيرة. */
    private static final Set<String> INTERVIEWS = org.khabar.internal.text.WordSet.of("مقابله", "مقابلات", "تصريح", "تصريحات", "حديث", "حوار",
            "لقاء", "مداخله", "اتصال");

    /**
     * Whether an ambiguous channel or paper name is the one an interview was given to: "في تصريحات للجزيرة"،
     * "في مقابلة خاصة مع الجزيرة". An island is visited, not interviewed.
     */
    private static boolean interviewed(DocContext c, PhraseIndex.Match<NameLexicons.OrgForm> m) {
        int p = m.first() - 1;
        if (m.head().prep() == 'ل' && m.head().conj() == '\0') {
            return p >= 0 && interviewNoun(c, p);
        }
        if (!m.head().bare() || p < 1 || !c.normIs(p, "مع")) {
            return false;
        }
        // مقابلة مع، مقابلة خاصة مع، مقابلة هاتفية مع
        return interviewNoun(c, p - 1) || p >= 2 && c.type(p - 1) == TokenType.ARABIC
                && !DocContext.hasArticle(c.tok(p - 1).norm()) && interviewNoun(c, p - 2);
    }

    private static boolean interviewNoun(DocContext c, int k) {
        Token t = c.tok(k);
        return t.type() == TokenType.ARABIC && (INTERVIEWS.contains(t.norm()) || INTERVIEWS.contains(t.deepest().stem()));
    }

    /**
     * Whether an ambiguous channel or paper name stands alone in brackets, as a source is credited: "( الجزيرة )"،
     * "( الراية )" at a paragraph's head or end. A common word is rarely bracketed alone.
     */
    private static boolean bracketedAlone(DocContext c, PhraseIndex.Match<NameLexicons.OrgForm> m) {
        int p = m.first() - 1;
        return p >= 0 && m.head().bare() && c.isPunct(p, '(') && m.end() < c.doc.size() && c.isPunct(m.end(), ')');
    }

    /**
     * Whether an ambiguous form names an organisation the document has already named by context: after
     * "قافلة نيسان" and "سيارات نيسان" the carmaker is "تتوقع نيسان ..." too; after "قناة الجزيرة" it is "قالت
     * الجزيرة ...". Not before a definite adjective ("الجزيرة العربية", the peninsula), not after a number or
     * before a slash, where the form is a date ("5 نيسان"، "نيسان / أبريل"), and not after شبه (شبه الجزيرة).
     */
    private static boolean namedBefore(DocContext c, PhraseIndex.Match<NameLexicons.OrgForm> m) {
        if (!c.orgNamedBefore(m.value().org().name(), m.first())) {
            return false;
        }
        int p = m.first() - 1;
        if (p >= 0 && (c.type(p) == TokenType.NUMBER || c.normIs(p, "شبه"))) {
            return false;
        }
        boolean definite = m.head().article() || m.head().stem().startsWith("ال");
        if (definite && p >= 0 && c.type(p) == TokenType.ARABIC && m.head().bare()) {
            String pn = c.tok(p).norm();
            Clitics.Analysis pd = c.tok(p).deepest();
            if (DEMONSTRATIVES.contains(pn) || !Words.STOP.contains(pn) && (pd.article() || DocContext.hasArticle(pd.stem()))) {
                return false; // "هذه القاعدة" (this rule), "الدول العربية": a demonstrative's noun or a definite noun's adjective
            }
        }
        if (m.end() < c.doc.size()) {
            Token n = c.tok(m.end());
            if (n.norm().equals("/") || n.type() == TokenType.NUMBER
                    || n.type() == TokenType.ARABIC && DocContext.hasArticle(n.norm()) && adjective(c, n.norm())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an ambiguous definite club name (الأهلي، السد، الريان، العنابي) stands for the club: in a sports
     * report match reports name clubs bare (فوز الأهلي، تأهل الريان، يجمع العربي مع الوكرة). Not after a
     * definite word, where it is that word's adjective ("المنتخب العربي"، "القطاع الأهلي"), and never outside
     * a sports document ("بناء السد"، "توقيع الاتفاق").
     */
    private static boolean sportsClub(DocContext c, PhraseIndex.Match<NameLexicons.OrgForm> m, boolean textDefinite) {
        OrganizationKind kind = m.value().org().kind();
        int p = m.first() - 1;
        if (kind == OrganizationKind.OTHER && textDefinite && m.end() - m.first() == 2 && p >= 0 && m.head().bare()
                && ContextRules.clubCue(c, p) && ContextRules.sports(c)) {
            // "التزام فريقي الجيش الملكي"، "فاز الجيش الملكي": a two-word club named like a common noun phrase
            // (the royal army) right after a club cue in a sports report
            return true;
        }
        if (kind != OrganizationKind.OTHER && kind != OrganizationKind.MEDIA || !textDefinite || m.end() - m.first() != 1
                || !ContextRules.sports(c)) {
            return false;
        }
        if (kind == OrganizationKind.MEDIA) {
            // تأهل الجزيرة، لاعب الجزيرة، أمام الجزيرة: a channel's name that is also a club's, right after a
            // match verb or a player's role; elsewhere in a sports report it is the channel ("على الجزيرة
            // الرياضية") or a common word ("النهار"، "الوطن"), which the MEDIA rules above decide
            return p >= 0 && m.head().bare() && (ContextRules.clubCue(c, p) || c.normIs(p, "امام")
                    || c.normIs(p, "ضد"));
        }
        if (p >= 0 && c.type(p) == TokenType.ARABIC && !c.normIn(Words.STOP, p)) {
            Clitics.Analysis d = c.tok(p).deepest();
            if (d.article() || DocContext.hasArticle(d.stem())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token i follows وزير or وزيرة: the ministry's short name after it (الخارجية الأميركية، الدفاع)
     * belongs to the minister's title, not a mention of the body; a name with its head (وزارة) stays a body.
     */
    private static boolean afterMinister(DocContext c, int i) {
        if (i == 0 || c.type(i - 1) != TokenType.ARABIC) {
            return false;
        }
        String st = c.tok(i - 1).deepest().stem();
        return MINISTER.contains(st) || c.normIn(MINISTER, i - 1);
    }

    private static final Set<String> MINISTER = org.khabar.internal.text.WordSet.of("وزير", "وزيره");

    /**
     * Whether token i is مجلس between رئيس and a chamber (رئيس مجلس الوزراء، رئيس مجلس النواب، رئيس مجلس الإدارة):
     * the three words are an office, the prime minister's, the speaker's or the chairman's, as رئيس الوزراء is,
     * so the council is no mention of its own. A council with a name of its own (رئيس مجلس الأمن، رئيس المجلس
     * الوطني الفلسطيني) stays a body.
     */
    private static boolean chamberInTitle(DocContext c, int i, int end) {
        // the word itself first, by the hash the facts hold: every free token of a sentence comes here, and
        // neither its text nor its neighbours need be read
        if (c.facts.normHash(i) != COUNCIL_HASH || !c.normIs(i, "مجلس") || i == 0 || i + 1 >= end
                || c.type(i - 1) != TokenType.ARABIC || c.type(i + 1) != TokenType.ARABIC) {
            return false;
        }
        return CHAIRS.contains(c.tok(i - 1).deepest().stem()) && c.normIn(CHAMBERS, i + 1);
    }

    /** The hash of مجلس, as {@link org.khabar.internal.text.TokenFacts} holds the hashes of a token's readings. */
    private static final int COUNCIL_HASH = "مجلس".hashCode();

    /** Whether a clitic reading of token i has a stem or key with this {@link String#hashCode}. */
    private static boolean readingHash(DocContext c, int i, int hash) {
        for (int k = c.facts.hashFrom(i), to = c.facts.hashTo(i); k < to; k++) {
            if (c.facts.hash(k) == hash) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CHAIRS = org.khabar.internal.text.WordSet.of("رئيس", "رئيسه");

    /**
     * Whether token i is an indefinite مجلس before the members of a board (أمناء، محافظي، مديري، إدارة): the board
     * of trustees, governors or directors of the body named after it, which is the mention ("مجلس أمناء الجامعة"
     * is no council of its own, and "مجلس أمناء" alone names no one).
     */
    private static boolean boardOf(DocContext c, int i, int end) {
        // مجلس is the deepest reading's stem, one of the reading hashes the facts hold: a test on this token
        // before its text or the next token is read
        if (!readingHash(c, i, COUNCIL_HASH) || i + 1 >= end || c.type(i + 1) != TokenType.ARABIC
                || c.type(i) != TokenType.ARABIC || !c.normIn(BOARDS, i + 1)) {
            return false;
        }
        Clitics.Analysis a = c.tok(i).deepest();
        return a.stem().equals("مجلس") && !a.article();
    }

    /** Members of a board after مجلس, normalised: trustees, governors, directors, management. */
    private static final Set<String> BOARDS = org.khabar.internal.text.WordSet.of("امناء", "محافظي", "مديري", "اداره");

    /** Councils whose chair is an office named after them: the cabinet, the lower and upper houses, a board. */
    private static final Set<String> CHAMBERS = org.khabar.internal.text.WordSet.of("الوزراء", "النواب", "الشعب", "الشوري", "الامه", "الاعيان",
            "الشيوخ", "الاداره", "اداره");

    /** Leaders and members of a group, before its ambiguous short name (زعيم القاعدة، عناصر فتح). */
    private static final Set<String> MEMBERS = org.khabar.internal.text.WordSet.of("زعيم", "زعماء", "عناصر", "مقاتلي", "مقاتلو", "قيادي", "قياديي",
            "قياديو", "انصار", "اعضاء");

    /** إن/أن after "قال ... للجزيرة": the words that open what was told. */
    private static final Set<String> COMPLEMENTIZERS = org.khabar.internal.text.WordSet.of("ان", "انه", "انها", "بان");

    /** Whether token i is an occupation title (مراسل، مذيع), not a minister who may visit an island. */
    private static boolean occupation(DocContext c, int i) {
        PhraseIndex.Match<NameLexicons.Title> t = c.titles.match(i, i + 1);
        return t != null && t.value().kind().equals("OCCUPATION");
    }

    /** A head designator before a bare proper name (حركة حماس، جامعة ليدز): the name alone, head left out. */
    private static int properAfterHead(DocContext c, PhraseIndex.Match<NameLexicons.Designator> d, int limit) {
        if (!PROPER_HEADS.contains(d.value().key())) {
            return -1;
        }
        int j = d.end();
        if (j < limit && d.value().key().equals(MOVEMENT) && MOTIONS.contains(c.tok(j).key())) {
            return -1; // "حركة دوران القمر": the moon's rotation
        }
        int k = j;
        while (k < limit && k - j < 3 && c.taken[k] == DocContext.FREE && nameWord(c, k)
                && (properShape(c, k) || k == j && nameAfterFeminine(c, d, k)) // كلية ترينيتي، جامعة هلسنكي
                && !DocContext.hasArticle(c.tok(k).norm()) && c.type(k) == TokenType.ARABIC
                && (k == j || c.tok(k).norm().charAt(0) != 'و' && !accusativeShape(c.tok(k).norm()))
                && (!c.lex.givenNames.containsKey(c.tok(k).norm()) || EPONYM_SCHOOLS.contains(d.value().key()))) {
            k++;
        }
        boolean namesake = false;
        for (int x = j; x < k; x++) {
            namesake |= c.lex.givenNames.containsKey(c.tok(x).norm());
        }
        if (namesake && k > j && k < limit && c.taken[k] == DocContext.FREE && c.normIn(Words.ORDINALS, k)) {
            k++; // جامعة فؤاد الأول: a king's regnal number belongs to the namesake
        }
        if (k == j || k - j > 3 || k - j > 2 && !namesake || !boundary(c, k, limit)) {
            return -1;
        }
        if (c.placeEnd(j, k) == k && c.places.matchBare(j, k) != null) {
            // جامعة القاهرة: a place after the head is part of the name
            int start = DocContext.articleKeeping(c.tok(d.first()), d.head()).stemStart();
            add(c, d.first(), k, start, c.tok(k - 1).end(), c.text(start, c.tok(k - 1).end()), d.value().kind(),
                    Rules.ORG_HEAD, true);
            return k;
        }
        int start = c.tok(j).start();
        int nameStop = c.tok(k - 1).end();
        OrganizationKind kind = d.value().kind();
        if (k < limit && c.taken[k] == DocContext.FREE && c.normIn(NEWS_WORDS, k)) {
            k++; // وكالة معا للأنباء: "for news" ends an agency's name and says it is one
            kind = OrganizationKind.MEDIA;
        }
        int stop = c.tok(k - 1).end();
        if (HEADS_IN_NAME.contains(d.value().key())) {
            // حزب كاديما: the head is part of the name; the bare name is its short form (a later كاديما)
            int from = DocContext.articleKeeping(c.tok(d.first()), d.head()).stemStart();
            Found.Org o = add(c, d.first(), k, from, stop, c.text(from, stop), kind, Rules.ORG_HEAD, true);
            if (o != null && !namesake) { // "فؤاد" alone is the king or another person, not his university
                o.shortForms.add(c.text(start, nameStop));
            }
            return k;
        }
        Found.Org o = add(c, j, k, start, stop, c.text(start, nameStop), kind, Rules.ORG_DESCRIPTOR, true);
        if (o != null && nameStop < stop) {
            o.shortForms.add(c.text(start, nameStop));
        }
        return k;
    }

    /**
     * A word in the accusative written without its tanween (استنكارا، تحقيقا): a final ا after a consonant, as
     * in "في جامعة بيرزيت استنكارا لـ ...". Names ending so (أمريكا، تركيا) end in يا/وا or are listed places.
     */
    private static boolean accusativeShape(String n) {
        return n.length() >= 5 && n.endsWith("ا") && "اويه".indexOf(n.charAt(n.length() - 2)) < 0; // not انتاجها (its production)
    }

    /**
     * Whether an Arabic word looks like a proper name rather than a common noun: no final ة, no
     * feminine plural ات, no nisba ending, not a place-name adjective. "حكومة وحدة"، "سلسلة غامضة".
     */
    static boolean properShape(DocContext c, int k) {
        Token t = c.tok(k);
        if (t.type() != TokenType.ARABIC) {
            return true;
        }
        String n = t.norm();
        if (c.lex.givenNames.containsKey(n)) {
            return true;
        }
        String o = c.doc.original();
        char last = o.charAt(t.end() - 1);
        return last != 'ة' && !(n.length() >= 5 && n.endsWith("ات")) && !nisbaShape(n)
                && !(n.length() >= 5 && n.endsWith("يه")) && n.length() >= 2;
    }

    /** Whether a name may end before token k: end, punctuation, a function word, an adjective, a verb. */
    private static boolean boundary(DocContext c, int k, int limit) {
        if (k >= limit) {
            return true;
        }
        Token t = c.tok(k);
        if (t.type() != TokenType.ARABIC) {
            return t.type() != TokenType.LATIN;
        }
        String n = t.norm();
        return Words.STOP.contains(n) || Words.ORG_STOP.contains(n) || DocContext.hasArticle(n) || c.isVerb(n)
                || n.charAt(0) == 'و' || c.notNameShape(k) || c.lex.adjectives.contains(t.key()) || accusativeShape(n)
                || t.deepest().prep() != '\0';
    }

    /** End (exclusive) of the complement after a head designator, or the head's end when there is none. */
    private static int complement(DocContext c, int i, PhraseIndex.Match<NameLexicons.Designator> d, int limit) {
        String headKey = d.value().key();
        boolean headDefinite = d.head().article() || d.head().stem().startsWith("ال");
        if (WEAK_HEADS.contains(headKey) && !c.lenient()) {
            if (NAMESAKE_BUILDINGS.contains(headKey) && !headDefinite && d.end() < limit && c.taken[d.end()] == DocContext.FREE
                    && c.normIn(NAMESAKE_TITLES, d.end())) {
                // مستشفى الملك فيصل، مركز الملك عبد العزيز، مكتبة الملك فهد: a ruler's name makes a weak head a
                // named place, where "مستشفى المدينة" stays a common noun
                int to = namesake(c, d.end() + 1, limit);
                if (to > 0) {
                    return to < limit && c.taken[to] == DocContext.FREE && c.normIn(RANKS, to) ? to + 1 : to;
                }
            }
            if (headDefinite && !ARMED_OR_RULING.contains(headKey)) {
                int to = formalName(c, d.end(), limit);
                if (to > 0) {
                    return to;
                }
            }
            return d.end();
        }
        if (headDefinite && ACTIVITY_HEADS.contains(headKey)) {
            return d.end(); // "الطيران الحربي الإسرائيلي"، "الطيران المدني": the activity, an air force, not a carrier
        }
        int j = d.end();
        int count = 0;
        boolean proper = false;
        boolean lastAdjective = false;
        boolean lastDefinite = headDefinite; // "المجلس التقارير": a definite noun after a definite head is no complement
        while (j < limit && count < MAX_COMPLEMENT && c.taken[j] == DocContext.FREE) {
            Token t = c.tok(j);
            if (t.type() != TokenType.ARABIC || c.accusative(j)) {
                break; // الحزب احتجاجاً: an adverbial accusative ends the name
            }
            String n = t.norm();
            String k = t.key();
            // the word lists as fact bits and hashed probes of the token (the sets the lexicons put in the table)
            long bits = c.facts.bare(j);
            if (count == 0 && !headDefinite && c.normIn(NAMESAKE_TITLES, j) && !headKey.equals("مكتب")) {
                int to = namesake(c, j + 1, limit);
                if (to > 0) {
                    if (to < limit && c.taken[to] == DocContext.FREE && c.normIn(RANKS, to)) {
                        to++; // جامعة الملك عبد الله الثاني: the ruler's regnal number belongs to the namesake
                    }
                    return to; // جامعة الملك سعود: a body named after a ruler keeps the title and the name
                }
            }
            if (count == 0 && !headDefinite && c.normIn(LOCAL_COUNCILS, j) && headKey.equals(COUNCIL) && j + 1 < limit
                    && c.taken[j + 1] == DocContext.FREE && townName(c, j + 1, limit)) {
                return j + 2; // مجلس محلي قلقيلية، مجلس بلدي صيدا: a town's council is named by the town
            }
            if (count == 1 && !headDefinite && SINGLE_COMPLEMENT_HEADS.contains(headKey)
                    && !DocContext.hasArticle(c.tok(j - 1).norm()) && DocContext.hasArticle(n) && placeNisba(c, j)) {
                // جامعة ليدز البريطانية: the country describes a foreign body named by one word (only after a head
                // that names a body with one word: "معهد X" alone would leave X to the person rules)
                break;
            }
            if (c.normIn(Words.ORG_STOP, j) || (bits & Facts.NAME_STOP) != 0 && (bits & Facts.TITLE_ADJECTIVE) == 0
                    || c.titles.matchBare(j, limit) != null && (c.facts.bareKey(j) & Facts.ADJECTIVE) == 0) {
                break; // حزب الله السيد حسن ...: a title starts the next noun phrase
            }
            boolean designator = c.designators.matchBare(j, limit) != null;
            if (count > 0 && c.normIn(OCCASION_ADJECTIVES, j)) {
                break; // "الجمعية الأفريقية المنعقدة"، "جلسة مجلس الوزراء الأسبوعية": the meeting, not the body
            }
            if (count > 0 && c.normIn(RANKS, j)) {
                // "المؤسسة المالية الأولى في قطر" (the first financial institution), "جلسة المجلس التشريعي
                // الأولى" (the first session), "جامعة القاهرة الأولى في الإقليم": an ordinal after the complement
                // ranks the body or the noun before it (a ruler's regnal number is read with his name above)
                break;
            }
            if (count == 0 && headKey.equals(MOVEMENT) && MOTIONS.contains(k)) {
                return d.end(); // "حركة المرور"، "حركة الجسيمات": motion and traffic, not a movement
            }
            if (c.normIn(AL_VERBS, j) || DocContext.hasArticle(n) && (bits & Facts.NAME_VERB) != 0 && !adjective(c, n)) {
                break; // "بوزارة الاقتصاد والتجارة ألقى كلمة": a past verb in ا (ألقى، أعلن) is no definite word
            }
            if (DocContext.hasArticle(n)) {
                boolean adjective = adjective(c, n);
                if (count > 0 && n.startsWith("الم") && n.length() >= 6 && adjective && !nisbaShape(n) && j + 1 < limit && c.normIn(PREPOSITIONS, j + 1)) {
                    break; // "لجنة الأمن والإصلاح المتفرعة من ...": a participle with its object describes the body
                }
                boolean genitive = count == 1 && !lastDefinite && WEAK_HEADS.contains(k); // مؤسسة تقنيات الإدارة, not "خطوط جوية احتمال مقاضاة الحكومة"
                if (proper || designator && !adjective && !genitive || !adjective && lastDefinite
                        || lastAdjective && adjective && n.length() >= 7 && (n.endsWith("ين") || n.endsWith("ون"))) {
                    // "الاتحاد الأوروبي المعتمدين": a plural adjective after a singular one describes the people
                    // of the phrase around the name, not the body
                    // حزب الله اللبناني، مجلس الإدارة، "وزارة السياحة الخسائر": a definite noun after a
                    // definite word starts the next phrase (names go on with adjectives: الأوراق المالية)
                    break;
                }
                lastDefinite = true;
                if (n.equals("الله")) {
                    proper = true; // حزب الله
                }
                lastAdjective = adjective;
                j++;
                count++;
                continue;
            }
            Clitics.Analysis deep = t.deepest();
            if (deep.conj() == 'و' && deep.hasProclitic() && (Words.STOP.contains(deep.stem()) || Words.ORG_STOP.contains(deep.stem())
                    || Words.STOP.contains(n.substring(1)))) {
                break; // "لمنظمة الفرانكفونية والتي"، "وزارة المالية والذي": a relative clause follows the name
            }
            boolean coordinated = deep.conj() == 'و' && deep.prep() == '\0' && deep.article();
            if (coordinated && (headDefinite && count == 1 && lastAdjective && !adjective(c, "ال" + deep.stem())
                    || deep.stem().startsWith("م") && j + 1 < limit && c.normIn(PREPOSITIONS, j + 1))) {
                // "الجبهة الداخلية والإصلاحات السياسية": a definite head and its adjective take no coordinated noun
                // (المجلس الاقتصادي والاجتماعي takes an adjective); "مجلس التعاون والمشرف على": a participle
                // with its object is the next phrase
                break;
            }
            if (count > 0 && !proper && coordinated && count < MAX_COMPLEMENT - 1
                    && c.places.match(j, limit) == null && c.titles.match(j, j + 1) == null
                    && !countryNisba(c, deep.key()) && !secondBody(c, j, limit)) {
                // لجنة الأوراق المالية والبورصة: a coordinated definite noun continues the name; a definite noun
                // right after it starts the next phrase ("المجلس الاقتصادي والاجتماعي التقرير")
                j++;
                count++;
                lastAdjective = adjective(c, "ال" + deep.stem());
                lastDefinite = true;
                continue;
            }
            if (count > 0 && !proper && deep.prep() == 'ل' && deep.conj() == '\0' && deep.article()
                    && !Words.AFTER_NAME.contains(n) && count < MAX_COMPLEMENT - 1
                    && c.organizations.match(j, limit) == null) { // "المجلس الحاكم للبنك المركزي الأوروبي": a listed body is its own mention
                // المفوضية العليا للاجئين: ل + definite complement
                j++;
                count++;
                lastAdjective = false;
                continue;
            }
            int field = count > 0 && lastAdjective && !proper && count < MAX_COMPLEMENT - 2
                    && (c.normIn(SCOPE_ADJECTIVES, j - 1) || placeNisba(c, j - 1)) ? fieldAfterLam(c, j, limit) : 0;
            if (field > 0) {
                // الرابطة الألمانية لصناعة النفط، المفوضية السامية لشؤون اللاجئين: ل + a noun in construct with a
                // definite one gives the body's field after its adjective
                j += field;
                count += field;
                lastAdjective = false;
                lastDefinite = true;
                continue;
            }
            PhraseIndex.Match<String> place = c.places.matchBare(j, limit);
            if (place != null && count == 0 && !headDefinite) {
                count += place.end() - j; // جامعة القاهرة
                j = place.end();
                int more = 0;
                while (EPONYM_SCHOOLS.contains(headKey) && more < 2 && j < limit && c.taken[j] == DocContext.FREE
                        && schoolAdjective(c, j)) {
                    // جامعة القدس المفتوحة، جامعة فلسطين التقنية: the school's kind after its town is part of the
                    // name; the country's nisba is not (جامعة ليدز البريطانية)
                    j++;
                    more++;
                }
                break;
            }
            boolean chainable = !designator || WEAK_HEADS.contains(k) && !k.equals("اداره");
            if (count == 0 && !headDefinite && !Words.STOP.contains(n) && !c.isVerb(n) && j + 1 < limit
                    && DocContext.hasArticle(c.tok(j + 1).norm()) && !c.normIn(Words.STOP, j + 1)
                    && chainable && c.titles.matchBare(j, limit) == null && !c.notNameShape(j)
                    && c.titles.matchBare(j + 1, limit) == null && !possessed(c, j) // not "مجلس إدارتها السيد ماهر"
                    && (!c.lex.adjectives.contains(k) || c.places.match(j + 1, limit) != null)) {
                // "حزب إسلامي التوجه": an indefinite adjective makes a party of some kind, no name; a place after
                // it names the town's body (مجلس محلي البيرة)
                // مكتب مراقبة الأصول الأجنبية: an indefinite noun in a genitive chain
                j++;
                count++;
                continue;
            }
            if (count == 0 && !headDefinite && j + 2 < limit && chainable && indefiniteLink(c, j, limit)
                    && indefiniteLink(c, j + 1, limit) && c.designators.matchBare(j + 1, limit) == null
                    && DocContext.hasArticle(c.tok(j + 2).norm()) && !c.normIn(Words.STOP, j + 2)
                    && c.taken[j + 1] == DocContext.FREE && c.taken[j + 2] == DocContext.FREE) {
                // هيئة سوق رأس المال: two indefinite nouns in a genitive chain, then the definite one
                j += 2;
                count += 2;
                continue;
            }
            if (count == 0 && !headDefinite && j + 1 < limit && chainable && nameWord(c, j)
                    && (properShape(c, j) || foreignNisbaShape(c, j)) // معهد ماساتشوستس، معهد ماساشوسيتسي للتكنولوجيا
                    && c.type(j + 1) == TokenType.ARABIC && c.tok(j + 1).deepest().prep() == 'ل'
                    && c.tok(j + 1).deepest().article() && c.tok(j + 1).deepest().conj() == '\0'
                    && !c.lex.givenNames.containsKey(n) && c.places.matchBare(j, j + 1) == null) {
                // معهد ماساتشوستس للتكنولوجيا: a bare name with its field after ل belongs to the body
                j++;
                count++;
                continue;
            }
            break;
        }
        return j;
    }

    /** An indefinite common noun that can link a genitive chain: no function word, verb, title, place or name. */
    private static boolean indefiniteLink(DocContext c, int j, int limit) {
        Token t = c.tok(j);
        String n = t.norm();
        // رأس is a stop word for names (على رأسهم) but links رأس المال: هيئة سوق رأس المال
        return t.type() == TokenType.ARABIC && !DocContext.hasArticle(n) && (!Words.STOP.contains(n) || n.equals("راس"))
                && !Words.ORG_STOP.contains(n) && !c.isVerb(n) && c.titles.matchBare(j, limit) == null
                && c.places.matchBare(j, limit) == null && !c.lex.givenNames.containsKey(n) && !c.notNameShape(j)
                && !c.accusative(j) && !n.endsWith("ها") && !n.endsWith("هم") // لجنة شكلها قسم: a verb or a noun with a pronoun
                && !c.lex.adjectives.contains(t.key()); // خطوط جوية احتمال: an adjective ends it
    }

    /**
     * Verbal nouns that say what a visit or a meeting at a body is for (وزارة الخارجية لبحث العلاقات، اللجنة
     * الوزارية لمناقشة الخطة): after ل they open a clause of purpose, not the body's field. Normalised forms.
     */
    private static final Set<String> PURPOSE_NOUNS = org.khabar.internal.text.WordSet.of("بحث", "مناقشه", "دراسه", "تعزيز", "اجراء", "اعاده",
            "تقديم", "متابعه", "تنفيذ", "حضور", "مشاركه", "توقيع", "اتخاذ", "استئناف", "انهاء", "حل", "تسويه",
            "مواصله", "تقييم", "استكمال", "عقد", "بدء", "وضع", "اعلان", "تسليم", "طلب", "شرح", "تبادل", "ابلاغ",
            "الاطلاع", "اطلاع", "مراجعه", "النظر", "نظر", "تمديد", "فتح", "اختيار", "انتخاب", "تشكيل", "التوصل", "توصل",
            "تحقيق", "دفع", "اصدار", "انجاز", "ضمان", "تحسين", "منع", "تجنب", "مساعده", "معالجه", "توفير", "ايجاد",
            "زياده", "خفض", "رفع", "تسهيل", "اقرار", "مواجهه");

    /**
     * Adjectives of a body's reach or rank (الوطنية، الدولي، السامية، العليا): after them ل + a field belongs
     * to the name (الهيئة الوطنية لمكافحة الفساد). After other adjectives it is what the body does next
     * ("البنك التجاري لتحقيق النجاح"); a country's or a region's nisba counts as a reach too.
     */
    private static final Set<String> SCOPE_ADJECTIVES = org.khabar.internal.text.WordSet.of("الوطني", "الوطنيه", "الدولي", "الدوليه", "العالمي",
            "العالميه", "العربي", "العربيه", "الاسلامي", "الاسلاميه", "السامي", "الساميه", "العليا", "الاعلي",
            "الاتحادي", "الاتحاديه", "الفيدرالي", "الفيدراليه", "الفدرالي", "الفدراليه", "الاقليمي", "الاقليميه",
            "القومي", "القوميه", "المركزي", "المركزيه", "العام", "العامه", "الاهلي", "الاهليه", "المستقل", "المستقله",
            "الاوروبي", "الاوروبيه", "الافريقي", "الافريقيه", "الاسيوي", "الاسيويه", "الخليجي", "الخليجيه");

    /**
     * Whether token j is ل on an indefinite noun and j + 1 the definite noun it governs, the field a body works
     * in after its adjectives: لصناعة النفط، لشؤون اللاجئين، لرصد الزلازل، لكرة القدم. Not a verbal noun of
     * purpose (لبحث العلاقات), not a listed body (its own mention), not an adjective or a function word after.
     * One more indefinite noun may link the chain (لشركات صناعة السيارات). Returns the words read, or 0.
     */
    private static int fieldAfterLam(DocContext c, int j, int limit) {
        if (j + 1 >= limit || c.taken[j + 1] != DocContext.FREE || c.type(j + 1) != TokenType.ARABIC) {
            return 0;
        }
        Clitics.Analysis deep = c.tok(j).deepest();
        if (deep.prep() != 'ل' || deep.conj() != '\0' || deep.article() || DocContext.hasArticle(deep.stem())
                || deep.stem().length() < 3 || PURPOSE_NOUNS.contains(deep.stem()) || Words.STOP.contains(deep.stem())
                || c.isVerb(deep.stem()) || c.lex.adjectives.contains(NameLexicons.key(deep.stem()))
                || c.organizations.match(j, limit) != null) {
            return 0;
        }
        int k = j + 1;
        if (!DocContext.hasArticle(c.tok(k).norm()) && k + 1 < limit && c.taken[k + 1] == DocContext.FREE
                && indefiniteLink(c, k, limit) && !c.normIn(PURPOSE_NOUNS, k)) {
            k++; // لشركات صناعة السيارات
        }
        String next = c.tok(k).norm();
        // after the indefinite noun the definite word is its genitive, never its adjective (an adjective would be
        // indefinite too): a participle-shaped noun in الم counts (لعلماء المسلمين، لمكافحة المخدرات، لشؤون المرأة)
        boolean definiteNoun = c.type(k) == TokenType.ARABIC && DocContext.hasArticle(next)
                && (!adjective(c, next) || participleNoun(c, k))
                && !Words.STOP.contains(next) && !Words.ORG_STOP.contains(next) && c.places.match(k, k + 1) == null;
        return definiteNoun ? k + 1 - j : 0;
    }

    /**
     * A definite word in الم that {@link #adjective} takes for a participle but no lexicon lists as an adjective
     * and that has no nisba ending: المسلمين، المخدرات، المرأة. After an indefinite noun in construct it is a noun.
     */
    private static boolean participleNoun(DocContext c, int k) {
        Token t = c.tok(k);
        String n = t.norm();
        return n.startsWith("الم") && !nisbaShape(n) && !c.lex.adjectives.contains(t.key())
                && !c.lex.adjectives.contains(DocContext.key(n)) && !Words.TITLE_ADJECTIVES.contains(n)
                && !Words.SUPERLATIVES.contains(n) && !OCCASION_ADJECTIVES.contains(n);
    }

    /**
     * Adjectives of an occasion, not of a body: a meeting is held (المنعقدة), planned (المزمع، المقرر), weekly
     * (الأسبوعية), extraordinary (الطارئة، الاستثنائية); a militia is armed to the teeth (المدججة). After a
     * body's name they describe the session or the fighters in the phrase around it. Normalised forms.
     */
    private static final Set<String> OCCASION_ADJECTIVES = org.khabar.internal.text.WordSet.of("المنعقد", "المنعقده", "المزمع", "المزمعه",
            "المقرر", "المقرره", "المدجج", "المدججه", "الاسبوعي", "الاسبوعيه", "الشهري", "الشهريه", "السنوي",
            "السنويه", "اليومي", "اليوميه", "الطارئ", "الطارئه", "الاستثنائي", "الاستثنائيه", "المرتقب", "المرتقبه",
            // a body's standing at the moment, not its name: جبهة الخلاص الوطني المتمردة، الحزب الوطني الحاكم،
            // حزب العمال المعارض، مجلس الوزراء الجديد
            "المتمرد", "المتمرده", "المعارض", "المعارضه", "الحاكم", "المحظور", "المحظوره", "المنحل", "المنحله",
            "الجديد", "الجديده");

    /**
     * Definite ordinals of both genders, normalised (الأولى → الاولي). Words.ORDINALS holds the masculine ones
     * that follow a king's name (فؤاد الأول); after a body's adjectives either gender is a rank, not a name.
     */
    private static final Set<String> RANKS = org.khabar.internal.text.WordSet.of("الاول", "الاولي", "الثاني", "الثانيه", "الثالث", "الثالثه",
            "الرابع", "الرابعه", "الخامس", "الخامسه", "السادس", "السادسه", "السابع", "السابعه", "الثامن", "الثامنه",
            "التاسع", "التاسعه", "العاشر", "العاشره");

    /**
     * Past verbs that begin like a definite word once the hamza is folded (ألقى → القي، التقى → التقي): after a
     * body's name they are its verb, "وزارة الاقتصاد ألقى ..." is no longer name.
     */
    private static final Set<String> AL_VERBS = org.khabar.internal.text.WordSet.of("القي", "القت", "الغي", "الغت", "التقي", "التقت", "التزم",
            "التزمت", "التحق", "التحقت", "الزم", "الزمت", "الحق", "الحقت", "الحت");

    /** The head حركة, which names a movement (حركة المقاومة) or is motion itself (حركة المرور). */
    private static final String MOVEMENT = NameLexicons.key("حركة");

    /**
     * Definite nouns that make حركة motion, traffic or trade, not a movement: حركة المرور، حركة الملاحة، حركة
     * الأسواق، حركة الجسيمات، حركة الجنود (word keys, read without the article).
     */
    private static final Set<String> MOTIONS = keys("المرور السير الطيران الملاحة التجارة التداول الأسواق السوق"
            + " الأسعار البيع الشراء النقل الشحن الجسيمات الجزيئات الجنود القوات الآليات الأموال السفن الشاحنات السيارات"
            + " الركاب المسافرين الاستثمار الاستثمارات الرياح الأرض القمر الشمس الكواكب النجوم الدوران الأجسام المياه"
            + " الهجرة النزوح اللاجئين الحجاج الزوار السياح البضائع السلع الصادرات الواردات الاتصال الاتصالات البناء"
            + " العمران النشر الترجمة التأليف الأسهم الإنتاج الجسم اليد اليدين العين القطارات الطائرات");

    /** Prepositions written apart, after a participle that describes a body: المتفرعة من، المسؤولة عن. */
    private static final Set<String> PREPOSITIONS = org.khabar.internal.text.WordSet.of("من", "عن", "علي", "الي", "في");

    /**
     * Weak heads that are a state's government or armed forces (الحكومة الاتحادية، القوات الدولية): with any
     * adjective they stay common nouns in news, so {@link #formalName} leaves them alone.
     */
    private static final Set<String> ARMED_OR_RULING = keys("حكومة جيش شرطة قوات سلاح حرس رئاسة سلطة جهاز");

    /**
     * End of a weak definite head's formal name, or -1: one or two definite adjectives of which one gives the
     * body's reach (الوطنية، المركزية، العامة، الموحدة after it), then its field after ل, a definite noun or a
     * noun in construct with one, and at most one coordinated definite noun: البرنامج الوطني للإيدز، الدائرة
     * المركزية للتنظيم والبناء، القيادة الوطنية الموحدة للانتفاضة. With no reach ("المركز الجهوي لـ"), or with
     * a verbal noun of purpose after ل ("الإدارة العامة لتعزيز ...") the head stays a common noun.
     */
    private static int formalName(DocContext c, int j, int limit) {
        int k = j;
        boolean reach = false;
        while (k < limit && k - j < 2 && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.ARABIC) {
            String n = c.tok(k).norm();
            if (!DocContext.hasArticle(n) || !adjective(c, n) || placeNisba(c, k) || OCCASION_ADJECTIVES.contains(n)
                    || RANKS.contains(n) || Words.STOP.contains(n) && !Words.TITLE_ADJECTIVES.contains(n) // العامة
                    || Words.ORG_STOP.contains(n) || c.isVerb(n)) {
                break;
            }
            reach |= SCOPE_ADJECTIVES.contains(n);
            k++;
        }
        if (!reach || k >= limit || c.taken[k] != DocContext.FREE || c.type(k) != TokenType.ARABIC
                || c.organizations.match(k, limit) != null) {
            return -1;
        }
        Clitics.Analysis deep = c.tok(k).deepest();
        int to;
        if (deep.prep() == 'ل' && deep.conj() == '\0' && deep.article() && !c.normIn(Words.AFTER_NAME, k)
                && !Words.STOP.contains(deep.stem()) && !adjective(c, c.tok(k).norm())) {
            to = k + 1; // للانتفاضة، للإيدز
        } else {
            int field = fieldAfterLam(c, k, limit); // لشؤون اللاجئين
            if (field == 0) {
                return -1;
            }
            to = k + field;
        }
        int adjectives = 0;
        while (to < limit && adjectives < 2 && c.taken[to] == DocContext.FREE && c.type(to) == TokenType.ARABIC
                && schoolAdjective(c, to)) {
            to++; // للدراسات القضائية، للأوراق المالية، للقوات المسلحة
            adjectives++;
        }
        if (to < limit && c.taken[to] == DocContext.FREE && c.type(to) == TokenType.ARABIC) {
            Clitics.Analysis and = c.tok(to).deepest();
            if (and.conj() == 'و' && and.prep() == '\0' && and.article() && !Words.STOP.contains(and.stem())
                    && c.organizations.match(to, limit) == null && !secondBody(c, to, limit)) {
                to++; // للتنظيم والبناء
            }
        }
        return to;
    }

    /**
     * Weak heads of buildings and their institutions that are named after a ruler: مستشفى، مدرسة، مركز، مكتبة،
     * متحف، مجمع، مسجد-like places. Not حكومة، جيش، قوات: "حكومة الملك" is the king's government.
     */
    private static final Set<String> NAMESAKE_BUILDINGS = keys("مستشفى مدرسة مركز مكتبة متحف مجمع برنامج");

    /** Titles of rulers and clerics that bodies are named after: جامعة الملك سعود، مؤسسة الأمير سلطان. */
    private static final Set<String> NAMESAKE_TITLES = org.khabar.internal.text.WordSet.of("الملك", "الملكه", "السلطان", "الامير", "الاميره",
            "الشيخ", "الامام");

    /**
     * End of the ruler's name after a namesake title (الملك فهد، السلطان قابوس، الأمير عبد الله بن عبد العزيز is
     * cut after عبد الله), or -1 when no bare name follows ("جامعة الملك تقرر" is no name).
     */
    private static int namesake(DocContext c, int j, int limit) {
        if (j >= limit || c.taken[j] != DocContext.FREE || c.type(j) != TokenType.ARABIC) {
            return -1;
        }
        String n = c.tok(j).norm();
        if (Words.PARTICLES.contains(n) && j + 1 < limit && c.taken[j + 1] == DocContext.FREE
                && c.type(j + 1) == TokenType.ARABIC) {
            return j + 2; // عبد العزيز
        }
        if (DocContext.hasArticle(n) || !nameWord(c, j) || !c.lex.givenNames.containsKey(n) && !properShape(c, j)) {
            return -1;
        }
        if (j + 1 < limit && c.type(j + 1) == TokenType.ARABIC && nameWord(c, j + 1)
                && !DocContext.hasArticle(c.tok(j + 1).norm()) && properShape(c, j + 1) && !boundary(c, j + 1, limit)) {
            return -1; // "مكتب الشيخ محمد يزبك": a living person's full name, not a namesake
        }
        return j + 1;
    }

    /**
     * Whether a coordinated word starts a second body rather than continuing the first: a listed organisation
     * (الاتحاد القاري والفيفا) or a designator with its own complement (جامعة الدول العربية والمنظمة العالمية ...،
     * منظمة التحرير الفلسطينية والحكومة الإسرائيلية). "لجنة الأوراق المالية والبورصة" ends on its designator.
     */
    private static boolean secondBody(DocContext c, int j, int limit) {
        PhraseIndex.Match<NameLexicons.OrgForm> known = c.organizations.match(j, limit);
        if (known != null && acceptable(c, known, true)) {
            return true;
        }
        PhraseIndex.Match<NameLexicons.Designator> d = c.designators.match(j, j + 1);
        if (d != null && d.value().head() && !d.value().descriptor() && !d.value().suffix()
                && d.value().kind() != OrganizationKind.MEDIA) { // هيئة الإذاعة والتلفزيون is one body
            return true; // "مؤسسة التمويل الدولية والهيئة": a second body's head, even without a complement
        }
        return d != null && j + 1 < limit && c.type(j + 1) == TokenType.ARABIC
                && DocContext.hasArticle(c.tok(j + 1).norm()) && !c.normIn(Words.ORG_STOP, j + 1);
    }

    /** A definite adjective: a listed one, a nisba, a participle in الم, a superlative (العليا). */
    static boolean adjective(DocContext c, String n) {
        return c.lex.adjectives.contains(DocContext.key(n)) || Words.TITLE_ADJECTIVES.contains(n) || nisbaShape(n)
                || n.startsWith("الم") && n.length() >= 6 || Words.SUPERLATIVES.contains(n);
    }

    /**
     * A bare word ending in ي that no lexicon knows as an adjective or a place's nisba: a foreign name's
     * spelling (ماساشوسيتسي، هلسنكي) rather than an Arab nisba (معهد عربي، معهد وطني are listed).
     */
    private static boolean foreignNisbaShape(DocContext c, int k) {
        Token t = c.tok(k);
        String n = t.norm();
        return t.type() == TokenType.ARABIC && !DocContext.hasArticle(n) && n.length() >= 6 && n.endsWith("ي")
                && !c.lex.adjectives.contains(t.key()) && !c.lex.placeNisbas.contains(t.key()) && t.analyses().size() == 1;
    }

    /** A word shaped like a nisba adjective: الاستشارية، التشريعي. */
    private static boolean nisbaShape(String n) {
        return n.length() >= 5 && (n.endsWith("ي") || n.endsWith("يه"));
    }

    /**
     * A definite listed or nisba-shaped adjective that is no place nisba, no occasion and no rank: the kind of
     * school after its town (المفتوحة، التقنية، الأهلية، الجامعية), not "البريطانية" nor "الأولى"; the field's
     * adjective in a formal name (للأوراق المالية).
     */
    private static boolean schoolAdjective(DocContext c, int k) {
        Token t = c.tok(k);
        String n = t.norm();
        return t.type() == TokenType.ARABIC && DocContext.hasArticle(n) && !placeNisba(c, k)
                && (c.lex.adjectives.contains(t.key()) || nisbaShape(n)) && !OCCASION_ADJECTIVES.contains(n)
                && !RANKS.contains(n) && !Words.STOP.contains(n) && !Words.ORG_STOP.contains(n);
    }

    /** Whether token k is a definite place nisba (البريطانية، القاهرية), read with or without its article. */
    static boolean placeNisba(DocContext c, int k) {
        String key = c.tok(k).key();
        return c.lex.placeNisbas.contains(key) || c.lex.placeNisbas.contains(DocContext.key(key));
    }

    /** A country or city nisba (الإنجليزي، اللبناني) as listed in places.tsv. */
    private static boolean countryNisba(DocContext c, String key) {
        return c.lex.placeNisbas.contains(key);
    }

    /** The canonical name, unless the text wrote the name in the other script: CNBC stays CNBC. */
    static String nameOf(DocContext c, PhraseIndex.Match<NameLexicons.OrgForm> m) {
        String canonical = m.value().org().name();
        boolean textLatin = c.tok(m.first()).type() != TokenType.ARABIC;
        boolean canonicalLatin = !canonical.isEmpty() && canonical.charAt(0) < 0x0600;
        if (textLatin != canonicalLatin) {
            return c.text(m.start(), c.tok(m.end() - 1).end());
        }
        return canonical;
    }

    /** A bare word that may be part of a proper name: not a function word, verb, title or adjective. */
    static boolean nameWord(DocContext c, int j) {
        Token t = c.tok(j);
        if (t.type() == TokenType.LATIN) {
            return true;
        }
        if (t.type() != TokenType.ARABIC) {
            return false;
        }
        // the word lists as the token's fact bits (exact: the lexicons put these very sets in the table), a
        // few bit tests instead of five set probes hashing the token's strings
        long bare = c.facts.bare(j);
        long key = c.facts.bareKey(j);
        if (c.notNameShape(j) || (c.facts.stems(j) & Facts.NAME_VERB) != 0 && c.isVerb(t.deepest().stem())) {
            return false; // وقالت سنترفيو بارتنرز: the verb is not part of the name
        }
        return t.norm().length() >= 2 && (bare & (Facts.NAME_STOP | Facts.NAME_VERB | Facts.TITLE_ADJECTIVE)) == 0
                && !c.normIn(Words.ORG_STOP, j) && (key & Facts.ADJECTIVE) == 0
                && !((key & Facts.NOT_NAME) != 0 && !c.isPlaceWord(j, j + 1));
    }

    /**
     * Definite heads that name one body with a single adjective: البنك التجاري، المنظمة الدولية (the United
     * Nations, as news refers back to it)، الاتحاد الدولي. Not مجلس، لجنة، حزب: "المجلس البلدي"، "الحزب
     * الحاكم" are descriptions (ANERcorp train tags definite بنك + adjective 25 times of 33, منظمة 13 of 14,
     * مجلس 4 of 36, حزب 0 of 7).
     */
    private static final Set<String> DEFINITE_PAIR_HEADS = keys("بنك مصرف منظمة اتحاد");

    /**
     * Heads that name a body by a place alone and are no common noun with one: بلدية نابلس (the town's
     * council), جامعة القاهرة, تلفزيون دبي، راديو سوا (a station). Not مركز، مكتب، دار: "مركز المدينة" is the town centre, "مكتب غزة" a branch.
     */
    private static final Set<String> PLACE_HEADS = keys("بلدية تلفزيون راديو");

    /** The head مجلس, and the indefinite adjectives that make it a town's council (محلي، بلدي، قروي). */
    private static final String COUNCIL = NameLexicons.key("مجلس");
    private static final Set<String> LOCAL_COUNCILS = org.khabar.internal.text.WordSet.of("محلي", "بلدي", "قروي");

    /**
     * Whether token k is a town's one-word name after a local council: a listed place, or a bare name-shaped
     * word that is no given name, title or adjective, followed by a phrase boundary ("مجلس بلدي منتخب" has an
     * adjective, "مجلس محلي جديد" too).
     */
    private static boolean townName(DocContext c, int k, int limit) {
        PhraseIndex.Match<String> place = c.places.matchBare(k, k + 1);
        if (place != null) {
            return true;
        }
        Token t = c.tok(k);
        return t.type() == TokenType.ARABIC && !DocContext.hasArticle(t.norm()) && t.norm().charAt(0) != 'و'
                && nameWord(c, k) && properShape(c, k) && !c.lex.givenNames.containsKey(t.norm())
                && c.titles.match(k, k + 1) == null && !c.accusative(k) && !COMMON_AFTER_DESCRIPTOR.contains(t.norm())
                && (k + 1 >= limit || !c.isWord(k + 1) || c.normIn(Words.STOP, k + 1)
                        || c.type(k + 1) == TokenType.NUMBER);
    }

    /** Whether an indefinite head from PLACE_HEADS takes exactly one place name: بلدية بيرزيت. */
    private static boolean placeComplement(DocContext c, PhraseIndex.Match<NameLexicons.Designator> d, int ce) {
        if (d.head().article() || d.head().stem().startsWith("ال") || !PLACE_HEADS.contains(d.value().key())) {
            return false;
        }
        PhraseIndex.Match<String> place = c.places.matchBare(d.end(), ce);
        if (place != null && place.end() == ce) {
            return true;
        }
        // بلدية بيرزيت: a town too small for the lexicon, one bare name-shaped word; not the adjective "municipal"
        // after a plural ("انتخابات بلدية مبكرة"، "مجالس بلدية منتخبة": the word after is feminine, and the
        // noun before is a plural)
        int j = d.end();
        int p = d.first() - 1;
        return ce == j + 1 && d.end() == d.first() + 1 && c.type(j) == TokenType.ARABIC
                && c.tok(j).norm().charAt(0) != 'و' && !DocContext.hasArticle(c.tok(j).norm())
                && nameWord(c, j) && properShape(c, j) && !c.lex.givenNames.containsKey(c.tok(j).norm())
                && c.titles.match(j, j + 1) == null && !c.accusative(j)
                && (ce >= c.doc.size() || !c.isWord(ce) || c.normIn(Words.STOP, ce) || c.type(ce) == TokenType.NUMBER
                        || plainNounAfter(c, ce))
                && !(p >= 0 && c.type(p) == TokenType.ARABIC
                        && (c.tok(p).norm().endsWith("ات") || c.tok(p).deepest().stem().equals("مجالس")));
    }

    /**
     * Whether token k is an indefinite masculine noun that starts the next phrase ("محضر اجتماع بلدية بيرزيت رقم
     * 92"): no article, no final ة, no adjective or given name. After "انتخابات بلدية مبكرة" the word agrees with
     * بلدية as its adjective and ends in ة.
     */
    private static boolean plainNounAfter(DocContext c, int k) {
        Token t = c.tok(k);
        return t.type() == TokenType.ARABIC && !DocContext.hasArticle(t.norm()) && c.doc.original().charAt(t.end() - 1) != 'ة'
                && !c.lex.adjectives.contains(t.key()) && !c.lex.givenNames.containsKey(t.norm()) && !nisbaShape(t.norm());
    }

    /**
     * Whether a two-word head (وكالة أنباء، غرفة تجارة، هيئة إذاعة) and the one word after it name a country's or
     * a town's body: the word is a place nisba or a place name (وكالة الأنباء الفرنسية، غرفة تجارة دبي). The
     * two-word head already says what the body is, so the place alone names it, where "وزارة السياحة" (a
     * one-word head and one word) stays a common noun phrase; الخطوط الجوية البريطانية is the British carrier.
     */
    private static boolean nationalBody(DocContext c, PhraseIndex.Match<NameLexicons.Designator> d, int ce) {
        if (d.end() - d.first() < 2 || ce != d.end() + 1 || WEAK_HEADS.contains(d.value().key())) {
            return false;
        }
        int j = d.end();
        if (DocContext.hasArticle(c.tok(j).norm())) {
            return placeNisba(c, j) && !c.normIn(FORMER_STATES, j);
        }
        PhraseIndex.Match<String> place = c.places.matchBare(j, ce);
        return place != null && place.end() == ce && !c.definitePlaceName(j);
    }

    /** الاتحاد السوفييتي: the union is a former state, in every spelling (places.tsv lists two of them). */
    private static final Set<String> FORMER_STATES = org.khabar.internal.text.WordSet.of("السوفييتي", "السوفيتي", "السوفياتي");

    /**
     * Whether a definite head and the one word after it name a body: the word is a definite adjective, not a
     * country's nisba ("الاتحاد الكويتي" is a country's federation, a description; "الاتحاد السوفياتي" is a
     * listed country), not a participle in الم ("البنك المركزي" is listed; "المنظمة المذكورة" refers back)
     * and no place or organisation lexicon entry claims the pair.
     */
    private static boolean definitePair(DocContext c, PhraseIndex.Match<NameLexicons.Designator> d, int ce) {
        if (!(d.head().article() || d.head().stem().startsWith("ال")) || d.end() != d.first() + 1
                || !DEFINITE_PAIR_HEADS.contains(d.value().key())) {
            return false;
        }
        int j = d.end();
        Token t = c.tok(j);
        String n = t.norm();
        // the adjective agrees with the head: "نظام البنك الأساسي" fits, "متطلبات البنك الرأسمالية" describes
        // the requirements (a feminine adjective after a masculine head)
        boolean feminineHead = c.doc.original().charAt(c.tok(d.first()).end() - 1) == 'ة';
        boolean feminineWord = c.doc.original().charAt(t.end() - 1) == 'ة';
        return feminineHead == feminineWord && DocContext.hasArticle(n) && nisbaShape(n) && !placeNisba(c, j)
                && !n.startsWith("الم") && !FORMER_STATES.contains(n)
                && c.places.match(d.first(), ce) == null && !Words.ORG_STOP.contains(n) && !Words.STOP.contains(n);
    }

    /**
     * Heads whose quoted complement is a title, not a body: برنامج « نجم الخليج » is a television programme,
     * برنامج « النفط مقابل الغذاء » a scheme.
     */
    private static final Set<String> TITLE_HEADS = keys("برنامج");

    /**
     * Whether a head designator names the body in the quotes after it: not a programme (TITLE_HEADS), and not
     * a definite weak head, which is a common noun before a quoted phrase ("بنشر هذه القوات « فورا ودون
     * شروط »"), where "جيش « المهدي »" without the article names the militia.
     */
    private static boolean quotedNameHead(PhraseIndex.Match<NameLexicons.Designator> d) {
        String k = d.value().key();
        return !TITLE_HEADS.contains(k)
                && !(WEAK_HEADS.contains(k) && (d.head().article() || d.head().stem().startsWith("ال")));
    }

    /**
     * After a definite descriptor a quotation may follow rather than a name: إن الشركة " تركز على بناء
     * منتجات آمنة " quotes what the company does. A quoted run with a preposition or pronoun in it
     * (Words.STOP) is taken for such a clause; an indefinite descriptor (شركة " ... ") still names.
     */
    private static boolean quotedClauseAfterDefinite(DocContext c, PhraseIndex.Match<NameLexicons.Designator> d,
            int from, int to) {
        if (!(d.head().article() || d.head().stem().startsWith("ال"))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (c.normIn(Words.STOP, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body named by quoted tokens [from, to): the lexicon's when the words are a listed organisation,
     * else a quoted name of the given kind (with its short form).
     */
    private static void quotedBody(DocContext c, int from, int to, OrganizationKind kind) {
        PhraseIndex.Match<NameLexicons.OrgForm> known = c.organizations.match(from, to);
        if (known != null && known.end() == to) {
            add(c, from, to, known.start(), c.tok(to - 1).end(), nameOf(c, known), known.value().org().kind(),
                    Rules.ORG_LEXICON, true);
        } else {
            Found.Org o = add(c, from, to, c.tok(from).start(), c.tok(to - 1).end(),
                    c.text(c.tok(from).start(), c.tok(to - 1).end()), kind, Rules.ORG_QUOTED, true);
            shortForm(c, o);
        }
    }

    /** A descriptor (شركة، صحيفة ...) and the name after it; returns the end token or -1. */
    private static int described(DocContext c, PhraseIndex.Match<NameLexicons.Designator> d, int limit) {
        int j = d.end();
        if (j >= limit || c.taken[j] != DocContext.FREE) {
            return -1;
        }
        OrganizationKind kind = d.value().kind();
        if (c.normIs(j, "ال") && j + 1 < limit && c.doc.quoteOpenedAt(j + 1) != null) {
            j++; // مجلة الـ " تايم ": the article written alone before the quoted title is no name
        }
        if (kind == OrganizationKind.MEDIA && c.normIs(j, VOICE) && j + 1 < limit && c.taken[j + 1] == DocContext.FREE) {
            // إذاعة صوت فلسطين، إذاعة صوت أمريكا: "the voice of" a country or a people names a station
            // the station's full name keeps its descriptor in the text (إذاعة صوت فلسطين), the record leaves it out
            int pe = c.placeEnd(j + 1, limit);
            if (pe > j + 1 && c.free(j + 1, pe)) {
                int from = DocContext.articleKeeping(c.tok(d.first()), d.head()).stemStart();
                Found.Org o = add(c, d.first(), pe, from, c.tok(pe - 1).end(), c.text(c.tok(j).start(), c.tok(pe - 1).end()),
                        kind, Rules.ORG_DESCRIPTOR, true);
                if (o != null) {
                    o.shortForms.add(o.name);
                }
                return o == null ? -1 : pe;
            }
        }
        QuoteRegion q = c.doc.quoteOpenedAt(j);
        if (q != null && q.lastInner() > j && q.lastInner() - j <= MAX_DESCRIBED + 2 && q.lastInner() < limit
                && c.free(j, q.lastInner() + 1) && c.isWord(j + 1)
                && (c.tok(q.lastInner()).isWord() || c.tok(q.lastInner()).type() == TokenType.NUMBER)
                && !quotedClauseAfterDefinite(c, d, j + 1, q.lastInner() + 1)) {
            // the quoted name starts and ends with a word: "للسلطة « ." or "شركة « سي ." (an unclosed quote
            // running into the sentence's end) name nothing
            int from = j + 1;
            int to = q.lastInner() + 1;
            quotedBody(c, from, to, kind);
            return to;
        }
        PhraseIndex.Match<NameLexicons.OrgForm> known = c.organizations.matchBare(j, limit);
        if (known != null && known.value().ambiguous() && known.value().org().kind() == OrganizationKind.MEDIA
                && (kind == OrganizationKind.MEDIA || kind == OrganizationKind.COMPANY)
                && (d.head().article() || d.head().stem().startsWith("ال"))) {
            known = null; // "القنوات الفضائية العربية"، "المجموعة العربية": after a definite noun, an adjective
        }
        if (known != null && c.free(j, known.end()) && acceptable(c, known, true)) {
            add(c, j, known.end(), c.tok(j).start(), c.tok(known.end() - 1).end(), nameOf(c, known),
                    known.value().org().kind(), Rules.ORG_LEXICON, true);
            return known.end();
        }
        if (ContextRules.afterTeamNoun(c, d, j, limit)) {
            return c.orgOf[j].end;
        }
        if (d.first() > 0 && c.tok(d.first() - 1).type() == TokenType.NUMBER) {
            return -1; // "أسعار أسهم 32 شركة ارتفاعا": a counted noun is followed by no name
        }
        boolean media = kind == OrganizationKind.MEDIA;
        // "الفريق سيشارك"، "الشركة مكاسب"، "الصحيفة الإسرائيلية": after a definite descriptor (the team, the
        // company) the text goes on with a verb or an adjective; a name there was found above (lexicon, quotes)
        boolean strong = STRONG_DESCRIPTORS.contains(d.value().key())
                && !(d.head().article() || d.head().stem().startsWith("ال"));
        int k = j;
        int definite = 0;
        while (k < limit && k - j < MAX_DESCRIBED && c.taken[k] == DocContext.FREE) {
            Token t = c.tok(k);
            if (t.type() == TokenType.LATIN || t.type() == TokenType.NUMBER && k + 1 < limit && c.isWord(k + 1)
                    && !c.normIn(Words.STOP, k + 1)) { // "جريدة فلسطين 10 تموز": a date, not part of the name
                k++;
                continue;
            }
            if (t.type() != TokenType.ARABIC) {
                break;
            }
            String n = t.norm();
            // the word lists as fact bits of the token (the lexicons put these very sets in the table)
            long bits = c.facts.bare(k);
            boolean given = (bits & Facts.GIVEN_NAME) != 0;
            PhraseIndex.Match<NameLexicons.Designator> suf = k > j ? suffixAt(c, k, limit) : null;
            if (suf != null) {
                k = suf.end(); // أفينو كابيتال: the suffix ends the name
                while (suffixAt(c, k, limit) != null) {
                    k++;
                }
                break;
            }
            if (k == j && COMMON_AFTER_DESCRIPTOR.contains(n) && c.organizations.matchBare(k, limit) == null) {
                break; // "فريق خطير"، "مسجد رائع"، "شركة كبرى"، "فريق عمل": the noun described, no name after it
            }
            if (k == j && TRADE_DESCRIPTORS.contains(d.value().key()) && masdarShape(n) && !given && c.organizations.matchBare(k, limit) == null) {
                break; // "شركة تسويق"، "شركة تأمين"، "شركة استثمار": the company's trade, not its name
            }
            if (k > j && imperfectAfterName(c, k)) {
                break; // "شركة نوفاتيك تعاني من خسائر": the company's verb follows its name
            }
            if (k == j && given && !c.lex.ambiguousNames.contains(n)
                    && c.organizations.matchBare(k, limit) == null && !media) {
                break; // الفريق سامر كرم: a rank before a person, not a team
            }
            if (k > j && given && !c.lex.ambiguousNames.contains(n)
                    && k + 1 < limit && c.type(k + 1) == TokenType.ARABIC) {
                break; // رئيس شركة فايس براد كارب: a given name starts the person after the company
            }
            boolean mediaTitle = media && DocContext.hasArticle(n) && n.length() >= 4 && (bits & Facts.NAME_STOP) == 0
                    && !c.normIn(Words.ORG_STOP, k); // "مجلة الـ « تايم »": the article alone is no title
            if ((c.facts.stems(k) & Facts.NAME_STOP) != 0 && Words.STOP.contains(t.deepest().stem()) || k == j && possessed(c, k)) {
                break; // "فريق وذلك"، "فريق عملها"، "مجموعة حواراته": a function word, or a noun someone owns
            }
            if (!nameWord(c, k) && !mediaTitle || k > j && t.deepest().conj() == 'و' && !given) {
                break; // قناة الشرقية: a newspaper or channel may be named by an adjective
            }
            if (!strong || !properShape(c, k) && !(media && DocContext.hasArticle(n)) && !nameAfterFeminine(c, d, k)) {
                break;
            }
            if (k > j && n.length() >= 4 && n.endsWith("ا") && "اوي".indexOf(n.charAt(n.length() - 2)) < 0) {
                break; // "مجلة نيوزويك تحقيقا": an accusative object follows the name
            }
            if (k > j && media && DocContext.hasArticle(n) && placeNisba(c, k)) {
                break; // صحيفة بيلد الألمانية، مجلة X القاهرية: the paper's country or town describes it
            }
            if (k > j && media && DocContext.hasArticle(n) && !DocContext.hasArticle(c.tok(k - 1).norm()) && adjective(c, n)
                    && c.doc.original().charAt(t.end() - 1) == 'ة' && c.doc.original().charAt(c.tok(d.end() - 1).end() - 1) == 'ة') {
                // صحيفة هامشهري المحافظة: a feminine adjective after a bare name agrees with the paper and describes
                // it (أخبار اليوم، نصف الدنيا go on)
                break;
            }
            if (k > j && media && (OCCASION_ADJECTIVES.contains(n) && !n.startsWith("الجديد") || PERIODICAL.contains(n))) {
                // (a title may end in الجديد: مجلة الثقافة الجديدة)
                break; // "مجلة الكتاب الدورية المتخصصة": how often and on what a paper appears describes it
            }
            if (DocContext.hasArticle(n)) {
                if (!media || definite >= 3) {
                    break;
                }
                definite++;
            } else if (k > j && media && definite > 0) {
                break;
            }
            k++;
        }
        if (k == j && strong && !media && j + 1 < limit && c.type(j) == TokenType.ARABIC
                && DocContext.hasArticle(c.tok(j).norm()) && !adjective(c, c.tok(j).norm()) && !c.normIn(Words.STOP, j)
                && !c.normIn(Words.ORG_STOP, j) && c.taken[j + 1] == DocContext.FREE && fieldTail(c, j + 1, limit) > j + 1) {
            k = j + 1; // شركة الشرق للتأمين، شركة القدس للمستحضرات الطبية: a definite word named by its trade
        }
        if (k == j && !media && COMPANY.equals(d.value().key()) && (d.head().article() || d.head().stem().startsWith("ال"))) {
            int to = companyByTrade(c, d, limit);
            if (to > 0) {
                return to;
            }
        }
        if (k == j) {
            return -1;
        }
        int tail = strong && !media && k < limit && c.taken[k] == DocContext.FREE ? fieldTail(c, k, limit) : k;
        boolean fielded = tail > k; // شركة قطر للغاز المسال: a place with a field is a company's name
        k = tail;
        int start = c.tok(j).start();
        int stop = c.tok(k - 1).end();
        boolean club = d.value().key().equals("نادي") || d.value().key().equals("فريق");
        if (!fielded && c.placeEnd(j, k) == k && c.tok(j).analyses().get(0).stem().equals(c.tok(j).norm()) && !media && !club) {
            return -1; // شركة مصر... a lone place name after a descriptor is a description, not a name
        }
        // "فريق هاريس" may be a person's team: such a name is not looked for again elsewhere
        boolean team = d.value().key().equals("فريق");
        // "جريدة فلسطين"، "نادي ليون": a place named as a paper or a club is not looked for again (فلسطين, the country)
        boolean place = c.placeEnd(j, k) == k;
        if (fielded) {
            // شركة قطر للغاز المسال المحدودة: a name built on its trade is a registered name that keeps its
            // descriptor in the text (the record's name leaves it out)
            int from = DocContext.articleKeeping(c.tok(d.first()), d.head()).stemStart();
            Found.Org o = add(c, d.first(), k, from, stop, c.text(start, stop), kind, Rules.ORG_DESCRIPTOR, !place);
            if (o != null) {
                o.shortForms.add(c.text(start, stop));
            }
            return k;
        }
        Found.Org o = add(c, j, k, start, stop, c.text(start, stop), kind, Rules.ORG_DESCRIPTOR, definite == 0 && !team && !place);
        shortForm(c, o);
        return k;
    }

    /** The descriptor شركة, whose definite form with adjectives and a trade is a registered name. */
    private static final String COMPANY = NameLexicons.key("شركة");

    /**
     * A definite company with one or two adjectives and a listed trade after ل: الشركة العالمية المتحدة
     * للتأمين، الشركة السعودية للكهرباء، الشركة الوطنية للاتصالات. Arab companies are registered under such
     * names, and "the company" with adjectives alone (الشركة الأمريكية) or with a purpose (الشركة الكبرى لتطوير
     * خدماتها: تطوير is a verbal noun without the article) stays a description. The head is part of the name.
     * Returns the end of the name, or -1.
     */
    private static int companyByTrade(DocContext c, PhraseIndex.Match<NameLexicons.Designator> d, int limit) {
        int k = d.end();
        int adjectives = 0;
        while (k < limit && adjectives < 2 && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.ARABIC) {
            String n = c.tok(k).norm();
            if (!DocContext.hasArticle(n) || !adjective(c, n) || OCCASION_ADJECTIVES.contains(n) || RANKS.contains(n)
                    || Words.ORG_STOP.contains(n) || Words.STOP.contains(n) && !Words.TITLE_ADJECTIVES.contains(n) || c.isVerb(n)) {
                break;
            }
            k++;
            adjectives++;
        }
        if (adjectives == 0 || k >= limit || c.taken[k] != DocContext.FREE) {
            return -1;
        }
        int to = fieldTail(c, k, limit);
        if (to == k) {
            return -1;
        }
        int from = DocContext.articleKeeping(c.tok(d.first()), d.head()).stemStart();
        int stop = c.tok(to - 1).end();
        Found.Org o = add(c, d.first(), to, from, stop, c.text(from, stop), OrganizationKind.COMPANY, Rules.ORG_DESCRIPTOR, true);
        return o == null ? -1 : to;
    }

    /**
     * Trades and sectors that Arab companies name after ل: شركة قطر للغاز، شركة الشرق للتأمين، مجموعة X
     * للاستثمار. A recipient after ل ("قدمت شركة أرامكو للحكومة عرضا") is no trade. Word keys.
     */
    private static final Set<String> FIELDS = keys("غاز نفط بترول تأمين اتصالات طيران استثمار استثمارات تنمية"
            + " صناعات صناعة مستحضرات أدوية كمبيوتر حاسبات إعلام نشر توزيع تجارة مقاولات أوراق خدمات عقارات تطوير"
            + " سياحة فنادق نقل شحن ملاحة إسمنت حديد صلب كهرباء طاقة مياه أغذية زراعة تعدين بتروكيماويات كيماويات"
            + " إلكترونيات برمجيات تكنولوجيا تقنية معلومات استشارات تمويل صرافة وساطة إنشاءات هندسة سيارات"
            + " منسوجات ملابس تصدير استيراد إسكان تعمير إنتاج تسويق إنترنت ألمنيوم أسمدة تبغ سجائر أسماك ألبان"
            + " دواجن إعلان إعلانات توريدات تجزئة صيرفة مصارف تأجير");

    /**
     * End of a company's trade after its name: ل + a listed trade (للغاز، للأوراق، للنشر), then up to two
     * definite adjectives or و + definite trades (المسال، المالية، والتوزيع) and corporate suffixes
     * (المحدودة). Returns k when no trade follows.
     */
    private static int fieldTail(DocContext c, int k, int limit) {
        Token t = c.tok(k);
        if (t.type() != TokenType.ARABIC) {
            return k;
        }
        Clitics.Analysis a = t.deepest();
        if (a.prep() != 'ل' || a.conj() != '\0' || !(a.article() || DocContext.hasArticle(a.stem()))
                || !FIELDS.contains(DocContext.key(a.stem()))) {
            return k;
        }
        int to = k + 1;
        int more = 0;
        while (to < limit && more < 2 && c.taken[to] == DocContext.FREE && c.type(to) == TokenType.ARABIC) {
            Token n = c.tok(to);
            Clitics.Analysis d = n.deepest();
            boolean andField = d.conj() == 'و' && d.prep() == '\0' && (d.article() || DocContext.hasArticle(d.stem()))
                    && FIELDS.contains(DocContext.key(d.stem()));
            if (!andField && !(DocContext.hasArticle(n.norm()) && adjective(c, n.norm()) && !placeNisba(c, to)
                    && !Words.ORG_STOP.contains(n.norm()) && !OCCASION_ADJECTIVES.contains(n.norm()))) {
                break;
            }
            to++;
            more++;
        }
        while (to < limit && c.taken[to] == DocContext.FREE && c.designators.matchBare(to, to + 1) != null
                && c.designators.matchBare(to, to + 1).value().suffix()) {
            to++; // المحدودة
        }
        return to;
    }

    /**
     * A bare word ending in ي after a feminine descriptor: شركة فيراري، شركة هيونداي. An adjective there would
     * agree with the descriptor (شركة أمريكية، شركة عقارية), so the ي of a name is no nisba; after a masculine
     * one (فريق طبي، نادي رياضي) it is. Listed adjectives and plurals stay out.
     */
    private static boolean nameAfterFeminine(DocContext c, PhraseIndex.Match<NameLexicons.Designator> d, int k) {
        Token t = c.tok(k);
        String n = t.norm();
        String o = c.doc.original();
        return o.charAt(c.tok(d.end() - 1).end() - 1) == 'ة' && t.type() == TokenType.ARABIC && !DocContext.hasArticle(n)
                && n.length() >= 5 && o.charAt(t.end() - 1) == 'ي' && !c.lex.adjectives.contains(t.key())
                && !c.lex.placeNisbas.contains(t.key()) && t.analyses().size() == 1;
    }

    /**
     * Common evaluative and size adjectives (and a few nouns) that follow an indefinite descriptor as its
     * description: "فريق خطير" (a dangerous team), "مسجد رائع"، "شركة كبرى"، "فريق عمل" (a working group).
     * Normalised forms (ة→ه، ى→ي). Given names that are also adjectives (جميل، كريم، سعيد) are left out.
     */
    private static final Set<String> COMMON_AFTER_DESCRIPTOR = org.khabar.internal.text.WordSet.of(
            "كبير", "كبيره", "كبري", "صغير", "صغيره", "صغري", "رائع", "رائعه", "خطير", "خطيره", "قوي", "قويه",
            "ضعيف", "ضعيفه", "جديد", "جديده", "قديم", "قديمه", "عريق", "عريقه", "ضخم", "ضخمه", "عملاق", "عملاقه",
            "شهير", "شهيره", "معروف", "معروفه", "مشهور", "مشهوره", "متواضع", "متواضعه", "عادي", "عاديه", "مهم",
            "مهمه", "هام", "هامه", "جيد", "جيده", "سيء", "سيئه", "اخر", "اخري", "واحد", "واحده", "صاعد", "صاعده",
            "منافس", "منافسه", "متوسط", "متوسطه", "ناشئ", "ناشئه", "ناشيء", "خاص", "خاصه", "عمل", "بحث", "محترم", "محترمه",
            "ناجح", "ناجحه", "عالمي", "عالميه", "محلي", "محليه", "اجنبي", "اجنبيه",
            "دول", "بلدان", "شركات", "دوله"); // "مجموعة دول يوغسلافيا السابقة": a group of countries, no company

    /** Descriptors followed by what the body does (شركة تسويق، فريق تحقيق); a mosque may be named استقلال. */
    private static final Set<String> TRADE_DESCRIPTORS = keys("شركة مجموعة فريق");

    /**
     * A bare verbal noun of the forms تفعيل (تسويق، تأمين، تطوير) or استفعال (استثمار، استيراد): what a
     * company or team does. Names of that shape are rare; a listed organisation still wins.
     */
    private static boolean masdarShape(String n) {
        int len = n.length();
        return len == 5 && n.charAt(0) == 'ت' && n.charAt(3) == 'ي'
                || len == 7 && n.startsWith("است") && n.charAt(5) == 'ا';
    }

    /**
     * A bare third-person imperfect verb after a name's first word (تعاني، تواجه، تعمل، يسعى): four or five
     * letters opening with ت or ي, the next letter a consonant. Company names' later words of that shape
     * (تايمز، تيك) have ا or ي second; given names and listed organisations never count.
     */
    private static boolean imperfectAfterName(DocContext c, int k) {
        Token t = c.tok(k);
        String n = t.norm();
        int len = n.length();
        if (len < 4 || len > 5 || t.type() != TokenType.ARABIC || DocContext.hasArticle(n)
                || n.charAt(0) != 'ت' && n.charAt(0) != 'ي' || n.charAt(1) == 'ا' || n.charAt(1) == 'ي'
                || n.charAt(1) == 'ه' || c.lex.givenNames.containsKey(n)) {
            return false;
        }
        return c.organizations.matchBare(k, k + 1) == null;
    }

    /**
     * A bare Arabic word with a possessive pronoun (عملها، حواراته، فريقهم): the original ends in ه، ها، هم or
     * هما, and the word is no given name or listed organisation. Names rarely end so; ة is not ه here.
     */
    private static boolean possessed(DocContext c, int k) {
        Token t = c.tok(k);
        String n = t.norm();
        if (t.type() != TokenType.ARABIC || n.length() < 4 || DocContext.hasArticle(n) || c.lex.givenNames.containsKey(n)
                || c.organizations.matchBare(k, k + 1) != null) {
            return false;
        }
        String o = c.doc.original();
        char last = o.charAt(t.end() - 1);
        return last == 'ه' && !n.endsWith("يه") || n.endsWith("ها") || n.endsWith("هم") || n.endsWith("هما");
    }

    /**
     * Whether token i, read bare, may start a SUFFIX designator: its bare reading's stem or key (or, when it has
     * no article, the next reading's stem, a looser test) is one of {@link NameLexicons#suffixWords}, by the
     * hashes the facts hold. Where this is false, {@code designators.matchBare} at i finds no suffix: the
     * suffix tests ask it first, since most designator words are heads and descriptors (شركة، وزارة) and a
     * designator look-up is a trie walk where this is a few bit tests.
     */
    static boolean maySuffix(DocContext c, int i) {
        if (!c.facts.anyBare(i, Facts.DESIGNATOR)) {
            return false; // the bare reading starts no designator at all (as the designators' own first test)
        }
        org.khabar.internal.text.WordSet w = c.lex.suffixWords;
        for (int k = c.facts.hashFrom(i), to = Math.min(c.facts.hashTo(i), k + 2); k < to; k++) {
            if (w.mayHave(c.facts.hash(k))) {
                return true;
            }
        }
        return false;
    }

    /** {@code designators.matchBare(k, limit)} when it is a corporate suffix (القابضة، المحدودة), else null. */
    private static PhraseIndex.Match<NameLexicons.Designator> suffixAt(DocContext c, int k, int limit) {
        if (k >= limit || !maySuffix(c, k)) {
            return null;
        }
        PhraseIndex.Match<NameLexicons.Designator> m = c.designators.matchBare(k, limit);
        return m != null && m.value().suffix() ? m : null;
    }

    /** Names ending with a corporate suffix: أفينو كابيتال، بينانس هولدينغز. */
    private static void suffixes(DocContext c, Sentence s, byte[] g) {
        int first = s.first();
        for (int i = first + 1; i < s.end(); i++) {
            if ((g[i - first] & G_SUFFIX) == 0 || c.taken[i] != DocContext.FREE) { // an Arabic token, maySuffix
                continue;
            }
            PhraseIndex.Match<NameLexicons.Designator> d = c.designators.matchBare(i, s.end());
            if (d == null || !d.value().suffix() || d.value().kind() == OrganizationKind.MEDIA) {
                continue; // "لمبرمجي دوت نت": نت extends a listed outlet only (الجزيرة نت)
            }
            int k = i;
            while (k > s.first() && i - k < 3 && c.taken[k - 1] == DocContext.FREE
                    && (c.type(k - 1) == TokenType.NUMBER || nameWord(c, k - 1)
                            && !DocContext.hasArticle(c.tok(k - 1).norm()) && !conjVerb(c.tok(k - 1).norm())
                            && beforeSuffix(c, k - 1))) {
                k--;
                if (c.tok(k).spaceBefore() && c.tok(k).deepest().conj() == 'و' && k < i - 1) {
                    break;
                }
            }
            if (k == i || d.end() < s.end() && construct(c, d.end())) {
                continue; // "موعد غروب الشمس": غروب (sunset) in a construct, not Group
            }
            int to = d.end();
            while (to < s.end()) {
                PhraseIndex.Match<NameLexicons.Designator> more = c.designators.matchBare(to, s.end());
                if (more == null || !more.value().suffix()) {
                    break;
                }
                to = more.end();
            }
            int start = c.tok(k).start();
            int stop = c.tok(to - 1).end();
            Found.Org o = add(c, k, to, start, stop, c.text(start, stop), OrganizationKind.COMPANY, Rules.ORG_SUFFIX, true);
            shortForm(c, o);
            i = to - 1;
        }
    }

    /**
     * Whether an Arabic word may stand in a company name before a suffix that is also a common word (غروب
     * sunset، محدودة limited، إنك = إن + ك، ميديا): no common-noun shape ("تنازلات محدودة"، "مساحة محدودة"),
     * no possessive ("وطنها ميديا"), no plural or second-person verb ("تعتقدين إنك"), no adverb ("دائما").
     */
    private static boolean beforeSuffix(DocContext c, int k) {
        if (!properShape(c, k)) {
            return false;
        }
        Token t = c.tok(k);
        String n = t.norm();
        // properShape passes Latin words and given names as they are; the rest must not look like a common word
        return t.type() != TokenType.ARABIC || c.lex.givenNames.containsKey(n) || !Words.NAME_ENDERS.contains(n)
                && !(n.length() >= 5 && (n.endsWith("ها") || n.endsWith("ين") || n.endsWith("ون")));
    }

    /** Whether token k is a definite noun that makes the word before it a construct: غروب الشمس. */
    private static boolean construct(DocContext c, int k) {
        Token t = c.tok(k);
        return t.type() == TokenType.ARABIC && DocContext.hasArticle(t.norm()) && !adjective(c, t.norm())
                && !Words.STOP.contains(t.norm()) && !Words.ORG_STOP.contains(t.norm());
    }

    /** ووقعت، واستحوذت: a conjunction on a past verb, never the first word of a company name. */
    private static boolean conjVerb(String n) {
        return n.length() >= 4 && n.charAt(0) == 'و' && (n.endsWith("ت") || n.charAt(1) == 'ا');
    }

    /** Capitalised Latin runs (Coinbase، Andreessen Horowitz، وRipple) and acronyms (CNBC). */
    private static void latin(DocContext c, Sentence s, byte[] g) {
        int first = s.first();
        for (int i = first; i < s.end(); i++) {
            // latinName's first test (G_LATIN: a Latin or mixed token): the Arabic tokens are not read
            if ((g[i - first] & G_LATIN) == 0 || c.taken[i] != DocContext.FREE) {
                continue;
            }
            Token t = c.tok(i);
            if (!latinName(c, t)) {
                continue;
            }
            Clitics.Analysis head = t.type() == TokenType.MIXED ? t.deepest() : t.analyses().get(0);
            int k = i + 1;
            boolean linked = false;
            while (k < s.end() && k - i < (linked ? 7 : 5) && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.LATIN
                    && c.tok(k).spaceBefore()) {
                if (latinName(c, c.tok(k))) {
                    k++;
                } else if (k + 1 < s.end() && (c.normIn(LATIN_LINKS, k) || linked && c.normIs(k, "and"))
                        && c.taken[k + 1] == DocContext.FREE && c.type(k + 1) == TokenType.LATIN && latinName(c, c.tok(k + 1))) {
                    // Ministry of Finance, Institute for Fiscal Studies: one name, not two; after "of"/"for" an
                    // "and" joins the body's fields (Institute for Securities and Investment, Department of
                    // Housing and Urban Development), where "Google and Apple" alone are two names
                    linked = true;
                    k += 2;
                } else {
                    break;
                }
            }
            int start = head.stemStart();
            int stop = c.tok(k - 1).end();
            if (k < s.end() && lowerLatin(c, k)) {
                i = k; // "( New moon )"، "Brownian motion": a capitalised word opening an English phrase, no name
                continue;
            }
            String text = c.text(start, stop);
            if (LATIN_NOT_ORG.contains(head.stem()) && k == i + 1) {
                continue;
            }
            boolean acronym = k == i + 1 && text.length() >= 2 && text.length() <= 6 && text.equals(text.toUpperCase())
                    && text.chars().allMatch(Character::isLetter);
            PhraseIndex.Match<NameLexicons.OrgForm> known = c.organizations.match(i, k);
            Found.Org o;
            if (known != null && known.end() == k) {
                o = add(c, i, k, start, stop, nameOf(c, known), known.value().org().kind(), Rules.ORG_LEXICON, true);
            } else if (!acronym && glossOfFreeArabic(c, i, s.first()) && !latinHead(c, i, k)) {
                // "ألبرت أينشتاين ( Albert Einstein )": the Latin spelling of a person, place or term (an acronym
                // in brackets, "( MOAS )", is a body's short name even when its Arabic name was not found)
                if (c.type(i - 1) == TokenType.ARABIC) {
                    // run straight on from Arabic words ("دان حالوتس My Search History" across a headline), the
                    // Latin is no part of a person's name either
                    c.take(i, k, DocContext.BLOCKED);
                }
                i = k - 1;
                continue;
            } else {
                o = add(c, i, k, start, stop, text, latinKind(c, i, k), acronym ? Rules.ORG_ACRONYM : Rules.ORG_LATIN, true);
            }
            shortForm(c, o);
            i = k - 1;
        }
    }

    /**
     * Whether the Latin run at token i glosses the Arabic words right before it, in brackets, in quotes or
     * directly ("ألبرت أينشتاين ( Albert Einstein )"، "مدينة آروا Aarua"، "بجماليون ( Pygmalion )"), and those
     * Arabic words are no organisation found by the rules before: the Latin is then the spelling of a person, a
     * place or a term. After an organisation ("الجمعية العلمية ( ICSS )") it is the body's own name and stays.
     */
    private static boolean glossOfFreeArabic(DocContext c, int i, int first) {
        int p = i - 1;
        boolean marked = false;
        if (p >= first && (c.isPunct(p, '(') || c.type(p) == TokenType.QUOTE)) {
            p--;
            marked = true;
        }
        if (p >= first && c.type(p) == TokenType.QUOTE) {
            p--; // « سيمبيوسيس » ( Symbiosis ): the quoted Arabic name before the bracket
        }
        if (p < first || c.type(p) != TokenType.ARABIC || c.taken[p] == DocContext.ORG) {
            return false;
        }
        // straight after Arabic, only a person's or a place's name glosses ("دان حالوتس My Search History" across a
        // headline, "زيورخ Zurich"); after a verb, a noun or a description ("وقالت Kraken"، "مؤتمر Bitcoin"،
        // "مدير Acme"، "وشركة العملات المستقرة Circle") the Latin is the name itself
        if (marked) {
            return true;
        }
        String n = c.tok(p).norm();
        return !DocContext.hasArticle(n) && !Words.STOP.contains(n) // على is also علي (Ali) once normalised
                && c.designators.match(p, p + 1) == null && c.titles.match(p, p + 1) == null
                && (c.places.matchBare(p, p + 1) != null || c.lex.givenNames.containsKey(n)
                        || p > first && c.lex.givenNames.containsKey(c.tok(p - 1).norm()) && nameWord(c, p));
    }

    /** Whether a Latin run holds a designator's head word (University, Institute, Party, News): a body by itself. */
    private static boolean latinHead(DocContext c, int from, int to) {
        for (int x = from; x < to; x++) {
            PhraseIndex.Match<NameLexicons.Designator> d = c.designators.matchBare(x, x + 1);
            if (d != null) {
                return true; // a suffix too: Ripple Labs
            }
        }
        return false;
    }

    /** A lower-case Latin word right after a name (not a link such as "of"): the name was a phrase's first word. */
    private static boolean lowerLatin(DocContext c, int k) {
        Token t = c.tok(k);
        if (t.type() != TokenType.LATIN || !t.spaceBefore() || LATIN_LINKS.contains(t.norm()) || t.norm().equals("and")) {
            return false;
        }
        char first = c.doc.original().charAt(t.start());
        return first >= 'a' && first <= 'z' && t.end() - t.start() >= 3;
    }

    /**
     * The kind a Latin name states by a head word in org_designators.tsv (Harvard University, Labour
     * Party, Gulf News); a company when it states none.
     */
    private static OrganizationKind latinKind(DocContext c, int from, int to) {
        for (int x = from; x < to; x++) {
            PhraseIndex.Match<NameLexicons.Designator> d = c.designators.matchBare(x, x + 1);
            if (d != null && !d.value().suffix()) {
                return d.value().kind();
            }
        }
        return OrganizationKind.COMPANY;
    }

    private static boolean latinName(DocContext c, Token t) {
        if (t.type() != TokenType.LATIN && t.type() != TokenType.MIXED) {
            return false;
        }
        Clitics.Analysis a = t.type() == TokenType.MIXED ? t.deepest() : t.analyses().get(0);
        if (a.stem().isEmpty() || a.stemStart() >= t.end()) {
            return false;
        }
        char first = c.doc.original().charAt(a.stemStart());
        if (!Character.isUpperCase(first)) {
            return false;
        }
        if (a.stem().length() == 1 && (t.index() + 1 < c.doc.size() && c.isPunct(t.index() + 1, '.')
                || t.index() > 0 && c.isPunct(t.index() - 1, '.'))) {
            return false; // "E . C . O": a letter spelt out with stops names nothing; "منصة X" does
        }
        for (int k = 0; k < a.stem().length(); k++) {
            char ch = a.stem().charAt(k);
            if (!(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '-' || ch == '&' || ch == '.')) {
                return false;
            }
        }
        if (codeShape(a.stem())) {
            return false; // "( R44716 )"، "A380"، "T90": a report's, a plane's or a tank's number, not a body
        }
        return !LATIN_NOT_ORG.contains(a.stem()) || a.stem().length() > 3;
    }

    /** One or two letters and then only digits, at least two of them: a code or a model number (r44716, a380). */
    private static boolean codeShape(String stem) {
        int letters = 0;
        while (letters < stem.length() && stem.charAt(letters) >= 'a' && stem.charAt(letters) <= 'z') {
            letters++;
        }
        if (letters == 0 || letters > 2 || stem.length() - letters < 2) {
            return false;
        }
        for (int k = letters; k < stem.length(); k++) {
            if (stem.charAt(k) < '0' || stem.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Registers the name without its corporate suffix as a short form: Ripple for Ripple Labs. */
    private static void shortForm(DocContext c, Found.Org o) {
        if (o == null || o.end - o.first < 2) {
            return;
        }
        int k = o.end;
        while (k > o.first + 1) {
            PhraseIndex.Match<NameLexicons.Designator> d = c.designators.matchBare(k - 1, k);
            if (d == null || !d.value().suffix()) {
                break;
            }
            k--;
        }
        if (k < o.end) {
            String sf = c.text(c.tok(o.first).start() <= o.start ? o.start : c.tok(o.first).start(), c.tok(k - 1).end());
            if (sf.length() >= 3) {
                o.shortForms.add(sf);
            }
        }
    }

    static Found.Org add(DocContext c, int first, int end, int start, int stop, String name, OrganizationKind kind,
            String rule, boolean propagate) {
        if (start >= stop || !c.free(first, end)) {
            return null;
        }
        Found.Org o = new Found.Org(first, end, start, stop, name, kind, rule, propagate);
        c.orgs.add(o);
        c.take(first, end, DocContext.ORG);
        for (int k = first; k < end; k++) {
            c.orgOf[k] = o;
        }
        return o;
    }
}
