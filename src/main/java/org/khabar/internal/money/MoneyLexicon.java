package org.khabar.internal.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.Qualifier;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.lexicon.PhraseIndex;
import org.khabar.internal.lexicon.Tsv;
import org.khabar.internal.lexicon.Facts;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.TokenFacts;
import org.khabar.internal.text.WordFacts;

/**
 * The money lexicons, loaded and validated once: currencies (with ambiguity), sub-units, number words,
 * qualifiers, and the context phrases (nisbas, country names) that settle an ambiguous currency.
 */
final class MoneyLexicon {

    /** A currency surface: its most common reading, the other readings, and its grammatical number. */
    record CurrencyWord(Currency currency, List<Currency> alternatives, String number, BigDecimal factor) {
        boolean ambiguous() {
            return !alternatives.isEmpty();
        }
    }

    enum NumberKind { UNIT, TEN, TEEN, HUNDRED, SCALE, SCALE_ACC, SCALE_DUAL, FRACTION }

    record NumberWord(BigDecimal value, NumberKind kind, boolean plural) {}

    record QualifierPhrase(Qualifier qualifier, boolean before, boolean after) {}

    final PhraseIndex<CurrencyWord> currencies = new PhraseIndex<>(org.khabar.internal.lexicon.Facts.CURRENCY);
    final PhraseIndex<NumberWord> numbers = new PhraseIndex<>(org.khabar.internal.lexicon.Facts.NUMBER);
    final PhraseIndex<QualifierPhrase> qualifiers = new PhraseIndex<>(org.khabar.internal.lexicon.Facts.QUALIFIER);
    /** Phrases that point at one currency when found anywhere in the document: مصري → EGP, مصر → EGP. */
    final PhraseIndex<Currency> evidence = new PhraseIndex<>(org.khabar.internal.lexicon.Facts.CURRENCY_EVIDENCE);
    /**
     * First words of every number word and currency name: a sentence without one of these (and without
     * digits or a currency symbol) cannot hold a figure and is skipped.
     */
    final Set<String> triggers = new java.util.HashSet<>();
    /** Financial nouns that make "number + scale word" money when the currency is elided: إيرادات، عجز. */
    final PhraseIndex<Boolean> moneyContext = new PhraseIndex<>(org.khabar.internal.lexicon.Facts.MONEY_CONTEXT);

    /** This lexicon's words as {@link Facts} bits, or an engine's shared table; see {@link #table()}. */
    private final WordFacts.Holder table = new WordFacts.Holder(this::contribute);

    /** The table in use: the engine's shared one, else this one's own, built on first use. */
    private WordFacts table() {
        return table.get();
    }


    /** Adds this lexicon's words to a table: the first words of its indexes and the triggers. */
    WordFacts.Builder contribute(WordFacts.Builder b) {
        for (PhraseIndex<?> index : List.of(currencies, numbers, qualifiers, evidence, moneyContext)) {
            b.addAll(index.firstWords(), index.fact());
        }
        b.addAll(triggers, Facts.MONEY_TRIGGER);
        b.addAll(Amounts.VAGUE_HEADS, Facts.MONEY_TRIGGER | Facts.VAGUE_HEAD);
        b.addAll(MoneyExtractor.RANGE_OPENERS, Facts.RANGE_OPENER);
        return b;
    }

    /** Uses a table that holds at least {@link #contribute}'s words; called before the engine is published. */
    void useFacts(WordFacts shared) {
        table.share(shared);
    }

    /** The document's tokens looked up in this lexicon's table. */
    TokenFacts facts(TextAnalysis doc) {
        return doc.facts(table());
    }

