package org.khabar.internal.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.Stance;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.lexicon.PhraseIndex;
import org.khabar.internal.lexicon.Tsv;
import org.khabar.internal.text.ArabicNormalizer;

/**
 * The word lists the claim rules read, loaded and validated once when the extractor is built: reporting
 * verbs (with the user's custom forms), attribution phrases, source nouns, anonymous quantifiers, and —
 * read only — titles, given names and organization designators for classifying speakers. Immutable.
 */
final class ClaimLexicon {

    /** What a reporting verb needs after its subject to introduce content. */
    enum Complement {
        /** Anything that introduces content: إن/أن، a quote, a colon. */
        ANY,
        /** أن/إن (fused pronouns included). */
        ANNA,
        /** إلى أن (أشار، لفت، نوه، ألمح). */
        ILA_ANNA,
        /** بأن (صرح، أفاد، أقر). */
        BI_ANNA,
        /** على أن (شدد، أصر). */
        ALA_ANNA,
        /** An object and a ب-phrase: اتهم X بـ، وصف X بأنه. */
        BI_CHARGE,
        /** Relaying: نقل X عن Y، نسب X إلى Y — the speaker is Y. */
        RELAY
    }

    /** One inflected form of a reporting verb. */
    record Verb(String form, String lemma, String aspect, String gender, String number, Stance stance,
            Complement complement, boolean custom) {
        boolean participle() {
            return "PARTICIPLE".equals(aspect);
        }

        boolean present() {
            return "PRESENT".equals(aspect);
        }
    }

    /** An attribution phrase: بحسب، وفقا لـ، نقلا عن، على حد قوله. */
    record Phrase(String phrase, boolean needsLi, boolean selfContained, boolean thenVerb) {}

    /** Source noun classes of source_nouns.tsv. */
    enum SourceClass { PERSON_ANON, DOCUMENT, GROUP }

    private static final Set<String> THEN_VERB_ENDINGS = org.khabar.internal.text.WordSet.of("ما", "حسبما", "بحسبما", "وفقما", "لما");

    /** Object pronouns that may follow a reporting verb. */
    static final List<String> ENCLITICS = List.of("ه", "ها", "هم", "هما", "هن");

    final Map<String, Verb> verbs = new HashMap<>();
    /**
     * Non-participle verb forms with an object pronoun attached (وصفه، اتهمها، قالها), precomputed so that the
     * scan does one look-up per token instead of cutting every word that ends in ه (every ة) five ways.
     */
    final Map<String, Verb> verbsWithEnclitic = new HashMap<>();
    final PhraseIndex<Phrase> phrases = new PhraseIndex<>(org.khabar.internal.lexicon.Facts.CLAIM_PHRASE);
    /** The keys of the one-word phrases, and the second keys of the longer ones (see {@code Facts.CLAIM_PHRASE_WHOLE}). */
    final Set<String> wholePhrases = new HashSet<>();
    final Set<String> secondWords = new HashSet<>();
    final Map<String, SourceClass> sourceNouns = new HashMap<>();
    final Set<String> quantifiers = new HashSet<>();
    final Set<String> titles = new HashSet<>();
    final Set<String> givenNames = new HashSet<>();
    final Set<String> orgHeads = new HashSet<>();

    ClaimLexicon(CustomEntries custom) {
        for (Tsv.Row r : Tsv.resource("reporting_verbs.tsv", "form", "lemma", "aspect", "gender", "number",
                "stance", "complement")) {
            Stance stance;
            Complement comp;
            try {
                stance = Stance.valueOf(r.get("stance"));
                comp = Complement.valueOf(r.get("complement"));
            } catch (IllegalArgumentException e) {
                throw r.error("bad stance or complement: " + e.getMessage());
            }
            String key = key(r.get("form"));
            verbs.putIfAbsent(key, new Verb(r.get("form"), key(r.get("lemma")), r.get("aspect"), r.get("gender"),
                    r.get("number"), stance, comp, false));
        }
        for (CustomEntries.Verb v : custom.verbs()) {
            String key = key(v.form());
            // a user's form wins over the bundled one: the user said what stance it has
            verbs.put(key, new Verb(v.form(), key, "PAST", "-", "-", v.stance(), Complement.ANY, true));
        }
        for (Map.Entry<String, Verb> e : verbs.entrySet()) {
            if (e.getValue().participle() || e.getKey().length() < 3) {
                continue;
            }
            for (String enc : ENCLITICS) {
                verbsWithEnclitic.putIfAbsent(e.getKey() + enc, e.getValue());
            }
        }
        for (Tsv.Row r : Tsv.resource("attribution_phrases.tsv", "phrase", "kind", "needs_li")) {
            String p = r.get("phrase");
            String k = ArabicNormalizer.normalizeKey(p);
            boolean self = k.startsWith("علي حد") || k.startsWith("في راي") || k.startsWith("براي")
                    || k.startsWith("في نظر") || k.startsWith("من وجهه نظر") || k.startsWith("في تقدير")
                    || k.startsWith("بتقدير") || k.startsWith("حسب قول") || k.startsWith("بحسب قول")
                    || k.startsWith("حسب تعبير") || k.startsWith("بحسب تعبير");
            // "حسب ما قال X", "وفقا لما ذكرته X": one claim keyed on the phrase, speaker after the verb
            List<String> ks = PhraseIndex.keys(p);
            boolean thenVerb = !ks.isEmpty() && THEN_VERB_ENDINGS.contains(ks.get(ks.size() - 1));
            if (thenVerb) {
                self = false;
            }
            phrases.put(p, new Phrase(p, "YES".equals(r.get("needs_li")), self, thenVerb));
            // the trie's first two levels are these keys (PhraseIndex.put keys a phrase by PhraseIndex.keys)
            if (ks.size() == 1) {
                wholePhrases.add(ks.get(0));
            } else if (ks.size() > 1) {
                secondWords.add(ks.get(1));
            }
        }
        for (Tsv.Row r : Tsv.resource("source_nouns.tsv", "noun", "class", "number")) {
            try {
                sourceNouns.putIfAbsent(key(r.get("noun")), SourceClass.valueOf(r.get("class")));
            } catch (IllegalArgumentException e) {
                throw r.error("bad class " + r.get("class"));
            }
        }
        for (Tsv.Row r : Tsv.resource("anonymous_quantifiers.tsv", "word", "count")) {
            quantifiers.add(firstKey(r.get("word")));
        }
        for (Tsv.Row r : Tsv.resource("titles.tsv", "title")) {
            titles.add(firstKey(r.get("title")));
        }
        for (CustomEntries.Named t : custom.titles()) {
            titles.add(firstKey(t.text()));
        }
        for (Tsv.Row r : Tsv.resource("given_names.tsv", "name")) {
            givenNames.add(firstKey(r.get("name")));
        }
        for (CustomEntries.Named g : custom.givenNames()) {
            givenNames.add(firstKey(g.text()));
        }
        for (Tsv.Row r : Tsv.resource("org_designators.tsv", "word", "role")) {
            if ("HEAD".equals(r.get("role"))) {
                orgHeads.add(firstKey(r.get("word")));
            }
        }
    }

    /** The lookup key of one word: normalised, without a leading article. */
    static String key(String word) {
        return PhraseIndex.wordKey(ArabicNormalizer.normalizeKey(word));
    }

    private static String firstKey(String phrase) {
        List<String> k = PhraseIndex.keys(phrase);
        return k.isEmpty() ? "" : k.get(0);
    }
}
