package org.khabar.internal.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khabar.Actor;
import org.khabar.Claim;
import org.khabar.ClaimKind;
import org.khabar.Organization;
import org.khabar.Span;
import org.khabar.Speaker;
import org.khabar.Stance;
import org.khabar.Strictness;
import org.khabar.internal.claims.ClaimLexicon.Complement;
import org.khabar.internal.claims.ClaimLexicon.Phrase;
import org.khabar.internal.claims.ClaimLexicon.SourceClass;
import org.khabar.internal.claims.ClaimLexicon.Verb;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.lexicon.PhraseIndex;
import org.khabar.internal.names.Entities;
import org.khabar.internal.text.Clitics;
import org.khabar.internal.text.QuoteRegion;
import org.khabar.internal.text.Sentence;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.TokenFacts;
import org.khabar.internal.text.WordFacts;
import org.khabar.internal.lexicon.Facts;
import org.khabar.internal.text.Token;
import org.khabar.internal.text.TokenType;

/**
 * Finds attributed claims — a reporting verb or an attribution phrase, its speaker and its content — and
 * links speakers to the document's actors and organizations. Works sentence by sentence with bounded
 * token scans (no regular expressions), so time is linear in the input. <b>Immutable and thread-safe</b>
 * once built: every call keeps its state in local variables.
 */
public final class ClaimExtractor implements WordFacts.User {

    /** How far (tokens) a verb may be from the إن/أن that opens its content: subject, titles, adverbials. */
    private static final int MAX_REGION = 32;
    /** Longest speaker phrase kept (tokens): a name with a long title and apposition. */
    private static final int MAX_SPEAKER = 16;

    /** أن/إن with and without fused pronouns (normalised: hamza folded, so أن = إن = ان). */
    private static final Set<String> ANNA = set("ان", "انه", "انها", "انهم", "انهما", "انهن", "انني", "اني",
            "اننا", "انكم", "انك");
    /** بأن with and without fused pronouns. */
    private static final Set<String> BI_ANNA = set("بان", "بانه", "بانها", "بانهم", "بانهما", "بانهن", "بانني",
            "باننا");
    /** Words before ان that make it a conjunction of time or cause, not the opening of content: بعد أن. */
    private static final Set<String> NOT_CONTENT_BEFORE_ANNA = set("بعد", "قبل", "منذ", "دون", "رغم", "من",
            "حتي", "الا", "بدون", "لاجل", "كي", "عوض", "بدل", "بمجرد", "ريثما", "شرط", "بشرط", "علي", "الي", "عن");
    /** Prepositions and particles that cannot start a speaker phrase. */
    private static final Set<String> NON_STARTERS = set("في", "من", "الي", "علي", "عن", "مع", "عند", "خلال",
            "بعد", "قبل", "منذ", "حول", "امام", "لدي", "اثناء", "عقب", "ان", "لا", "لم", "لن", "قد", "ما", "ثم", "او",
            "ام", "بل", "لكن", "كما", "حيث", "اذا", "اذ", "لان", "كان", "كانت", "هو", "هي", "هم", "هذا", "ذلك", "الذي",
            "التي", "الذين", "ايضا", "كذلك", "مجددا", "بدوره", "بدورها", "مرة", "نحو", "حوالي", "بين", "تجاه", "وفق",
            "ضد", "فيما", "بينما", "انه", "انها", "ب", "ل", "و", "ف", "قائلا", "قائله", "يوم", "فقط", "اليوم", "امس",
            "الان", "حاليا", "لاحقا", "سابقا", "عبر", "الا", "غير", "بان", "له", "لها", "لهم", "منه", "منها", "عنه",
            "عنها", "فيه", "فيها", "به", "بها", "عليه", "عليها", "اليه", "اليها", "خصوصا", "خاصه", "رسميا",
            "صراحه", "بوضوح", "بدون", "بشكل", "بصوره", "بكل", "دون", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها",
            "وانما", "انما", "فحسب", "وحسب", "مره", "عدم", "انا", "نحن", "فانهم", "فانه", "وهو", "وهي", "وهم", "اي");
    /** Prepositions (and عدم) before which a verb form is read as a noun: في ذكر، عدم كشف، من بين. */
    private static final Set<String> NOUN_MAKERS = set("في", "من", "الي", "علي", "عن", "مع", "عند", "خلال", "بعد",
            "قبل", "منذ", "حول", "امام", "لدي", "اثناء", "عقب", "عدم", "ب", "ل", "تجاه", "ضد", "عبر", "دون", "بدون",
            "وفي", "ومن", "ال", "هذا", "هذه", "ذلك", "تلك", "اي", "كل", "بين", "لمجرد");
    /** First-person subjects: the columnist's own voice (أنا أعترف، ولكني أوضح) is no attributed claim. */
    private static final Set<String> FIRST_PERSON = set("انا", "فانا", "وانا", "نحن", "ونحن", "ولكني", "لكني", "اني",
            "انني", "لكنني", "ولكنني", "فاني", "فانني");
    /** Particles before a fronted subject that show it opens a clause: لكن الخبراء استبعدوا، وكان X قال. */
    private static final Set<String> CLAUSE_OPENERS = set("لكن", "ولكن", "غير", "ان", "وان", "اذ", "بينما", "حيث",
            "اما", "فيما", "ثم", "وكان", "كان", "فكان", "وكانت", "كانت", "لقد", "بل", "كما", "فان", "رغم");
    /** Lemmas whose content may be a ب-phrase: أفاد البنك بارتفاع، اعترف بفوز، أقر بوجود. */
    private static final Set<String> BI_NOMINAL_LEMMAS = set("افاد", "اقر", "اعترف");
    /** Verbs that attribute the quote just before them: "..." ، قال X. */
    private static final Set<String> QUOTE_LEMMAS = set("قال", "اضاف", "تابع", "اكد", "اوضح", "صرح", "ختم",
            "استدرك", "استطرد", "اردف", "علق", "كتب", "روي", "اختتم");

    /** Resumptive pronouns after a verb in a relative clause: بيان قالت فيه. */
    private static final Set<String> RESUMPTIVES = set("فيه", "فيها", "عنه", "عنها", "به", "بها");
    /** Words that open another clause: an أن after them belongs to another verb. */
    private static final Set<String> CLAUSE_BREAKS = set("حيث", "بينما", "عندما", "اذ", "لان", "كي", "لكي", "وبينما",
            "وحيث", "فيما", "ريثما");

    /** Words skipped right after a verb before its subject: resumptive pronouns and time adverbs. */
    private static final Set<String> SKIP_AFTER_VERB = set("فيه", "فيها", "عنه", "عنها", "له", "لها", "لهم",
            "امس", "اليوم", "ايضا", "كذلك", "مجددا", "بدوره", "بدورها", "مساء", "صباح", "اول", "الاول", "به", "بها",
            "مره", "رسميا", "صراحه", "خصوصا", "خاصه", "بدوره", "بوضوح");
    /** Tokens that end a speaker phrase: time and manner adverbials after the subject. */
    private static final Set<String> SPEAKER_STOPS = set("امس", "اليوم", "خلال", "عقب", "اثناء", "عند", "بعد",
            "قبل", "ايضا", "كذلك", "مجددا", "بدوره", "بدورها", "مساء", "صباح", "صباحا", "مساء", "الليله", "ليل",
            "حين", "بينما", "فيما", "لكن", "ولكن", "حيث", "عندما", "بعدما", "وانما", "قائلا", "قائله", "قائلين", "بالقول", "بقوله", "بقولها",
            "بقولهم", "قوله", "قولها", "قولهم", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
            "الجمعه", "يوم", "رسميا", "صراحه", "علنا", "حاليا", "مؤخرا", "لاحقا", "نقلا", "طالبا", "رافضا");
    /** Nouns after في that end the speaker: وقال بلير في مؤتمر صحفي / في بيان / في حديث. */
    private static final Set<String> EVENT_NOUNS = set("بيان", "مؤتمر", "المقابله", "تصريح", "تصريحات", "حديث", "مقابله",
            "كلمه", "لقاء", "اتصال", "ندوه", "رساله", "تغريده", "منشور", "جلسه", "اجتماع", "وقت", "ختام", "اعقاب",
            "معرض", "سياق", "حوار", "خطاب", "برنامج", "تقرير", "مداخله", "افتتاح", "مستهل", "بدايه", "نهايه",
            "رده", "معرض", "ظل", "اطار", "هذا", "ذلك", "موقعه", "صفحته", "حسابه", "بيانه", "تصريحه", "حين");
    /** Heads that are no source: evidence, events, rules (تشير الشواهد، وفقا للقانون، حسب التقاليد). */
    private static final Set<String> NON_SOURCE_HEADS = set("شواهد", "مؤشرات", "دلائل", "تحركات", "تطورات",
            "احداث", "ظروف", "وقائع", "خطوه", "خطوات", "كارثه", "قانون", "قوانين", "دستور", "تقاليد", "عادات",
            "شريعه", "قواعد", "قاعده", "انظمه", "نظام", "لوائح", "لائحه", "اتفاق", "اتفاقيه", "اتفاقيات", "معاهده",
            "قرار", "قرارات", "خطه", "رغبه", "رغبات", "شروط", "معايير", "مبدا", "مبادئ", "احكام", "ماده", "بند",
            "بنود", "جدول", "توقيت", "تعليمات", "توجيهات", "حاجه", "طلب", "فتوي", "سعر", "اسعار", "حجم", "نوع",
            "حاله", "مقتضيات", "ضوابط", "تصنيف", "ترتيب", "تقويم", "الاصول", "اصول", "عرف", "مصلحه", "اهميه",
            "امكانيات", "امكانات", "قدرات", "ظرف", "مقاس", "وزن", "طول", "عمر", "سن", "درجه", "مستوي", "نسبه",
            "كميه", "موعد", "مواعيد", "طريقه", "اسلوب", "منهج", "نموذج", "صيغه", "اتجاه", "ارادة", "اراده", "مشيئه",
            "تعاليم", "سنه", "نص", "منطوق", "روح", "احتياجات", "متطلبات", "الحاجه", "تجربه", "خبره", "تحركات",
            "ذلك", "هذا", "هذه", "ما", "شيء", "اضرار", "خسائر", "قيمه", "تكلفه", "كلفه", "اليه", "اليات",
            "استراتيجيه", "شحنه", "حجم", "امر", "الامر", "حد", "واقع", "الواقع", "موقف", "حسابات", "تقديري");
    private static final Set<String> DEMONSTRATIVES = set("هذا", "هذه", "ذلك", "تلك", "هؤلاء", "اولئك", "هذان",
            "هاتان");
    private static final Set<String> RELATIVES = set("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان",
            "اللتان", "اللواتي", "اللاتي");
    /** Particles skipped when looking back from a verb for its subject: قد قالت، لا تعتقد، وكان X قال. */
    private static final Set<String> BACK_PARTICLES = set("قد", "لا", "لم", "لن", "لقد", "فقد", "وقد", "ما");
    /** Tokens that end a subject phrase read backwards from the verb. */
    private static final Set<String> BACK_STOPS = set("لكن", "ولكن", "غير", "ان", "كما", "ثم", "حيث", "اذ",
            "بينما", "كان", "وكان", "فكان", "كانت", "وكانت", "فكانت", "وهو", "وهي", "وهم", "هو", "هي", "هم", "في",
            "من", "علي", "الي", "عن", "مع", "بعد", "قبل", "و", "او", "اما", "فان", "فانه", "فانهم", "لان", "رغم",
            "بل", "انه", "انها", "وان", "لانه", "ما", "لا", "لم", "قد", "اذا", "عندما", "حين", "عند", "منذ", "لكنه",
            "لكنها", "لكنهم", "ولكنه", "بدوره", "بدورها", "فانهم", "فانه", "فهو", "فهي", "اذن", "ايضا", "لقد", "فقد",
            "وقد", "كذلك", "بعدما", "قبلما");
    /** Verbs whose present masculine singular before أن is impersonal: يذكر أن، يعتقد أن، يتوقع أن. */
    private static final Set<String> IMPERSONAL_LEMMAS = set("ذكر", "اعتقد", "توقع", "اعتبر", "رجح", "قدر");
    /** Estimate verbs whose content may be a noun phrase: توقع فارس تزايد الأضرار. */
    private static final Set<String> NOMINAL_LEMMAS = set("توقع", "استبعد", "رجح", "قدر", "تكهن", "اكد", "نفي");
    /** Of those, the ones whose noun content must be a bare verbal noun: أكد ضرورة، نفى وجود. */
    private static final Set<String> ASSERTING_NOMINAL = set("اكد", "نفي");
    /** Verbs that are frequent in other senses (بين 'between', ذكّر 'remind', زاد 'increase'): need a close marker. */
    private static final Set<String> AMBIGUOUS_LEMMAS = set("بين", "زاد", "رد", "علق", "كتب", "تابع", "لاحظ",
            "سجل", "اظهر", "ختم", "راي", "قدر", "شرح", "اختتم", "ذكر", "روي", "سلم", "فسر");
    /** Prepositions that open a phrase between قائلا and its content: قائلا في بيان إن، قائلا لـ X إن. */
    private static final Set<String> PP_AFTER_QAILAN = set("في", "خلال", "امام", "لدي", "عبر", "مع");
    /** Media and company heads after which a short quoted name stays inside the speaker: صحيفة "بابل". */
    private static final Set<String> NAME_HEADS = set("صحيفه", "وكاله", "قناه", "منصه", "شركه", "بورصه", "مجله",
            "موقع", "جريده", "اذاعه", "محطه", "شبكه", "مجموعه", "حركه", "حزب", "تلفزيون", "بنك", "مصرف", "صندوق",
            "منظمه", "جمعيه", "هيئه", "مؤسسه", "نادي", "فريق", "باسم");
    /** Words inside personal names: وبن هورويتز is a second name, not a new clause. */
    static final Set<String> NAME_PARTICLES = set("بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "دي", "فان",
            "فون", "دو");
    private static final Set<String> LI_WORDS = set("ل", "لـ");
    /** Where a statement was posted, after على/عبر: not part of the speaker (كتب X على منصة إكس). */
    private static final Set<String> MEDIUM_NOUNS = set("منصه", "منصته", "منصتها", "حساب", "حسابه", "حسابها",
            "صفحه", "صفحته", "صفحتها", "موقع", "موقعه", "موقعها", "تويتر", "اكس", "فيسبوك", "تلغرام", "تليجرام",
            "انستغرام", "قناته", "قناتها", "شبكه", "شبكات", "وسائل", "الهواء");
    private static final Set<String> ENCLITICS = set("ه", "ها", "هم", "هما", "هن");

