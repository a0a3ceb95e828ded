package org.khabar.internal.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.MonetaryFigure;
import org.khabar.Qualifier;
import org.khabar.Span;
import org.khabar.Strictness;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.lexicon.PhraseIndex;
import org.khabar.internal.money.Amounts.Amount;
import org.khabar.internal.money.MoneyLexicon.CurrencyWord;
import org.khabar.internal.money.MoneyLexicon.QualifierPhrase;
import org.khabar.internal.text.Sentence;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.TokenFacts;
import org.khabar.internal.text.WordFacts;
import org.khabar.internal.lexicon.Facts;
import org.khabar.internal.text.Token;
import org.khabar.internal.text.TokenType;

/**
 * Finds amounts of money: {@code [qualifier] amount [- / و / إلى amount] currency [qualifier]}, vague
 * amounts ({@code ملايين الدولارات}), symbol amounts ({@code $200}), a currency followed by واحد, and —
 * only after an explicit figure in the same sentence — amounts whose currency is elided.
 *
 * <p>A currency is always required next to the number (or, for elided ones, in a figure just before):
 * that is what keeps counts ({@code مليون شخص}), percentages, years and measures out. A currency word
 * alone ({@code الدولار الأمريكي}, {@code ريال مدريد}) is never a figure. Immutable and thread-safe.
 */
public final class MoneyExtractor implements WordFacts.User {

    /** Rule ids, one per way of writing an amount. */
    public static final String DIGITS = "money.digits";
    public static final String WORDS = "money.words";
    public static final String MIXED = "money.digits-and-words";
    public static final String RANGE = "money.range";
    public static final String VAGUE = "money.vague";
    public static final String SYMBOL = "money.symbol";
    public static final String SUBUNIT = "money.subunit";
    public static final String CURRENCY_ONE = "money.currency-then-one";
    public static final String ELIDED = "money.elided-currency";
    public static final String DUAL_CURRENCY = "money.dual-currency";
    public static final Set<String> RULES = org.khabar.internal.text.WordSet.of(DIGITS, WORDS, MIXED, RANGE, VAGUE, SYMBOL, SUBUNIT, CURRENCY_ONE, ELIDED,
            DUAL_CURRENCY);
    /** How far before an elided-currency amount a financial noun may stand (tokens, same sentence). */
    private static final int CONTEXT_WINDOW = 12;

    /** Words that open a range: من 10 إلى 12، بين 5 و7، ما بين. */
    static final Set<String> RANGE_OPENERS = org.khabar.internal.text.WordSet.of("بين", "من");
    private static final Set<String> RANGE_JOINERS = org.khabar.internal.text.WordSet.of("-", "–", "—", "/", "الي", "حتي");
    /** After an elided-currency amount, words that show the amount is not a count of something else. */
    private static final Set<String> ELIDED_FOLLOWERS = org.khabar.internal.text.WordSet.of("اخري", "فقط", "في", "خلال", "عام", "العام", "سنويا",
            "شهريا", "حتي", "الي", "مقابل", "مقارنه", "بعد", "قبل", "منذ", "عن", "من", "على", "علي");
    /** Words meaning "one" that may follow a currency: جنيه واحد. */
    private static final Set<String> ONE = org.khabar.internal.text.WordSet.of("واحد", "واحده");
    /** Figures whose currency is only in context need an explicit figure this close before them. */
    private static final int ELIDED_WINDOW = 30;

    private final MoneyLexicon lex;
    private final Amounts amounts;
    private final Strictness strictness;

    public MoneyExtractor(CustomEntries custom, Strictness strictness) {
        this.lex = new MoneyLexicon(custom);
        this.amounts = new Amounts(lex);
        this.strictness = strictness;
    }

    /** Evidence farther than this many tokens from an ambiguous currency does not settle it. */
    private static final int EVIDENCE_WINDOW = 150;

    /** Per-document state: the figures found so far and the lazily computed currency evidence. */
    private final class Run {
        final TextAnalysis doc;
        final List<MonetaryFigure> out = new ArrayList<>();
        /** Token positions of phrases that point at a currency (مصر، المصرية ...), lazily computed. */
        Map<Currency, List<Integer>> evidence;
        /** How each ambiguous word (by its default reading) was resolved first in this document. */
        final Map<Currency, Currency> resolved = new HashMap<>();
        /** Currencies given explicitly in this document, with the token where each figure ended. */
        final Map<Currency, List<Integer>> explicit = new HashMap<>();

        Run(TextAnalysis doc) {
            this.doc = doc;
        }