    MoneyLexicon(CustomEntries custom) {
        Map<String, Currency> tails = new HashMap<>();
        for (Tsv.Row r : Tsv.resource("currencies.tsv", "surface", "iso", "alternatives", "number")) {
            CurrencyWord w = new CurrencyWord(currency(r, r.get("iso")), alternatives(r), r.get("number"), BigDecimal.ONE);
            put(currencies, r, r.get("surface"), w);
            List<String> keys = PhraseIndex.keys(r.get("surface"));
            if (keys.size() >= 2 && !w.ambiguous()) {
                // "جنيه مصري" → EGP: the nisba alone, anywhere in the text, is evidence for EGP
                String tail = r.get("surface").strip();
                tail = tail.substring(tail.indexOf(' ') + 1);
                tails.putIfAbsent(tail, w.currency());
            }
        }
        for (Tsv.Row r : Tsv.resource("subunits.tsv", "surface", "iso", "alternatives", "factor")) {
            BigDecimal factor;
            try {
                factor = new BigDecimal(r.get("factor"));
            } catch (NumberFormatException e) {
                throw r.error("bad factor '" + r.get("factor") + "'");
            }
            put(currencies, r, r.get("surface"), new CurrencyWord(currency(r, r.get("iso")), alternatives(r), "SUB", factor));
        }
        for (CustomEntries.Cur c : custom.currencies()) {
            currencies.put(c.surface(), new CurrencyWord(c.currency(), List.of(), "SG", BigDecimal.ONE));
            List<String> keys = PhraseIndex.keys(c.surface());
            if (!keys.isEmpty()) {
                triggers.add(keys.get(0));
            }
        }
        for (Tsv.Row r : Tsv.resource("number_words.tsv", "word", "value", "kind")) {
            NumberKind kind;
            BigDecimal value;
            try {
                kind = NumberKind.valueOf(r.get("kind"));
                String v = r.get("value");
                value = v.contains("/") ? null : new BigDecimal(v);
            } catch (IllegalArgumentException e) {
                throw r.error("bad value or kind: " + e.getMessage());
            }
            if (value == null) {
                continue; // thirds have no exact decimal value; they are never read as amounts
            }
            String w = r.get("word");
            boolean plural = kind == NumberKind.SCALE && isPluralScale(w);
            put(numbers, r, w, new NumberWord(value, kind, plural));
        }
        for (Tsv.Row r : Tsv.resource("qualifiers.tsv", "phrase", "qualifier", "position")) {
            Qualifier q;
            try {
                q = Qualifier.valueOf(r.get("qualifier"));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown qualifier '" + r.get("qualifier") + "'");
            }
            String pos = r.get("position");
            if (!pos.equals("BEFORE") && !pos.equals("AFTER") && !pos.equals("BOTH")) {
                throw r.error("position must be BEFORE, AFTER or BOTH");
            }
            put(qualifiers, r, r.get("phrase"), new QualifierPhrase(q, !pos.equals("AFTER"), !pos.equals("BEFORE")));
        }
        for (Tsv.Row r : Tsv.resource("money_context.tsv", "word")) {
            put(moneyContext, r, r.get("word"), Boolean.TRUE);
        }
        tails.forEach(evidence::put);
        for (Tsv.Row r : Tsv.resource("currency_places.tsv", "place", "iso")) {
            evidence.put(r.get("place"), currency(r, r.get("iso")));
        }
        for (Tsv.Row r : Tsv.resource("places.tsv", "name", "type", "nisba_m", "nisba_f")) {
            String m = r.optional("nisba_m");
            Currency c = m == null ? null : tails.get(m);
            if (c == null) {
                continue;
            }
            evidence.put(r.get("name"), c);
            String f = r.optional("nisba_f");
            if (f != null) {
                evidence.put(f, c);
            }
        }
    }

    private static boolean isPluralScale(String w) {
        // آلاف ملايين مليارات ملايير بلايين تريليونات: without a number they are vague ("ملايين الدولارات")
        return w.startsWith("آلاف") || w.startsWith("ألوف") || w.startsWith("ملايين") || w.startsWith("ملايير")
                || w.endsWith("ات") || w.startsWith("بلايين");
    }

    private <V> void put(PhraseIndex<V> index, Tsv.Row r, String phrase, V value) {
        if (index == currencies || index == numbers) {
            List<String> keys = PhraseIndex.keys(phrase);
            if (!keys.isEmpty()) {
                triggers.add(keys.get(0));
                triggers.add(PhraseIndex.wordKey(keys.get(0)));
            }
        }
        try {
            if (index.put(phrase, value) != null) {
                throw r.error("duplicate entry '" + phrase + "' after normalisation");
            }
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
    }

    private static Currency currency(Tsv.Row r, String iso) {
        try {
            return Currency.getInstance(iso);
        } catch (IllegalArgumentException e) {
            throw r.error("not an ISO 4217 code: '" + iso + "'");
        }
    }

    private static List<Currency> alternatives(Tsv.Row r) {
        String a = r.optional("alternatives");
        if (a == null) {
            return List.of();
        }
        Set<Currency> out = new LinkedHashSet<>();
        for (String iso : a.split("\\|")) {
            out.add(currency(r, iso.strip()));
        }
        return List.copyOf(new ArrayList<>(out));
    }
}
