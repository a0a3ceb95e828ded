package org.khabar.internal.lexicon;

import org.khabar.internal.text.WordFacts;

/**
 * The bits of a {@link WordFacts} table: which lexicon a word belongs to. One engine builds one table
 * from all its extractors' lexicons ({@code contribute} methods), and each extractor tests the bits of
 * a token instead of probing its sets and tries for every token. A bit marks a phrase index's first
 * words ({@link PhraseIndex#firstWords}) or a single-word set; the tests stay exact.
 */
public final class Facts {
    private Facts() {}

    // first words of phrase indexes
    public static final long TITLE = 1L;
    public static final long PLACE = 1L << 1;
    public static final long DESIGNATOR = 1L << 2;
    public static final long ORGANIZATION = 1L << 3;
    public static final long CURRENCY = 1L << 4;
    public static final long NUMBER = 1L << 5;
    public static final long QUALIFIER = 1L << 6;
    public static final long CURRENCY_EVIDENCE = 1L << 7;
    public static final long MONEY_CONTEXT = 1L << 8;
    public static final long CLAIM_PHRASE = 1L << 9;

    // single-word sets
    /** First words of number and currency words, and vague heads (عشرات): a figure may start near. */
    public static final long MONEY_TRIGGER = 1L << 10;
    /** Given names (word keys). */
    public static final long GIVEN_NAME = 1L << 11;
    /** Reporting verb forms the entity rules read (قال، أكدت ...). */
    public static final long NAME_VERB = 1L << 12;
    /** Function words that never start or continue a name (names.Words.STOP). */
    public static final long NAME_STOP = 1L << 13;
    /** Reporting verb forms the claim rules read. */
    public static final long CLAIM_VERB = 1L << 14;
    /** Nisba and descriptive adjectives (word keys). */
    public static final long ADJECTIVE = 1L << 15;
    /** Word keys of single-word titles, designators and places: never part of a person's name. */
    public static final long NOT_NAME = 1L << 16;
    /** Name particles: عبد، بن، أبو ... */
    public static final long PARTICLE = 1L << 17;
    /** Singular past and present reporting verb forms (names.NameLexicons.singularVerbs). */
    public static final long SINGULAR_VERB = 1L << 18;
    /** A kunya (أبو، أم) or عبد: the particle rule's first word. */
    public static final long KUNYA_OR_ABD = 1L << 19;
    /** Word keys of the nisbas of places (الروسي، اللبنانية). */
    public static final long PLACE_NISBA = 1L << 20;
    /** Adjectives that continue a title (names.Words.TITLE_ADJECTIVES). */
    public static final long TITLE_ADJECTIVE = 1L << 21;
    /** بين، من: a range may open (money). */
    public static final long RANGE_OPENER = 1L << 22;
    /** عشرات، مئات، بضعة: a vague amount's head (money). */
    public static final long VAGUE_HEAD = 1L << 23;
    /** مباراة، مدرب، فاز: a context cue around an organisation without designator (org_context_cues.tsv). */
    public static final long ORG_CUE = 1L << 24;
    /** A kinship noun with a pronoun (زوجته، ابنه): the kinship rule's first word (names.Words.KINSHIP). */
    public static final long KINSHIP = 1L << 25;
    /** A facility, cup or prize noun (مطار، كأس، جائزة): a name after it names the place (names.Words). */
    public static final long PLACE_NOUN = 1L << 26;
    /** A scoring verb (سجل، أحرز): the goal-scorer rule's first word (names.Words.SCORING_VERBS). */
    public static final long SCORING_VERB = 1L << 27;
    /** أن/إن/بأن with or without a fused pronoun (claims.ClaimExtractor ANNA and BI_ANNA), as the bare word. */
    public static final long ANNA = 1L << 28;
    /** مقابلة، رسالة، شكوى: the record-frame rule's first word (names.Words.FRAME_NOUNS). */
    public static final long FRAME_NOUN = 1L << 29;

    // claims: numbered from 40 so that bits added elsewhere (counted up from 30) do not take the same values
    /** Word keys of the claim rules' source nouns and anonymous quantifiers (claims.ClaimExtractor.isSourceWord). */
    public static final long CLAIM_SOURCE = 1L << 40;
    /** Word keys of the claim rules' given names, titles, organisation heads and name particles (isNameLike). */
    public static final long CLAIM_NAME_LIKE = 1L << 41;
    /** Attribution phrases of one word, as a reading's stem or key: a phrase match may end at its first token. */
    public static final long CLAIM_PHRASE_WHOLE = 1L << 42;
    /** Second words of attribution phrases, as a bare word or its key: a longer phrase match needs one next. */
    public static final long CLAIM_PHRASE_NEXT = 1L << 43;
    /** Words of the closed lists the claim scans probe per token (claims.ClaimExtractor.LISTED): a filter. */
    public static final long CLAIM_LISTED = 1L << 44;

    // names rules (speed gates): numbered from 50, clear of the bits counted up from 30 and 40
    /** أسرة، عائلة، عشيرة and their duals in construct, as a reading's stem: the family rule's first word (names.ActorRules.FAMILY_NOUNS). */
    public static final long FAMILY_NOUN = 1L << 50;
    /** One-syllable East Asian name words (لي، تشاو، جين), as the bare word (names.Words.EAST_ASIAN_SYLLABLES). */
    public static final long EAST_ASIAN = 1L << 51;
    /** The org context cues of role SPORTS (هدف، مباراة), a subset of {@link #ORG_CUE}: the sports-document test. */
    public static final long SPORTS_CUE = 1L << 52;
    /** The words a person rule starts at by their text (يا، بحسب، بقيادة، عن، إلى، د), as the bare word (names.ActorRules.CUE_WORDS). */
    public static final long PERSON_CUE_WORD = 1L << 53;
    /** A club verb cue with an object pronoun (ضيفه، هزمهم), as the word itself (names.ContextRules.objectCue). */
    public static final long CLUB_OBJECT_CUE = 1L << 54;
    /**
     * A given name of female gender (with {@link #GIVEN_NAME}): the gender the names lexicon holds for the word, read
     * without a hash probe (names.ActorRules.genderOfGiven).
     */
    public static final long GIVEN_FEMALE = 1L << 55;
    /** A given name of either gender (with {@link #GIVEN_NAME}); neither this nor {@link #GIVEN_FEMALE}: male. */
    public static final long GIVEN_UNKNOWN = 1L << 56;
    /**
     * A singular reporting verb of female gender (with {@link #SINGULAR_VERB}): the gender names.NameLexicons.singularVerbs
     * holds for the form, read without a hash probe (names.ActorRules.genderOfSingularVerb).
     */
    public static final long SINGULAR_VERB_FEMALE = 1L << 57;
    /** A singular reporting verb of unknown gender (with {@link #SINGULAR_VERB}); neither this nor the female bit: male. */
    public static final long SINGULAR_VERB_UNKNOWN = 1L << 58;
    /**
     * A given name that is also a common word (حسن، أمل، سعيد: names.NameLexicons.ambiguousNames): the person rules'
     * ambiguity test of a token or a reading's stem reads it instead of hashing the word (names.ActorRules.ambiguous).
     */
    public static final long AMBIGUOUS_NAME = 1L << 59;
    /** A given name of Arabic origin (names.NameLexicons.arabicGivenNames): foreign-name tests read it instead of a hash probe. */
    public static final long ARABIC_GIVEN = 1L << 60;
}
