package org.khabar.internal.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.Gender;
import org.khabar.OrganizationKind;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.lexicon.LexiconException;
import org.khabar.internal.lexicon.PhraseIndex;
import org.khabar.internal.lexicon.Tsv;
import org.khabar.internal.lexicon.Facts;
import org.khabar.internal.text.WordFacts;
import org.khabar.internal.text.ArabicNormalizer;

/**
 * The lexicons the entity extractor reads, loaded once through the document normaliser and frozen:
 * titles, given names (and the ambiguous ones), places with their nisbas, organisation designators,
 * well-known organisations and the reporting verbs (for gender and for "قال X" evidence). Custom
 * entries from the builder are added on top. Immutable after construction.
 */
final class NameLexicons {

    /** A person title: its gender and kind (HONORIFIC, POLITICAL ...). */
    record Title(String text, Gender gender, String kind) {}

    /**
     * An organisation designator and its role (HEAD, DESCRIPTOR, SUFFIX), with the word's {@link #key}
     * worked out once: the organisation rules test it against their head sets at every designator they
     * meet, and {@link #key(String)} normalises the word again on each call.
     */
    record Designator(String word, OrganizationKind kind, String role, String key) {
        Designator(String word, OrganizationKind kind, String role) {
            this(word, kind, role, NameLexicons.key(word));
        }

        boolean head() {
            return role.equals("HEAD");
        }

        boolean descriptor() {
            return role.equals("DESCRIPTOR");
        }

        boolean suffix() {
            return role.equals("SUFFIX");
        }
    }

    /** A known organisation: its canonical name and kind. */
    record KnownOrg(String name, OrganizationKind kind) {}

    /**
     * One written form of a known organisation; {@code definite} when the form starts with the article;
     * {@code ambiguous} when it is also a common word and needs context (org_ambiguous_forms.tsv).
     */
    record OrgForm(KnownOrg org, boolean definite, boolean latin, boolean ambiguous) {}

    private final Set<String> ambiguousOrgForms = new HashSet<>();

    final PhraseIndex<Title> titles = new PhraseIndex<>(Facts.TITLE);
    /** Word key → gender of a given name. */
    final Map<String, Gender> givenNames = new HashMap<>();
    /** Word keys of given names that are also common words: they need more evidence. */
    final Set<String> ambiguousNames = new HashSet<>();
    /** Those of them whose other sense is an adjective (عادل، نادر، كريم): no noun that takes a genitive. */
    final Set<String> adjectiveNames = new HashSet<>();
    /** Those whose other sense is a verb (يحيى، حافظ، سامح): after a reporting verb no second verb stands there. */
    final Set<String> verbNames = new HashSet<>();
    final PhraseIndex<String> places = new PhraseIndex<>(Facts.PLACE);
    /** Word keys of the nisbas of places (الروسي، اللبنانية): they end a name that is complete. */
    final Set<String> placeNisbas = new HashSet<>();
    /** Word keys of the nisbas of countries only (المصري، الأمريكية): never a surname after a name. */
    final Set<String> countryNisbas = new HashSet<>();
    /** Word keys of the nisbas of cities only (البيضاوي، الفاسية): a club's town, never a region's or continent's. */
    final Set<String> cityNisbas = new HashSet<>();
    /** Word keys of nisba and descriptive adjectives (الأمريكي، الوطني، السابق ...). */
    final Set<String> adjectives = new HashSet<>();
    final PhraseIndex<Designator> designators = new PhraseIndex<>(Facts.DESIGNATOR);
    final PhraseIndex<OrgForm> organizations = new PhraseIndex<>(Facts.ORGANIZATION);
    /** Given names of Arabic origin (the others are read only without a preposition: بايدن is no ب + ايدن). */
    final Set<String> arabicGivenNames = new HashSet<>();
    /** Normalised reporting verb form → gender (UNKNOWN for plurals). */
    final Map<String, Gender> verbs = new HashMap<>();
    /** Singular past and present reporting verb forms that are no other common word: evidence for "قال X إن". */
    final Map<String, Gender> singularVerbs = new HashMap<>();
    /** Singular reporting verb form → its lemma and complement ("أشار ILA_ANNA"): which preposition follows its subject. */
    final Map<String, String> verbFrames = new HashMap<>();
    /** Normalised word → {@link ContextRules} cue roles (bits) from org_context_cues.tsv. */
    final Map<String, Integer> orgCues = new HashMap<>();
    /**
     * Given names that are also a place only when written with the article: خليل (الخليل), رياض (الرياض),
     * هند (الهند). Without the article the word is the name, so "قال خليل ..." is no place.
     */
    final Set<String> definitePlaceNames = new HashSet<>();
    /** Word keys of one-word places listed only with the article (الأحمدي، الكويت): bare, the word is no place. */
    final Set<String> definiteOnlyPlaces = new HashSet<>();
    /** Word keys of single-word titles, designators and places: never part of a person's name. */
    final Set<String> notNameWords = new HashSet<>();
    /**
     * First words of the SUFFIX designators as the trie keys them (قابضه، كابيتال، غروب): the organisation rules
     * probe a token's hashes here before asking the designators for a suffix ({@link OrgRules#maySuffix}).
     */
    final org.khabar.internal.text.WordSet suffixWords;