    /**
     * The word lists the speaker and content scans probe token by token, under one bit ({@code
     * Facts.CLAIM_LISTED}): most words of a sentence are in none of them, and {@link #listed} answers those
     * with a bit test where each probe hashed and compared strings. The bit only filters: a listed word is
     * still looked up in the list at hand.
     */
    static final List<Set<String>> LISTED = List.of(CLAUSE_BREAKS, SPEAKER_STOPS, RELATIVES, NON_STARTERS,
            DEMONSTRATIVES, NON_SOURCE_HEADS, BACK_STOPS, FIRST_PERSON);

    /** A set that tolerates repeats in the listing (the lists are edited by hand). */
    private static Set<String> set(String... words) {
        return org.khabar.internal.text.WordSet.of(words);
    }

    private final ClaimLexicon lex;

    /** The word lists, for tests of the facts gates. */
    ClaimLexicon lexicon() {
        return lex;
    }
    private final Strictness strictness;
    /** The lexicon's words as {@link Facts} bits, or an engine's shared table; see {@link #table()}. */
    private final WordFacts.Holder table = new WordFacts.Holder(this::contribute);

    public ClaimExtractor(CustomEntries custom, Strictness strictness) {
        this(custom, strictness, true);
    }

    /** {@code shortcuts} false: every verb takes the full path (tests compare the two). */
    ClaimExtractor(CustomEntries custom, Strictness strictness, boolean shortcuts) {
        this.lex = new ClaimLexicon(custom);
        this.strictness = strictness;
        this.shortcuts = shortcuts;
    }

    /** Whether verbs that can give no claim skip their scans ({@link #betweenOnly}). */
    private final boolean shortcuts;

    @Override
    public WordFacts.Builder contribute(WordFacts.Builder b) {
        b.addAll(lex.phrases.firstWords(), lex.phrases.fact());
        b.addAll(lex.verbs.keySet(), Facts.CLAIM_VERB);
        b.addAll(lex.verbsWithEnclitic.keySet(), Facts.CLAIM_VERB);
        b.addAll(ANNA, Facts.ANNA);
        b.addAll(BI_ANNA, Facts.ANNA);
        b.addAll(lex.wholePhrases, Facts.CLAIM_PHRASE_WHOLE);
        b.addAll(lex.secondWords, Facts.CLAIM_PHRASE_NEXT);
        b.addAll(lex.sourceNouns.keySet(), Facts.CLAIM_SOURCE);
        b.addAll(lex.quantifiers, Facts.CLAIM_SOURCE);
        b.addAll(lex.givenNames, Facts.CLAIM_NAME_LIKE);
        b.addAll(lex.titles, Facts.CLAIM_NAME_LIKE);
        b.addAll(lex.orgHeads, Facts.CLAIM_NAME_LIKE);
        b.addAll(NAME_PARTICLES, Facts.CLAIM_NAME_LIKE);
        for (Set<String> list : LISTED) {
            b.addAll(list, Facts.CLAIM_LISTED);
        }
        return b;
    }

    /** The engine's final fields publish the extractor after this call. */
    @Override
    public void useFacts(WordFacts shared) {
        table.share(shared);
    }

    /** The table in use: the engine's shared one, else this one's own, built on first use. */
    WordFacts table() {
        return table.get();
    }

    /** A reporting verb found at a token: its entry, where its stem starts, whether it has و/ف or an object. */
    private record VerbHit(Verb verb, int stemStart, boolean conj, boolean enclitic) {}

    /** A speaker candidate: token range and kind. */
    private record Np(int first, int end) {}

    /** Per-call state: the document, its entities, the claims so far and the tokens already used as cues. */
    private final class Run {
        final TextAnalysis doc;
        final Entities entities;
        final List<Claim> out = new ArrayList<>();
        final boolean[] used;
        Sentence sentence;
        int sentenceFirstClaim;
        /** The last speaker of a claim in the current sentence, and the last ref in the document: kept as
         *  claims are added so that pronoun resolution never rescans earlier claims (linear time). */
        Speaker lastSpeakerInSentence;
        /** The content span of the claim that set {@link #lastSpeakerInSentence} (-1 when none). */
        int reporterContentStart = -1;
        int reporterContentEnd = -1;
        String lastRef;
        boolean lastRefSet;
        /** Whether some claim's cue starts before the cue of a claim added earlier (most documents: none). */
        boolean outOfOrder;
        /** The cue start of the last claim added. */
        int lastCueStart = Integer.MIN_VALUE;
        /**
         * For each token, whether it is a ", participle" break (see participleBreakBefore): 0 not yet asked,
         * {@link #BREAK} or {@link #NO_BREAK}; each token is tested at most once per document.
         */
        byte[] participleBreak;
        /** Every actor and organization mention, sorted by start, for binary search. */
        final Span[] mentions;

        Run(TextAnalysis doc, Entities entities) {
            this.doc = doc;
            this.entities = entities == null ? Entities.NONE : entities;
            this.used = new boolean[doc.size()];
            int count = 0;
            for (Actor a : this.entities.actors()) {
                count += a.mentions().size();
            }
            for (Organization o : this.entities.organizations()) {
                count += o.mentions().size();
            }
            // actors' mentions, then organizations', each entity's {id, kind} shared by its mentions (read
            // only); then ordered by start, ties in that listing order, as the stable sort of boxed rows
            // did: the key start << 32 | listing index sorts as plain longs
            Span[] listed = new Span[count];
            Object[][] refs = new Object[count][];
            long[] order = new long[count];
            int n = 0;
            for (Actor a : this.entities.actors()) {
                n = list(a.mentions(), new Object[] {a.id(), Speaker.Kind.PERSON}, listed, refs, order, n);
            }
            for (Organization o : this.entities.organizations()) {
                n = list(o.mentions(), new Object[] {o.id(), Speaker.Kind.ORGANIZATION}, listed, refs, order, n);
            }
            java.util.Arrays.sort(order);
            this.mentions = new Span[count];
            this.mentionRefs = new Object[count][];
            for (int k = 0; k < count; k++) {
                int at = (int) order[k]; // the low half: the listing index
                mentions[k] = listed[at];
                mentionRefs[k] = refs[at];
            }
        }

        /** Lists one entity's mentions from row n on, each with the entity's shared ref; returns the next row. */
        private static int list(List<Span> mentions, Object[] ref, Span[] listed, Object[][] refs, long[] order,
                int n) {
            for (Span m : mentions) {
                listed[n] = m;
                refs[n] = ref;
                order[n] = (long) m.start() << 32 | n;
                n++;
            }
            return n;
        }

        /** {id, kind} of each mention in {@link #mentions}. */
        final Object[][] mentionRefs;

