package org.khabar.internal.names;

import java.util.List;

/**
 * The ids of the entity rules. Every record carries the id of the rule that found it first; the corpus
 * coverage test fails when an id has no example producing it.
 */
public final class Rules {
    private Rules() {}

    /** A title or role right before the name: الرئيس الأمريكي جو بايدن. */
    public static final String ACTOR_TITLE = "actor.title-before-name";
    /** A reporting verb right before the name, the name followed by إن/أن/،/: : قال بوش إن. */
    public static final String ACTOR_VERB = "actor.reporting-verb";
    /** A given name from the lexicon followed by a surname: محمد البرادعي. */
    public static final String ACTOR_GIVEN = "actor.given-name";
    /** A lone given name (LENIENT only): وصل محمد. */
    public static final String ACTOR_GIVEN_SINGLE = "actor.given-name-single";
    /** A name followed by a comma and a title in apposition: روبرت روبين، وزير الخزانة السابق. */
    public static final String ACTOR_APPOSITION = "actor.apposition-title";
    /** A second person coordinated with a found one: مارك أندريسن، وبن هورويتز. */
    public static final String ACTOR_COORDINATION = "actor.coordination";
    /** A one-word person in a list after a found one: بوش وشارون وبلير، سولانا ولاريجاني لا. */
    public static final String ACTOR_LIST = "actor.list-member";
    /** A word the document keeps using alone as a surname: ولد فرويد ... كان فرويد ... بدأ فرويد. */
    public static final String ACTOR_REPEATED = "actor.repeated-surname";
    /** A name followed by an indefinite title in construct, no comma: روبي كين قائد إيرلندا. */
    public static final String ACTOR_APPOSITION_CONSTRUCT = "actor.apposition-construct";
    /** A nationality used as a noun right before a name: الإسباني رافايل نادال، والأرجنتيني ميسي. */
    public static final String ACTOR_NATIONALITY = "actor.nationality-before-name";
    /** A kunya or particle-led name: أبو مازن، عبد الرحمن. */
    public static final String ACTOR_PARTICLE = "actor.particle-name";
    /** A kinship noun with a possessive pronoun right before the name: وزوجته ميلانيا، ابن عمه علي. */
    public static final String ACTOR_KINSHIP = "actor.kinship-before-name";
    /** A quoted name after a title, nationality, kinship or naming word: الإمبراطور " هوانج تي "، اسمه « هانز ». */
    public static final String ACTOR_QUOTED = "actor.quoted-after-cue";
    /** A byline or photo credit: لندن: محمد صادق، تصوير: طالب الحسيني. */
    public static final String ACTOR_BYLINE = "actor.byline";

    /** A person after مع/من in an interview, letter or complaint frame: مقابلة مع X من قرية، شكوى من X ضد. */
    public static final String ACTOR_FRAME = "actor.record-frame";

    /** The scorer or passer in a match report: سجل X الهدف الثاني، بهدف سجله X، تمريرة عرضية من X. */
    public static final String ACTOR_SCORER = "actor.goal-scorer";

    /** The speaker's label at a line start in an interview or transcript: عماد : ... */
    public static final String ACTOR_LABEL = "actor.speaker-label";

    /** A well-known organisation from the team's lexicon (or a custom entry). */
    public static final String ORG_LEXICON = "org.lexicon";
    /** A designator that is part of the name, with its complement: لجنة الأوراق المالية والبورصة. */
    public static final String ORG_HEAD = "org.designator-head";
    /** A generic descriptor before the name, not part of it: شركة لازارد، صحيفة فايننشال تايمز. */
    public static final String ORG_DESCRIPTOR = "org.descriptor";
    /** A quoted name: شركة "بينانس هولدينغز". */
    public static final String ORG_QUOTED = "org.quoted-name";
    /** A corporate suffix ending the name: أفينو كابيتال، Ripple Labs. */
    public static final String ORG_SUFFIX = "org.corporate-suffix";
    /** A capitalised Latin-script name inside Arabic text: Coinbase، Andreessen Horowitz. */
    public static final String ORG_LATIN = "org.latin-name";
    /** An all-capitals Latin acronym (CNBC، OFAC), or one spelled in Arabic letter names (سي.إن.إن، ( إن إس إيه )). */
    public static final String ORG_ACRONYM = "org.acronym";

