package org.khabar.internal.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.Strictness;
import org.khabar.internal.lexicon.PhraseIndex;
import org.khabar.internal.text.Clitics;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.TokenFacts;
import org.khabar.internal.text.Token;
import org.khabar.internal.text.TokenType;

/**
 * The state of one call: the document, the lexicons, which tokens are already taken by a mention, and
 * the candidates found so far. Local to {@link EntityExtractor#extract}; never shared.
 */
final class DocContext {
    static final byte FREE = 0;
    static final byte ORG = 1;
    static final byte PERSON = 2;
    /** A word that reads as a name but is a preposition here (على written علي): no rule nor link takes it. */
    static final byte BLOCKED = 3;
    static final byte NO = 1;
    static final byte YES = 2;

    final TextAnalysis doc;
    /** The tokens' lexicon facts (see {@link org.khabar.internal.lexicon.Facts}). */
    final TokenFacts facts;
    final NameLexicons lex;
    final Strictness strictness;
    final byte[] taken;
    final List<Found.Org> orgs = new ArrayList<>();
    /** Earliest first token of the organisations found so far, by name ({@link #orgNamedBefore}). */
    private final java.util.Map<String, Integer> orgFirstByName = new java.util.HashMap<>();
    private int orgsIndexed;
    /** The organisation mention covering each token, or null. */
    final Found.Org[] orgOf;
    final List<Found.Person> persons = new ArrayList<>();
    /** The lexicons' matches in this document, remembered per token (the rules ask again and again). */
    /** Facts of one token, worked out on first use (0 = not yet, else {@link #NO} or {@link #YES}). */
    final byte[] startWord;
    final byte[] notNameShape;
    /** A reporting verb at each token, and a singular one, once asked. */
    final org.khabar.Gender[] verbAt;
    final boolean[] verbAtKnown;
    final org.khabar.Gender[] singularVerb;
    final boolean[] singularVerbKnown;
    /** Whether the document reads as a sports report ({@link ContextRules#sports}): 0 = not yet, NO, YES. */
    byte sports;
    final Lookup<NameLexicons.Title> titles;
    final Lookup<String> places;
    final Lookup<NameLexicons.Designator> designators;
    final Lookup<NameLexicons.OrgForm> organizations;

    DocContext(TextAnalysis doc, TokenFacts facts, NameLexicons lex, Strictness strictness) {
        this.doc = doc;
        this.facts = facts;
        this.lex = lex;
        this.strictness = strictness;
        this.taken = new byte[doc.size()];
        this.orgOf = new Found.Org[doc.size()];
        int size = doc.size();
        this.startWord = new byte[size];
        this.notNameShape = new byte[size];
        this.verbAt = new org.khabar.Gender[size];
        this.verbAtKnown = new boolean[size];
        this.singularVerb = new org.khabar.Gender[size];
        this.singularVerbKnown = new boolean[size];
        this.titles = new Lookup<>(lex.titles, doc, facts);
        this.places = new Lookup<>(lex.places, doc, facts);
        this.designators = new Lookup<>(lex.designators, doc, facts);
        this.organizations = new Lookup<>(lex.organizations, doc, facts);
    }

    /** For each token, the index of the first comma token at or after it (size() when none); lazily. */
    private int[] nextComma;

    /** Index of the first comma token (PUNCT or SYMBOL ",") at or after token i, or size(). */
    int nextComma(int i) {
        int[] n = nextComma;
        if (n == null) {
            int size = doc.size();
            n = new int[size + 1];
            n[size] = size;
            for (int k = size - 1; k >= 0; k--) {
                n[k] = isPunct(k, ',') ? k : n[k + 1];
            }
            nextComma = n;
        }
        return i >= n.length ? doc.size() : n[i];
    }

    private Map<String, List<String>> phraseKeys;

    /**
     * {@link PhraseIndex#keys} of a name, once per document: the linker asks for the same organisation
     * names and short forms several times while clustering and building records.
     */
    List<String> keysOf(String phrase) {
        if (phraseKeys == null) {
            phraseKeys = new HashMap<>();
        }
        return phraseKeys.computeIfAbsent(phrase, PhraseIndex::keys);
    }