        /** Distance in tokens from {@code at} to the nearest evidence for {@code c}, or MAX_VALUE. */
        int distance(Currency c, int at) {
            if (evidence == null) {
                evidence = new HashMap<>();
                int n = doc.size();
                for (int i = 0; i < n; i++) {
                    if (!doc.token(i).isWord()) {
                        continue;
                    }
                    PhraseIndex.Match<Currency> m = lex.evidence.match(doc, lex.facts(doc), i, n);
                    if (m != null) {
                        evidence.computeIfAbsent(m.value(), x -> new ArrayList<>()).add(i);
                    }
                }
            }
            return Math.min(nearest(evidence.get(c), at), nearest(explicit.get(c), at));
        }

        private int nearest(List<Integer> positions, int at) {
            int best = Integer.MAX_VALUE;
            if (positions != null) {
                for (int p : positions) {
                    best = Math.min(best, Math.abs(p - at));
                }
            }
            return best;
        }
    }

    @Override
    public WordFacts.Builder contribute(WordFacts.Builder b) {
        return lex.contribute(b);
    }

    /** The engine's final fields publish the extractor after this call. */
    @Override
    public void useFacts(WordFacts shared) {
        lex.useFacts(shared);
    }

    public List<MonetaryFigure> extract(TextAnalysis doc) {
        Run run = new Run(doc);
        for (Sentence s : doc.sentences()) {
            int[] triggers = triggers(doc, s);
            if (triggers.length == 0) {
                continue;
            }
            int lastFigureEnd = -1;
            int i = s.first();
            int next = 0; // index into triggers of the first trigger at or after i
            while (i < s.end()) {
                while (next < triggers.length && triggers[next] < i) {
                    next++;
                }
                if (next == triggers.length) {
                    break;
                }
                // a figure holds a number or currency word within its first few tokens (after a qualifier)
                if (triggers[next] - i > MAX_LEAD) {
                    i = triggers[next] - MAX_LEAD;
                }
                if (i < triggers[next] && !mayLead(doc, i)) {
                    i++;
                    continue;
                }
                Found f = at(run, i, s.end(), lastFigureEnd);
                if (f == null) {
                    i++;
                    continue;
                }
                run.out.add(f.figure);
                if (f.figure.currency() != null && f.figure.confidence() >= 1.0) {
                    run.explicit.computeIfAbsent(f.figure.currency(), x -> new ArrayList<>()).add(f.end);
                }
                lastFigureEnd = f.end;
                i = f.end;
            }
        }
        return List.copyOf(run.out);
    }

    private record Found(MonetaryFigure figure, int end) {}

    /**
     * Whether a figure may start at token i, which is no trigger: only after a qualifier (حوالي), a range
     * opener (من، بين، ما بين) or, for a word that starts a currency, number or vague amount under some
     * reading, where {@link #at} looks further. Every test of {@link #at} at such a token is gated by one of
     * these bits or is ما, so a token without them yields nothing there: the six tokens before each digit
     * or number word are passed over without the qualifier, currency and amount look-ups.
     */
    private boolean mayLead(TextAnalysis doc, int i) {
        return lex.facts(doc).any(i, Facts.QUALIFIER | Facts.RANGE_OPENER | Facts.CURRENCY | Facts.NUMBER
                | Facts.VAGUE_HEAD) || doc.token(i).norm().equals("ما");
    }

    /** Longest qualifier or range opener before the first number or currency word of a figure (tokens). */
    private static final int MAX_LEAD = 6;