    /** Adds the words the entity rules test to a {@link WordFacts} table. */
    WordFacts.Builder contribute(WordFacts.Builder b) {
        for (PhraseIndex<?> index : List.of(titles, places, designators, organizations)) {
            b.addAll(index.firstWords(), index.fact());
        }
        b.addAll(givenNames.keySet(), Facts.GIVEN_NAME);
        for (Map.Entry<String, Gender> e : givenNames.entrySet()) {
            if (e.getValue() != Gender.MALE) {
                b.add(e.getKey(), e.getValue() == Gender.FEMALE ? Facts.GIVEN_FEMALE : Facts.GIVEN_UNKNOWN);
            }
        }
        b.addAll(verbs.keySet(), Facts.NAME_VERB);
        b.addAll(Words.STOP, Facts.NAME_STOP);
        b.addAll(adjectives, Facts.ADJECTIVE);
        b.addAll(notNameWords, Facts.NOT_NAME);
        b.addAll(ambiguousNames, Facts.AMBIGUOUS_NAME);
        b.addAll(arabicGivenNames, Facts.ARABIC_GIVEN);
        b.addAll(Words.PARTICLES, Facts.PARTICLE);
        b.addAll(singularVerbs.keySet(), Facts.SINGULAR_VERB);
        for (Map.Entry<String, Gender> e : singularVerbs.entrySet()) {
            if (e.getValue() != Gender.MALE) {
                b.add(e.getKey(), e.getValue() == Gender.FEMALE ? Facts.SINGULAR_VERB_FEMALE : Facts.SINGULAR_VERB_UNKNOWN);
            }
        }
        b.addAll(Words.KUNYA, Facts.KUNYA_OR_ABD).add("عبد", Facts.KUNYA_OR_ABD);
        b.addAll(placeNisbas, Facts.PLACE_NISBA);
        b.addAll(Words.TITLE_ADJECTIVES, Facts.TITLE_ADJECTIVE);
        b.addAll(orgCues.keySet(), Facts.ORG_CUE);
        b.addAll(Words.KINSHIP.keySet(), Facts.KINSHIP);
        b.addAll(Words.FRAME_NOUNS, Facts.FRAME_NOUN);
        b.addAll(Words.FACILITY_HEADS, Facts.PLACE_NOUN).addAll(Words.EPONYM_HEADS, Facts.PLACE_NOUN);
        b.addAll(ActorRules.SETTLEMENT_HEADS, Facts.PLACE_NOUN);
        b.addAll(Words.SCORING_VERBS, Facts.SCORING_VERB).addAll(Words.SCORING_VERBS_OBJECT, Facts.SCORING_VERB);
        b.addAll(ActorRules.FAMILY_NOUNS, Facts.FAMILY_NOUN);
        b.addAll(Words.EAST_ASIAN_SYLLABLES, Facts.EAST_ASIAN);
        b.addAll(ActorRules.CUE_WORDS, Facts.PERSON_CUE_WORD);
        for (Map.Entry<String, Integer> cue : orgCues.entrySet()) {
            if ((cue.getValue() & ContextRules.SPORTS) != 0) {
                b.add(cue.getKey(), Facts.SPORTS_CUE);
            }
            if ((cue.getValue() & ContextRules.CLUB_VERB) != 0 && cue.getKey().length() >= 3) {
                for (String pronoun : ContextRules.OBJECT_PRONOUNS) {
                    b.add(cue.getKey() + pronoun, Facts.CLUB_OBJECT_CUE);
                }
            }
        }
        return b;
    }