    /**
     * Whether token i's normalised form is in the set, with the hash the facts computed: the probes of the
     * closed word lists reach most tokens of a document first, and String.hashCode on each new token text
     * was most of their cost (JFR).
     */
    boolean normIn(Set<String> set, int i) {
        if (set instanceof org.khabar.internal.text.WordSet w) {
            // the filter on the hash first: most probes end there without reading the token at all
            int h = facts.normHash(i);
            return w.mayHave(h) && w.has(tok(i).norm(), h);
        }
        return set.contains(tok(i).norm());
    }

    Token tok(int i) {
        return doc.token(i);
    }

    /** {@code tok(i).norm().equals(word)}, the hashes compared first (most tokens differ there). */
    boolean normIs(int i, String word) {
        return facts.normHash(i) == word.hashCode() && tok(i).norm().equals(word);
    }

    /** {@code tok(i).type()} without loading the token. */
    TokenType type(int i) {
        return doc.type(i);
    }

    /** {@code tok(i).isWord()} without loading the token. */
    boolean isWord(int i) {
        TokenType t = doc.type(i);
        return t == TokenType.ARABIC || t == TokenType.LATIN || t == TokenType.MIXED;
    }

    boolean free(int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k] != FREE) {
                return false;
            }
        }
        return true;
    }

    void take(int from, int to, byte what) {
        for (int k = from; k < to; k++) {
            taken[k] = what;
        }
    }

    String text(int start, int end) {
        return doc.original().substring(start, end);
    }

    static String key(String norm) {
        return PhraseIndex.wordKey(norm);
    }

    static boolean hasArticle(String norm) {
        return norm.length() >= 4 && norm.startsWith("ال");
    }

    /** The reading of token i that keeps the article in the stem (بالبنك → ب + البنك), else the bare one. */
    static Clitics.Analysis articleKeeping(Token t, Clitics.Analysis matched) {
        if (!matched.article() || matched.prefix().endsWith("لل")) {
            return matched;
        }
        for (Clitics.Analysis a : t.analyses()) {
            if (!a.article() && a.stem().startsWith("ال") && a.stem().length() == matched.stem().length() + 2) {
                return a;
            }
        }
        return matched;
    }

    /** The name text of a span that starts at a stem whose article was written لل: للأمم → الأمم. */
    String nameFrom(Clitics.Analysis head, int start, int end) {
        String s = text(start, end);
        if (head.article() && head.prefix().endsWith("لل")) {
            return "ال" + s;
        }
        return s;
    }

    boolean isArabic(int i) {
        return tok(i).type() == TokenType.ARABIC;
    }

    /**
     * For each token, its character when it is a punctuation or symbol token of one character, else 0; made on
     * first use. The rules ask "is the token before a colon, a dash, a comma" of nearly every word (bylines,
     * datelines, appositions), and one char of this array answers without reading the Token and its text.
     */
    private char[] punct;

    /**
     * Whether token i is the punctuation or symbol token of the one character p (not 0); false for an index
     * outside the document. The rules pass a char, not a String: reading a String constant's char on every
     * call was a visible cost of the per-token dash and colon tests (ContextRules.fixtures, colonWithin).
     */
    boolean isPunct(int i, char p) {
        return punctAt(i) == p;
    }

    /** The character of token i when it is a punctuation or symbol token of one character, else 0 (also outside the document). */
    char punctAt(int i) {
        if (i < 0 || i >= doc.size()) {
            return 0; // before the first token or after the last: no mark there (a rule looking one token
                      // back from the text's first word asks this; "ومحمد سالم ، ياسر ..." crashed on it)
        }
        return punctuationMarks()[i];
    }

    /**
     * The array behind {@link #punctAt}, one char per token (made on first use; read only): a scan over a few
     * tokens reads it without the bounds and first-use tests of each punctAt call.
     */
    char[] punctuationMarks() {
        char[] a = punct;
        return a != null ? a : punctuation();
    }

    private char[] punctuation() {
        int size = doc.size();
        char[] a = new char[size];
        for (int k = 0; k < size; k++) {
            Token t = tok(k);
            if ((t.type() == TokenType.PUNCT || t.type() == TokenType.SYMBOL) && t.norm().length() == 1) {
                a[k] = t.norm().charAt(0);
            }
        }
        punct = a;
        return a;
    }

    /** Whether the token before {@code i}, on the same line, is one of {@code nouns} (any proclitic reading, no article). */
    boolean afterNoun(int i, Set<String> nouns) {
        if (i == 0 || (facts.stems(i - 1) & org.khabar.internal.lexicon.Facts.PLACE_NOUN) == 0
                || tok(i).newlineBefore() || tok(i - 1).type() != TokenType.ARABIC) {
            return false;
        }
        for (Clitics.Analysis a : tok(i - 1).analyses()) {
            if (!a.article() && nouns.contains(a.stem())) {
                return true;
            }
        }
        return false;
    }

    boolean isVerb(String norm) {
        return lex.verbs.containsKey(norm);
    }

    /** Whether the token, read bare, is a single-word place name (روسيا، واشنطن). */
    boolean isPlaceWord(int i, int limit) {
        PhraseIndex.Match<String> m = places.matchBare(i, limit);
        return m != null && m.end() == i + 1 && !definitePlaceName(i);
    }

    /** A given name written without the article whose only place reading has it: خليل (الخليل), هند (الهند). */
    boolean definitePlaceName(int i) {
        String n = tok(i).norm();
        return !hasArticle(n) && lex.definitePlaceNames.contains(n);
    }

    /** End of the place name starting at token i (any clitic reading), or -1. */
    int placeEnd(int i, int limit) {
        PhraseIndex.Match<String> m = places.match(i, limit);
        return m == null ? -1 : m.end();
    }

    /** Whether the original token carries tanween fath (احتجاجاً، تقريرًا): an indefinite accusative, no name. */
    boolean accusative(int i) {
        Token t = tok(i);
        String o = doc.original();
        for (int k = t.start(); k < t.end(); k++) {
            if (o.charAt(k) == '\u064B') {
                return true;
            }
        }
        return false;
    }

    /**
     * Word shapes that are almost never names: an accusative with tanween, a plural verb or nisba
     * (اتصلوا، سياسيين), a pronoun suffix (شركتهما), ل + a consonant (لنقل، لانتخابات is ل + ا and stays),
     * a preposition before hamza (لأفراد، بإدارة), a short imperfect verb (تمنع، تصل).
     */
    boolean notNameShape(int i) {
        byte known = notNameShape[i];
        if (known == 0) {
            known = notNameShapeOf(i) ? YES : NO;
            notNameShape[i] = known;
        }
        return known == YES;
    }

    private boolean notNameShapeOf(int i) {
        Token t = tok(i);
        if (t.type() != TokenType.ARABIC) {
            return false;
        }
        String n = t.norm();
        if ((facts.bare(i) & org.khabar.internal.lexicon.Facts.GIVEN_NAME) != 0) {
            return false;
        }
        if (accusative(i)) {
            return true;
        }
        int len = n.length();
        if (len >= 4 && (n.endsWith("وا") && !awaSurname(t, n) || n.endsWith("يين") || n.endsWith("يون"))) {
            return true;
        }
        if (len >= 5 && (n.endsWith("هما") || n.endsWith("هم") || n.endsWith("كم"))) {
            return true;
        }
        if (len >= 3 && n.charAt(0) == 'ل' && "اوي".indexOf(n.charAt(1)) < 0) {
            return true;
        }
        if (len >= 5 && (n.startsWith("بال") || n.startsWith("لل") || n.startsWith("وال"))) {
            return true; // بالاسم، للانذار: a preposition or conjunction with the article
        }
        String o = doc.original();
        if (t.end() - t.start() >= 3) {
            char c0 = o.charAt(t.start());
            char c1 = o.charAt(t.start() + 1);
            if ((c0 == 'ل' || c0 == 'ب' || c0 == 'و') && (c1 == 'أ' || c1 == 'إ')) {
                return true;
            }
        }
        if (len >= 5 && (n.charAt(0) == 'ف' || n.charAt(0) == 'و') && n.charAt(1) == 'س' && "يتن".indexOf(n.charAt(2)) >= 0) {
            return true; // فسيجد، وستعقد: a conjunction on a future verb
        }
        if (len >= 5 && n.charAt(0) == 'م' && n.charAt(1) != 'ا' && n.charAt(len - 1) == 'ا') {
            return true; // مؤكدا، متضامنا، معتبرا: an adverbial participle after the name (ماركا، مارينا are names)
        }
        if (len == 4 && n.charAt(3) == 'ت' && !surnameInT(i)) {
            return true; // طرحت، ذهبت: a past verb
        }
        if (len == 5 && n.charAt(0) == 'ا' && n.charAt(2) == 'ت' && o.charAt(t.start()) != 'آ') {
            return true; // ارتكب، اعتبر، اجتمع: form VIII verbs and their nouns (never written with آ: آستون is a name)
        }
        if (len >= 3 && n.charAt(0) == 'ب' && "اويرل".indexOf(n.charAt(1)) < 0 && !(n.charAt(1) == 'ن' && len >= 6)) {
            return true; // بكل، بشكل، بجدية: the preposition ب (بوش، بلير، براد stay)
        }
        if ((len == 3 || len == 4) && (n.charAt(0) == 'ت' || n.charAt(0) == 'ي')
                && (len == 3 || n.charAt(1) != 'ا' && n.charAt(1) != 'و' && n.charAt(1) != 'ي')) {
            return true; // تصل، تمنع، يقول; but توني، تامر، يوسف
        }
        return false;
    }

    /**
     * A Japanese surname in -awa (ناكاجاوا، أوزاوا، إيشيكاوا، هوسوكاوا): a long word ending in اوا with a
     * plain alef. Arabic plural verbs end in وا after a consonant (اتصلوا، قاموا) or, for a hamza root, after
     * أ (بدأوا، لجأوا، أخطأوا), which normalises to the same ا but is written with the hamza.
     */
    private boolean awaSurname(Token t, String n) {
        int len = n.length();
        // the original letter is read only where the token is at least as long as its normal form (no ligature
        // expanded in it): t.end() - 3 must stay inside the token
        return len >= 6 && n.charAt(len - 3) == 'ا' && t.end() - 3 >= t.start()
                && doc.original().charAt(t.end() - 3) == 'ا';
    }

    /**
     * A four-letter word in ت right after a man's given name, and no definite word after it: the family name
     * ("يحيى بيرت ،"، "جون بيرت المدير" aside), since a feminine past verb there would not agree with the man
     * before it. Before a definite word the verb may agree with its subject after it: "ابنه لطفي أخذت الصورة".
     */
    private boolean surnameInT(int i) {
        if (i == 0 || lex.givenNames.get(tok(i - 1).norm()) != org.khabar.Gender.MALE || !tok(i).spaceBefore()) {
            return false;
        }
        return i + 1 >= doc.size() || !hasArticle(tok(i + 1).norm());
    }

    /** سيتوجه، ستعقد: the future prefix on an imperfect verb (names such as ستيفن are in the lexicon). */
    boolean futureVerb(int i) {
        String n = tok(i).norm();
        return n.length() >= 5 && n.charAt(0) == 'س' && "يتن".indexOf(n.charAt(1)) >= 0 && n.charAt(2) != 'ا'
                && !lex.givenNames.containsKey(n);
    }

    boolean lenient() {
        return strictness == Strictness.LENIENT;
    }

    boolean strict() {
        return strictness == Strictness.STRICT;
    }

    /**
     * Whether an organisation of this name was found starting before token {@code before}. Indexed as the
     * list grows (the organisation rules only append to it), so a 10 MB document with thousands of
     * organisations does not scan the whole list for every ambiguous name; rebuilt if entries were removed.
     */
    boolean orgNamedBefore(String name, int before) {
        if (orgs.size() < orgsIndexed) {
            orgFirstByName.clear();
            orgsIndexed = 0;
        }
        for (; orgsIndexed < orgs.size(); orgsIndexed++) {
            Found.Org o = orgs.get(orgsIndexed);
            orgFirstByName.merge(o.name, o.first, Math::min);
        }
        Integer first = orgFirstByName.get(name);
        return first != null && first < before;
    }
}