        /** Index of the first mention starting at or after {@code from} (mentions.length when none). */
        int firstMentionIndexFrom(int from) {
            int lo = 0;
            int hi = mentions.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (mentions[mid].start() < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The first mention starting at or after {@code from}, or null. */
        Span firstMentionFrom(int from) {
            int k = firstMentionIndexFrom(from);
            return k < mentions.length ? mentions[k] : null;
        }
    }

    /** How far back (tokens) a pronoun's antecedent is looked for by title or given name. */
    private static final int MAX_ANTECEDENT_SCAN = 64;

    /**
     * The claims of a document in text order.
     *
     * @param doc      the analysed text
     * @param entities people and organizations with their mentions, for linking speakers (may be empty)
     * @return the claims, in the order of their cues
     */
    public List<Claim> extract(TextAnalysis doc, Entities entities) {
        Run run = new Run(doc, entities);
        TokenFacts f = doc.facts(table());
        for (Sentence s : doc.sentences()) {
            run.sentence = s;
            run.sentenceFirstClaim = run.out.size();
            run.lastSpeakerInSentence = null;
            run.reporterContentStart = -1;
            run.reporterContentEnd = -1;
            for (int i = s.first(); i < s.end(); i++) {
                // a cue starts where a phrase may start or at a verb form (the first tests of phraseClaim and
                // verbClaim, which answer false without them): the bits answer for most tokens, and of the
                // rest (في، من، على start phrases) most without a call or the Token
                if (run.used[i]) {
                    continue;
                }
                boolean phrase = mayStartPhrase(f, i, s.end());
                boolean verb = (f.stems(i) & Facts.CLAIM_VERB) != 0;
                if (!phrase && !verb || !isWord(doc.type(i))) {
                    continue;
                }
                try {
                    if (!(phrase && phraseClaim(run, i)) && verb) {
                        verbClaim(run, i);
                    }
                } catch (RuntimeException e) {
                    // a rule bug must not lose the document: skip this cue (the property tests hunt such bugs)
                    assert false : e;
                }
            }
        }
        if (!run.outOfOrder) {
            return List.copyOf(run.out); // the stable sort below would leave the list as it is
        }
        List<Claim> claims = new ArrayList<>(run.out);
        claims.sort((a, b) -> Integer.compare(a.cue().start(), b.cue().start()));
        return List.copyOf(claims);
    }

    /** {@link Token#isWord()} from the type array. */
    private static boolean isWord(TokenType t) {
        return t == TokenType.ARABIC || t == TokenType.LATIN || t == TokenType.MIXED;
    }

    // ---------------------------------------------------------------- verbs

    private VerbHit verbAt(TextAnalysis doc, int i, boolean allowEnclitic) {
        TokenFacts f = doc.facts(table());
        if (doc.type(i) != TokenType.ARABIC || (f.stems(i) & Facts.CLAIM_VERB) == 0) {
            return null; // no reading's stem is a verb form (with or without an object pronoun)
        }
        // every reading's stem has its own bits (TokenFacts.stem): وقال, the usual verb with a conjunction, is
        // no verb form itself, and the bit (exact) spares the two map probes of such a stem (for the bare
        // reading, hashing its fresh word for them too)
        List<Clitics.Analysis> readings = doc.token(i).analyses();
        for (int r = 0; r < readings.size(); r++) {
            if ((f.stem(i, r) & Facts.CLAIM_VERB) == 0) {
                continue; // in neither map: both probes below would miss
            }
            Clitics.Analysis a = readings.get(r);
            if (a.prep() != '\0' || a.article()) {
                continue;
            }
            String stem = a.stem();
            if (stem.startsWith("ال") || stem.startsWith("لل")) {
                continue; // التابع، الرد، المضيفة: nouns with the article, never verbs
            }
            Verb v = lex.verbs.get(stem);
            if (v != null) {
                return new VerbHit(v, a.stemStart(), a.conj() != '\0', false);
            }
            if (stem.length() > 3) {
                Verb w = lex.verbsWithEnclitic.get(stem);
                if (w != null && (allowEnclitic || w.complement() == Complement.BI_CHARGE)) {
                    return new VerbHit(w, a.stemStart(), a.conj() != '\0', true);
                }
            }
        }
        return null;
    }

    private boolean verbClaim(Run run, int i) {
        TextAnalysis doc = run.doc;
        Sentence s = run.sentence;
        if ((doc.facts(table()).stems(i) & Facts.CLAIM_VERB) == 0) {
            return false; // the common case: no reporting verb here
        }
        String prev = i > s.first() ? doc.token(i - 1).norm() : "";
        String prev2 = i - 1 > s.first() ? doc.token(i - 2).norm() : "";
        boolean afterMa = prev.equals("ما") || prev.equals("وما") || prev.equals("مما") || RELATIVES.contains(prev);
        VerbHit hit = verbAt(doc, i, afterMa);
        if (hit == null) {
            return false;
        }
        Verb v = hit.verb();
        if (strictness == Strictness.STRICT && AMBIGUOUS_LEMMAS.contains(v.lemma())) {
            return false;
        }
        // a verb form right after a preposition is a noun (في ذكر، من بين): بين 'between' is the usual case
        if (!usableVerb(doc, i, s.first(), hit)) {
            return false;
        }
        if (prev.equals("ما") || prev.equals("وما")) {
            if (!hit.enclitic()) {
                return false; // وما يؤكد ذلك أن: 'what confirms it', no speaker
            }
        }
        int limit = limitFor(run, i);
        int j = i + 1;
        // impersonal formulas: يذكر أن، يعتقد أن — no speaker at all, the writer's aside
        if (v.present() && "M".equals(v.gender()) && "SG".equals(v.number())
                && IMPERSONAL_LEMMAS.contains(v.lemma()) && j < limit && isAnna(doc, j) && !prev.equals("كما")) {
            return false;
        }
        if (prev.equals("ان") && v.present()) {
            return false; // يود أن يؤكد، دون أن يكشف: a subjunctive inside other content
        }
        if (v.present() && "M".equals(v.gender()) && "SG".equals(v.number()) && hit.conj()
                && IMPERSONAL_LEMMAS.contains(v.lemma()) && j < limit && isAnna(doc, j)
                && i == s.first()) {
            return false; // ويذكر أن at the start of a sentence
        }
        // back-reference to a quotation already attributed: هذا ما قاله X
        if (prev.equals("ما") && (DEMONSTRATIVES.contains(prev2) || prev2.equals("وهذا"))) {
            return false;
        }
        while (j < limit && SKIP_AFTER_VERB.contains(doc.token(j).norm()) && j < i + 4) {
            j++;
        }
        if (v.complement() == Complement.RELAY && !v.participle()) {
            return relayClaim(run, i, hit, j, limit);
        }
        boolean kama = prev.equals("كما") || prev.equals("وكما");
        if (betweenOnly(hit, kama, afterMa)) {
            return false;
        }
        boolean objectAttached = hit.enclitic();
        Marker m = findMarker(run, v, j, limit, objectAttached);
        if (m == null) {
            if (v.lemma().equals("ارجع") && j < limit && doc.token(j).norm().equals("الي")) {
                return false; // يرجع إلى X 'is due to X' (no object, no أن): يَرجع, not يُرجع 'attributes'
            }
            if (kama && !v.participle()) {
                return kamaClaim(run, i, hit, j, limit);
            }
            if (afterMa && hit.enclitic() && !v.participle()
                    && (!RELATIVES.contains(prev) || v.stance() == Stance.DENIAL || v.stance() == Stance.ASSERTIVE)) {
                return relativeMaClaim(run, i, hit, j, limit);
            }
            if (!v.participle() && strictness != Strictness.STRICT) {
                Claim c = quoteBefore(run, i, hit, j, limit);
                if (c != null) {
                    return true;
                }
                return nominalClaim(run, i, hit, j, limit);
            }
            if (v.participle() && strictness != Strictness.STRICT && ASSERTING_NOMINAL.contains(v.lemma())) {
                return nominalClaim(run, i, hit, j, limit);
            }
            return false;
        }
        if (v.lemma().equals("اكتفي") && !saidBefore(doc, m.at)) {
            return false; // اكتفى بالتعادل: 'settled for'; it reports only as اكتفى بالقول إن
        }
        Np np = v.participle() || (m.charge && m.at == j) ? null : subjectAfter(run, v, j, m.at);
        if (np != null && (np.end() - np.first() == 1 && ownUtterance(doc.token(np.first()))
                || saidBefore(doc, np.first() + 1))) {
            np = null; // "وختم حديثه بالقول إن": his talk is the object; the speaker is named before
        }
        if (np != null && !plausibleSource(doc, np)) {
            return false;
        }
        Svo svo = hit.conj() || v.participle() || afterMa && !RELATIVES.contains(prev)
                || RESUMPTIVES.contains(i + 1 < limit ? doc.token(i + 1).norm() : "") ? null : subjectBefore(run, i);
        if (svo != null && !svo.plausible()) {
            if (!svo.viaComma()) {
                return false; // لكن الشواهد تشير إلى أن: evidence, not a speaker
            }
            svo = null; // هذا الشهر ، أعلن ...: a time phrase before the comma
        }
        boolean clauseStart = hit.conj() || v.participle() || i == s.first() || !doc.token(i - 1).isWord()
                || BACK_PARTICLES.contains(prev) || prev.equals("كما") || svo != null && svo.opener();
        boolean dual = "DU".equals(v.number()) && !v.present();
        // a long subject is no reason for doubt when it ends in a person's name right before أن (ورأت
        // المحللة في بنك X سارة علي أن), or names a person or organisation and only an attribution aside
        // stands before أن (وذكرت صحيفة نيويورك تايمز ، نقلا عن مسؤولين ، أن)
        boolean namedSubject = np != null && clauseStart && (np.end() == m.at && namesPerson(run, np)
                || asideBefore(run, np.end(), m.at) && namesEntity(run, np));
        if ((AMBIGUOUS_LEMMAS.contains(v.lemma()) || dual) && !namedSubject
                && (wordsBetween(doc, i, m.at) > 5 || !(clauseStart || m.at - i <= 2))) {
            return false; // بين 'between', ذكر 'male', روى 'Roy': only a verb that opens its clause
        }
        if (v.lemma().equals("بين") && (m.at - i > 3 || !hit.conj() && !v.participle())) {
            return false;
        }
        if (!m.direct && !m.qailan && measureAfter(doc, m.at)) {
            return false; // "أرباح تقدر بنحو 1.2 مليار"، "قدرت بـ 5 ملايين": a measure, nothing said
        }
        String rule;
        Speaker speaker = null;
        String resolved = null;
        boolean preferSvo = svo != null && svo.opener() && !RELATIVES.contains(prev);
        if (np != null && !preferSvo) {
            speaker = speaker(run, np);
            rule = m.qailan ? ClaimRules.VERB_THEN_QAILAN
                    : m.direct ? ClaimRules.VERB_SPEAKER_QUOTE : ClaimRules.VERB_SPEAKER_ANNA;
        } else if (v.participle()) {
            rule = ClaimRules.PARTICIPLE;
            speaker = antecedentInSentence(run, i);
        } else if (svo != null) {
            speaker = speaker(run, svo.np());
            rule = ClaimRules.SUBJECT_BEFORE_VERB;
        } else {
            rule = m.qailan ? ClaimRules.VERB_THEN_QAILAN : ClaimRules.VERB_PRONOUN;
            speaker = antecedentInSentence(run, i);
        }
        if (m.charge) {
            rule = ClaimRules.CHARACTERISATION;
        } else if (!m.direct && !m.qailan && !isAnna(doc, m.at) && startsWithBi(doc.token(m.at))) {
            rule = ClaimRules.NOMINAL_CONTENT; // أفاد البنك بارتفاع الودائع
        }
        if (v.custom()) {
            rule = ClaimRules.CUSTOM_VERB;
        }
        if (speaker == null || rule.equals(ClaimRules.VERB_PRONOUN) || rule.equals(ClaimRules.PARTICIPLE)) {
            resolved = speaker != null ? speaker.ref() : previousRef(run);
        }
        if (m.qailan) {
            run.used[m.qailanAt] = true;
        }
        Span content = content(run, m, limit);
        add(run, i, hit.stemStart(), m.direct ? ClaimKind.DIRECT : ClaimKind.INDIRECT, speaker, content,
                v.stance(), resolved, rule);
        return true;
    }

    /**
     * Whether verb form بين without و (and no participle) can give no claim whatever follows it: with a
     * content marker the rule below turns it away (بين needs و and a marker within three tokens), and
     * without one only كما بين and a relative ما with an object pronoun (ما بينه) take such a verb — the
     * quote-before and nominal rules read other lemmas. Most بين are 'between', and this spares their
     * marker scan and subject search. {@code ClaimShortcutProperties} compares with the full path.
     */
    private boolean betweenOnly(VerbHit hit, boolean kama, boolean afterMa) {
        Verb v = hit.verb();
        return shortcuts && v.lemma().equals("بين") && !hit.conj() && !v.participle() && !kama
                && !(afterMa && hit.enclitic()) && v.complement() != Complement.ILA_ANNA
                && v.complement() != Complement.RELAY && !NOMINAL_LEMMAS.contains(v.lemma())
                && !QUOTE_LEMMAS.contains(v.lemma());
    }

    /** Where the content of a cue at token {@code i} may reach: the sentence, or the quote the cue is in. */
    private static int limitFor(Run run, int i) {
        int limit = run.sentence.end();
        QuoteRegion q = run.doc.quoteAround(i);
        if (q != null && q.lastInner() + 1 < limit && q.lastInner() >= i) {
            limit = q.lastInner() + 1;
        }
        return limit;
    }

    /** Where content starts and how. */
    private record Marker(int at, int contentFrom, boolean direct, boolean charge, boolean qailan, int qailanAt,
            QuoteRegion quote) {}

    private boolean isAnna(TextAnalysis doc, int k) {
        // ANNA ∪ BI_ANNA as a bit of the bare word: asked of most tokens after a verb and around a speaker
        return (doc.facts(table()).bare(k) & Facts.ANNA) != 0;
    }

    /** An إن/أن that opens content (not بعد أن, not لأن). */
    private boolean annaAt(TextAnalysis doc, int k, int first) {
        if (!isAnna(doc, k)) {
            return false;
        }
        return k == first || !NOT_CONTENT_BEFORE_ANNA.contains(doc.token(k - 1).norm())
                || isPrepBeforeAnna(doc.token(k - 1).norm());
    }

    private static boolean isPrepBeforeAnna(String n) {
        return n.equals("علي") || n.equals("الي") || n.equals("عن");
    }

    /** Rejects verb forms that are nouns or first-person here: في ذكر، عدم كشف، لم يشر (jussive), أنا أعترف. */
    private boolean usableVerb(TextAnalysis doc, int i, int first, VerbHit hit) {
        if (i == first) {
            return true;
        }
        String prev = doc.token(i - 1).norm();
        if (prev.equals("من")) {
            // فمنهم من يرى أن: من is the relative 'who' after منهم
            String p2 = i - 2 >= first ? doc.token(i - 2).norm() : "";
            return p2.equals("منهم") || p2.equals("فمنهم") || p2.equals("ومنهم");
        }
        if (NOUN_MAKERS.contains(prev) || FIRST_PERSON.contains(prev)) {
            return false;
        }
        if ((prev.equals("لم") || prev.equals("ولم") || prev.equals("فلم") || prev.equals("لن") || prev.equals("ولن"))
                && !hit.verb().present()) {
            return false;
        }
        if (prev.equals("لم") || prev.equals("ولم") || prev.equals("فلم")) {
            return false; // لم يشر بلير إلى ذلك: a negated report states nothing
        }
        return true;
    }

    private Marker findMarker(Run run, Verb v, int j, int limit) {
        return findMarker(run, v, j, limit, false);
    }

    private Marker findMarker(Run run, Verb v, int j, int limit, boolean objectAttached) {
        TextAnalysis doc = run.doc;
        int end = Math.min(limit, j + MAX_REGION);
        boolean charge = v.complement() == Complement.BI_CHARGE;
        boolean biNominal = BI_NOMINAL_LEMMAS.contains(v.lemma());
        boolean warns = v.lemma().equals("حذر"); // asked of every token below: once per verb
        int minCharge = objectAttached ? j : j + 1;
        TokenFacts f = doc.facts(table());
        boolean bi = charge || biNominal;
        for (int k = j; k < end; k++) {
            if (!bi && plainWord(doc, f, k)) {
                continue; // most words between a verb and its أن: none of the tests below can hold
            }
            Token t = doc.token(k);
            String n = t.norm();
            if (t.type() == TokenType.PUNCT && (n.equals(".") || n.equals("!") || n.equals("?") || n.equals("؟")
                    || n.equals(";") || n.equals("؛"))) {
                return null;
            }
            if (t.type() == TokenType.PUNCT && n.equals(":")) {
                if (charge) {
                    return null; // واصفا الجزء الأول: a description needs its ب-phrase
                }
                int c = k + 1;
                QuoteRegion q = c < limit ? doc.quoteOpenedAt(c) : null;
                return new Marker(k, q != null ? c + 1 : c, true, false, false, -1, q);
            }
            if (t.type() == TokenType.QUOTE) {
                QuoteRegion q = doc.quoteOpenedAt(k);
                if (q == null) {
                    return null; // a closing mark: the verb sits inside or after a quote
                }
                if (charge && k > j) {
                    // وصف X " ... " or اتهمه " بتدمير " — the quote carries the characterisation
                    return new Marker(k, k + 1, false, true, false, -1, null);
                }
                if (k > j && isNameQuote(doc, k, q)) {
                    k = q.close();
                    continue;
                }
                return new Marker(k, k + 1, true, false, false, -1, q);
            }
            if (annaAt(doc, k, j) && !(k > j && isPrepBeforeAnna(doc.token(k - 1).norm()) && false)) {
                int c = k + 1;
                QuoteRegion q = c < limit ? doc.quoteOpenedAt(c) : null;
                boolean chargeBi = charge && BI_ANNA.contains(n);
                return new Marker(k, chargeBi ? k : c, q != null, chargeBi, false, -1, q);
            }
            if ((n.equals("قائلا") || n.equals("قائله") || n.equals("قائلين")) && !v.participle()) {
                int c = k + 1;
                if (c < limit && doc.token(c).norm().equals(":")) {
                    c++;
                }
                if (c < limit && annaAt(doc, c, c)) {
                    return qailanAnna(doc, k, c, limit);
                }
                // "قائلا في بيان إن"، "قائلا في مقابلة مع شبكة X " ... "": a prepositional phrase before the content
                int p = c < limit && (PP_AFTER_QAILAN.contains(doc.token(c).norm()) || liWord(doc.token(c))) ? c + 1 : -1;
                for (; p > 0 && p < limit && p - c <= 8 && doc.token(p).type() != TokenType.PUNCT; p++) {
                    if (annaAt(doc, p, p)) {
                        return qailanAnna(doc, k, p, limit);
                    }
                    QuoteRegion pq = doc.token(p).type() == TokenType.QUOTE ? doc.quoteOpenedAt(p) : null;
                    if (pq != null && !isNameQuote(doc, p, pq)) {
                        return new Marker(k, p + 1, true, false, true, k, pq);
                    }
                    if (pq != null) {
                        p = pq.close();
                    }
                }
                QuoteRegion q = c < limit ? doc.quoteOpenedAt(c) : null;
                return new Marker(k, q != null ? c + 1 : c, true, false, true, k, q);
            }
            if ((charge || biNominal) && k >= minCharge && startsWithBi(t)) {
                return new Marker(k, k, false, charge, false, -1, null);
            }
            if (k > j && listed(doc, k) && CLAUSE_BREAKS.contains(n)) {
                return null;
            }
            if (warns && n.equals("من")) {
                if (k + 1 < end && isAnna(doc, k + 1)) {
                    return new Marker(k + 1, k + 2, false, false, false, -1, null); // حذر من أن
                }
                return null; // حذر من غزو: a warning against an action, no content
            }
            if (v.complement() == Complement.ALA_ANNA && n.equals("علي") && !(k + 1 < end && isAnna(doc, k + 1))) {
                return null; // شدد على ضرورة: a call, not a claim
            }
            if (k > j && n.equals(",") && k + 1 < end && doc.token(k + 1).type() == TokenType.ARABIC
                    && doc.token(k + 1).norm().charAt(0) == 'و' && !isSourceWord(doc, k + 1)
                    && !isNameLike(doc, k + 1) && verbAt(doc, k + 1, false) == null && k + 1 != j) {
                return null; // "، وعقد معه ..." a new clause: an أن after it belongs to another verb
            }
            if (k > j && doc.type(k - 1) == TokenType.PUNCT && doc.token(k - 1).norm().equals(",")
                    && mayStartPhrase(doc.facts(table()), k, end)) {
                int aside = attributionAside(doc, k, end);
                if (aside > k) {
                    k = aside; // "، نقلا عن مسؤولين ،": the verb's own source, then its content
                    continue;
                }
            }
            if (k > j && isCueToken(doc, k)) {
                VerbHit h = verbAt(doc, k, false);
                if (h != null && h.verb().participle() && k > 0 && doc.token(k - 1).norm().equals(",")
                        && !participleOwnsComplement(doc, k, end)) {
                    continue; // "، واصفا الجزء الأول ،" — a participle aside inside the attribution
                }
                return null; // another cue: this verb has no content of its own
            }
        }
        return null;
    }

    /**
     * Whether the participle at k is followed at once by its own content (مشيرة إلى أن، مؤكدا أن، مضيفا: ):
     * then an أن after it is the participle's, not that of a verb before it ("تتوقع تدفقات ...، مشيرة إلى
     * أن" gives تتوقع no content), unlike an aside with an object ("، واصفا الجزء الأول ، إن").
     */
    private boolean participleOwnsComplement(TextAnalysis doc, int k, int end) {
        int c = k + 1;
        if (c < end && (doc.token(c).norm().equals("الي") || doc.token(c).norm().equals("علي"))) {
            c++;
        }
        return c < end && (isAnna(doc, c) || doc.token(c).norm().equals(":")
                || doc.token(c).type() == TokenType.QUOTE && doc.quoteOpenedAt(c) != null);
    }

    /** Longest attribution aside between commas: "، نقلا عن مسؤولين أمريكيين ،". */
    private static final int MAX_ASIDE_PHRASE = 10;

    /**
     * The closing comma of an attribution phrase written as an aside after a comma (، نقلا عن مسؤولين ،، ،
     * بحسب مصادر ،), or -1: the verb before it reports on, and its content comes after the aside.
     */
    private int attributionAside(TextAnalysis doc, int k, int end) {
        PhraseIndex.Match<Phrase> m = lex.phrases.match(doc, doc.facts(table()), k, end);
        if (m == null) {
            return -1;
        }
        for (int c = m.end(); c < end && c - k <= MAX_ASIDE_PHRASE; c++) {
            Token t = doc.token(c);
            if (t.type() == TokenType.PUNCT) {
                return t.norm().equals(",") && c > m.end() ? c : -1;
            }
            if (isAnna(doc, c) || t.type() == TokenType.QUOTE) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the word before the content marker at k is بالقول (اكتفى X بالقول إن). */
    private static boolean saidBefore(TextAnalysis doc, int k) {
        return k > 0 && doc.token(k - 1).norm().equals("بالقول");
    }

    /** The speaker's own words with his pronoun (حديثه، كلمتها، تصريحاته): an object of ختم/اختتم, no speaker. */
    private static final Set<String> UTTERANCES = set("حديث", "كلمه", "تصريح", "تصريحات", "بيان", "خطاب", "رساله",
            "مداخله", "كلام");

    private static boolean ownUtterance(Token t) {
        String n = t.norm();
        for (String enc : ENCLITICS) {
            if (n.length() - enc.length() >= 3 && n.endsWith(enc)) {
                String stem = n.substring(0, n.length() - enc.length());
                // كلمته: the ة of كلمة is written ت before the pronoun
                if (UTTERANCES.contains(stem) || stem.endsWith("ت") && UTTERANCES.contains(
                        stem.substring(0, stem.length() - 1) + "ه")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether tokens [from, at) are exactly an attribution aside between commas (، نقلا عن مسؤولين ،). */
    private boolean asideBefore(Run run, int from, int at) {
        TextAnalysis doc = run.doc;
        return from + 1 < at && doc.token(from).norm().equals(",")
                && attributionAside(doc, from + 1, run.sentence.end()) == at - 1;
    }

    /** Whether the phrase overlaps a person or organization mention. */
    private static boolean namesEntity(Run run, Np np) {
        Token first = run.doc.token(np.first());
        Token last = run.doc.token(np.end() - 1);
        return link(run, Span.of(run.doc.original(), first.start(), last.end())) != null;
    }

    /** Whether the last word of the phrase belongs to a person mention. */
    private static boolean namesPerson(Run run, Np np) {
        Token last = run.doc.token(np.end() - 1);
        Object[] ref = link(run, Span.of(run.doc.original(), last.start(), last.end()));
        return ref != null && ref[1] == Speaker.Kind.PERSON;
    }

    /** A ب-word opening a charge or description: بالفساد، بأنها، بكارثة; not باسم (part of a title). */
    /** Approximators after ب: "بنحو"، "بحوالي"، "بما يقارب" open an amount, not a statement's content. */
    private static final Set<String> BI_APPROXIMATORS = set("بنحو", "بحوالي", "بزهاء", "بقرابه", "بما");

    /**
     * Whether the content marker at token k opens a measure: ب + an approximator or ب + a number ("تقدر بنحو
     * مليار"، "قدرت بـ 5 ملايين"، "يقدر ب 30 ألفا") — the verb estimates an amount, it reports no statement.
     */
    private static boolean measureAfter(TextAnalysis doc, int k) {
        if (k >= doc.size() || doc.token(k).type() != TokenType.ARABIC) {
            return false;
        }
        String n = doc.token(k).norm();
        if (BI_APPROXIMATORS.contains(n)) {
            return !n.equals("بما") || k + 1 < doc.size() && doc.token(k + 1).norm().startsWith("يقارب");
        }
        return (n.equals("ب") || n.equals("بـ")) && k + 1 < doc.size() && doc.token(k + 1).type() == TokenType.NUMBER;
    }

    private static boolean startsWithBi(Token t) {
        if (t.type() != TokenType.ARABIC) {
            return false;
        }
        String n = t.norm();
        if (n.equals("ب")) {
            return true;
        }
        if (n.length() < 3 || n.charAt(0) != 'ب' || n.startsWith("باسم") || n.startsWith("بعد") || n.startsWith("بين")
                || n.equals("بها") || n.equals("به") || n.startsWith("بلاد") || n.startsWith("بلد")) {
            return false;
        }
        for (Clitics.Analysis a : t.analyses()) {
            if (a.prep() == 'ب') {
                return true;
            }
        }
        return false;
    }

    /** The marker of قائلا (token k) whose content opens with إن at token a; direct when a quote follows إن. */
    private static Marker qailanAnna(TextAnalysis doc, int k, int a, int limit) {
        return new Marker(k, a + 1, doc.quoteOpenedAt(Math.min(a + 1, limit - 1)) != null && a + 1 < limit,
                false, true, k, null);
    }

    /**
     * A short closed quote right after a media or company noun is a name: صحيفة " واشنطن بوست "; so is one
     * right after a lone لـ, the addressee of a statement: أفادت مصادر لـ" رويترز " بأن.
     */
    private boolean isNameQuote(TextAnalysis doc, int k, QuoteRegion q) {
        if (!q.closed() || q.close() - q.open() > 5 || k == 0) {
            return false;
        }
        Token before = doc.token(k - 1);
        if (!before.isWord()) {
            return false;
        }
        if (LI_WORDS.contains(before.norm())) {
            return true;
        }
        for (Clitics.Analysis a : before.analyses()) {
            if (NAME_HEADS.contains(a.key())) {
                return true;
            }
        }
        return false;
    }

    private boolean isCueToken(TextAnalysis doc, int k) {
        VerbHit h = verbAt(doc, k, false);
        return h != null && (h.verb().participle() || !AMBIGUOUS_LEMMAS.contains(h.verb().lemma())) && k > 0
                && usableVerb(doc, k, 0, h);
    }

    private boolean phraseStart(TextAnalysis doc, int k, int limit) {
        TokenFacts f = doc.facts(table());
        if (!mayStartPhrase(f, k, limit)) {
            return false;
        }
        PhraseIndex.Match<Phrase> m = lex.phrases.match(doc, f, k, limit);
        return m != null && !m.value().selfContained() && !doc.token(k).norm().equals("حسب")
                && !doc.token(k).norm().equals("وفق");
    }

    // ---------------------------------------------------------------- special verb rules

    /** نقلت الوكالة عن X قوله إن ... / نسبت الوكالة إلى X — the relayed X is the speaker. */
    private boolean relayClaim(Run run, int i, VerbHit hit, int j, int limit) {
        TextAnalysis doc = run.doc;
        int end = Math.min(limit, j + MAX_REGION);
        int pivot = -1;
        for (int k = j; k < end; k++) {
            String n = doc.token(k).norm();
            if (n.equals("عن") || n.equals("الي")) {
                pivot = k;
                break;
            }
            if (!doc.token(k).isWord() && doc.token(k).type() != TokenType.QUOTE) {
                return false;
            }
        }
        if (pivot < 0 || pivot + 1 >= limit) {
            return false;
        }
        Marker m = findMarker(run, lex.verbs.get("قال"), pivot + 1, limit);
        if (m == null) {
            return false;
        }
        Np np = speakerAfter(run, pivot + 1, m.at);
        if (np == null) {
            return false;
        }
        add(run, i, hit.stemStart(), m.direct ? ClaimKind.DIRECT : ClaimKind.INDIRECT, speaker(run, np),
                content(run, m, limit), hit.verb().stance(), null, ClaimRules.RELAY);
        return true;
    }

    /** كما قال X / كما تصفه لوسي: an attribution phrase built on a verb. */
    private boolean kamaClaim(Run run, int i, VerbHit hit, int j, int limit) {
        Np np = speakerAfter(run, j, Math.min(limit, j + MAX_SPEAKER));
        if (np != null && !plausibleSource(run.doc, np)) {
            return false;
        }
        Speaker sp = np == null ? previousSpeakerInSentence(run) : speaker(run, np);
        int from = np == null ? j : np.end();
        Span content = restOrBefore(run, i, from, limit);
        add(run, i, hit.stemStart(), ClaimKind.ACCORDING_TO, sp, content, hit.verb().stance(),
                sp == null ? previousRef(run) : null, ClaimRules.KAMA_VERB);
        return true;
    }

    /** وهو ما أكده X / نافيا ما ذكره X عن ...: X said the content just mentioned. */
    private boolean relativeMaClaim(Run run, int i, VerbHit hit, int j, int limit) {
        Np np = speakerAfter(run, j, Math.min(limit, j + MAX_SPEAKER));
        if (np == null || !plausibleSource(run.doc, np)) {
            return false;
        }
        add(run, i, hit.stemStart(), ClaimKind.INDIRECT, speaker(run, np), null, hit.verb().stance(), null,
                ClaimRules.RELATIVE_MA);
        return true;
    }

    /** "..." ، قال X — the verb and its speaker follow the quote they attribute. */
    private Claim quoteBefore(Run run, int i, VerbHit hit, int j, int limit) {
        TextAnalysis doc = run.doc;
        int k = i - 1;
        while (k >= run.sentence.first() && doc.token(k).type() == TokenType.PUNCT && doc.token(k).norm().equals(",")) {
            k--;
        }
        if (k < 0 || doc.token(k).type() != TokenType.QUOTE || !QUOTE_LEMMAS.contains(hit.verb().lemma())) {
            return null;
        }
        // the region closed by mark k is around the token before it (or an enclosing one): no scan of all quotes
        QuoteRegion q = k > 0 ? doc.quoteAround(k - 1) : null;
        for (int hops = 0; q != null && q.close() != k && hops < 16; hops++) {
            q = q.open() > 0 ? doc.quoteAround(q.open()) : null;
        }
        if (q != null && q.close() != k) {
            q = null;
        }
        if (q == null || q.lastInner() - q.open() < 3) {
            return null;
        }
        Np np = speakerAfter(run, j, Math.min(limit, j + MAX_SPEAKER));
        if (np != null && !plausibleSource(doc, np)) {
            return null;
        }
        Speaker sp = np == null ? previousSpeakerInSentence(run) : speaker(run, np);
        Span content = Span.of(doc.original(), q.start(), q.end());
        return add(run, i, hit.stemStart(), ClaimKind.DIRECT, sp, content, hit.verb().stance(),
                sp == null ? previousRef(run) : null, ClaimRules.QUOTE_THEN_VERB);
    }

    /** أشار X إلى + noun phrase; توقع/استبعد/رجح X + noun phrase (a prediction or estimate). */
    private boolean nominalClaim(Run run, int i, VerbHit hit, int j, int limit) {
        TextAnalysis doc = run.doc;
        Verb v = hit.verb();
        boolean ila = v.complement() == Complement.ILA_ANNA;
        boolean estimate = NOMINAL_LEMMAS.contains(v.lemma());
        if (!ila && !estimate || estimate && measureAfter(doc, j)) {
            return false; // "أرباح تقدر بنحو 1.2 مليار": the verb measures an amount
        }
        int end = Math.min(limit, j + MAX_SPEAKER);
        int contentAt = -1;
        Np np;
        if (ila) {
            int k = j;
            while (k < end && !doc.token(k).norm().equals("الي") && doc.token(k).isWord()) {
                k++;
            }
            if (k >= end || !doc.token(k).norm().equals("الي") || k + 1 >= limit || !doc.token(k + 1).isWord()
                    || NON_STARTERS.contains(doc.token(k + 1).norm())) {
                return false;
            }
            np = v.participle() ? null : speakerAfter(run, j, k);
            contentAt = k + 1;
        } else if (v.participle()) {
            // "، مؤكدا ضرورة الحوار"، "، نافيا وجود قوات": after a comma the sentence's speaker asserts a bare
            // verbal noun (only أكد/نفى, see ASSERTING_NOMINAL)
            if (!ASSERTING_NOMINAL.contains(v.lemma()) || i == 0 || !doc.token(i - 1).norm().equals(",") || j >= limit
                    || !bareNoun(doc, doc.token(j)) || NON_STARTERS.contains(doc.token(j).norm())) {
                return false;
            }
            np = null;
            contentAt = j;
        } else {
            if (prevIsNoun(doc, i)) {
                return false; // مع توقع ارتفاع: the verbal noun, not the verb
            }
            Svo sv = hit.conj() ? null : subjectBefore(run, i);
            String pv = i > 0 ? doc.token(i - 1).norm() : "";
            // a plural verb after its plural subject opens its clause too: "والمحللون يتوقعون تراجع الأسعار"
            boolean pluralSvo = "PL".equals(v.number()) && sv != null && sv.plausible();
            boolean opens = hit.conj() || i == run.sentence.first() || !doc.token(i - 1).isWord()
                    || CLAUSE_OPENERS.contains(pv) || BACK_PARTICLES.contains(pv) || sv != null && sv.opener() || pluralSvo;
            if (!opens) {
                return false; // إظهار قدر كبير: قدر is a noun here
            }
            if (sv != null && (sv.opener() || pluralSvo) && sv.plausible()) {
                if (j >= limit || !doc.token(j).isWord() || NON_STARTERS.contains(doc.token(j).norm())) {
                    return false;
                }
                Span content = spanOf(run, j, contentEnd(run, j, limit));
                add(run, i, hit.stemStart(), ClaimKind.INDIRECT, speaker(run, sv.np()), content, v.stance(), null,
                        ClaimRules.NOMINAL_CONTENT);
                return true;
            }
            // "فالإيطاليون ، يرجحون فوز الأزوري": no subject after a plural verb, فوز is the content
            np = subjectAfter(run, v, j, end);
            if (np == null && "PL".equals(v.number())) {
                if (j >= limit || !doc.token(j).isWord() || NON_STARTERS.contains(doc.token(j).norm())) {
                    return false;
                }
                contentAt = j;
            } else if (np == null) {
                Svo before = hit.conj() ? null : subjectBefore(run, i);
                if (before == null || !before.strong() || j >= limit || !doc.token(j).isWord()
                        || NON_STARTERS.contains(doc.token(j).norm())) {
                    return false;
                }
                contentAt = j; // لكن الخبراء استبعدوا حدوث تسونامي
            } else {
                np = trimSubject(run, np);
                if (np.end() >= limit) {
                    return false;
                }
                Token c = doc.token(np.end());
                // أي before a noun is "any", the object itself: "استبعدت رايس أي وقف لإطلاق النار"
                boolean any = c.norm().equals("اي") && np.end() + 1 < limit && doc.token(np.end() + 1).isWord()
                        && !NON_STARTERS.contains(doc.token(np.end() + 1).norm());
                if (!c.isWord() || NON_STARTERS.contains(c.norm()) && !any) {
                    return false;
                }
                if (ASSERTING_NOMINAL.contains(v.lemma()) && !bareNoun(doc, c)) {
                    return false; // "اكدا سعيهما لتشكيل ائتلاف": أكد/نفى take a bare verbal noun (أكد حاجة، نفى وجود)
                }
                contentAt = np.end();
            }
        }
        if (np != null && !plausibleSource(doc, np)) {
            return false;
        }
        Speaker sp;
        String rule = ClaimRules.NOMINAL_CONTENT;
        if (np != null) {
            sp = speaker(run, np);
        } else if (v.participle()) {
            sp = antecedentInSentence(run, i);
        } else {
            Svo before = hit.conj() ? null : subjectBefore(run, i);
            if (before != null && !before.plausible()) {
                return false;
            }
            sp = before != null ? speaker(run, before.np()) : antecedentInSentence(run, i);
        }
        Span content = spanOf(run, contentAt, contentEnd(run, contentAt, limit));
        add(run, i, hit.stemStart(), ClaimKind.INDIRECT, sp, content, v.stance(), sp == null ? previousRef(run) : null,
                rule);
        return true;
    }

    /**
     * For nominal content the end of the subject is unmarked: keep a name (one word), or a source or
     * organization noun with two modifiers (وزارة السياحة الإسرائيلية).
     */
    private Np trimSubject(Run run, Np np) {
        TextAnalysis doc = run.doc;
        // the subject's modifiers are definite (وزارة السياحة الإسرائيلية) or names; the verbal noun of the
        // content is not (توقع الخبير تراجع الأسعار)
        int keep = 1;
        while (keep < 4 && np.first() + keep < np.end()) {
            Token n = doc.token(np.first() + keep);
            if (!(n.norm().startsWith("ال") || lex.givenNames.contains(n.key()))) {
                break;
            }
            keep++;
        }
        // a person or organisation found there ends where its mention ends: "استبعدت وزيرة الخارجية الأميركية
        // كوندوليزا رايس أي وقف" keeps رايس (the fourth word was the limit), and content starts after the name
        int last = doc.token(np.first() + keep - 1).start();
        int k = run.firstMentionIndexFrom(last + 1) - 1;
        if (k >= 0 && run.mentions[k].end() > last) {
            while (np.first() + keep < np.end() && doc.token(np.first() + keep).end() <= run.mentions[k].end()) {
                keep++;
            }
        }
        return np.end() - np.first() > keep ? new Np(np.first(), np.first() + keep) : np;
    }

    /**
     * Words strictly between tokens i and k: quote marks and commas do not count, so a quoted company name
     * and its nisba ("ذكرت شركة « أمريكان أكسبريس » السعودية ، أن") are as near their verb as unquoted ones.
     */
    private static int wordsBetween(TextAnalysis doc, int i, int k) {
        int n = 0;
        for (int t = i + 1; t < k; t++) {
            if (doc.token(t).type() != TokenType.QUOTE && doc.token(t).type() != TokenType.PUNCT) {
                n++;
            }
        }
        return n;
    }

    /**
     * A word with no proclitic, article or possessive pronoun: حاجة، وجود، ضرورة (not لتشكيل، الحرب، بالعودة,
     * nor دعمهما: "أكد الزعيمان دعمهما للاتفاق" declares a stance, it reports nothing).
     */
    private static boolean bareNoun(TextAnalysis doc, Token t) {
        String n = t.norm();
        String o = doc.original().substring(t.start(), t.end());
        return t.type() == TokenType.ARABIC && !n.startsWith("ال") && !n.startsWith("لل") && "لبكف".indexOf(n.charAt(0)) < 0
                && !o.endsWith("ه") && !o.endsWith("ها") && !o.endsWith("هما") && !o.endsWith("هم") && !o.endsWith("هن");
    }

    /** A word with ل glued to it as a preposition: قائلا لرويترز إن، قائلا للصحفيين إن. */
    private static boolean liWord(Token t) {
        if (t.type() != TokenType.ARABIC || t.norm().charAt(0) != 'ل') {
            return false;
        }
        for (Clitics.Analysis a : t.analyses()) {
            if (a.prep() == 'ل' && a.conj() == '\0') {
                return true;
            }
        }
        return false;
    }

    private static boolean prevIsNoun(TextAnalysis doc, int i) {
        return i > 0 && doc.token(i - 1).isWord() && NOUN_MAKERS.contains(doc.token(i - 1).norm());
    }

    // ---------------------------------------------------------------- phrases

    /**
     * False when no attribution phrase can match at token k before {@code limit}: its first word is no
     * phrase's, or it is no one-word phrase and the next token is no phrase's second word. في، من، على
     * start phrases (في رأيه، من وجهة نظر، على حد قوله) and are everywhere; the next word settles nearly
     * all of them without a walk of the trie. Exact: the trie's first two levels are these words.
     */
    static boolean mayStartPhrase(TokenFacts f, int k, int limit) {
        return f.any(k, Facts.CLAIM_PHRASE) && (f.any(k, Facts.CLAIM_PHRASE_WHOLE)
                || k + 1 < limit && f.anyBare(k + 1, Facts.CLAIM_PHRASE_NEXT));
    }

    private boolean phraseClaim(Run run, int i) {
        TextAnalysis doc = run.doc;
        TokenFacts f = doc.facts(table());
        // the sentence end bounds the limit below (limitFor), so the test holds for it too
        if (!mayStartPhrase(f, i, run.sentence.end())) {
            return false; // no attribution phrase starts here
        }
        int limit = limitFor(run, i);
        PhraseIndex.Match<Phrase> pm = lex.phrases.match(doc, f, i, limit);
        if (pm == null) {
            return false;
        }
        Phrase p = pm.value();
        int e = pm.end();
        Token first = doc.token(i);
        int cueStart = pm.start();
        // a conjunction is part of the cue token but not of the phrase: keep ووفقا's و outside
        if (p.selfContained()) {
            String last = doc.token(e - 1).norm();
            boolean pronoun = last.endsWith("ه") || last.endsWith("ها") || last.endsWith("هم");
            Np np = null;
            if (!pronoun) {
                np = speakerAfter(run, e, Math.min(limit, e + MAX_SPEAKER));
                if (np == null || !plausibleSource(doc, np) || !strongSource(run, np)) {
                    return false;
                }
            }
            Speaker sp = np == null ? previousSpeakerInSentence(run) : speaker(run, np);
            int from = np == null ? e : np.end();
            Span content = restOrBefore(run, i, from, limit);
            Span cue = Span.of(doc.original(), cueStart, doc.token(e - 1).end());
            addSpan(run, i, e, cue, ClaimKind.ACCORDING_TO, sp, content, Stance.NEUTRAL,
                    sp == null ? previousRef(run) : null, ClaimRules.SELF_PHRASE);
            return true;
        }
        if (p.thenVerb()) {
            int k = e;
            while (k < limit && SKIP_AFTER_VERB.contains(doc.token(k).norm())) {
                k++;
            }
            if (k >= limit) {
                return false;
            }
            VerbHit vh = verbAt(doc, k, true);
            if (vh == null || vh.verb().participle()) {
                return false;
            }
            int j = k + 1;
            while (j < limit && SKIP_AFTER_VERB.contains(doc.token(j).norm()) && j < k + 4) {
                j++;
            }
            Np np = speakerAfter(run, j, Math.min(limit, j + MAX_SPEAKER));
            if (np != null && !plausibleSource(doc, np)) {
                return false;
            }
            Speaker sp = np == null ? previousSpeakerInSentence(run) : speaker(run, np);
            run.used[k] = true;
            Span content = restOrBefore(run, i, np == null ? j : np.end(), limit);
            Span cue = Span.of(doc.original(), cueStart, first.end());
            addSpan(run, i, i + 1, cue, ClaimKind.ACCORDING_TO, sp, content, vh.verb().stance(),
                    sp == null ? previousRef(run) : null, ClaimRules.ACCORDING_TO_VERB);
            return true;
        }
        int s = e;
        if (p.needsLi()) {
            // وفقا لـ: the ل is attached (للملفات، لأشخاص) or written alone (لـ)
            if (s >= limit) {
                return false;
            }
            Token t = doc.token(s);
            if (LI_WORDS.contains(t.norm()) || t.norm().equals("ـ")) {
                s++;
                while (s < limit && doc.token(s).norm().equals("ـ")) {
                    s++;
                }
            } else if (t.type() != TokenType.ARABIC || t.norm().charAt(0) != 'ل') {
                return false;
            }
        }
        if (s >= limit) {
            return false;
        }
        int npEnd = Math.min(limit, s + MAX_SPEAKER);
        Np np = speakerAfterPhrase(run, s, npEnd, p.needsLi());
        if (np == null || !plausibleSource(doc, np)) {
            return false;
        }
        String head = headKey(doc, np.first(), p.needsLi());
        if (NON_SOURCE_HEADS.contains(head)) {
            return false;
        }
        String pk = ClaimLexicon.key(p.phrase());
        if ((pk.equals("جاء في") || pk.equals("كما جاء في")) && lex.sourceNouns.get(head) != SourceClass.DOCUMENT) {
            return false; // جاء في المرتبة الثانية: 'came in', no source
        }
        if (!strongSource(run, np) && strictness != Strictness.LENIENT) {
            return false; // وفق الآلية، طبقا لشحنتهما: no source named
        }
        Speaker sp = speaker(run, np, p.needsLi() || startsWithLi(doc, np.first()));
        Span content = restOrBefore(run, i, np.end(), limit);
        Span cue = Span.of(doc.original(), cueStart, doc.token(e - 1).end());
        addSpan(run, i, e, cue, ClaimKind.ACCORDING_TO, sp, content, Stance.NEUTRAL, null, ClaimRules.ACCORDING_TO);
        return true;
    }

    private static boolean startsWithLi(TextAnalysis doc, int k) {
        return false;
    }

    /** The head word of a speaker phrase, without ل (and article) when {@code li}. */
    private String headKey(TextAnalysis doc, int k, boolean li) {
        Token t = doc.token(k);
        if (li) {
            for (Clitics.Analysis a : t.analyses()) {
                if (a.prep() == 'ل') {
                    return a.key();
                }
            }
        }
        return t.key();
    }

    // ---------------------------------------------------------------- speakers

    /** The speaker phrase starting at {@code j} and ending before {@code end}, or null when none starts there. */
    private Np speakerAfter(Run run, int j, int end) {
        TextAnalysis doc = run.doc;
        if (j >= end) {
            return null;
        }
        Token t = doc.token(j);
        String n = t.norm();
        boolean listed = listed(doc, j);
        if (!(t.isWord() || t.type() == TokenType.NUMBER) || listed && NON_STARTERS.contains(n) || isAnna(doc, j)
                || listed && RELATIVES.contains(n) || verbAt(doc, j, false) != null) {
            return null;
        }
        return extendNp(run, j, end);
    }

    /**
     * The speaker after verb v: a plural verb has its subject before it or in its ending (Arabic puts a verb
     * before a plural subject in the singular), so after it only a known kind of source is one ("قالوا
     * الدبلوماسيون", informal); "يرجحون فوز " الأزوري "" names no فوز.
     */
    private Np subjectAfter(Run run, Verb v, int j, int end) {
        Np np = speakerAfter(run, j, end);
        return np != null && "PL".equals(v.number()) && !strongSource(run, np) ? null : np;
    }

    /** After بحسب/وفقا لـ: the first word may carry ل or the article. */
    private Np speakerAfterPhrase(Run run, int s, int end, boolean li) {
        TextAnalysis doc = run.doc;
        Token t = doc.token(s);
        if (!(t.isWord() || t.type() == TokenType.NUMBER)) {
            return null;
        }
        String n = li ? headKey(doc, s, true) : t.norm();
        if (NON_STARTERS.contains(n) || NON_STARTERS.contains(t.norm()) || RELATIVES.contains(n)) {
            return null;
        }
        return extendNp(run, s, end);
    }

    private Np extendNp(Run run, int j, int end) {
        TextAnalysis doc = run.doc;
        boolean sourceHead = isSourceWord(doc, j);
        TokenFacts f = doc.facts(table());
        int k = j + 1;
        while (k < end && k - j < MAX_SPEAKER) {
            Token t = doc.token(k);
            String n = t.norm();
            if (plainWord(doc, f, k) && n.charAt(0) != 'ل') {
                k++; // a word of the name or title: only a ل-word (لـ، للصحفيين، لوكالة) may end it unlisted
                continue;
            }
            if (t.type() == TokenType.QUOTE) {
                QuoteRegion q = doc.quoteOpenedAt(k);
                if (q != null && isNameQuote(doc, k, q) && q.close() < end) {
                    k = q.close() + 1;
                    continue;
                }
                break;
            }
            if (t.type() == TokenType.PUNCT) {
                if (n.equals("-") || n.equals("ـ")) {
                    k++;
                    continue;
                }
                break;
            }
            if (!t.isWord() && t.type() != TokenType.NUMBER) {
                break;
            }
            boolean listed = listed(doc, k);
            if (isAnna(doc, k) || listed && SPEAKER_STOPS.contains(n) || isCueToken(doc, k)) {
                break;
            }
            if ((n.equals("علي") || n.equals("الي") || n.equals("عن") || n.equals("من")) && k + 1 < doc.size()
                    && isAnna(doc, k + 1)) {
                break; // حذرت المنظمة من أن: the preposition belongs to the verb
            }
            if (n.equals("عن") && k > j && endsMention(run, k - 1)) {
                break; // "نقلته رويترز عن ثلاثة مصادر": the medium is the speaker, its sources come after
            }
            if (LI_WORDS.contains(n) || sourceHead && toMedium(t)) {
                // مصادر مطلعة لـ" رويترز "، مسؤول أمريكي لوكالة رويترز: the addressee is no part of an
                // anonymous speaker (مراسل لوكالة ... and الرئيس التنفيذي لشركة ... keep theirs)
                break;
            }
            if (k > j && n.length() >= 4 && n.charAt(0) == 'ل' && endsPersonMention(run, k - 1)
                    && !lex.givenNames.contains(n)) {
                break; // "قال المتحدث X Y للصحفيين إن"، "X Y لقناة الجزيرة": whom a named person told
            }
            if ((n.equals("علي") || n.equals("عبر")) && k + 1 < end && MEDIUM_NOUNS.contains(doc.token(k + 1).key())) {
                break; // كتب ماسك على منصة إكس أن: where it was said
            }
            if ((n.equals("في") || n.equals("خلال")) && k + 1 < end && EVENT_NOUNS.contains(
                    doc.token(k + 1).key())) {
                break;
            }
            if (n.equals("من") && k + 1 < end && (doc.token(k + 1).norm().equals("جهته")
                    || doc.token(k + 1).norm().equals("جهتها") || doc.token(k + 1).norm().equals("جانبه")
                    || doc.token(k + 1).norm().equals("جانبها"))) {
                break;
            }
            if (listed && RELATIVES.contains(n) && !sourceHead) {
                break; // relative clauses after a proper name are left out of the speaker
            }
            if (phraseStart(doc, k, end)) {
                break;
            }
            k++;
        }
        return new Np(j, throughMention(run, j, k, end));
    }

    /**
     * A speaker phrase [j, k) whose last word begins a person or organization mention reaching further
     * ends with that mention: the word that stopped the scan is part of a name ("شبكة سي إن إن": إن;
     * "المحلل محمد علي": علي before أن).
     */
    private static int throughMention(Run run, int j, int k, int end) {
        TextAnalysis doc = run.doc;
        if (k >= end || k <= j) {
            return k;
        }
        int from = doc.token(j).start();
        int lastEnd = doc.token(k - 1).end();
        for (int m = run.firstMentionIndexFrom(from); m < run.mentions.length
                && run.mentions[m].start() < lastEnd; m++) {
            Span mention = run.mentions[m];
            if (mention.end() > lastEnd) {
                while (k < end && doc.token(k).end() <= mention.end()) {
                    k++;
                }
                return k;
            }
        }
        return k;
    }

    /** Whether a person or organization mention ends with token k. */
    private static boolean endsMention(Run run, int k) {
        return endsMention(run, k, false);
    }

    /** Whether a person's mention ends with token k (an organisation's may go on: الأمم المتحدة للاجئين). */
    private static boolean endsPersonMention(Run run, int k) {
        return endsMention(run, k, true);
    }

    private static boolean endsMention(Run run, int k, boolean person) {
        Token t = run.doc.token(k);
        int m = run.firstMentionIndexFrom(t.start());
        for (int x = Math.max(0, m - 2); x < run.mentions.length && run.mentions[x].start() < t.end(); x++) {
            if (run.mentions[x].end() == t.end() && (!person || run.mentionRefs[x][1] == Speaker.Kind.PERSON)) {
                return true;
            }
        }
        return false;
    }

    /** Media that receive statements, read after ل: لوكالة، لصحيفة، لقناة، لشبكة. */
    private static final Set<String> MEDIA_ADDRESSEES = set("وكاله", "صحيفه", "قناه", "شبكه", "مجله", "اذاعه",
            "تلفزيون", "موقع");

    private static boolean toMedium(Token t) {
        if (t.type() != TokenType.ARABIC || t.norm().charAt(0) != 'ل') {
            return false;
        }
        for (Clitics.Analysis a : t.analyses()) {
            if (a.prep() == 'ل' && MEDIA_ADDRESSEES.contains(a.key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An Arabic word that the marker and speaker scans pass over: no list of {@link #LISTED} holds it (نقلا،
     * قائلا، من، على، في، عبر and the other words those scans compare by text are in them), it is no أن, no
     * reading is a verb form and none starts an attribution phrase. Most words of a speaker or of the words
     * before أن are such words; the bits answer without the token's text. {@code ClaimFactsGateProperties}
     * checks that every word the scans name is listed.
     */
    static boolean plainWord(TextAnalysis doc, TokenFacts f, int k) {
        return doc.type(k) == TokenType.ARABIC && (f.bare(k) & (Facts.CLAIM_LISTED | Facts.ANNA)) == 0
                && ((f.stems(k) | f.keys(k)) & (Facts.CLAIM_VERB | Facts.CLAIM_PHRASE)) == 0;
    }

    /** Whether token k's bare word is in some list of {@link #LISTED} (false: in none of them). */
    private boolean listed(TextAnalysis doc, int k) {
        return (doc.facts(table()).bare(k) & Facts.CLAIM_LISTED) != 0;
    }

    private boolean isSourceWord(TextAnalysis doc, int k) {
        TokenFacts f = doc.facts(table());
        if ((f.keys(k) & Facts.CLAIM_SOURCE) == 0) {
            return false; // no reading's key is a source noun or quantifier: the readings need not be built
        }
        if ((f.bareKey(k) & Facts.CLAIM_SOURCE) != 0) {
            return true; // the bare reading's key, the first asked below, is one (the bit is exact)
        }
        List<Clitics.Analysis> readings = doc.token(k).analyses();
        for (int r = 1; r < readings.size(); r++) { // the bare reading's key is none of them (its bit)
            String w = readings.get(r).key();
            if (lex.sourceNouns.containsKey(w) || lex.quantifiers.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Rejects subjects that are no source: هذه التحركات، الشواهد، القانون. */
    private boolean plausibleSource(TextAnalysis doc, Np np) {
        Token t = doc.token(np.first());
        String n = t.norm();
        TokenFacts f = doc.facts(table());
        if ((f.bare(np.first()) & Facts.CLAIM_LISTED) != 0 && DEMONSTRATIVES.contains(n)) {
            if (np.end() - np.first() < 2) {
                return false;
            }
            Token next = doc.token(np.first() + 1);
            String w = next.key();
            return lex.sourceNouns.get(w) == SourceClass.PERSON_ANON || lex.titles.contains(w)
                    || lex.sourceNouns.get(w) == SourceClass.DOCUMENT;
        }
        if ((f.keys(np.first()) & Facts.CLAIM_LISTED) == 0) {
            return true; // no reading's key (the bare word's among them) is in any list, NON_SOURCE_HEADS too
        }
        for (Clitics.Analysis a : t.analyses()) {
            if (NON_SOURCE_HEADS.contains(a.key()) && (a.bare() || a.prep() == 'ل')) {
                return false;
            }
        }
        return !NON_SOURCE_HEADS.contains(PhraseIndex.wordKey(n));
    }

    /** A speaker that names a known kind of source: a source noun, a title, a given name or an entity. */
    private boolean strongSource(Run run, Np np) {
        int f = np.first();
        TokenFacts facts = run.doc.facts(table());
        // a demonstrative is listed: the bit of the readings' stems spares their substrings and probes
        if ((facts.stems(f) & Facts.CLAIM_LISTED) != 0 && f + 1 < np.end()) {
            for (Clitics.Analysis a : run.doc.token(f).analyses()) {
                if (DEMONSTRATIVES.contains(a.stem())) {
                    f++; // (لـ)هؤلاء الأشخاص
                    break;
                }
            }
        }
        Token t = run.doc.token(f);
        for (Clitics.Analysis a : t.analyses()) {
            String w = a.key();
            if (known(w)) {
                return true;
            }
            for (String enc : ENCLITICS) {
                // مراسلها، مصادرها: a source noun with a possessive pronoun
                if (w.length() - enc.length() >= 3 && w.endsWith(enc) && known(w.substring(0, w.length() - enc.length()))) {
                    return true;
                }
            }
        }
        Span sp = Span.of(run.doc.original(), t.start(), run.doc.token(np.end() - 1).end());
        return link(run, sp) != null;
    }

    /** A subject written before its verb; strong when a clause opener or the sentence start precedes it. */
    private record Svo(Np np, boolean strong, boolean plausible, boolean viaComma, boolean opener) {}

    private boolean known(String w) {
        return lex.sourceNouns.containsKey(w) || lex.titles.contains(w) || lex.givenNames.contains(w)
                || lex.orgHeads.contains(w) || lex.quantifiers.contains(w) || NAME_HEADS.contains(w);
    }

    /** The subject written before the verb: لكن الخبراء استبعدوا، وكان الرئيس قال، المحكمة التي اعتبرت. */
    private Svo subjectBefore(Run run, int i) {
        TextAnalysis doc = run.doc;
        int first = run.sentence.first();
        int k = i - 1;
        while (k >= first && BACK_PARTICLES.contains(doc.token(k).norm())) {
            k--;
        }
        if (k >= first && (doc.token(k).norm().equals("فانهم") || doc.token(k).norm().equals("فانه")
                || doc.token(k).norm().equals("فانها"))) {
            k--; // أهل السنة فإنهم يقولون
        }
        boolean viaComma = false;
        if (k > first && doc.token(k).norm().equals(",") && doc.token(k - 1).isWord()) {
            k--; // وكانت المحكمة العليا ، اعتبرت
            viaComma = true;
        }
        if (k < first) {
            return null;
        }
        if (RELATIVES.contains(doc.token(k).norm())) {
            // المحكمة العليا التي اعتبرت: the antecedent is the run of definite words before the relative
            int e = k;
            int b = k - 1;
            while (b >= first && e - b <= 4 && doc.token(b).type() == TokenType.ARABIC
                    && doc.token(b).norm().startsWith("ال") && !RELATIVES.contains(doc.token(b).norm())) {
                b--;
            }
            if (b + 1 < e) {
                Np np = new Np(b + 1, e);
                return new Svo(np, true, plausibleSource(doc, np), false, false);
            }
            k--;
        }
        int end = k + 1;
        int start = end;
        while (k >= first && end - k <= 8) {
            Token t = doc.token(k);
            String n = t.norm();
            if (!t.isWord() && t.type() != TokenType.NUMBER) {
                if (t.type() == TokenType.QUOTE && k > first) {
                    k--; // a quoted name inside the subject: صحيفة " بابل "
                    continue;
                }
                break;
            }
            boolean listed = listed(doc, k);
            if (listed && (BACK_STOPS.contains(n) || FIRST_PERSON.contains(n)) || isAnna(doc, k)
                    || verbAt(doc, k, false) != null || listed && NON_STARTERS.contains(n) || conjPrep(t)) {
                break;
            }
            start = k;
            if (n.length() > 4 && (n.startsWith("وال") || n.startsWith("فال"))) {
                break; // "... بمثابة النهائي فالإيطاليون ، يرجحون": و/ف and the article open the subject
            }
            k--;
        }
        while (start < end && NON_STARTERS.contains(doc.token(start).norm())) {
            start++;
        }
        if (start >= end || !doc.token(end - 1).isWord()) {
            return null;
        }
        String before = start > first ? doc.token(start - 1).norm() : "";
        if (start > first && (NOUN_MAKERS.contains(before) || conjPrep(doc.token(start - 1)))) {
            return null; // وفي واشنطن قال X: a fronted place or time phrase, not a subject
        }
        boolean opener = CLAUSE_OPENERS.contains(before);
        boolean strong = start == first || !doc.token(start - 1).isWord() || opener;
        Np np = new Np(start, end);
        return new Svo(np, strong && !viaComma, plausibleSource(doc, np), viaComma, opener && !viaComma);
    }

    /** وفي، ومن، فعلى: a conjunction glued to a preposition. */
    private static boolean conjPrep(Token t) {
        String n = t.norm();
        return n.length() >= 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') && NOUN_MAKERS.contains(n.substring(1))
                && n.length() <= 5;
    }

    private boolean isNameLike(TextAnalysis doc, int k) {
        TokenFacts f = doc.facts(table());
        if ((f.keys(k) & Facts.CLAIM_NAME_LIKE) == 0) {
            return false; // no reading's key is any of the words below
        }
        if ((f.bareKey(k) & Facts.CLAIM_NAME_LIKE) != 0) {
            return true; // the bare reading (no preposition) has its key in one of the four sets: the bit is exact
        }
        List<Clitics.Analysis> readings = doc.token(k).analyses();
        for (int r = 1; r < readings.size(); r++) { // the bare reading's key is in none of them (its bit)
            Clitics.Analysis a = readings.get(r);
            String w = a.key();
            if (a.prep() == '\0' && (lex.givenNames.contains(w) || lex.titles.contains(w) || lex.orgHeads.contains(w)
                    || NAME_PARTICLES.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /** Honorifics with a pronoun that stand for a person: جلالته، سموه، فخامته. */
    private static final Set<String> HONORIFIC_PRONOUNS = set("جلالته", "سموه", "فخامته", "معاليه", "سعادته",
            "سيادته", "دولته", "سماحته", "غبطته");

    /**
     * A pronoun or participle speaker named in the same sentence: the speaker of the sentence's previous
     * claim, else the first actor or organization mentioned before the cue, else the first titled or named
     * person before it. Null when the sentence names nobody before the cue.
     */
    /**
     * The mention at row k of {@link Run#mentions}, or the person right after it when it is an organisation in
     * that person's title: "حذر الأمين العام لحزب الله حسن نصر الله ... ، مؤكدا"، "أعرب مدرب بيتيس مانويل
     * بيليغريني ... ، مشيرا" — the participle speaks for the person, not for the party or club that comes first.
     */
    private static Span ownerOfTitle(Run run, int k, int cueStart) {
        Span m = run.mentions[k];
        if (run.mentionRefs[k][1] != Speaker.Kind.ORGANIZATION || k + 1 >= run.mentions.length) {
            return m;
        }
        Span next = run.mentions[k + 1];
        if (run.mentionRefs[k + 1][1] != Speaker.Kind.PERSON || next.end() > cueStart) {
            return m;
        }
        // adjacent: only white space between the organisation and the name
        for (int c = m.end(); c < next.start(); c++) {
            if (!Character.isWhitespace(run.doc.original().charAt(c))) {
                return m;
            }
        }
        return next;
    }

    private Speaker antecedentInSentence(Run run, int i) {
        Speaker prev = previousSpeakerInSentence(run);
        if (prev != null) {
            return prev;
        }
        TextAnalysis doc = run.doc;
        Sentence s = run.sentence;
        int cueStart = doc.token(i).start();
        int first = run.firstMentionIndexFrom(s.start());
        Span best = first < run.mentions.length ? run.mentions[first] : null;
        if (best != null && best.end() > cueStart) {
            best = null;
        }
        if (best != null) {
            best = ownerOfTitle(run, first, cueStart);
            Object[] ref = link(run, best);
            return new Speaker(best, (String) ref[0], (Speaker.Kind) ref[1]);
        }
        for (int k = Math.max(s.first(), i - MAX_ANTECEDENT_SCAN); k < i; k++) {
            Token t = doc.token(k);
            if (t.type() != TokenType.ARABIC || NON_STARTERS.contains(t.norm()) || NOUN_MAKERS.contains(t.norm())) {
                continue;
            }
            boolean named = HONORIFIC_PRONOUNS.contains(t.norm());
            for (Clitics.Analysis a : t.analyses()) {
                String x = a.key();
                if (a.prep() == '\0' && (lex.titles.contains(x) || a.bare() && lex.givenNames.contains(x))) {
                    named = true;
                    break;
                }
            }
            if (named && (k == s.first() || !NOUN_MAKERS.contains(doc.token(k - 1).norm()))) {
                return speaker(run, extendNp(run, k, i));
            }
        }
        return null;
    }

    private static Speaker previousSpeakerInSentence(Run run) {
        return run.lastSpeakerInSentence;
    }

    /** For a pronoun speaker: the ref of the previous claim's speaker in the document (null when none). */
    private static String previousRef(Run run) {
        return run.lastRef;
    }

    private Speaker speaker(Run run, Np np) {
        return speaker(run, np, false);
    }

    private Speaker speaker(Run run, Np np, boolean dropLi) {
        TextAnalysis doc = run.doc;
        Token first = doc.token(np.first());
        int start = first.start();
        Clitics.Analysis head = first.analyses().get(0);
        for (Clitics.Analysis a : first.analyses()) {
            // a preposition fused with the speaker is dropped (للاحصائيات -> احصائيات); و/ف too
            if (a.conj() != '\0' && a.prep() == '\0' && !a.article() && false) {
                head = a;
                start = a.stemStart();
                break;
            }
        }
        if (dropLi && start == first.start()) {
            for (Clitics.Analysis a : first.analyses()) {
                if (a.prep() == 'ل') {
                    head = a; // the deepest reading: للملفات -> ملفات
                    start = a.stemStart();
                }
            }
        }
        int end = doc.token(np.end() - 1).end();
        if (end <= start) {
            end = first.end();
        }
        Span span = Span.of(doc.original(), start, end);
        Object[] ref = link(run, span);
        if (ref != null) {
            return new Speaker(span, (String) ref[0], (Speaker.Kind) ref[1]);
        }
        if ((doc.facts(table()).keys(np.first()) & (Facts.CLAIM_SOURCE | Facts.CLAIM_NAME_LIKE)) == 0) {
            // no reading's key is in any list classify reads (the head is one of the readings)
            return new Speaker(span, null, Speaker.Kind.OTHER);
        }
        return new Speaker(span, null, classify(doc, np, head.key()));
    }

    private Speaker.Kind classify(TextAnalysis doc, Np np, String headWord) {
        if (lex.quantifiers.contains(headWord)) {
            return Speaker.Kind.ANONYMOUS;
        }
        SourceClass c = lex.sourceNouns.get(headWord);
        if (c == SourceClass.PERSON_ANON) {
            return Speaker.Kind.ANONYMOUS;
        }
        if (c == SourceClass.DOCUMENT) {
            return Speaker.Kind.DOCUMENT;
        }
        if (c == SourceClass.GROUP || lex.orgHeads.contains(headWord)) {
            return Speaker.Kind.ORGANIZATION;
        }
        if (lex.titles.contains(headWord) || lex.givenNames.contains(headWord)) {
            TokenFacts f = doc.facts(table());
            for (int k = np.first(); k < np.end(); k++) {
                // a given name is NAME_LIKE as the bare reading's key (the bit is exact for the four lists)
                if ((f.bareKey(k) & Facts.CLAIM_NAME_LIKE) != 0 && lex.givenNames.contains(doc.token(k).key())) {
                    return Speaker.Kind.PERSON;
                }
            }
            return lex.givenNames.contains(headWord) ? Speaker.Kind.PERSON : Speaker.Kind.ANONYMOUS;
        }
        return Speaker.Kind.OTHER;
    }

    /**
     * {id, kind} of the first actor mention overlapping {@code span}, else of the first organization mention
     * overlapping it, or null. Mentions do
     * not overlap one another, so only the mention just before the span's start and those starting inside
     * it can overlap: a binary search finds them (linking stays O(log n) per claim).
     */
    private static Object[] link(Run run, Span span) {
        int k = run.firstMentionIndexFrom(span.start());
        Object[] org = null;
        for (int j = Math.max(0, k - 2); j < run.mentions.length && run.mentions[j].start() < span.end(); j++) {
            if (run.mentions[j].overlaps(span)) {
                if (run.mentionRefs[j][1] == Speaker.Kind.PERSON) {
                    return run.mentionRefs[j];
                }
                if (org == null) {
                    org = run.mentionRefs[j];
                }
            }
        }
        // a person named in the speaker phrase is the speaker, even after an organisation in it
        // ("المحللة في بنك X سارة علي"); an organisation only when the phrase names nobody
        return org;
    }

    // ---------------------------------------------------------------- content and records

    private Span content(Run run, Marker m, int limit) {
        TextAnalysis doc = run.doc;
        if (m.quote() != null) {
            QuoteRegion q = m.quote();
            if (q.end() > q.start()) {
                return Span.of(doc.original(), q.start(), q.end());
            }
            return null;
        }
        int from = m.contentFrom();
        if (from >= limit) {
            return null;
        }
        return spanOf(run, from, contentEnd(run, from, limit));
    }

    /** Content runs to the sentence end, or to a comma before a participle cue (…، مشيرا إلى أن). */
    private int contentEnd(Run run, int from, int limit) {
        TextAnalysis doc = run.doc;
        // content runs to the sentence end or to ", مشيرا ..." (a participle opens the next claim)
        int e = participleBreakBefore(run, from + 1, limit);
        while (e > from + 1 && isTrailing(doc.token(e - 1))) {
            e--;
        }
        return e;
    }

    private static final byte BREAK = 1;
    private static final byte NO_BREAK = 2;

    /**
     * Index of the first "," in [k, limit) that is followed by a participle cue, or {@code limit}. Only the
     * tokens of a claim's content are tested, each once per document (the answer of a token is kept):
     * testing every token of the document up front, as before, cost more than the claims' contents, which
     * most sentences lack. A walk reads no further than the first break or the content's limit.
     */
    private int participleBreakBefore(Run run, int k, int limit) {
        byte[] known = run.participleBreak;
        if (known == null) {
            known = new byte[run.doc.size()];
            run.participleBreak = known;
        }
        for (int j = k; j < limit; j++) {
            byte b = known[j];
            if (b == 0) {
                b = participleBreakAt(run, j) ? BREAK : NO_BREAK;
                known[j] = b;
            }
            if (b == BREAK) {
                return j;
            }
        }
        return limit;
    }

    /** Whether token j is a "," followed by a participle cue or another claim's opening. */
    private boolean participleBreakAt(Run run, int j) {
        TextAnalysis doc = run.doc;
        int n = doc.size();
        // a break is a comma, and the tokeniser gives a lone "," the type PUNCT: the type array answers for
        // the words of the content (most of its tokens) before the next token's bits and the text are read
        if (doc.type(j) != TokenType.PUNCT) {
            return false;
        }
        TokenFacts f = doc.facts(table());
        // verbAt needs a verb form's bit on the next token: most commas are passed over by that bit before
        // their text is read
        if (j + 1 < n && (f.stems(j + 1) & Facts.CLAIM_VERB) != 0 && doc.token(j).norm().equals(",")) {
            VerbHit h = verbAt(doc, j + 1, false);
            // "، مشيرا إلى"، "، وأكد أن": a participle, or a reporting verb with its own و, opens the
            // next report (an ambiguous verb such as وذكر 'and mentioned' does not)
            return h != null && (h.verb().participle() || h.conj() && !AMBIGUOUS_LEMMAS.contains(h.verb().lemma()));
        }
        return j + 2 < n && f.any(j + 1, Facts.CLAIM_LISTED | Facts.CLAIM_PHRASE)
                && doc.token(j).norm().equals(",") && otherClaimOpens(run, j + 1);
    }

    /** Connectives that open a second, contrasting report after a comma: "، فيما أكد محاميه أنه". */
    private static final Set<String> REPORT_CONTRASTS = set("فيما", "بينما", "وبينما");

    /**
     * Whether the words after a comma at {@code k - 1} open another claim: a contrast word and a reporting
     * verb (، فيما أكد محاميه؛ ، بينما رأت المحللة), or an attribution phrase (، بحسب ما نقلته الشبكة؛ ،
     * وفقا للوكالة). The content before the comma ends there: it is not part of the next report.
     */
    private boolean otherClaimOpens(Run run, int k) {
        TextAnalysis doc = run.doc;
        int limit = run.doc.size();
        TokenFacts f = doc.facts(table());
        // the bits first: a reporting verb's after the contrast word, a phrase's on the word itself
        if (k + 1 < limit && (f.stems(k + 1) & Facts.CLAIM_VERB) != 0 && REPORT_CONTRASTS.contains(doc.token(k).norm())) {
            // any reporting verb form: after "، بينما" even رأت/ذكر are verbs
            return verbAt(doc, k + 1, false) != null;
        }
        if (!mayStartPhrase(f, k, limit)) {
            return false;
        }
        PhraseIndex.Match<Phrase> m = lex.phrases.match(doc, f, k, limit);
        if (m == null || m.end() >= limit) {
            return false;
        }
        // بحسب ما نقلته، وفق ما ذكرت: a report; وفق الاتفاقات 'in line with the agreements' is part of the
        // content, so a named source must follow
        if (doc.token(m.end()).norm().equals("ما") || doc.token(m.end() - 1).norm().equals("ما")) {
            return true;
        }
        Np np = speakerAfterPhrase(run, m.end(), Math.min(limit, m.end() + MAX_SPEAKER), m.value().needsLi());
        if (np == null || !plausibleSource(doc, np)) {
            return false;
        }
        // the phrase's first word itself names the source (وفق الوكالة، بحسب رويترز), not a noun that
        // merely has one further on (وفق الاتفاقات بين السلطة وإسرائيل)
        Token head = doc.token(np.first());
        return known(headKey(doc, np.first(), m.value().needsLi()))
                || link(run, Span.of(doc.original(), head.start(), head.end())) != null;
    }

    private static boolean isTrailing(Token t) {
        return t.type() == TokenType.PUNCT;
    }

    private static Span spanOf(Run run, int from, int end) {
        if (from >= end) {
            return null;
        }
        TextAnalysis doc = run.doc;
        return Span.of(doc.original(), doc.token(from).start(), doc.token(end - 1).end());
    }

    /** ACCORDING_TO content: what follows the speaker, or — when the phrase closes the sentence — what precedes it. */
    private Span restOrBefore(Run run, int cueToken, int from, int limit) {
        TextAnalysis doc = run.doc;
        int k = from;
        if (k < limit && doc.token(k).norm().equals("عن")) {
            // "وفقا لما نقلته رويترز عن ثلاثة مصادر ، فإن": the medium's sources, then the content
            int c = k + 1;
            while (c < limit && c - k <= MAX_ASIDE_PHRASE && doc.token(c).type() != TokenType.PUNCT) {
                c++;
            }
            if (c < limit && doc.token(c).norm().equals(",")) {
                k = c;
            }
        }
        while (k < limit && (doc.token(k).type() == TokenType.PUNCT || doc.token(k).norm().equals("فان")
                || doc.token(k).norm().equals("ان") // "، نقلا عن مسؤولين ، أن الهجوم": the content after أن
                || doc.token(k).norm().equals("فانه"))) {
            k++;
        }
        if (k < limit) {
            return spanOf(run, k, contentEnd(run, k, limit));
        }
        int s = run.sentence.first();
        int e = cueToken;
        while (e > s && doc.token(e - 1).type() == TokenType.PUNCT) {
            e--;
        }
        return spanOf(run, s, e);
    }

    /** A cue word with a conjunction (وأكد، فقال) or after punctuation starts a clause of its own. */
    private static boolean opensClause(TextAnalysis doc, int k) {
        if (k == 0 || !doc.token(k - 1).isWord()) {
            return true;
        }
        for (Clitics.Analysis a : doc.token(k).analyses()) {
            if (a.conj() != '\0') {
                return true;
            }
        }
        return false;
    }

    private Claim add(Run run, int cueToken, int cueStart, ClaimKind kind, Speaker speaker, Span content,
            Stance stance, String resolved, String rule) {
        Span cue = Span.of(run.doc.original(), cueStart, run.doc.token(cueToken).end());
        return addSpan(run, cueToken, cueToken + 1, cue, kind, speaker, content, stance, resolved, rule);
    }

    private static Claim addSpan(Run run, int from, int to, Span cue, ClaimKind kind, Speaker speaker, Span content,
            Stance stance, String resolved, String rule) {
        for (int k = from; k < to; k++) {
            run.used[k] = true;
        }
        if (speaker != null && (speaker.span().overlaps(cue) || content != null && speaker.span().overlaps(content))) {
            speaker = null; // a copied antecedent must stay apart from this claim's own cue and content
        }
        if (content != null && content.overlaps(cue)) {
            content = null;
        }
        int s = cue.start();
        int e = cue.end();
        if (speaker != null && run.doc.original().length() >= speaker.span().end()) {
            s = Math.min(s, speaker.span().start());
            e = Math.max(e, speaker.span().end());
        }
        if (content != null) {
            s = Math.min(s, content.start());
            e = Math.max(e, content.end());
        }
        Claim c = new Claim(Span.of(run.doc.original(), s, e), kind, cue, speaker, content, stance, resolved, rule);
        run.out.add(c);
        if (cue.start() < run.lastCueStart) {
            run.outOfOrder = true;
        }
        run.lastCueStart = cue.start();
        // a claim inside the content of the sentence's last speaking claim ("قالت الوزيرة إن الحكومة تتوقع ...")
        // is reported speech: a later participle or pronoun (، مشيرة إلى أن) still refers to the reporter.
        // A cue that opens its own clause (وأكد، ثم قال after a comma) is not: content often runs on to a
        // sentence end the text forgot to mark
        boolean nested = content != null && run.reporterContentEnd > cue.start()
                && run.reporterContentStart <= cue.start() && !opensClause(run.doc, from);
        if (nested) {
            return c;
        }
        if (content != null && c.speaker() != null) {
            run.reporterContentStart = content.start();
            run.reporterContentEnd = content.end();
        }
        if (c.speaker() != null) {
            run.lastSpeakerInSentence = c.speaker();
            run.lastRef = c.speaker().ref();
        } else if (c.resolvedSpeaker() != null) {
            run.lastRef = c.resolvedSpeaker();
        }
        return c;
    }
}