    private static volatile NameLexicons defaults;

    /** The shipped lexicons, loaded once per class loader. */
    static NameLexicons defaults() {
        NameLexicons d = defaults;
        if (d == null) {
            synchronized (NameLexicons.class) {
                d = defaults;
                if (d == null) {
                    d = new NameLexicons(null);
                    defaults = d;
                }
            }
        }
        return d;
    }

    /** The shipped lexicons plus the user's entries; the defaults themselves when there are none. */
    static NameLexicons with(CustomEntries custom) {
        if (custom == null || (custom.organizations().isEmpty() && custom.givenNames().isEmpty()
                && custom.titles().isEmpty())) {
            return defaults();
        }
        return new NameLexicons(custom);
    }

    private NameLexicons(CustomEntries custom) {
        for (Tsv.Row r : Tsv.resource("titles.tsv", "title", "gender", "kind")) {
            Title t = new Title(r.get("title"), gender(r, r.get("gender")), r.get("kind"));
            titles.put(t.text(), t);
            noteSingleWord(t.text());
        }
        for (Tsv.Row r : Tsv.resource("given_names.tsv", "name", "gender")) {
            String gn = ArabicNormalizer.normalizeKey(r.get("name"));
            givenNames.put(gn, gender(r, r.get("gender")));
            if (!r.cells().containsKey("origin") || r.get("origin").equals("ARABIC")) {
                arabicGivenNames.add(gn);
            }
        }
        if (NameLexicons.class.getResource("/org/khabar/lexicon/ambiguous_names.tsv") != null) {
            for (Tsv.Row r : Tsv.resource("ambiguous_names.tsv", "name")) {
                ambiguousNames.add(ArabicNormalizer.normalizeKey(r.get("name")));
                if (r.get("reason").startsWith("adjective")) {
                    adjectiveNames.add(ArabicNormalizer.normalizeKey(r.get("name")));
                } else if (r.get("reason").startsWith("verb")) {
                    verbNames.add(ArabicNormalizer.normalizeKey(r.get("name")));
                }
            }
        }
        for (Tsv.Row r : Tsv.resource("places.tsv", "name", "type", "nisba_m", "nisba_f")) {
            places.put(r.get("name"), r.get("type"));
            noteSingleWord(r.get("name"));
            for (String c : new String[] {"nisba_m", "nisba_f"}) {
                String n = r.optional(c);
                if (n != null && !n.contains(" ")) {
                    adjectives.add(key(n));
                    placeNisbas.add(key(n));
                    if (r.get("type").equals("COUNTRY")) {
                        countryNisbas.add(key(n));
                    }
                    if (r.get("type").equals("CITY")) {
                        cityNisbas.add(key(n));
                    }
                    adjectives.add(key(n) + "ين"); // plural/dual oblique: الأمريكيين
                    adjectives.add(key(n) + "ون");
                    adjectives.add(key(n) + "ان");
                }
            }
        }
        Set<String> barePlaces = new HashSet<>();
        Set<String> definitePlaces = new HashSet<>();
        for (Tsv.Row r : Tsv.resource("places.tsv", "name")) {
            String n = ArabicNormalizer.normalizeKey(r.get("name"));
            if (n.indexOf(' ') < 0) {
                (n.length() >= 4 && n.startsWith("ال") ? definitePlaces : barePlaces).add(key(n));
            }
        }
        for (String k : definitePlaces) {
            if (!barePlaces.contains(k)) {
                definiteOnlyPlaces.add(k);
            }
            if (!barePlaces.contains(k) && givenNames.containsKey(k)) {
                definitePlaceNames.add(k);
            }
        }
        for (Tsv.Row r : Tsv.resource("nisba_adjectives.tsv", "adjective")) {
            adjectives.add(key(r.get("adjective")));
        }
        Set<String> suffixes = new HashSet<>();
        for (Tsv.Row r : Tsv.resource("org_designators.tsv", "word", "kind", "role")) {
            Designator d = new Designator(r.get("word"), orgKind(r, r.get("kind")), r.get("role"));
            designators.put(d.word(), d);
            if (!d.suffix()) {
                noteSingleWord(d.word());
            } else {
                suffixes.add(PhraseIndex.keys(d.word()).get(0));
            }
        }
        suffixWords = org.khabar.internal.text.WordSet.copyOf(suffixes);
        for (Tsv.Row r : Tsv.resource("org_ambiguous_forms.tsv", "form")) {
            ambiguousOrgForms.add(ArabicNormalizer.normalizeKey(r.get("form")));
        }
        for (Tsv.Row r : Tsv.resource("organizations.tsv", "name", "kind", "aliases")) {
            KnownOrg o = new KnownOrg(r.get("name"), orgKind(r, r.get("kind")));
            putOrg(o.name(), o);
            String aliases = r.optional("aliases");
            if (aliases != null) {
                for (String a : aliases.split("\\|")) {
                    if (!a.isBlank()) {
                        putOrg(a.strip(), o);
                    }
                }
            }
        }
        for (Tsv.Row r : Tsv.resource("org_context_cues.tsv", "word", "role")) {
            orgCues.merge(ArabicNormalizer.normalizeKey(r.get("word")), ContextRules.role(r), (a, b) -> a | b);
        }
        for (Tsv.Row r : Tsv.resource("source_nouns.tsv", "noun")) {
            noteSingleWord(r.get("noun")); // مصادر، شهود: "قالت مصادر" names no one
        }
        for (Tsv.Row r : Tsv.resource("reporting_verbs.tsv", "form", "gender", "number")) {
            String g = r.get("gender");
            Gender gender = !r.get("number").equals("SG") ? Gender.UNKNOWN
                    : g.equals("M") ? Gender.MALE : g.equals("F") ? Gender.FEMALE : Gender.UNKNOWN;
            String form = ArabicNormalizer.normalizeKey(r.get("form"));
            verbs.putIfAbsent(form, gender);
            String aspect = r.cells().getOrDefault("aspect", "");
            if (r.get("number").equals("SG") && (aspect.equals("PAST") || aspect.equals("PRESENT"))) {
                singularVerbs.putIfAbsent(form, gender);
                verbFrames.putIfAbsent(form, ArabicNormalizer.normalizeKey(r.cells().getOrDefault("lemma", "")) + " "
                        + r.cells().getOrDefault("complement", ""));
            }
        }
        if (custom != null) {
            ambiguousOrgForms.clear(); // a user's own entries are never second-guessed
            for (CustomEntries.Org o : custom.organizations()) {
                putOrg(o.name(), new KnownOrg(o.name(), o.kind()));
            }
            for (CustomEntries.Named n : custom.givenNames()) {
                for (String k : ArabicNormalizer.normalizeKey(n.text()).split(" ")) {
                    givenNames.put(k, n.gender());
                    ambiguousNames.remove(k);
                }
            }
            for (CustomEntries.Named t : custom.titles()) {
                titles.put(t.text(), new Title(t.text(), t.gender(), "CUSTOM"));
                noteSingleWord(t.text());
            }
        }
    }

