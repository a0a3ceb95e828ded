package org.khabar.internal.claims;

import java.util.List;

/**
 * The ids of the claim rules. Every {@link org.khabar.Claim} carries the id of the rule that produced it;
 * the corpus test {@code ClaimCorpusTest} fails when an id here has no example that produces it.
 */
public final class ClaimRules {

    private ClaimRules() {}

    /** قال X إن ... — a reporting verb, its named subject, an إن/أن clause. */
    public static final String VERB_SPEAKER_ANNA = "claim.verb-speaker-anna";
    /** قال X: "..." / قال X " ..." / أن " ..." — quoted words after the speaker. */
    public static final String VERB_SPEAKER_QUOTE = "claim.verb-speaker-quote";
    /** "..." ، قال X — the quote comes first, the verb and speaker after it. */
    public static final String QUOTE_THEN_VERB = "claim.quote-then-verb";
    /** وقال إن ... / قالوا إن ... — no subject after the verb: a pronoun speaker. */
    public static final String VERB_PRONOUN = "claim.verb-pronoun";
    /** X قال إن ... / التي اعتبرت أن — the subject stands before the verb. */
    public static final String SUBJECT_BEFORE_VERB = "claim.subject-before-verb";
    /** أضاف X قائلا إن ... — one claim keyed on the first verb. */
    public static final String VERB_THEN_QAILAN = "claim.verb-then-qailan";
    /** مشيرا إلى أن، مؤكدا أن، قائلا إن — an adverbial participle is a claim of its own. */
    public static final String PARTICIPLE = "claim.participle";
    /** وصف X ... بأنه، اتهم X ... بـ — characterisations and accusations. */
    public static final String CHARACTERISATION = "claim.characterisation";
    /** نقلت الوكالة عن X قوله إن / نسبت إلى X — the relayed speaker is X. */
    public static final String RELAY = "claim.relay";
    /** أشار X إلى + noun; توقع X + noun — verbs whose content is a noun phrase. */
    public static final String NOMINAL_CONTENT = "claim.nominal-content";
    /** وهو ما أكده X / ما ذكره X — a relative clause naming who said the content just given. */
    public static final String RELATIVE_MA = "claim.relative-ma";
    /** كما قال X / كما تصفه X — the verb after كما works as an attribution phrase. */
    public static final String KAMA_VERB = "claim.kama-verb";
    /** بحسب X، وفقا لـX، نقلا عن X، على لسان X. */
    public static final String ACCORDING_TO = "claim.according-to";
    /** حسب ما قال X، وفقا لما ذكرته X — one claim keyed on the phrase. */
    public static final String ACCORDING_TO_VERB = "claim.according-to-verb";
    /** على حد قوله، في رأيه، برأيه — a phrase that is cue and (pronoun) speaker at once. */
    public static final String SELF_PHRASE = "claim.self-phrase";
    /** A reporting verb the user added with {@code Khabar.Builder#addReportingVerb}. */
    public static final String CUSTOM_VERB = "claim.custom-verb";

    /** Every rule id. */
    public static final List<String> ALL = List.of(VERB_SPEAKER_ANNA, VERB_SPEAKER_QUOTE, QUOTE_THEN_VERB,
            VERB_PRONOUN, SUBJECT_BEFORE_VERB, VERB_THEN_QAILAN, PARTICIPLE, CHARACTERISATION, RELAY,
            NOMINAL_CONTENT, RELATIVE_MA, KAMA_VERB, ACCORDING_TO, ACCORDING_TO_VERB, SELF_PHRASE, CUSTOM_VERB);
}