    /** A club named by its match-report context: مدرب X، على ضيفه X، فاز X على، X الإسباني، X 2 - 1. */
    public static final String ORG_SPORTS = "org.sports-context";

    /** The paper or agency in a dateline: الدوحة - X : ... */
    public static final String ORG_DATELINE = "org.dateline";
    /** A short quoted or bracketed name after "ل": قال ل ـ « X »، حديثه ل ( X ). */
    public static final String ORG_MEDIA_TOLD = "org.media-told";
    /** A short quoted or bracketed name after a newsroom verb in the feminine: وعلمت « X »، زارت ( X ). */
    public static final String ORG_MEDIA_NEWSROOM = "org.media-newsroom";
    /** The body after an executive title and ل: الرئيس التنفيذي لـ X، المدير العام للـ X. */
    public static final String ORG_EXECUTIVE = "org.executive-of";

    /** A nationality standing as a noun, then two or three foreign name words: البرازيلي دودو سيلفا. */
    public static final String ACTOR_NATIONALITY_FOREIGN = "actor.nationality-foreign-name";

    /** A one-word title, then an indefinite nisba as the family name: "الدكتور حجازي"، "اللواء مصري". */
    public static final String ACTOR_TITLE_NISBA = "actor.title-nisba-surname";
    /** A family, clan or dynasty named after a person: أسرة برلسكوني، عشيرة دينغ، أسرتي مينغ وتشنغ. */
    public static final String ACTOR_FAMILY = "actor.family-name";

    /** A naming word or the vocative right before an unquoted name: المدعو X، شاب يدعى X، واسمها X، يا X. */
    public static final String ACTOR_NAMING = "actor.naming-word";

    /** The source a report quotes, between عن/إلى and قوله/قولها: نقلت الوكالة عن X قوله إن، نسبت الصحيفة إلى X قولها. */
    public static final String ACTOR_QUOTED_SOURCE = "actor.quoted-source";

    /** The leader after بقيادة، بزعامة، برئاسة (led, headed by): قوات بقيادة X، الحركة بزعامة X، وفد برئاسة X. */
    public static final String ACTOR_LED_BY = "actor.led-by";

    /** A list of names after a plural or group noun of people: الثلاثي X وY وZ، المهاجمون X وY، أمثال X وY. */
    public static final String ACTOR_LIST_HEAD = "actor.list-head";

    /** All rule ids. */
    public static final List<String> ALL = List.of(ACTOR_TITLE, ACTOR_VERB, ACTOR_GIVEN, ACTOR_GIVEN_SINGLE,
            ACTOR_APPOSITION, ACTOR_COORDINATION, ACTOR_LIST, ACTOR_REPEATED, ACTOR_APPOSITION_CONSTRUCT, ACTOR_PARTICLE, ACTOR_NATIONALITY, ACTOR_KINSHIP, ACTOR_BYLINE, ACTOR_QUOTED,
            ACTOR_LABEL, ACTOR_FRAME, ACTOR_SCORER, ORG_LEXICON, ORG_HEAD, ORG_DESCRIPTOR,
            ORG_QUOTED, ORG_SUFFIX, ORG_LATIN, ORG_ACRONYM, ORG_SPORTS, ORG_DATELINE,
            ORG_MEDIA_TOLD, ORG_MEDIA_NEWSROOM, ORG_EXECUTIVE,
            ACTOR_NATIONALITY_FOREIGN, ACTOR_TITLE_NISBA, ACTOR_FAMILY,
            ACTOR_NAMING,
            ACTOR_QUOTED_SOURCE, ACTOR_LED_BY, ACTOR_LIST_HEAD);
}