    private void putOrg(String form, KnownOrg o) {
        String k = ArabicNormalizer.normalizeKey(form);
        boolean latin = !k.isEmpty() && k.charAt(0) < 0x0600;
        organizations.put(form, new OrgForm(o, k.startsWith("ال") && k.length() >= 4, latin,
                ambiguousOrgForms.contains(k)));
    }

    private void noteSingleWord(String phrase) {
        List<String> keys = PhraseIndex.keys(phrase);
        if (keys.size() == 1) {
            notNameWords.add(keys.get(0));
        }
    }

    /** The word key of a single lexicon word. */
    static String key(String word) {
        return PhraseIndex.wordKey(ArabicNormalizer.normalizeKey(word));
    }

    private static Gender gender(Tsv.Row r, String g) {
        switch (g) {
            case "M": return Gender.MALE;
            case "F": return Gender.FEMALE;
            case "U": case "-": return Gender.UNKNOWN;
            default: throw r.error("gender must be M, F or U: '" + g + "'");
        }
    }

    private static OrganizationKind orgKind(Tsv.Row r, String k) {
        try {
            return OrganizationKind.valueOf(k);
        } catch (IllegalArgumentException e) {
            throw new LexiconException(r.file(), r.line(), "unknown organisation kind '" + k + "'");
        }
    }
}