    /** Token indexes of digits, currency symbols and number/currency/vague words in the sentence. */
    private int[] triggers(TextAnalysis doc, Sentence s) {
        TokenFacts f = lex.facts(doc);
        int[] out = null;
        int n = 0;
        for (int i = s.first(); i < s.end(); i++) {
            if (isTrigger(f, i, doc.token(i))) {
                if (out == null) {
                    out = new int[Math.min(16, s.size())];
                } else if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
        }
        return out == null ? new int[0] : java.util.Arrays.copyOf(out, n);
    }

    private static boolean isTrigger(TokenFacts f, int i, Token t) {
        switch (t.type()) {
            case NUMBER: case SYMBOL:
                return true;
            case ARABIC: case LATIN: case MIXED:
                // a reading's stem is a trigger or a vague head (عشرات)
                return (f.stems(i) & Facts.MONEY_TRIGGER) != 0;
            default:
                return false;
        }
    }

    private record Cur(CurrencyWord word, int end, int start, int endOffset) {}

    /** Tries every way a figure can start at token {@code i}. */
    private Found at(Run run, int i, int limit, int lastFigureEnd) {
        TextAnalysis doc = run.doc;
        Token t = doc.token(i);
        if (t.type() == TokenType.SYMBOL || t.type() == TokenType.LATIN) {
            Found f = symbolFirst(run, i, limit);
            if (f != null) {
                return f;
            }
        }
        if (t.type() == TokenType.ARABIC) {
            Found f = currencyThenOne(run, i, limit);
            if (f != null) {
                return f;
            }
        }
        int pos = i;
        int start = -1;
        Qualifier qualifier = Qualifier.EXACT;
        boolean rangeOpen = false;
        if (t.type() == TokenType.ARABIC) {
            PhraseIndex.Match<QualifierPhrase> q = lex.qualifiers.match(doc, lex.facts(doc), i, limit);
            if (q != null && q.value().before() && !q.head().article()) {
                qualifier = q.value().qualifier();
                start = q.start();
                pos = q.end();
            } else {
                String key = (lex.facts(doc).stems(i) & Facts.RANGE_OPENER) == 0 ? null : rangeOpener(t);
                if (key != null) {
                    rangeOpen = true;
                    start = t.start() + (t.norm().length() - key.length());
                    pos = i + 1;
                }
            }
            // "ما بين": ما before بين
            if (start < 0 && t.norm().equals("ما") && i + 1 < limit && doc.token(i + 1).norm().equals("بين")) {
                rangeOpen = true;
                start = t.start();
                pos = i + 2;
            }
        }
        Amount a = amounts.parse(doc, pos, limit);
        if (a == null) {
            return start >= 0 && !rangeOpen ? dualCurrency(run, pos, limit, start, qualifier) : null;
        }
        if (start < 0) {
            start = a.start();
        }
        int k = a.end();
        Amount upper = null;
        if (!a.vague()) {
            // "15 إلى 20 مليون": إلى joins two ends without من only when the first is bare digits
            int j = rangeJoiner(doc, k, limit, rangeOpen || (a.digits() && !a.scaled() && !a.words()));
            if (j > 0) {
                upper = amounts.parse(doc, j, limit);
                if (upper != null && !upper.vague()) {
                    k = upper.end();
                } else {
                    upper = null;
                }
            }
        }
        if (rangeOpen && upper == null) {
            // "من 5 ملايين دولار" without a second end: من is a preposition, not part of the figure
            start = a.start();
        }
        // "من" before a plural or definite currency: عشرات الملايين من الدولارات، 20 ألفا من الدولارات
        int curAt = k;
        Cur cur;
        if ((a.vague() || a.scaled()) && curAt + 1 < limit && doc.token(curAt).norm().equals("من")) {
            cur = currency(doc, curAt + 1, limit);
            if (cur != null && !(cur.word().number().equals("PL") || doc.token(curAt + 1).norm().startsWith("ال"))) {
                cur = null;
            }
            if (cur == null) {
                cur = currency(doc, curAt, limit);
            }
        } else {
            cur = currency(doc, curAt, limit);
        }
        Token symbolAfter = k < limit && doc.token(k).type() == TokenType.SYMBOL
                && !(k + 1 < limit && !doc.token(k + 1).spaceBefore() && doc.token(k + 1).type() == TokenType.PUNCT)
                ? doc.token(k) : null; // "$#$" is a corpus marker, not a dollar sign
        if (cur == null && symbolAfter != null && !a.vague()) {
            PhraseIndex.Match<CurrencyWord> m = lex.currencies.matchBare(doc, lex.facts(doc), k, k + 1);
            if (m != null) {
                cur = new Cur(m.value(), k + 1, symbolAfter.start(), symbolAfter.end());
            }
        }
        if (cur == null) {
            return elided(run, a, upper, qualifier, start, k, limit, lastFigureEnd);
        }
        int end = cur.endOffset();
        int endTok = cur.end();
        // trailing qualifier: 500 ألف دولار تقريبا / على الأقل / كحد أقصى
        if (endTok < limit && doc.token(endTok).isWord()) {
            PhraseIndex.Match<QualifierPhrase> q = lex.qualifiers.match(doc, lex.facts(doc), endTok, limit);
            if (q != null && q.value().after() && qualifier == Qualifier.EXACT && upper == null && !a.vague()) {
                qualifier = q.value().qualifier();
                end = doc.token(q.end() - 1).end();
                endTok = q.end();
            }
        }
        Resolved r = resolve(run, cur.word(), i);
        BigDecimal value = a.value();
        BigDecimal up = upper == null ? null : upper.value();
        String rule;
        if (a.vague()) {
            qualifier = Qualifier.VAGUE;
            rule = VAGUE;
        } else if (up != null) {
            // "بين 5 و7 مليارات": the lower end shares the upper end's scale when it has none
            if (!a.scaled() && upper.scaled() && value.compareTo(up) < 0 && scaleOf(upper) != null) {
                BigDecimal scaledLow = value.multiply(scaleOf(upper));
                if (scaledLow.compareTo(up) < 0) {
                    value = scaledLow;
                }
            }
            if (value.compareTo(up) >= 0) {
                return null; // not a range: "2002-5 ملايين"
            }
            qualifier = Qualifier.RANGE;
            rule = RANGE;
        } else if (cur.word().number().equals("SUB")) {
            rule = SUBUNIT;
        } else {
            rule = a.digits() && a.words() ? MIXED : a.digits() ? DIGITS : WORDS;
        }
        if (cur.word().number().equals("SUB")) {
            value = value == null ? null : value.multiply(cur.word().factor());
            up = up == null ? null : up.multiply(cur.word().factor());
        }
        if (symbolAfter != null && endTok == k + 1 && !rule.equals(RANGE)) {
            rule = SYMBOL;
        }
        MonetaryFigure f = new MonetaryFigure(Span.of(doc.original(), start, end), plain(value), plain(up), r.currency,
                qualifier, r.confidence, rule);
        return new Found(f, endTok);
    }

    /** The scale of the last scale word in an amount: 10^k where the value is n × 10^k. */
    private static BigDecimal scaleOf(Amount a) {
        BigDecimal v = a.value().stripTrailingZeros();
        int zeros = -v.scale();
        if (zeros < 3) {
            return null;
        }
        // the largest power of 1000 dividing the value
        int k = zeros - zeros % 3;
        return BigDecimal.ONE.movePointRight(k);
    }

    private static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String rangeOpener(Token t) {
        for (var a : t.analyses()) {
            if (RANGE_OPENERS.contains(a.stem()) && (a.prefix().isEmpty() || a.prefix().equals("و"))) {
                return a.stem();
            }
        }
        return null;
    }

    /** Index of the second end of a range after token {@code k}, or -1. */
    private static int rangeJoiner(TextAnalysis doc, int k, int limit, boolean rangeOpen) {
        if (k >= limit) {
            return -1;
        }
        Token t = doc.token(k);
        if (RANGE_JOINERS.contains(t.norm()) && k + 1 < limit) {
            // "20-25": only digits on both sides of a dash; إلى/حتى only after من
            boolean word = t.isWord();
            if (word && !rangeOpen) {
                return -1;
            }
            return k + 1;
        }
        if (rangeOpen && t.norm().equals("و") && k + 1 < limit) {
            return k + 1; // بين 5 و 7
        }
        if (rangeOpen && t.type() == TokenType.ARABIC && t.norm().length() > 1 && t.norm().charAt(0) == 'و') {
            return k; // بين خمسة وسبعة: the amount parser reads the conjunction as a proclitic
        }
        return -1;
    }

    private Cur currency(TextAnalysis doc, int k, int limit) {
        if (k >= limit) {
            return null;
        }
        PhraseIndex.Match<CurrencyWord> m = lex.currencies.match(doc, lex.facts(doc), k, limit);
        if (m == null || !(m.head().prefix().isEmpty() || m.head().prefix().equals("ال"))) {
            return null;
        }
        Token last = doc.token(m.end() - 1);
        return new Cur(m.value(), m.end(), m.start(), last.end());
    }

    private record Resolved(Currency currency, double confidence) {}

    /**
     * An unambiguous currency is certain. An ambiguous one (جنيه، ريال، دينار، درهم alone) takes the reading
     * with the nearest evidence in the document — an explicit figure in that currency, a country or nisba
     * that points to it (مصر → EGP) — within {@value #EVIDENCE_WINDOW} tokens; else the most common reading
     * with a lower confidence.
     */
    private Resolved resolve(Run run, CurrencyWord w, int at) {
        if (!w.ambiguous()) {
            return new Resolved(w.currency(), 1.0);
        }
        Currency before = run.resolved.get(w.currency());
        if (before != null) {
            return new Resolved(before, 0.8); // a document does not use one bare word for two currencies
        }
        Resolved r = nearestReading(run, w, at);
        if (r.confidence() > 0.6) {
            run.resolved.put(w.currency(), r.currency());
        }
        return r;
    }

    private Resolved nearestReading(Run run, CurrencyWord w, int at) {
        Currency best = w.currency();
        int bestDistance = run.distance(best, at);
        for (Currency c : w.alternatives()) {
            int d = run.distance(c, at);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (bestDistance > EVIDENCE_WINDOW) {
            return new Resolved(w.currency(), 0.6);
        }
        return new Resolved(best, 0.8);
    }

    /** $200، US$ 5 مليون، €50: a currency symbol or code before the amount. */
    private Found symbolFirst(Run run, int i, int limit) {
        TextAnalysis doc = run.doc;
        PhraseIndex.Match<CurrencyWord> m = lex.currencies.matchBare(doc, lex.facts(doc), i, limit);
        if (m == null || m.end() >= limit || m.value().number().equals("SUB")) {
            return null;
        }
        Amount a = amounts.parse(doc, m.end(), limit);
        if (a == null || a.vague() || !a.digits()) {
            return null;
        }
        Resolved r = resolve(run, m.value(), i);
        int end = doc.token(a.end() - 1).end();
        return new Found(new MonetaryFigure(Span.of(doc.original(), doc.token(i).start(), end), plain(a.value()), null,
                r.currency, Qualifier.EXACT, r.confidence, SYMBOL), a.end());
    }

    /** جنيه واحد، دولار أمريكي واحد: a singular currency followed by "one". */
    private Found currencyThenOne(Run run, int i, int limit) {
        TextAnalysis doc = run.doc;
        Cur cur = currency(doc, i, limit);
        if (cur == null || !cur.word().number().equals("SG") || cur.end() >= limit) {
            return null;
        }
        Token next = doc.token(cur.end());
        if (!ONE.contains(next.norm()) || doc.token(i).deepest().article()) {
            return null;
        }
        Resolved r = resolve(run, cur.word(), i);
        return new Found(new MonetaryFigure(Span.of(doc.original(), cur.start(), next.end()), BigDecimal.ONE, null,
                r.currency, Qualifier.EXACT, r.confidence, CURRENCY_ONE), cur.end() + 1);
    }

    /**
     * "من 8.1 مليارات" after "9.81 مليارات يورو": an amount with a scale word but no currency, right after
     * an explicit figure in the same sentence, and not followed by a counted noun. The currency stays null:
     * the text does not give it.
     */
    private Found elided(Run run, Amount a, Amount upper, Qualifier q, int start, int k, int limit, int lastFigureEnd) {
        TextAnalysis doc = run.doc;
        if (strictness == Strictness.STRICT || a.vague() || upper != null || !a.scaled()) {
            return null;
        }
        boolean afterFigure = lastFigureEnd >= 0 && a.first() - lastFigureEnd <= ELIDED_WINDOW;
        if (!afterFigure && !moneyContextBefore(doc, a.first())) {
            return null;
        }
        if (k < limit) {
            Token next = doc.token(k);
            if (next.isWord() && !ELIDED_FOLLOWERS.contains(next.norm()) && !ELIDED_FOLLOWERS.contains(next.deepest().stem())) {
                return null; // "4.3 مليون سيارة": a count
            }
        }
        int end = doc.token(k - 1).end();
        MonetaryFigure f = new MonetaryFigure(Span.of(doc.original(), start, end), plain(a.value()), null, null, q, 0.5,
                ELIDED);
        return new Found(f, k);
    }

    /** Whether a financial noun (إيرادات، عجز، قيمة ...) stands shortly before token {@code i} in its sentence. */
    private boolean moneyContextBefore(TextAnalysis doc, int i) {
        int from = Math.max(0, i - CONTEXT_WINDOW);
        for (int j = i - 1; j >= from; j--) {
            Token t = doc.token(j);
            if (t.type() == TokenType.PUNCT && (t.norm().equals(".") || t.norm().equals("؟") || t.norm().equals("!"))) {
                return false;
            }
            if (t.isWord() && lex.moneyContext.match(doc, lex.facts(doc), j, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** "بأقل من دولارين": a dual currency after a qualifier is the amount two. */
    private Found dualCurrency(Run run, int pos, int limit, int start, Qualifier q) {
        Cur cur = currency(run.doc, pos, limit);
        if (cur == null || !cur.word().number().equals("DU")) {
            return null;
        }
        Resolved r = resolve(run, cur.word(), pos);
        return new Found(new MonetaryFigure(Span.of(run.doc.original(), start, cur.endOffset()), BigDecimal.valueOf(2), null,
                r.currency, q, r.confidence, DUAL_CURRENCY), cur.end());
    }

}
