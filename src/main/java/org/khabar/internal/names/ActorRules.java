package org.khabar.internal.names;

import org.khabar.Gender;
import org.khabar.internal.lexicon.Facts;
import org.khabar.internal.lexicon.PhraseIndex;
import org.khabar.internal.text.Clitics;
import org.khabar.internal.text.Sentence;
import org.khabar.internal.text.Token;
import org.khabar.internal.text.TokenType;

/**
 * Person candidates in one sentence, from evidence around the name: a title before it, a reporting verb
 * before it, a given name at its start, a kunya or عبد + divine name, a title in apposition after it, or
 * coordination with a person already found. Runs after {@link OrgRules}, so organisation tokens are
 * never taken for names. Stateless.
 */
final class ActorRules {
    private ActorRules() {}

    /** The particles of a patronymic chain (son or daughter of), after which a family name may close the name. */
    static final java.util.Set<String> LINEAGE = org.khabar.internal.text.WordSet.of("بن", "ابن", "بنت");

    /** The word before الله in the blessings written after a name: رحمه الله، رحمة الله عليه، رضي الله عنه، حفظه الله. */
    private static final java.util.Set<String> EULOGY = org.khabar.internal.text.WordSet.of("رحمه", "رضي", "صلي", "حفظه", "يرحمه", "رعاه", "تغمده");

    /** Demonstratives: after علي (على written with ي) they are its object, "علي ذلك". */
    /** Definite kinship nouns (normalised): after a name they stand in apposition ("إسماعيل الابن البكر"). */
    private static final java.util.Set<String> DEFINITE_KIN = org.khabar.internal.text.WordSet.of("الابن", "الابنه", "البنت", "الاخ",
            "الاخت", "الاب", "الام", "الشقيق", "الشقيقه", "الزوج", "الزوجه", "الوالد", "الوالده", "النجل", "الحفيد",
            "الحفيده", "الجد", "الجده");

    private static final java.util.Set<String> DEMONSTRATIVES = org.khabar.internal.text.WordSet.of("ذلك", "هذا", "هذه", "تلك", "هولاء");

    /**
     * Nouns of relation that follow a name in construct with a definite word: "مولاي رشيد شقيق العاهل"،
     * "سوزان قرينة الرئيس"، "جيولي صاحب الهدف"، "محمد رسول الإسلام"، "فلان مؤسس الشركة". Normalised (ة → ه).
     */
    private static final java.util.Set<String> RELATION_NOUNS = org.khabar.internal.text.WordSet.of("شقيق", "شقيقه", "نجل", "نجله",
            "ابنه", "والد", "والده", "زوج", "زوجه", "حفيد", "حفيده", "ارمله", "عقيله", "قرينه", "صاحب", "صاحبه",
            // not خليفة: a father's name before a family name as often ("أحمد خليفة السويدي")
            "رسول", "مؤسس", "مؤسسه");

    /** Longest name, in tokens (particles included). */
    private static final int MAX_NAME = 8;
    /** Longest stretch between a title word and the name (الرئيس التنفيذي لشركة أفينو كابيتال مارك ...). */
    private static final int MAX_TITLE_GAP = 8;

    static void find(DocContext c, Sentence s) {
        int end = s.end();
        for (int i = s.first(); i < end; i++) {
            if (c.taken[i] != DocContext.FREE || !c.isWord(i)) {
                Found.Person q = c.type(i) == TokenType.QUOTE ? quotedAfterCue(c, i, end) : null;
                if (q != null) {
                    i = afterPerson(c, q, end) - 1;
                }
                continue;
            }
            if (!mayStartPerson(c, i, end)) {
                continue; // no rule below can start here: spares the ~25 calls for most tokens
            }
            Found.Person p = personAt(c, i, end);
            if (p != null) {
                i = afterPerson(c, p, end) - 1;
            }
        }
        for (int i = s.first(); i < end; i++) {
            // after the rules, before the linker: a name found elsewhere is not re-found in a preposition
            if (c.taken[i] == DocContext.FREE && (c.facts.bare(i) & Facts.NAME_STOP) != 0 && prepositionAli(c, i, s.first(), end)) {
                c.taken[i] = DocContext.BLOCKED;
            }
        }
    }

    /** The vocative يا and the naming words ({@link Words#NAMING_BARE}): the cues {@link #naming} starts at. */
    private static final java.util.Set<String> NAMING_CUES = org.khabar.internal.text.WordSet.copyOf(
            com.google.common.collect.Sets.union(Words.NAMING_BARE, java.util.Set.of("يا")));

    /** بحسب، حسب (normalised, with and without و): "according to" ({@link #accordingTo}). */
    private static final String[] ACCORDING_FORMS = {"بحسب", "وبحسب", "حسب", "وحسب"};
    /** بقيادة، بزعامة، برئاسة (normalised, with and without و): "led / headed by" ({@link #ledBy}). */
    private static final String[] LEADER_FRAME_FORMS = {"بقياده", "وبقياده", "بزعامه", "وبزعامه", "برئاسه", "وبرئاسه"};

    /**
     * The first person rule that finds a person starting at free word i, or null. A rule that finds none
     * changes nothing; {@link #mayStartPerson} is false only where every rule here returns null at its
     * first test (a property test holds it to that).
     */
    static Found.Person personAt(DocContext c, int i, int end) {
        if (c.afterNoun(i, Words.FACILITY_HEADS)) {
            return null; // مطار محمد الخامس، كأس الشيخ جاسم، سجن أبو غريب: a place or cup named after a person
        }
        if (c.afterNoun(i, SETTLEMENT_HEADS) || workTitle(c, i)) {
            return null;
        }
        Found.Person p = title(c, i, end);
        if (p == null) {
            p = doctorAbbreviation(c, i, end);
        }
        if (p == null) {
            p = titleNisba(c, i, end);
        }
        if (p == null) {
            p = verb(c, i, end);
        }
        if (p == null) {
            p = particle(c, i, end);
        }
        if (p == null) {
            p = nationality(c, i, end);
        }
        if (p == null) {
            p = kinship(c, i, end);
        }
        if (p == null) {
            p = kinshipConstruct(c, i, end);
        }
        if (p == null) {
            p = family(c, i, end);
        }
        if (p == null) {
            p = byline(c, i, end);
        }
        if (p == null) {
            p = bylineBeforeColon(c, i, end);
        }
        if (p == null) {
            p = recordFrame(c, i, end);
        }
        if (p == null) {
            p = scorer(c, i, end);
        }
        if (p == null) {
            p = naming(c, i, end);
        }
        if (p == null) {
            p = quotedSource(c, i, end);
        }
        if (p == null) {
            p = accordingTo(c, i, end);
        }
        if (p == null) {
            p = given(c, i, end);
        }
        if (p == null) {
            p = apposition(c, i, end);
        }
        if (p == null) {
            p = speakerLabel(c, i, end);
        }
        if (p == null) {
            p = appositionConstruct(c, i, end);
        }
        if (p == null) {
            p = listedExpert(c, i, end);
        }
        if (p == null) {
            p = ledBy(c, i, end);
        }
        return p;
    }

    /** The person rules' first-test facts of the token itself (see {@link #mayStartPerson}). */
    private static final long PERSON_CUES = Facts.TITLE | Facts.SINGULAR_VERB | Facts.KUNYA_OR_ABD | Facts.PLACE_NISBA
            | Facts.KINSHIP | Facts.FAMILY_NOUN | Facts.FRAME_NOUN | Facts.SCORING_VERB | Facts.GIVEN_NAME;

    /**
     * The words some person rule starts at, by their text: يا and the naming words ({@link #naming}), بحسب
     * ({@link #accordingTo}), بقيادة ({@link #ledBy}), عن and إلى ({@link #quotedSource}) and د
     * ({@link #doctorAbbreviation}); من, far more common, only after a pass noun ({@link #mayStartPerson}).
     */
    static final java.util.Set<String> CUE_WORDS = org.khabar.internal.text.WordSet.copyOf(
            com.google.common.collect.ImmutableSet.<String>builder().addAll(NAMING_CUES).add(ACCORDING_FORMS)
                    .add(LEADER_FRAME_FORMS).add("عن", "الي", "د").build());

    /**
     * Whether some rule of {@link #find} may start at free word i: the union of the rules' first tests, each
     * a fact bit, a hash probe or a punctuation mark. Exact as a filter: a rule whose first test fails
     * returns null before it changes anything, so skipping the token changes no result. It spares most
     * tokens the two dozen calls, each of which would only find that its own cue is missing.
     *
     * <p>A test here is as narrow as its rule's first tests together, not only the first of them: a word
     * before a given name passes only when it is a kinship noun too, عن and إلى (among the commonest words of
     * the news) only with the قوله {@link #quotedSource} looks for after them, a word after a comma only with
     * listedExpert's title two words on. On the 214 test documents that cut the words that reach the rules
     * from 37,000 to 23,000 of 125,000.
     */
    static boolean mayStartPerson(DocContext c, int i, int end) {
        if (((c.facts.stems(i) | c.facts.keys(i)) & PERSON_CUES) != 0) {
            return true; // a cue at the token itself
        }
        if ((c.facts.bare(i) & Facts.PERSON_CUE_WORD) != 0 && (!(c.normIs(i, "عن") || c.normIs(i, "الي")) || sayingAfter(c, i, end))) {
            return true; // a cue word; عن and إلى, among the commonest words, only with the قوله quotedSource needs
        }
        if ((c.facts.bare(i) & Facts.NAME_STOP) != 0 && i > 0 && c.normIn(Words.PASS_NOUNS, i - 1)) {
            return true; // the scorer's passer: تمريرة من X (من is a stop word, and a pass noun is rare before it)
        }
        if (i + 1 < end && (c.facts.bare(i + 1) & Facts.GIVEN_NAME) != 0 && !c.strict() && c.normIn(CONSTRUCT_KIN_FORMS, i)) {
            return true; // kinshipConstruct: زوجة + a given name (a given name follows a fifth of the words, a kinship noun few)
        }
        // titleNisba, the title then a nisba, starts at a title: the first test above
        if (i > 1 && c.isPunct(i - 1, ':')) {
            return true; // byline after a colon (listedExpert, after a comma, needs the title two words on tested next)
        }
        if (i + 2 < end && c.facts.anyBare(i + 2, Facts.TITLE) || i + 3 < end && (c.facts.bare(i + 3) & Facts.TITLE) != 0) {
            return true; // appositionConstruct and listedExpert: a title two or three words on
        }
        int comma = c.nextComma(i);
        if (comma >= i + 2 && comma < Math.min(end, i + MAX_NAME + 1) && comma + 1 < end && c.facts.anyBare(comma + 1, Facts.TITLE)) {
            return true; // apposition: the name, a comma, a title
        }
        return colonWithin(c, i + 1, Math.min(end, i + 5)); // bylineBeforeColon: the name, then a colon
    }

    /**
     * The first test of {@link #quotedSource} past its preposition at i: not strict, and قوله or قولها within
     * the words it scans ("نقلت عن مصدر مسؤول قوله").
     */
    private static boolean sayingAfter(DocContext c, int i, int end) {
        if (c.strict()) {
            return false;
        }
        int to = Math.min(end, i + MAX_QUOTED_SOURCE + 2);
        for (int k = i + 2; k < to; k++) {
            if (c.normIn(SAYING, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nouns of settlements and areas (normalised): the name right after one, without the article on the noun,
     * is the place's ("قرية بيت جبرين"، "منطقة أبو فاخرة"، "مدينة عيسى"), not a person in the story.
     */
    static final java.util.Set<String> SETTLEMENT_HEADS = org.khabar.internal.text.WordSet.of("قريه", "بلده", "مخيم", "منطقه", "وادي",
            "مدينه", "ضاحيه",
            // a detention camp is named the same way (معتقل غوانتانامو); not بنو: "بنو إسماعيل" names the forefather
            "معتقل");

    /** Nouns of works (normalised) whose title follows in quotes: مسلسل "نصر الله"، قصيدة "بلقيس". */
    private static final java.util.Set<String> WORK_NOUNS = org.khabar.internal.text.WordSet.of("مسلسل", "فيلم", "مسرحيه", "روايه",
            "قصيده", "اغنيه", "كتاب", "ديوان", "برنامج", "القصصيه", "الشعريه");

    /**
     * Whether token i opens the quoted title of a work named just before the quote: "مسلسل " نصر الله ""،
     * "المجموعة القصصية " دنيا الله "". A series or a poem named after a person is the work, and its title
     * is no mention of the person (the quote test first: it is rare).
     */
    private static boolean workTitle(DocContext c, int i) {
        if (i < 2 || c.type(i - 1) != TokenType.QUOTE || c.type(i - 2) != TokenType.ARABIC) {
            return false;
        }
        for (Clitics.Analysis a : c.tok(i - 2).analyses()) {
            if (WORK_NOUNS.contains(a.stem())) {
                return true;
            }
        }
        return false;
    }

    /** Fewest bare mentions of an unknown word for {@link #repeated} to take it for a surname. */
    private static final int MIN_REPEATS = 3;

    /**
     * A surname the document keeps using alone: "ولد فرويد ... وكان فرويد ... بدأ فرويد عمله" where the
     * first full mention was missed (a heading, a list) and each later one lacks a cue of its own. A word
     * counts when it reads as a name word on its own ({@link #plainNameWord}: no article, ة, verb, plural,
     * place, title, adjective or listed common word) and is no ambiguous given name; after
     * {@link #MIN_REPEATS} such mentions its first one is a person, and the linker marks the rest. Runs
     * after the sentence rules, so words they found or took (organisations, places) are not counted.
     */
    static void repeated(DocContext c) {
        if (c.strict()) {
            return;
        }
        int size = c.doc.size();
        // first the cheap necessary conditions only, counted per word: the full test (place and clitic look-ups)
        // runs only on words that occur often enough to count at all
        // (each candidate's token and its word's count are kept, so the second pass neither re-tests the facts
        // of every token nor looks the word up again)
        int[] candidates = repeatCandidates(c);
        if (candidates.length == 0) {
            return;
        }
        int found = candidates.length;
        String[] words = new String[found];
        for (int f = 0; f < found; f++) {
            words[f] = c.tok(candidates[f]).norm();
        }
        int[] counts = FrequentWords.counts(words, found, MIN_REPEATS);
        java.util.Map<String, int[]> seen = null; // word → {count, first token, mentions in a subject's place}
        java.util.Map<String, String> nextWord = null; // word → the word after every mention, or "" when it varies
        for (int f = 0; f < found; f++) {
            int i = candidates[f];
            if (counts[f] < MIN_REPEATS || !repeatWord(c, i, size)) {
                continue;
            }
            String n = c.tok(i).norm();
            if (seen == null) {
                seen = new java.util.HashMap<>();
            }
            int[] e = seen.computeIfAbsent(n, k -> new int[] {0, -1, 0});
            if (e[1] < 0) {
                e[1] = i;
            }
            e[0]++;
            if (subjectCue(c, i)) {
                e[2]++;
            }
            if (nextWord == null) {
                nextWord = new java.util.HashMap<>();
            }
            String after = i + 1 < size && plainNameWord(c, i + 1, size) && c.tok(i + 1).spaceBefore() ? c.tok(i + 1).norm() : "";
            String before = nextWord.putIfAbsent(n, after);
            if (before != null && !before.equals(after)) {
                nextWord.put(n, "");
            }
        }
        if (seen == null) {
            return;
        }
        for (java.util.Map.Entry<String, int[]> e : seen.entrySet()) {
            int[] v = e.getValue();
            boolean given = givenGender(c, v[1]) != null;
            if (v[0] < MIN_REPEATS || v[2] < MIN_CUES && !given) {
                continue;
            }
            int i = v[1];
            // "فيلار مير" every time: a surname of two words (the second is never found alone)
            int last = nextWord.get(e.getKey()).isEmpty() || c.taken[i + 1] != DocContext.FREE ? i : i + 1;
            Found.Person p = new Found.Person(i, last + 1, c.tok(i).start(), c.tok(last).end(), Rules.ACTOR_REPEATED);
            Gender g = givenGender(c, i);
            p.gender = g != null ? g : Gender.UNKNOWN;
            c.persons.add(p);
            c.take(i, last + 1, DocContext.PERSON);
        }
    }

    /**
     * The tokens {@link #repeated} counts: those that pass {@link #plainNameFacts} (minimum length 4), except words
     * that cannot occur {@link #MIN_REPEATS} times among them. Before the letters of any token are read, a table
     * of counts by the words' hashes ({@code TokenFacts.normHash}) over the tokens whose facts pass rules those
     * out: every mention of a word falls in its one slot, so a slot counting fewer than MIN_REPEATS holds no
     * word met that often, and the tokens of most words are never loaded.
     */
    static int[] repeatCandidates(DocContext c) {
        int size = c.doc.size();
        int slots = 16;
        while (slots < 2 * size && slots < (1 << 16)) {
            slots <<= 1;
        }
        int[] bySlot = new int[slots];
        for (int i = 0; i < size; i++) {
            if (plainNameBits(c, i)) {
                bySlot[repeatSlot(c, i, slots)]++;
            }
        }
        int[] candidates = new int[16];
        int found = 0;
        for (int i = 0; i < size; i++) {
            if (plainNameBits(c, i) && bySlot[repeatSlot(c, i, slots)] >= MIN_REPEATS && plainNameFacts(c, i, 4)) {
                if (found == candidates.length) {
                    candidates = java.util.Arrays.copyOf(candidates, found * 2);
                }
                candidates[found++] = i;
            }
        }
        return java.util.Arrays.copyOf(candidates, found);
    }

    /** Fewest of those mentions in a subject's place ({@link #subjectCue}). */
    private static final int MIN_CUES = 2;

    /** Words after which a subject follows: أن/إن، لكن، كان (written without hamza after normalising). */
    private static final java.util.Set<String> SUBJECT_OPENERS = org.khabar.internal.text.WordSet.of("ان", "لكن", "ولكن", "كان", "وكان",
            "فكان", "يكن", "ويقول", "يقول");

    /** A mention in a subject's place: right after a reporting verb (رفض أينشتاين) or أن/لكن/كان. */
    private static boolean subjectCue(DocContext c, int i) {
        if (i == 0 || c.type(i - 1) != TokenType.ARABIC || c.tok(i).newlineBefore()) {
            return false;
        }
        String prev = c.tok(i - 1).norm();
        // بين is a reporting verb (showed) and the preposition between: "بين عامي 960 و 1279"
        return verbAt(c, i - 1) != null && !prev.equals("بين") || SUBJECT_OPENERS.contains(prev);
    }

    /**
     * The cheap part of {@link #plainNameWord}, word facts and letters only: a free Arabic word of at least
     * {@code minLength} letters without the article, و or ة ("فيرغسون خليفة لهدافه": a noun in ة), and without any
     * stop, verb, title, place, designator or adjective fact. {@link #repeated} counts words with it alone first.
     */
    static boolean plainNameFacts(DocContext c, int j, int minLength) {
        // the facts first: they rule out the stop words, verbs and titles (half the text) before the Token is read
        if (!plainNameBits(c, j)) {
            return false;
        }
        Token t = c.tok(j);
        if (t.type() != TokenType.ARABIC) {
            return false;
        }
        String n = t.norm();
        return n.length() >= minLength && !DocContext.hasArticle(n) && n.charAt(0) != 'و'
                && c.doc.original().charAt(t.end() - 1) != 'ة' && !c.normIn(Words.NAME_ENDERS, j);
    }

    /**
     * The array part of {@link #plainNameFacts}: a free Arabic word (the type from the analysis' array: the
     * marks, numbers and Latin words repeated in every document stay out without a token read), and no stop,
     * verb, title, place, designator or adjective bit.
     */
    private static boolean plainNameBits(DocContext c, int j) {
        return c.taken[j] == DocContext.FREE && c.type(j) == TokenType.ARABIC && (c.facts.bare(j) & (Facts.NAME_STOP | Facts.NAME_VERB | Facts.TITLE | Facts.PLACE
                | Facts.DESIGNATOR | Facts.TITLE_ADJECTIVE)) == 0 && (c.facts.bareKey(j) & (Facts.ADJECTIVE | Facts.NOT_NAME)) == 0;
    }

    /** Token j's slot in {@link #repeated}'s table of counts by hash, of {@code slots} (a power of two) slots. */
    private static int repeatSlot(DocContext c, int j, int slots) {
        int h = c.facts.normHash(j) * 0x9E3779B9;
        return (h ^ h >>> 16) & (slots - 1);
    }

    /**
     * For the linker: whether free token t may be the first word of a name whose rest was found right after
     * it — a bare name-shaped word ({@link #plainNameWord}, no place) after a cue for a name's start: a
     * singular reporting verb, a title or title adjective, or a definite nationality nisba.
     */
    static boolean cuedFirstWord(DocContext c, int t) {
        int size = c.doc.size();
        if (t < 1 || !startWord(c, t, size) || !plainNameWord(c, t, size, true) || c.isPlaceWord(t, size) || c.placeEnd(t, size) > t
                || ambiguous(c, t) || c.type(t - 1) != TokenType.ARABIC || c.taken[t - 1] != DocContext.FREE) {
            return false;
        }
        return (c.facts.bare(t - 1) & (Facts.TITLE | Facts.TITLE_ADJECTIVE)) != 0 || verbAt(c, t - 1) != null
                || c.facts.any(t - 1, Facts.PLACE_NISBA) && DocContext.hasArticle(c.tok(t - 1).norm());
    }

    /** Whether token i may be a lone surname for {@link #repeated}. */
    private static boolean repeatWord(DocContext c, int i, int size) {
        if (!startWord(c, i, size) || !plainNameWord(c, i, size, true) || c.isPlaceWord(i, size) || c.placeEnd(i, size) > i
                || ambiguous(c, i) || c.afterNoun(i, Words.FACILITY_HEADS)) {
            return false;
        }
        if (i > 0 && c.placeEnd(i - 1, size) > i || i > 1 && c.placeEnd(i - 2, size) > i) {
            return false; // خان يونس، دير ياسين: the word ends a place's name
        }
        if (i > 0 && c.normIn(NOUN_PARTICLES, i - 1) && i + 1 < size && c.type(i + 1) == TokenType.ARABIC
                && !c.tok(i + 1).newlineBefore() && c.tok(i + 1).norm().length() >= 4 && c.isPlaceWord(i + 1, size)) {
            // "إن فيضان طوكر أدى"، "من فيضان سنار": after a particle, a noun in construct with a place, not a
            // surname; after a verb the place may be the object ("زار مونتالبان برشلونة"). Places of three letters
            // are left out: they are often verbs or nouns as well ("إن شتاينبك صور معاناتهم": depicted, not Tyre)
            return false;
        }
        String n = c.tok(i).norm();
        // أداء، بناء، إجراء: a verbal noun in -اء (names of that shape, علاء، وفاء، أسماء, are known given names)
        return !n.endsWith("اء") || c.lex.givenNames.containsKey(n);
    }

    /** Particles and prepositions before a noun (normalised) for {@link #repeatWord}; Words.STOP holds verbs too. */
    private static final java.util.Set<String> NOUN_PARTICLES = org.khabar.internal.text.WordSet.of("ان", "لان", "بان", "وان", "فان", "من",
            "في", "عن", "علي", "الي", "مع", "بعد", "قبل");

    /** Records the person, its apposition title and any coordinated person; returns the next token to scan. */
    private static int afterPerson(DocContext c, Found.Person p, int end) {
        c.persons.add(p);
        c.take(p.first, p.end, DocContext.PERSON);
        int next = appositionTitle(c, p, p.end, end);
        Found.Person q = coordinated(c, p, end);
        if (q != null) {
            Gender g = stemGender(c, q);
            if (q.gender == Gender.UNKNOWN) {
                q.gender = g != null && g != Gender.UNKNOWN ? g : p.gender; // المستثمران مارك أندريسن وبن هورويتز
            }
            return afterPerson(c, q, end);
        }
        return Math.max(next, p.end);
    }

    // ---- evidence rules ---------------------------------------------------------------------------

    private static Found.Person title(DocContext c, int i, int end) {
        PhraseIndex.Match<NameLexicons.Title> m = c.titles.match(i, end);
        if (m == null || m.end() == i + 1 && Words.STOP.contains(m.head().stem())) {
            return null; // أمام (in front of) folds to the same letters as إمام
        }
        if (m.value().text().charAt(0) == 'آ' && c.doc.original().charAt(m.head().stemStart()) != 'آ') {
            return null; // the rank آمر only with its madda: "هذا الأمر صعب" (the matter) names nobody
        }
        if (m.end() == i + 1 && !m.head().article() && m.head().stem().equals("والي")
                && c.doc.original().charAt(c.tok(i).end() - 1) == 'ى') {
            return null; // "والى اليات عمل" is و + إلى (to), not the governor والي
        }
                Clitics.Analysis head = DocContext.articleKeeping(c.tok(i), m.head());
        int j = m.end();
        Found.Person tmp = new Found.Person(0, 0, 0, 0, Rules.ACTOR_TITLE);
        Clitics.Analysis segment = head;
        int royalFrom = m.end(); // where a royal name may start: after the title and its adjectives (الملك الراحل الحسن)
        // only a definite title takes a definite word for the name: "مفتي الديار المصرية" is a title in construct
        boolean definiteHead = head.article() || head.stem().startsWith("ال") || m.end() > i + 1; // آية الله الطبسي
        int designatorEnd = -1; // end of a designator skipped whose organisation name was not found
        boolean realmSkipped = false; // a country, portfolio or seat was read as the title's complement
        int seatAt = -1; // the preposition في/لدى of a seat read, or -1
        while (j < end && j - m.end() < MAX_TITLE_GAP) {
            if (c.taken[j] == DocContext.ORG) {
                Found.Org o = orgAt(c, j);
                if (o == null) {
                    break;
                }
                tmp.affiliations.add(o);
                j = o.end;
                continue;
            }
            if (c.taken[j] != DocContext.FREE) {
                break;
            }
            Token t = c.tok(j);
            if (t.type() != TokenType.ARABIC) {
                break;
            }
            String n = t.norm();
            if ((n.equals("باسم") || n.equals("بإسم") || n.equals("باسمها") || n.equals("باسمه")) && j + 1 < end) {
                j++; // المتحدث باسم الخارجية
                continue;
            }
            if (j == m.end() && n.equals("عن") && responsibleFor(c, j, end)) {
                j++; // "المسؤول عن الملف النووي X": the file he is in charge of, then his name
                continue;
            }
            if (j == m.end() && n.equals("العظمي") && c.doc.original().charAt(t.end() - 1) == 'ى') {
                j++; // "آية الله العظمى علي السيستاني": the grand rank; العظمي with ي is a family name (محمد علي العظمي)
                continue;
            }
            // the bits answer as Words.TITLE_ADJECTIVES (the word) and lex.adjectives (its key) do
            if (((c.facts.bare(j) & Facts.TITLE_ADJECTIVE) != 0 || (c.facts.bareKey(j) & Facts.ADJECTIVE) != 0)
                    && (DocContext.hasArticle(n) || !givenAt(c, j))) {
                if (j == royalFrom && Words.TITLE_ADJECTIVES.contains(n)) {
                    royalFrom = j + 1;
                }
                j++;
                continue;
            }
            PhraseIndex.Match<NameLexicons.Title> more = c.titles.matchBare(j, end);
            if (more != null && DocContext.hasArticle(n)) {
                j = more.end(); // رئيس الوزراء البريطاني، مستشار الرئيس
                continue;
            }
            if (more != null && more.end() > j + 1 && givenAt(c, j)) {
                j = more.end(); // "وسمو ولي العهد الأمين الشيخ تميم": a title of two words, not the given name ولي
                continue;
            }
            if (more != null && constructNext(c, more.end(), end) && (!givenAt(c, j)
                    || c.isPlaceWord(more.end(), end) || c.normIn(Words.REALM_WORDS, more.end()))) {
                // صاحب السمو أمير البلاد المفدى الشيخ حمد: an indefinite title in construct continues the title;
                // a title that is also a given name only before a realm (الشيخ أمين الجميل is a name)
                j = more.end();
                continue;
            }
            if (j == royalFrom && definiteHead && royalName(c, m.value(), j, end)) {
                break; // الإمام الرضا، الملك الحسين، الشيخ الخراساني: the definite word is the name
            }
            if (DocContext.hasArticle(n) && (c.facts.bare(j) & (Facts.NAME_STOP | Facts.GIVEN_NAME)) == 0) {
                j++;
                continue;
            }
            Clitics.Analysis deep = t.deepest();
            if (deep.conj() == 'و' && deep.prep() == '\0' && (deep.article() || deep.stem().startsWith("ال"))) {
                PhraseIndex.Match<NameLexicons.Title> chained = c.titles.match(j, end);
                if (chained != null) {
                    // نائبة الرئيس الأمريكي والمرشحة الرئاسية الديمقراطية ...: two titles, each kept on its own
                    tmp.titles.add(c.nameFrom(segment, segment.stemStart(), c.tok(j - 1).end()));
                    segment = DocContext.articleKeeping(t, chained.head());
                    j = chained.end();
                    continue;
                }
            }
            // ألبرتو is no definite genitive: "المدرب البرازيلي لويس ألبرتو" is no title + ل + noun
            boolean genitiveNext = j + 1 < end && DocContext.hasArticle(c.tok(j + 1).norm())
                    && !articleLettersName(c, c.tok(j + 1).norm());
            // a known given name in ل (لويس، ليلى) is the name itself: "الملك لويس الرابع عشر" is no ل + noun
            boolean givenInL = !deep.article() && givenAt(c, j);
            if (deep.prep() == 'ل' && deep.conj() == '\0' && !Words.AFTER_NAME.contains(n) && !Words.STOP.contains(n)
                    && !givenInL && (deep.article() || genitiveNext || c.designators.match(j, end) != null)) {
                j++; // لانتخابات الرئاسة، لشركة ...
                continue;
            }
            if (workplaceB(c, deep, n, j, end)) {
                j += 2; // وزير الدولة بوزارة الخارجية، الباحث بمعهد الدراسات: where the role is held
                continue;
            }
            PhraseIndex.Match<NameLexicons.Designator> d = c.designators.matchBare(j, end);
            if (d != null && !d.value().suffix() && j == m.end()) {
                j = d.end(); // رئيس شركة ... whose name was not found
                designatorEnd = j;
                continue;
            }
            int seat = envoySeat(c, j, end);
            if (seat > j) {
                j = seat; // سفير إسرائيل لدى الأمم المتحدة: the body found as an organisation is read next
                continue;
            }
            int realm = realmOfTitle(c, head, m.end(), j, end);
            if (realm > j && !(seatAt >= 0 && c.tok(j).norm().length() <= 3)) {
                seatAt = c.tok(j).norm().length() <= 3 ? j : seatAt;
                j = realm; // وزير خارجية كوريا الجنوبية، نجم جنوب أفريقيا، السفير الأذري في عمان
                realmSkipped = true;
                continue;
            }
            break;
        }
        int titleEnd = j;
        if (j + 1 < end && j > m.end() - 1 && c.isPunct(j, ',')) {
            j++; // نائب رئيس الوزراء الأوكراني، ميخائيلو فيدوروف
        }
        if (j >= end || c.taken[j] != DocContext.FREE) {
            return null;
        }
        Token first = c.tok(j);
        boolean afterOrg = j > 0 && c.taken[j - 1] == DocContext.ORG && !tmp.affiliations.isEmpty();
        boolean knownGiven = givenAt(c, j) && (!stop(c, j) || honorificTimeName(c, m.value(), j, titleEnd, end))
                || j == royalFrom && definiteHead && royalName(c, m.value(), j, end)
                || afterOrg && first.type() == TokenType.ARABIC && !Words.STOP.contains(first.norm())
                        && "لب".indexOf(first.norm().charAt(0)) < 0 // "رئيس بلدية نابلس لمنحه أرض": a purpose clause
                        && !DocContext.hasArticle(first.norm()) && j + 1 < end && startWord(c, j + 1, end);
        // "المهاجم المخضرم ياري ليتمانن": a foreign given name in ي, which startWord takes for a verb
        boolean yGiven = !knownGiven && first.type() == TokenType.ARABIC && !startWord(c, j, end) && foreignYGiven(c, j, end);
        if (first.type() != TokenType.ARABIC || !startWord(c, j, end) && !knownGiven && !yGiven) {
            return null;
        }
        if (!knownGiven && kinNounWithPronoun(c, j)) {
            return null; // "والتقى الوزير بابنته سارة": the minister met his daughter; the kinship rule names her
        }
        if (titleEnd < j && !knownGiven && !commaBracketedName(c, j, end)) {
            return null; // after a comma only a known given name continues the title
        }
        if (titleEnd > m.end() && titleEnd == j && !knownGiven
                && (c.normIs(j - 1, "الاكثر") || c.normIs(j - 1, "الاقل"))) {
            return null; // "المرشح الأكثر حظا": the word after an elative is what it is more of, not a name
        }
        if (designatorEnd == j && titleEnd == j && !knownGiven) {
            return null; // "رئيس نيابة قليوب": right after شركة، نيابة the unknown word names the body, not a person
        }
        NameLexicons.Title title = m.value();
        boolean weakTitle = title.kind().equals("OTHER");
        Gender g = givenGender(c, j);
        if (g == null && !c.lenient() && m.end() == i + 1) {
            PhraseIndex.Match<NameLexicons.Designator> d = c.designators.match(i, end);
            if (d != null && d.end() == i + 1) {
                return null; // الفريق is a rank and a team: "الفريق سيشارك"، "الفريق رسميا" want a given name
            }
        }
        if (g == null && j == m.end() && m.end() == i + 1 && !head.article()
                && Words.CONSTRUCT_TITLES.contains(head.stem())) {
            return null; // "ملك أراجون": the king OF a realm; only a given name is a name here
        }
        if (head.stem().endsWith("حاجه") && (g == null || ambiguous(c, j))) {
            return null; // "بحاجة لاتفاق"، "الحاجة أكبر": the need, unless a given name follows (الحاجة فاطمة)
        }
        if (g == null && (first.norm().charAt(0) == 'ل' || first.norm().charAt(0) == 'ب')
                && derivedShape(first.norm().substring(1))) {
            return null; // "وزير التموين لاستيراد دقيق": a preposition and a verbal noun, not a name
        }
        if (g == null && first.norm().length() >= 5 && derivedShape(first.norm())) {
            return null; // "للباحث استرجاع عمليات البحث": a verbal noun (استفعال، إفعال، تفعيل) opens no name
        }
        if (c.strict() && g == null || weakTitle && g == null && !c.lenient()) {
            return null; // طالب، مواطن، طفل: common nouns before an ordinary word; want a known given name
        }
        if (!realmSkipped && !definiteTitle(c, i, m, head) && g == null && !title.kind().equals("HONORIFIC")) {
            return null; // "قال مسؤول كبير": an indefinite role names nobody unless a given name follows
        }
        boolean femaleTa = g == null && j == titleEnd && c.doc.original().charAt(first.end() - 1) == 'ة'
                && (c.facts.stems(j) & Facts.GIVEN_NAME) == 0 && femaleNameInTa(c, title, j, end);
        if (g == null && (c.doc.original().charAt(first.end() - 1) == 'ة' && (c.facts.stems(j) & Facts.GIVEN_NAME) == 0
                        && !femaleTa
                || verbAfterName(c, j))) {
            return null; // "الرئيس السابق محاكمة أخرى"، "الملكة فأنجبت": a noun in ة or a verb, not a first name
        }
                if (g == null && brokenPlural(first.norm())) {
            return null; // "مدير عام النادي جماهير الأهلي": a plural noun, not a first name
        }
        int ne = yGiven ? foreignNameEnd(c, j + 1, end)
                : scanName(c, j, end, title.kind().equals("HONORIFIC") || title.kind().equals("RELIGIOUS"), true);
        if (femaleTa) {
            ne = Math.max(ne, j + 2); // "الشيخة حسينة واجد": the second word was checked as a name word
        }
        ne = cueTail(c, j, ne, end);
        if (first.norm().equals("علي") && (objectOfAli(c, j + 1)
                || j > m.end() && j + 1 < end && DocContext.hasArticle(c.tok(j + 1).norm()))) {
            // "أكد رئيس مجلس الإدارة علي أنها"، "الشاعر الواقع علي الشريط": the preposition على written علي
            return null;
        }
        // "الملكة صوفيا": right after a definite title of a gender, a given name of that gender is the name even
        // when it also names a place; "الرئيس في صوفيا" has a preposition, "ملكة إسبانيا" no article and no given name
        boolean placeGiven = j == titleEnd && g != null && g != Gender.UNKNOWN && g == m.value().gender()
                && (head.article() || head.stem().startsWith("ال"));
        if (ne - j == 1 && (c.isPlaceWord(j, end) && !placeGiven || c.lex.notNameWords.contains(first.key()) && g == null)) {
            return null;
        }
        if (ne - j == 1 && g == null && (c.futureVerb(j) && (ne >= end || !c.isWord(ne) && "يو".indexOf(first.norm().charAt(2)) < 0 || c.normIn(Words.STOP, ne)
                || DocContext.hasArticle(c.tok(ne).norm()) || pronounSuffix(c, ne)) || kaParticiple(first.norm()))) {
            // "اللاعب سيرحل ." before punctuation too, but not a foreign name with a long vowel (اللورد ستيفنز ،)
            return null; // "المدير الفني سيشارك في"، "الرئيس المقبل ستثير الذهول"، "الحاكم كممثل للتاج": a verb or كـ + participle
        }
        if (ne - j == 1 && g == null && verbAfterOpenedTitle(c, i, j, end)) {
            return null; // "أن اللاعب طعن بالتزوير"، "هذا المفتي تجاوز في فتواه": after أن/هذا the title is the subject
        }
        if (ne - j == 1 && g == null && (c.doc.original().charAt(first.end() - 1) == 'ة'
                || first.norm().length() >= 5 && first.norm().endsWith("ات")
                || participleShape(first.norm()) || pronounSuffix(c, j) || derivedShape(first.norm())
                || commonNounShape(c, j) && !DocContext.hasArticle(first.norm()))) {
            return null; // "خبير الخطوط صحة"، "الوزير متحمس"، "عقد الوزير اجتماعا": a noun, not a name
        }
        if (notNameAfterTitle(c, i, m, head, j, ne, g, end, realmSkipped)) {
            return null;
        }
        if (seatAt >= 0 && g == null && ne - j < 2) {
            return null; // "السفير في عمان أمس"، "اللاعب في مدريد مرتديا": after a seat one unknown word is no name
        }
        if (realmSkipped && g == null && ne - j == 1 && first.norm().length() < 6 && !strongEnd(c, ne, end)) {
            // "شاه إيران فصل الشتاء"، "سائق بنها فوجئ بقطار": after a realm one short unknown word wants a clear
            // end; a long one is mostly a foreign surname ("مدافع جورجيا أساتياني بطريق الخطأ")
            return null;
        }
        // "الدكتور سيد محمد خاتمي": an indefinite سيد/شيخ/سير right before the name is part of it
        boolean inName = j == i + 1 && m.end() == i + 1 && head.prefix().isEmpty()
                && Words.NAME_HONORIFICS.contains(head.stem()); // "لشيخ صادق": after a preposition it stays a title
        Found.Person p = inName
                ? new Found.Person(i, ne, head.stemStart(), c.tok(ne - 1).end(), Rules.ACTOR_TITLE)
                : new Found.Person(j, ne, first.start(), c.tok(ne - 1).end(), Rules.ACTOR_TITLE);
        p.affiliations.addAll(tmp.affiliations);
        Gender titleGender = title.gender() == Gender.FEMALE && possessiveHa(c, m.end() - 1, title) ? Gender.UNKNOWN : title.gender();
        p.gender = titleGender != Gender.UNKNOWN ? titleGender : g == null ? Gender.UNKNOWN : g;
        p.titles.addAll(tmp.titles);
        if (!inName) {
            p.titles.add(c.nameFrom(segment, segment.stemStart(), c.tok(titleEnd - 1).end()));
        }
        Gender vg = verbBefore(c, i);
        if (p.gender == Gender.UNKNOWN && vg != null) {
            p.gender = vg;
        }
        return p;
    }

    /** Duals of time spans (normalised) that follow a noun in ة: "مهلة شهرين"، "فترة يومين". */
    private static final java.util.Set<String> DUAL_SPANS = org.khabar.internal.text.WordSet.of("يومين", "شهرين", "عامين", "اسبوعين",
            "سنتين", "ساعتين", "دقيقتين", "ليلتين", "قرنين");

    /**
     * A word in ة right after a woman's title, then a bare name-shaped word: "الشيخة حسينة واجد"، "رئيسة
     * الوزراء خالدة منصوري". Women's given names in ة are many more than the lexicon holds; the title's gender
     * and a second name word after it tell the name from a verb's object with its adjective or genitive:
     * a second word in ة, a kinship noun, a definite word that is no family name, a short word, a verbal
     * noun, a designator or a span of time ("رئيسة الوزراء زيارة رسمية"، "السيدة زوجة الرئيس"، "الوزيرة قضية
     * الفساد"، "الوزيرة خطة عمل"، "الوزيرة جلسة مجلس"، "مهلة شهرين"), and a first word in ية, a facility or
     * award noun or a designator ("اتفاقية تعاون"، "جائزة نوبل") keep it out.
     */
    private static boolean femaleNameInTa(DocContext c, NameLexicons.Title title, int j, int end) {
        int k = j + 1;
        if (title.gender() != Gender.FEMALE || k >= end || c.taken[k] != DocContext.FREE
                || c.type(k) != TokenType.ARABIC) {
            return false;
        }
        String n = c.tok(j).norm();
        String next = c.tok(k).norm();
        // an unknown word in ية is a noun far more often than a name: "رئيسة الوزراء اتفاقية تعاون"
        return n.length() >= 4 && !n.endsWith("يه") && !DocContext.hasArticle(n) && !Words.KINSHIP.containsKey(c.tok(j).deepest().stem())
                && !Words.FACILITY_HEADS.contains(n) && c.designators.matchBare(j, end) == null // جائزة نوبل، مدرسة
                && c.titles.matchBare(j, end) == null && !c.isPlaceWord(j, end) && !participleShape(n)
                && (!DocContext.hasArticle(next) || familyNisba(c, k)) && c.doc.original().charAt(c.tok(k).end() - 1) != 'ة'
                && (familyNisba(c, k) || next.length() >= 4 && !derivedShape(next) && c.designators.matchBare(k, end) == null
                        && !DUAL_SPANS.contains(next) // "طلبت الوزيرة مهلة شهرين": a span of time, no family name
                        && !stop(c, k) && !c.notNameShape(k) && !looksLikeImperfectVerb(c, next)
                        && !pronounSuffix(c, k) && !c.isVerb(next) && (c.facts.bare(k) & Facts.NAME_VERB) == 0)
                && !c.isPlaceWord(k, end)
                && c.titles.matchBare(k, end) == null && !c.lex.adjectives.contains(c.tok(k).key());
    }

    /** A definite family name in ي that is no adjective or nisba of a place: الكرمي، الحسيني (not الأمريكي، الرسمي). */
    private static boolean familyNisba(DocContext c, int k) {
        String n = c.tok(k).norm();
        return n.length() >= 5 && n.endsWith("ي") && !Words.STOP.contains(n)
                && !c.facts.anyBare(k, Facts.ADJECTIVE | Facts.PLACE_NISBA | Facts.TITLE_ADJECTIVE)
                && !c.lex.adjectives.contains(c.tok(k).key()) && !c.lex.placeNisbas.contains(c.tok(k).key());
    }

    /** Given names that are also time words (normalised); على (علي) and the like are no time: "الملك على الحاجة". */
    private static final java.util.Set<String> TIME_NAMES = org.khabar.internal.text.WordSet.of("صباح", "فجر");

    /** Definite nouns that a morning is "of" (normalised): "صباح العيد"، "صباح الخير"، "صباح الغد". */
    private static final java.util.Set<String> MORNING_OF = org.khabar.internal.text.WordSet.of("العيد", "الخير", "النور", "الغد",
            "الباكر", "التالي", "الانتخابات", "الاحتفال", "الزفاف");

    /**
     * A given name that is also a time word (صباح) right after an honorific, before a definite family name:
     * "سمو الشيخ صباح الأحمد"، "الشيخ صباح الخالد". The stop-word reading wants a day or a time next ("وصل
     * الشيخ صباح الجمعة"، "صباح اليوم"), which the function-word lists hold.
     */
    private static boolean honorificTimeName(DocContext c, NameLexicons.Title title, int j, int titleEnd, int end) {
        int k = j + 1;
        if (j != titleEnd || !c.normIn(TIME_NAMES, j) || !title.kind().equals("HONORIFIC") || k >= end || c.taken[k] != DocContext.FREE
                || c.type(k) != TokenType.ARABIC) {
            return false;
        }
        String next = c.tok(k).norm();
        return DocContext.hasArticle(next) && !Words.STOP.contains(next) && !Words.ORG_STOP.contains(next)
                && !MORNING_OF.contains(next)
                && !masdarShape(next) && !c.isPlaceWord(k, end) && !c.facts.anyBare(k, Facts.TITLE_ADJECTIVE);
    }

    /**
     * عن after the title مسؤول/مسؤولة, before a definite noun: "المسؤول عن الملف النووي الإيراني X" names the
     * matter he answers for, and his name follows it. Other titles with عن ("الرئيس عن قلقه") are a verb's
     * preposition, and an indefinite word after عن is no matter named ("المسؤول عن هذا").
     */
    private static boolean responsibleFor(DocContext c, int j, int end) {
        String prev = c.tok(j - 1).norm();
        return j + 1 < end && (prev.endsWith("مسؤول") || prev.endsWith("مسؤوله")
                || prev.endsWith("مسئول") || prev.endsWith("مسئوله")) && c.taken[j + 1] == DocContext.FREE
                && DocContext.hasArticle(c.tok(j + 1).norm()) && !c.normIn(Words.STOP, j + 1);
    }

    /** Most words a title's name may have after the tail ({@link #cueTail}): given, father, grandfather, family. */
    private static final int MAX_CUED_NAME = 5;

    /**
     * After a title, the bare name-shaped words that run on past the scanned name up to a clear end are the
     * rest of the name: foreign and compound names have three or four words the lexicons cannot know
     * ("ومغني الروك الشهير جون بون جوفي ،"، "البطل المغربي الصاعد عبد العاطي إيكيدر يوم الخميس"، "الرئيس
     * الصومالي السابق أبو القاسم عبدي صلاد حسن إلى"). Each word must pass {@link #plainNameWord} (no verb,
     * noun, adjective, place or title shape) and the run must end at a clear end ({@link #tailEnd}): without
     * one the words may be an object ("استقبل الرئيس مبارك وفدا"). No tail after a definite family name
     * ("عين الرئيس السوداني عمر البشير ميني ميناوي": a second person, the object); a known given name opens a
     * tail only after another given name (a father's name: "محمد حسن أحمد"), since after a surname it starts
     * the object ("استقبل الرئيس مبارك عمرو موسى في").
     */
    private static int cueTail(DocContext c, int j, int ne, int end) {
        // a definite word after a kunya or عبد is its second word (أبو القاسم، عبد العاطي), no family name
        if (ne >= end || ne <= j || ne - j >= MAX_CUED_NAME || c.taken[ne] != DocContext.FREE
                || DocContext.hasArticle(c.tok(ne - 1).norm()) && !(ne - 2 >= j && particleAt(c, ne - 2))) {
            return ne;
        }
        int k = ne;
        while (k < end && k - j < MAX_CUED_NAME && c.tok(k).spaceBefore() && c.taken[k] == DocContext.FREE
                && c.type(k) == TokenType.ARABIC && !c.isPlaceWord(k, end)
                && (!ambiguous(c, k) || k > ne && k + 1 < end && c.type(k + 1) == TokenType.PUNCT
                        && (c.facts.bare(k) & Facts.GIVEN_NAME) != 0 && !c.normIs(k, "علي"))) {
            String n = c.tok(k).norm();
            boolean given = (c.facts.bare(k) & Facts.GIVEN_NAME) != 0 && !DocContext.hasArticle(n) && !stop(c, k)
                    && n.charAt(0) != 'و';
            if (given ? k == ne && !givenAt(c, k - 1) && !particleAt(c, k - 2)
                    : !plainNameWord(c, k, end) || !tailWord(c, k)) {
                break;
            }
            k++;
        }
        return k > ne && tailEnd(c, k, end) ? k : ne;
    }

    /**
     * The word shapes {@link #plainNameWord} lets through that a tail must not take: a bare past verb of three
     * consonants ("الكاتب اللبناني سهيل إدريس نشر"), كـ on a function word or ordinal ("عمروفيتش كأول رئيس"),
     * and a relation or kinship noun ("مولاي رشيد شقيق العاهل").
     */
    private static boolean tailWord(DocContext c, int k) {
        String n = c.tok(k).norm();
        if (c.lex.givenNames.containsKey(n)) {
            return true;
        }
        if (n.length() == 3 && cons(n.charAt(0)) && cons(n.charAt(1)) && cons(n.charAt(2))) {
            return false;
        }
        if (kaFunctionWord(n)) {
            return false;
        }
        return !RELATION_NOUNS.contains(n) && !Words.KINSHIP.containsKey(n);
    }

    /** كـ on a function word or ordinal: كأول، كما، كذلك (read without and with the article). */
    private static boolean kaFunctionWord(String n) {
        return n.length() >= 3 && n.charAt(0) == 'ك' && (Words.STOP.contains(n.substring(1)) || Words.STOP.contains("ال" + n.substring(1)));
    }

    /**
     * A clear end after a name's tail: the end, punctuation (not a hyphen, which joins), a function, time or
     * clause word, a verb, or a title; a following person or organisation ends it too.
     */
    private static boolean tailEnd(DocContext c, int k, int end) {
        if (k >= end) {
            return true;
        }
        Token t = c.tok(k);
        if (t.type() == TokenType.PUNCT || t.type() == TokenType.SYMBOL) {
            return !t.norm().equals("-");
        }
        if (t.type() != TokenType.ARABIC) {
            return t.type() == TokenType.QUOTE;
        }
        if (c.taken[k] != DocContext.FREE) {
            return true;
        }
        String n = t.norm();
        // a noun with a pronoun starts the object: "التقى الرئيس التركي X Y Z نظيره الروسي"
        return Words.STOP.contains(n) || Words.AFTER_NAME.contains(n) || Words.CLAUSE_OPENERS.contains(n)
                || nameVerbAt(c, k) || c.futureVerb(k) || pastVerbShape(c, k, end)
                || n.length() >= 5 && pronounSuffix(c, k) && !c.lex.givenNames.containsKey(n)
                || kaFunctionWord(n) // "الشيخ X Y Z W كأول رئيس للعلماء": كـ + an ordinal or function word
                || c.titles.matchBare(k, end) != null && !c.isPlaceWord(k, end);
    }

    /**
     * One word after a title that reads as something else (cheap tests first):
     * a word before a number is a verb or a noun counted ("رئيس المجلس صرف خمسة آلاف"، "اللاعب رقم واحد");
     * a preposition on a place ("مراسل الجزيرة بواشنطن") or ل on an imperfect verb ("رئيس الوزراء ليقرر");
     * an ambiguous given name after an indefinite title is the adjective or noun in construct
     * ("امرأة شابة سعيدة"، "قائد أركان القوات"), but not after an honorific (مولاي رشيد، شيخ شريف); a given name opening a blessing ("الملك الحسين طيب الله ثراه").
     */
    private static boolean notNameAfterTitle(DocContext c, int i, PhraseIndex.Match<NameLexicons.Title> m,
            Clitics.Analysis head, int j, int ne, Gender g, int end, boolean realm) {
        int k = j + 1;
        if (g == null && ne == k && k < end && (c.type(k) == TokenType.NUMBER || c.normIn(CARDINALS, k))) {
            return true;
        }
        if (g == null && ne == k && k < end && c.isPlaceWord(k, end) && !c.tok(k).newlineBefore()) {
            return true; // "يؤكد رئيس الجمهورية دعم فرنسا": a noun in construct with a country, not a name
        }
        String n = c.tok(j).norm();
        if (n.charAt(0) == 'و' && n.length() > 3 && n.charAt(1) == 'ا' && n.charAt(2) == 'ل' && c.tok(j).deepest().conj() == 'و'
                && c.tok(j).deepest().article()) {
            return true; // "مدرب روما والألماني أوتمار": و + the article opens the next item, never the title's name
        }
        if (g == null && (pluralFaail(n) || n.length() == 6 && (n.charAt(0) == 'ب' || n.charAt(0) == 'ل')
                && pluralFaail(n.substring(1)))) {
            return true; // "المعارض بنتائج الانتخابات"، "الرئيس رسائل": a broken plural فعائل, no name
        }
        if (g == null && n.length() >= 4 && (n.charAt(0) == 'ب' || n.charAt(0) == 'ل')) {
            if (ne == k && c.placeEnd(j, end) == k || n.charAt(0) == 'ل' && purposeVerb(n)) {
                return true; // "رئيس الحكومة ليعلن موعد الانتخابات": no name opens with ل and a verb
            }
        }
        if (g != null && ambiguous(c, j) && (ne == k || !givenAt(c, k))
                && !m.value().kind().equals("HONORIFIC")
                // after a realm ("مدرب إيطاليا أسماء اللاعبين") only a lone word or a construct with a definite noun
                && (realm ? ne == k || k < end && DocContext.hasArticle(c.tok(k).norm()) : !definiteTitle(c, i, m, head))
                && c.doc.original().charAt(c.tok(m.end() - 1).end() - 1) != 'ه') {
            // "امرأة شابة سعيدة بنجاحها": the adjective, whatever follows it if no given name; a title with a
            // pronoun suffix is definite ("شيخه وأستاذه عمر")
            return true;
        }
        return g != null && blessingAt(c, k, end);
    }

    /**
     * Cardinal number words (normalised) for {@link #notNameAfterTitle}: the money lexicon's number facts are
     * set only when money is extracted, and which people are found must not depend on that.
     */
    private static final java.util.Set<String> CARDINALS = org.khabar.internal.text.WordSet.of("واحد", "اثنان", "اثنين", "ثلاث", "ثلاثه",
            "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر", "عشره",
            "عشرات", "مئه", "مائه", "مئات", "الف", "الاف", "مليون", "ملايين", "مليار");

    /** The broken plural فعائل (نتائج، رسائل، قبائل، جرائم): five letters, ائ in the middle. */
    private static boolean pluralFaail(String n) {
        return n.length() == 5 && n.charAt(2) == 'ا' && n.charAt(3) == 'ئ' && "اوي".indexOf(n.charAt(0)) < 0;
    }

    /**
     * ل + an imperfect verb of a sound root (ليقرر، لتعلن، ليتمكن): ي or ت, then four or five letters with
     * no alef, which transliterated surnames in ل nearly always have (ليلاز، لافروف).
     */
    private static boolean purposeVerb(String n) {
        return (n.length() == 5 || n.length() == 6) && (n.charAt(1) == 'ي' || n.charAt(1) == 'ت') && n.indexOf('ا') < 0;
    }

    /** Objects of the blessings "طيب الله ثراه"، "كرم الله وجهه"، "قدس الله سره", the pronoun suffix written. */
    private static final java.util.Set<String> BLESSING_OBJECTS = org.khabar.internal.text.WordSet.of("ثراه", "وجهه", "سره", "روحه",
            "ضريحه", "مثواه");

    /** Whether الله at token k is followed by a blessing's object: the word before it is the verb, not a name. */
    private static boolean blessingAt(DocContext c, int k, int end) {
        return k + 1 < end && c.normIs(k, "الله") && c.normIn(BLESSING_OBJECTS, k + 1);
    }

    /**
     * "سفير إسرائيل لدى الأمم المتحدة دان غيلرمان"، "المندوب الإسرائيلي لدى مجلس الأمن ...": an envoy's title
     * names the country he stands for (optional) and, after لدى, the body he sits in, found as an organisation;
     * the holder's name follows that organisation in apposition. Returns the organisation's first token, or
     * -1. Only لدى (accredited to) is taken: "الرئيس في البيت الأبيض" or "وزير مصر إلى الجامعة" are a place or
     * a destination, seldom followed by the holder's name.
     */
    private static int envoySeat(DocContext c, int j, int end) {
        int k = j;
        if (c.type(k) == TokenType.ARABIC && c.taken[k] == DocContext.FREE) {
            int pe = c.placeEnd(k, end);
            if (pe > k && c.tok(k).deepest().prep() == '\0' && c.tok(k).deepest().conj() == '\0') {
                k = pe; // سفير إسرائيل، مندوب سوريا
            }
        }
        if (k + 1 >= end || c.taken[k] != DocContext.FREE || c.taken[k + 1] != DocContext.ORG
                || !c.normIs(k, "لدي")) {
            return -1;
        }
        return k + 1;
    }

    /**
     * Indefinite portfolios (normalised) that put a minister's or premier's title in construct with a country:
     * "وزير خارجية كوريا الجنوبية"، "رئيس حكومة إسبانيا". Only before a country is the portfolio read on.
     */
    private static final java.util.Set<String> PORTFOLIOS = org.khabar.internal.text.WordSet.of("خارجيه", "داخليه", "دفاع", "ماليه",
            "عدل", "اقتصاد", "تجاره", "صحه", "تعليم", "نفط", "طاقه", "اعلام", "ثقافه", "زراعه", "خزانه", "نقل",
            "سياحه", "اسكان", "بيئه", "صناعه", "تربيه", "اوقاف", "حكومه", "وزراء", "دوله");

    /** Titles of expertise (normalised, no article) whose field follows في: "الخبير في الشؤون الإيرانية". */
    private static final java.util.Set<String> FIELD_TITLES = org.khabar.internal.text.WordSet.of("خبير", "خبيره", "باحث", "باحثه",
            "محلل", "محلله", "متخصص", "متخصصه", "اختصاصي", "اختصاصيه", "استشاري", "استشاريه", "بطل", "بطله");

    /**
     * End of a field after في: a definite word ("في الشؤون") or an indefinite noun before a definite one ("في
     * علم النفس"). A place, a stop word or a word with a preposition is no field ("الخبير في لندن" is a seat,
     * "الخبير في تصريح لوكالة" a circumstance).
     */
    private static int fieldEnd(DocContext c, int k, int end) {
        Token t = c.tok(k);
        String n = t.norm();
        if (t.type() != TokenType.ARABIC || Words.STOP.contains(n) || c.isPlaceWord(k, end) || c.placeEnd(k, end) > k) {
            return -1;
        }
        if (DocContext.hasArticle(n)) {
            return k + 1;
        }
        if (k + 1 < end && c.taken[k + 1] == DocContext.FREE && t.deepest().prep() == '\0' && !c.lex.givenNames.containsKey(n)
                && DocContext.hasArticle(c.tok(k + 1).norm()) && !c.normIn(Words.STOP, k + 1)) {
            return k + 2;
        }
        return -1;
    }

    /** Envoys' titles (normalised, no article), sent إلى a country: "المبعوث الأممي إلى سوريا X". */
    private static final java.util.Set<String> ENVOYS = org.khabar.internal.text.WordSet.of("مبعوث", "مبعوثه", "موفد", "موفده");

    /**
     * The realm or seat of a title, read as its complement before the holder's name (the name follows in
     * apposition): an indefinite title in construct with a country ("رئيسة لاتفيا"، "نجم جنوب أفريقيا"، "مدافع
     * جورجيا"), a portfolio between them ("وزير خارجية كوريا الجنوبية"), or the post held in a place or body
     * ("السفير الأذري في عمان"، "سفير طالبان لدى باكستان"، "المحللة في بنك باركليز"، "وزير الدفاع في حكومة
     * الوحدة الوطنية"), an envoy's destination ("المبعوث الأممي إلى سوريا") or an expert's field ("الخبير في
     * الشؤون الاستراتيجية"). Returns where the title
     * goes on, or -1. A definite title takes no bare country ("الرئيس فرنسا" is no construct), a portfolio only
     * before a country ("وزير خارجية سابق"), a seat only once and only a place or a found organisation after
     * في/لدى ("الرئيس في خطابه" stays out); the caller wants a two-word name after a seat.
     */
    private static int realmOfTitle(DocContext c, Clitics.Analysis head, int titleEnd, int j, int end) {
        Token t = c.tok(j);
        String n = t.norm();
        if (j + 1 < end && n.equals("في") && c.taken[j + 1] == DocContext.FREE
                && FIELD_TITLES.contains(head.stem().startsWith("ال") ? head.stem().substring(2) : head.stem())) {
            int fe = fieldEnd(c, j + 1, end);
            if (fe > 0) {
                return fe; // "الخبير في الشؤون الاستراتيجية X"، "المتخصص في علم النفس X": the field, then the name
            }
        }
        if (j + 1 < end && n.length() <= 3 && (n.equals("في") || n.equals("لدي")
                || n.equals("الي") && ENVOYS.contains(head.stem().startsWith("ال") ? head.stem().substring(2) : head.stem()))) {
            if (c.taken[j + 1] == DocContext.ORG) {
                return j + 1; // the loop reads the organisation as an affiliation
            }
            if (c.taken[j + 1] != DocContext.FREE) {
                return -1;
            }
            int pe = bareRealmEnd(c, j + 1, end);
            if (pe < 0 && !n.equals("الي") && j + 2 < end && c.taken[j + 2] == DocContext.FREE
                    && DocContext.hasArticle(c.tok(j + 2).norm()) && !c.normIn(Words.STOP, j + 2)) {
                // "وزير الدفاع في حكومة الوحدة الوطنية": a body whose name was not found; the loop reads its complement
                PhraseIndex.Match<NameLexicons.Designator> d = c.designators.matchBare(j + 1, end);
                pe = d != null && d.end() == j + 2 && d.value().head() ? j + 2 : -1;
            }
            return pe;
        }
        boolean indefinite = !head.article() && !head.stem().startsWith("ال");
        if (!indefinite || DocContext.hasArticle(n)) {
            return -1;
        }
        if (j == titleEnd && PORTFOLIOS.contains(n) && j + 1 < end && c.taken[j + 1] == DocContext.FREE
                && bareRealmEnd(c, j + 1, end) > j + 1) {
            return j + 1;
        }
        if (j == titleEnd || c.normIn(PORTFOLIOS, j - 1) && j - 1 == titleEnd) {
            return bareRealmEnd(c, j, end);
        }
        return -1;
    }

    /** End of the place written bare at token j (no preposition or conjunction glued on), or -1. */
    private static int bareRealmEnd(DocContext c, int j, int end) {
        PhraseIndex.Match<String> pm = c.places.matchBare(j, end);
        return pm == null || c.definitePlaceName(j) ? -1 : pm.end();
    }

    /**
     * "وزير الدولة بوزارة الخارجية"، "الباحث بمركز الدراسات"، "المسؤول بمكتب الأمم المتحدة": ب on a bare
     * noun heading a definite genitive names where a title is held; the title goes on after both words.
     * Only an organisation head (a designator: وزارة، مركز، جامعة) is taken: "اكتفى الوزير بالقول"،
     * "طالب الرئيس بالإفراج عن" (a verbal noun after the verb's own ب) and "التقى الوزير بنظيره" stay out.
     */
    private static boolean workplaceB(DocContext c, Clitics.Analysis deep, String n, int j, int end) {
        if (deep.prep() != 'ب' || deep.conj() != '\0' || deep.article() || j + 2 >= end || n.length() < 4
                || c.taken[j + 1] != DocContext.FREE || c.type(j + 1) != TokenType.ARABIC
                || !DocContext.hasArticle(c.tok(j + 1).norm()) || c.normIn(Words.STOP, j + 1)) {
            return false;
        }
        PhraseIndex.Match<NameLexicons.Designator> d = c.designators.match(j, end);
        return d != null && d.end() == j + 1 && d.value().head();
    }

    /**
     * Two or three name-shaped words between two commas right after a title: "السناتور الجمهوري ، أرلن
     * سبيكتر ، اقترح"، "رئيس لجنة الدفاع ، دونكان هانتر ، عقد". The commas bracket an apposition, the name
     * of the title's holder. One word is not enough ("الوزير ، مرارا ،" an adverb), and every word must read as
     * a name: "الرئيس ، خلال اللقاء ،"، "المدير ، حسب المصادر ،" hold a function word or an article.
     */
    private static boolean commaBracketedName(DocContext c, int j, int end) {
        int k = j;
        while (k < end && k - j < 3 && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.ARABIC
                && (k == j ? startWord(c, k, end) : !stop(c, k)) && plainNameWord(c, k, end, true) && !c.isPlaceWord(k, end)
                && c.titles.matchBare(k, end) == null) {
            k++;
        }
        return k - j >= 2 && k < end && c.isPunct(k, ',');
    }

    /**
     * "د." (doctor) glued to its full stop before a name: "رئيس المجلس د. عزيز الدويك". The stop is a
     * token of its own, so the title lexicon cannot hold it. Like an honorific it makes even an ambiguous
     * given name a person (عزيز); an unknown single word needs a clear end. "فيتامين د." is followed by no
     * name-shaped word, and a lone د ending a sentence ("الجهة د .") has a space before the stop.
     */
    private static Found.Person doctorAbbreviation(DocContext c, int i, int end) {
        if (i + 2 >= end || !c.normIs(i, "د") || !c.isPunct(i + 1, '.') || c.tok(i + 1).spaceBefore()
                || c.taken[i + 2] != DocContext.FREE) {
            return null;
        }
        int j = i + 2;
        Token first = c.tok(j);
        if (first.type() != TokenType.ARABIC || !startWord(c, j, end) || c.isPlaceWord(j, end)
                || c.titles.matchBare(j, end) != null) {
            return null;
        }
        Gender g = givenGender(c, j);
        int ne = scanName(c, j, end, false, true);
        String n = first.norm();
        if (g == null && (ne - j == 1 && !strongEnd(c, ne, end) || c.doc.original().charAt(first.end() - 1) == 'ة'
                || derivedShape(n) || participleShape(n) || pronounSuffix(c, j) || verbAfterName(c, j))) {
            return null;
        }
        Found.Person p = new Found.Person(j, ne, first.start(), c.tok(ne - 1).end(), Rules.ACTOR_TITLE);
        p.titles.add(c.doc.original().substring(c.tok(i).start(), c.tok(i + 1).end()));
        p.gender = g != null ? g : Gender.UNKNOWN;
        return p;
    }

    /**
     * A one-word title of rank or honour (الدكتور، اللواء، الشيخ، العقيد) with the article, then an
     * INDEFINITE nisba and a clear end: "أوضح الدكتور حجازي أن"، "كتاب الشيخ بغدادي في". The adjective
     * reading would agree in definiteness (الدكتور المصري), so the bare nisba is a family name. The title
     * must follow a word of the sentence (a verb, a noun in construct, a preposition): at the sentence start
     * "الدكتور مصري" may be a nominal sentence (the doctor is Egyptian). A nisba plural or ة form, a nisba
     * followed by a further word of the phrase (مصري الجنسية) and the honorific سيد (which also reads "master")
     * stay out.
     */
    private static Found.Person titleNisba(DocContext c, int i, int end) {
        if (c.strict() || i == 0 || i + 2 > end || !c.facts.anyBare(i + 1, Facts.ADJECTIVE | Facts.PLACE_NISBA)
                || c.taken[i + 1] != DocContext.FREE || !c.isWord(i - 1)) {
            return null; // cheap first: most tokens are followed by no nisba
        }
        PhraseIndex.Match<NameLexicons.Title> m = c.titles.match(i, end);
        if (m == null || m.end() != i + 1 || !(m.head().article() || m.head().stem().startsWith("ال"))
                || m.value().gender() == Gender.FEMALE) {
            return null;
        }
        String kind = m.value().kind();
        if (!(kind.equals("HONORIFIC") || kind.equals("MILITARY") || kind.equals("RELIGIOUS"))
                || Words.NAME_HONORIFICS.contains(m.head().stem()) && m.head().stem().equals("سيد")) {
            return null;
        }
        int j = i + 1;
        Token t = c.tok(j);
        String n = t.norm();
        if (t.type() != TokenType.ARABIC || DocContext.hasArticle(n) || n.length() < 4 || !n.endsWith("ي")
                || c.doc.original().charAt(t.end() - 1) != 'ي' || n.charAt(0) == 'و' || c.isPlaceWord(j, end)
                || (c.facts.bare(j) & (Facts.NAME_STOP | Facts.TITLE | Facts.TITLE_ADJECTIVE)) != 0
                || !strongEnd(c, j + 1, end) || j + 1 < end && c.type(j + 1) == TokenType.ARABIC
                        && DocContext.hasArticle(c.tok(j + 1).norm())) {
            return null;
        }
        Found.Person p = new Found.Person(j, j + 1, t.start(), t.end(), Rules.ACTOR_TITLE_NISBA);
        p.gender = m.value().gender() == Gender.UNKNOWN ? Gender.MALE : m.value().gender();
        p.titles.add(c.nameFrom(m.head(), m.head().stemStart(), c.tok(i).end()));
        return p;
    }

    /**
     * After an honorific or religious title (الإمام، الملك، الشيخ) a definite word whose bare form is a
     * given name (الحسين، الرضا) or a nisba that is no country's (الخراساني) is the name itself.
     */
    private static boolean royalName(DocContext c, NameLexicons.Title title, int j, int end) {
        if (!(title.kind().equals("HONORIFIC") || title.kind().equals("RELIGIOUS")) || j >= end
                || c.taken[j] != DocContext.FREE || c.type(j) != TokenType.ARABIC) {
            return false;
        }
        String n = c.tok(j).norm();
        if (!DocContext.hasArticle(n) || Words.STOP.contains(n) || c.isPlaceWord(j, end)) {
            return false;
        }
        String bare = n.substring(2);
        String k = c.tok(j).key();
        if (c.lex.givenNames.containsKey(bare) && !c.lex.adjectives.contains(k) && !Words.TITLE_ADJECTIVES.contains(n)) {
            return true;
        }
        return n.length() >= 6 && n.endsWith("ي") && !c.lex.placeNisbas.contains(k) && !c.lex.adjectives.contains(k)
                && !Words.TITLE_ADJECTIVES.contains(n);
    }

    /** Whether token k is a genitive that puts the title before it in construct: a definite word or a place. */
    private static boolean constructNext(DocContext c, int k, int end) {
        return k < end && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.ARABIC
                && (DocContext.hasArticle(c.tok(k).norm()) && !c.normIn(Words.STOP, k)
                        || c.isPlaceWord(k, end));
    }

    private static boolean definiteTitle(DocContext c, int i, PhraseIndex.Match<NameLexicons.Title> m,
            Clitics.Analysis head) {
        if (head.article() || head.stem().startsWith("ال")) {
            return true;
        }
        for (int k = i + 1; k < m.end(); k++) {
            if (DocContext.hasArticle(c.tok(k).norm())) {
                return true;
            }
        }
        // رئيس شركة ...، وزير خارجية فرنسا: a genitive after the title makes it definite
        return m.end() < c.doc.size() && (DocContext.hasArticle(c.tok(m.end()).norm())
                || c.taken[m.end()] == DocContext.ORG || c.designators.matchBare(m.end(), m.end() + 1) != null
                || c.isPlaceWord(m.end(), m.end() + 1));
    }

    private static Found.Person verb(DocContext c, int i, int end) {
        Gender vg = singularVerbAt(c, i);
        if (vg == null || i + 1 >= end || c.taken[i + 1] != DocContext.FREE) {
            return null; // the common case, before reading the token's text
        }
        boolean conj = c.tok(i).norm().charAt(0) == 'و' || c.tok(i).norm().charAt(0) == 'ف';
        // "شركة لازارد راي ماكجواير": mid-clause a verb is weak evidence (وقال، ، قال open a clause); there
        // the name must run straight into إن/أن, a colon or a quote ("ومن جانبه قال شالوم إن")
        boolean midClause = i > 0 && !conj && c.isWord(i - 1) && !c.normIn(Words.STOP, i - 1)
                && !afterSideOpener(c, i);
        int j = i + 1;
        if (c.type(j) != TokenType.ARABIC || c.titles.match(j, end) != null) {
            return null; // قال الرئيس ... is the title rule's
        }
        if (kinNounWithPronoun(c, j)) {
            return null; // "وقال ابنه محمد إن": the kinship rule names محمد; the name scan here took ابنه into it
        }
        if (definiteSpeaker(c, j, end) && (!midClause || sayOpener(c, j + 1, end))) {
            Found.Person p = new Found.Person(j, j + 1, c.tok(j).start(), c.tok(j).end(), Rules.ACTOR_VERB);
            p.gender = vg;
            return p;
        }
        if (!startWord(c, j, end) || c.isPlaceWord(j, end)) {
            return null;
        }
        for (Clitics.Analysis a : c.tok(j).analyses()) {
            if (a.prep() != '\0' && (derivedShape(a.stem()) || masdarShape(a.stem())) && givenGender(c, j) == null) {
                return null; // "تؤكد باستمرار أن"، "وأكد بالإجماع": a preposition and a verbal noun, no speaker
            }
        }
        if (c.placeEnd(j, end) > j && !c.definitePlaceName(j)) {
            return null; // قال بغزة
        }
        int ne = scanName(c, j, end);
        if (midClause ? !sayOpener(c, ne, end) : !endsClause(c, ne, end) && !speakerPronoun(c, vg, ne, end)
                && !sayingAfterSpeaker(c, ne, end)
                && !appositionNoComma(c, j, ne, end)
                && coSpeaker(c, ne, end) == null && !framePreposition(c, i, j, ne, end) && !sideAfter(c, ne, end)
                && !(ne - j >= 2 && affiliationFrom(c, ne, end))) {
            return null;
        }
        Gender g = givenGender(c, j);
        if (c.strict() && g == null) {
            return null;
        }
        if (ne - j == 1 && g != null && ambiguous(c, j) && !(endsClause(c, ne, end) && !midClause
                && (c.lex.adjectiveNames.contains(c.tok(j).norm()) || c.lex.verbNames.contains(c.tok(j).norm()))
                && !c.facts.anyBare(j, Facts.PLACE_NISBA))) {
            // "وقال حسن إن"، "ويقول يحيى الذي": right after a clause-opening reporting verb and before the clause
            // goes on, a name that is also an adjective or verb is the speaker; one that is also a noun is not
            // ("وأضاف خطاب :" may be the speech, "وقال صباح" the morning), nor one inside a clause, nor a
            // nationality ("وقال تركي إن" may be a Turk)
            return null;
        }
        // a foreign name in ا (باريرا) before إن or the verb's own preposition ("وعلق باريرا على") is no accusative
        if (ne - j == 1 && g == null && (pronounSuffix(c, j) || commonNounShape(c, j) && !((sayOpener(c, ne, end)
                || framePreposition(c, i, j, ne, end)) && foreignInA(c, j)) || derivedShape(c.tok(j).norm()))) {
            return null; // "وأكد رغبته في": a noun with a pronoun, not a speaker
        }
        String lone = c.tok(j).norm();
        if (ne - j == 1 && g == null && (participleShape(lone) && pluralShape(lone) || lone.length() >= 7 && lone.endsWith("تين"))) {
            return null; // "وقال متمردون إن" (a participle in the plural), "وتوقع اتفاقيتين" (a dual of a noun in ة)
        }
        Found.Person p = new Found.Person(j, ne, c.tok(j).start(), c.tok(ne - 1).end(), Rules.ACTOR_VERB);
        p.gender = vg != Gender.UNKNOWN ? vg : g == null ? Gender.UNKNOWN : g;
        return p;
    }

    /** جانبه، جهته، ناحيته and their feminine and plural forms (normalised): "من جانبه" = for his part. */
    private static final java.util.Set<String> SIDE_NOUNS = org.khabar.internal.text.WordSet.of("جانبه", "جانبها", "جانبهم", "جهته", "جهتها",
            "جهتهم", "ناحيته", "ناحيتها", "ناحيتهم");

    /**
     * Whether the verb at i follows the news opener "من جانبه/من جهته/من ناحيته" (for his part) or "من الجانب
     * الفرنسي" (on the French side), which closes no clause of its own: the verb opens the sentence and its
     * subject follows, as after و ("ومن جانبه قال X إن"، "ومن الجانب الفرنسي قال X مدرب المنتخب").
     */
    private static boolean afterSideOpener(DocContext c, int i) {
        if (i < 2 || c.type(i - 1) != TokenType.ARABIC) {
            return false;
        }
        if (c.normIn(SIDE_NOUNS, i - 1)) {
            return isMin(c, i - 2);
        }
        // من الجانب + a nisba: the bit first, then the words
        return i >= 3 && c.facts.any(i - 1, Facts.PLACE_NISBA) && c.normIs(i - 2, "الجانب") && isMin(c, i - 3);
    }

    /**
     * "من جانبه/من جهته" right after the subject: "وأشار هاربر من جهته إلى"، "وقال X من جانبه إن". The opener
     * set between the subject and what he said marks the word before it as the subject.
     */
    private static boolean sideAfter(DocContext c, int k, int end) {
        return k + 1 < end && c.type(k + 1) == TokenType.ARABIC && c.normIn(SIDE_NOUNS, k + 1)
                && c.normIs(k, "من");
    }

    /**
     * "من شركة ..."، "من جامعة ..." right after the subject: the speaker's affiliation ("وقال X Y من جامعة
     * هارفارد إن"، "قال X Y من شركة آلمو"). من must be followed by an organisation found or an organisation
     * head or descriptor (شركة); "قال X من جديد"، "أكد X من خلال" have neither.
     */
    private static boolean affiliationFrom(DocContext c, int k, int end) {
        if (k + 1 >= end || !c.normIs(k, "من")) {
            return false;
        }
        if (c.taken[k + 1] == DocContext.ORG) {
            return true;
        }
        PhraseIndex.Match<NameLexicons.Designator> d = c.designators.matchBare(k + 1, end);
        return d != null && !d.value().suffix() && c.taken[k + 1] == DocContext.FREE;
    }

    /** من or ومن at token k. */
    private static boolean isMin(DocContext c, int k) {
        String n = c.tok(k).norm();
        return n.equals("من") || n.equals("ومن");
    }

    /**
     * The preposition the verb's own frame puts after its subject, right after the name: "وأشار هاربر إلى"،
     * "وشدد لاريجاني على"، "وأكد بالاك على"، "وكشف بيرت عن" (reporting_verbs.tsv: ILA_ANNA, ALA_ANNA; أكد
     * على and كشف عن are the common ones among the rest). Right after the verb only the subject can stand
     * before it. A lone unknown word must read as a name of four letters or more: "وأشار بحث إلى"، "وكشف
     * مسح عن" (short nouns), "وأشار تقرير إلى" (a verbal noun) and "وأكد مسؤولون على" (a plural) stay out.
     */
    private static boolean framePreposition(DocContext c, int i, int j, int ne, int end) {
        if (ne >= end || c.type(ne) != TokenType.ARABIC || c.taken[ne] != DocContext.FREE) {
            return false;
        }
        String p = c.tok(ne).norm();
        if (!p.equals("الي") && !p.equals("علي") && !p.equals("عن")) {
            return false;
        }
        if (ne - j == 1 && givenGender(c, j) == null) {
            String n = c.tok(j).norm();
            if (n.length() < 4 || !plainNameWord(c, j, end) && !foreignInA(c, j) || derivedShape(n) || participleShape(n) || brokenPlural(n)) {
                return false;
            }
        }
        for (Clitics.Analysis a : c.tok(i).analyses()) {
            String frame = a.prep() == '\0' && !a.article() ? c.lex.verbFrames.get(a.stem()) : null;
            if (frame != null) {
                // علق على (commented on) as أكد على: "وعلق باريرا على الاتفاق"
                return p.equals("الي") && frame.endsWith(" ILA_ANNA") || p.equals("علي") && (frame.endsWith(" ALA_ANNA")
                        || frame.startsWith("اكد ") || frame.startsWith("علق ")) || p.equals("عن") && frame.startsWith("كشف ");
            }
        }
        return false;
    }

    /**
     * "وقال الظواهري إن"، "وقال البدري مدير الكرة إن": a family name in the article and -ي, alone in the
     * speaker's place after a clause-opening verb, right before إن/أن, a colon, a quote or an indefinite
     * title in apposition. Listed adjectives and nisbas (وقال الأمريكي)، titles (القاضي، المحامي are
     * titles), places and not-name words stay out; so do ordinals and adverbs: "قال الثاني"، "قال الماضي".
     */
    private static boolean definiteSpeaker(DocContext c, int j, int end) {
        Token t = c.tok(j);
        String n = t.norm();
        if (n.length() < 6 || !n.startsWith("ال") || n.charAt(n.length() - 1) != 'ي' || c.taken[j] != DocContext.FREE
                || c.doc.original().charAt(t.end() - 1) != 'ي' || c.accusative(j)) {
            return false; // ى spellings (الأعلى، المستشفى) and short words (الذي، التي) out
        }
        long key = c.facts.bareKey(j);
        long bare = c.facts.bare(j);
        if ((key & (Facts.ADJECTIVE | Facts.NOT_NAME | Facts.PLACE_NISBA)) != 0 || (bare & (Facts.TITLE
                | Facts.TITLE_ADJECTIVE | Facts.NAME_STOP)) != 0 || Words.STOP.contains(n) || Words.NAME_ENDERS.contains(n)
                || c.isPlaceWord(j, end) || c.placeEnd(j, end) > j || n.endsWith("يي") || n.endsWith("وي") && n.length() < 6) {
            return false;
        }
        int k = j + 1;
        if (sayOpener(c, k, end)) {
            return true;
        }
        if (k >= end || c.taken[k] != DocContext.FREE || c.type(k) != TokenType.ARABIC
                || DocContext.hasArticle(c.tok(k).norm()) || (c.facts.bare(k) & Facts.TITLE) == 0) {
            return false;
        }
        PhraseIndex.Match<NameLexicons.Title> m = c.titles.matchBare(k, end);
        return m != null && !m.value().kind().equals("OTHER") && !m.value().kind().equals("HONORIFIC");
    }

    /** Adverbial participles of saying (normalised) that follow the speaker: "وتابع X قائلا إن". */
    private static final java.util.Set<String> SAYING_PARTICIPLES = org.khabar.internal.text.WordSet.of("قائلا", "قائله", "مضيفا",
            "مضيفه", "مشيرا", "مشيره", "موضحا", "موضحه", "مؤكدا", "مؤكده", "معتبرا", "معتبره", "لافتا", "لافته",
            "محذرا", "محذره", "معربا", "معربه");

    /**
     * Words (normalised) that follow the speaker, not a noun: the person told ("ويروي X لنا"، "وقال X له"),
     * direct speech opening ("يقول X لقد سعدت") and his own speech as the verb's object ("ويختتم X حديثه").
     */
    private static final java.util.Set<String> SPEAKER_NEXT = org.khabar.internal.text.WordSet.of("لنا", "لي", "له", "لها", "لهم",
            "لقد", "حديثه", "حديثها", "كلامه", "كلامها", "كلمته", "كلمتها", "تصريحه", "تصريحها", "تصريحاته",
            "تصريحاتها");

    /** Adverbs (normalised) between the speaker and what he said: "وأكد X مجددا أن"، "واعترف X علنا بأن". */
    private static final java.util.Set<String> SPEAKER_ADVERBS = org.khabar.internal.text.WordSet.of("مجددا", "ايضا", "كذلك", "علنا",
            "رسميا", "مرارا", "صراحه", "بدوره", "بدورها", "لاحقا", "سابقا");

    /**
     * After a reporting verb and the name, what only a speaker is followed by: an adverbial participle of
     * saying ("وتابع X قائلا"، "وأضاف X مشيرا إلى"), the person or paper told ("ويروي X لنا"، "وقال X لـ «
     * الحياة »"), an adverb before the clause ("وأكد X مجددا أن") or من أن after a verb of warning ("وحذر X من أن").
     * "وحذر من أن" itself has no name between, and a noun before من أن ("وحذر تقرير من أن") is caught by
     * the name-word checks that follow, as before إن.
     */
    private static boolean sayingAfterSpeaker(DocContext c, int k, int end) {
        if (k >= end || c.type(k) != TokenType.ARABIC || c.taken[k] != DocContext.FREE) {
            return false;
        }
        String n = c.tok(k).norm();
        if (SAYING_PARTICIPLES.contains(n) || SPEAKER_NEXT.contains(n)) {
            return true;
        }
        if (n.equals("ل") && k + 1 < end && (c.type(k + 1) == TokenType.QUOTE || c.isWord(k + 1))) {
            return true; // "وقال X لـ « الحياة » إن": the paper told, written apart with a tatweel
        }
        if (SPEAKER_ADVERBS.contains(n)) {
            return endsClause(c, k + 1, end); // "وأكد X مجددا أن"، "وقال X أيضا إن"
        }
        return n.equals("من") && k + 1 < end && c.normIs(k + 1, "ان");
    }

    /**
     * A circumstantial or relative clause about the speaker right after the name: "وقال X وهو زعيم في الحزب"،
     * "وقالت X وهي تبكي"، "وقالت X التي زارت المنطقة". The pronoun or relative agrees with the verb's
     * gender (a masculine verb with وهي or التي speaks of someone else), and the name words are checked
     * as after إن.
     */
    private static boolean speakerPronoun(DocContext c, Gender vg, int k, int end) {
        if (k >= end || c.type(k) != TokenType.ARABIC) {
            return false;
        }
        String n = c.tok(k).norm();
        if (n.equals("وهو")) {
            return vg != Gender.FEMALE;
        }
        return (n.equals("وهي") || n.equals("التي")) && vg == Gender.FEMALE;
    }

    /** إن/أن and their pronoun forms, a colon or a quote at token k: what was said begins there. */
    private static boolean sayOpener(DocContext c, int k, int end) {
        if (k >= end) {
            return false;
        }
        Token t = c.tok(k);
        if (t.type() == TokenType.QUOTE || c.isPunct(k, ':')) {
            return true;
        }
        String n = t.norm();
        return t.type() == TokenType.ARABIC && Words.CLAUSE_OPENERS.contains(n) && n.length() >= 2 && n.charAt(1) == 'ن'
                && (n.charAt(0) == 'ا' || n.charAt(0) == 'ب' || n.charAt(0) == 'ل');
    }

    /**
     * A foreign name in -a (سولانا، أوباما، ماريا) rather than an accusative or adverb: not a participle
     * (مؤكدا، مبتسما), a فاعلا adverb (ضاحكا، قائلا), a verbal noun (تحديدا، استنادا, إجمالا) or a word
     * with a pronoun (حينها); for a lone word after a reporting verb and before إن/أن, a colon or a quote.
     */
    private static boolean foreignInA(DocContext c, int j) {
        Token t = c.tok(j);
        String n = t.norm();
        int len = n.length();
        if (len < 5 || c.doc.original().charAt(t.end() - 1) != 'ا' || c.accusative(j) || Words.NAME_ENDERS.contains(n)) {
            return false;
        }
        if (n.endsWith("تا") && cons(n.charAt(len - 3))) {
            return false; // "نفت حركتا حماس والجهاد": the dual of a noun in ة; ريتا، زامبروتا stay
        }
        return !participleShape(n) && !(len == 5 && n.charAt(1) == 'ا') && !derivedShape(n) && !n.endsWith("ها")
                && !((n.charAt(0) == 'ت' || n.charAt(0) == 'ا') && cons(n.charAt(1)));
    }

    /**
     * "وقال بوش وبلير إن": a second bare speaker after و, right before the clause opener; the stem's
     * reading, or null. The opener right after it is the evidence: "وقال بوش والوفد" (article),
     * "وقال مسؤول وأكد" (a verb) and "وقال بوش وشدد على" never get here.
     */
    private static Clitics.Analysis coSpeaker(DocContext c, int k, int end) {
        if (k + 1 >= end || c.taken[k] != DocContext.FREE || c.type(k) != TokenType.ARABIC
                || !endsClause(c, k + 1, end) || c.type(k + 1) != TokenType.ARABIC) {
            return null; // the opener must be إن/أن itself: "بوش وبلير ،" is a list going on
        }
        return coNameWord(c, k, end);
    }

    /** The و + stem reading of token k when the stem may be a one-word name (see {@link #coSpeaker}), or null. */
    private static Clitics.Analysis coNameWord(DocContext c, int k, int end) {
        if (k >= end || c.taken[k] != DocContext.FREE || c.type(k) != TokenType.ARABIC) {
            return null;
        }
        for (Clitics.Analysis a : c.tok(k).analyses()) {
            if (a.conj() != 'و' || a.prep() != '\0' || a.article() || !a.prefix().equals("و")) {
                continue;
            }
            String n = a.stem();
            if (n.length() < 3 || DocContext.hasArticle(n) || Words.STOP.contains(n) || c.isVerb(n)
                    || c.lex.notNameWords.contains(DocContext.key(n))
                    || c.lex.adjectives.contains(DocContext.key(n)) || Words.NAME_ENDERS.contains(n)
                    || looksLikeImperfectVerb(c, n) || c.titles.matchBare(k, end) != null
                    || n.length() >= 5 && (n.endsWith("ون") && !listedName(c, n) || n.endsWith("ات"))) {
                return null; // "وآخرون"، "والمنظمات": a nominative plural; بوتين (ين) and a listed شارون stay names
            }
            char last = c.doc.original().charAt(c.tok(k).end() - 1);
            boolean plural = (n.endsWith("هن") || n.endsWith("هم") || n.endsWith("هما")) && !c.lex.givenNames.containsKey(n);
            // "وشادية وتحية كاريوكا": a listed unambiguous female name in ة is a name, "ومنظمة" is not
            if ((last == 'ة' || last == 'ه') && !listedName(c, n) || plural || c.accusative(k) || c.isPlaceWord(k, end)
                    || c.placeEnd(k, end) > k) {
                return null; // "وقال الرئيس وحكومته"، "وقال بوش ومصر"، "هند صبري وغيرهن إلى" (source nouns are notNameWords)
            }
            return a;
        }
        return null;
    }

    /**
     * After "قال" and a name, a title in apposition without a comma: "وقال رايمون دومينيك مدرب منتخب فرنسا".
     * The title must be indefinite in construct (مدرب منتخب، رئيس الوزراء), not definite: "وقال شقيق الرئيس"
     * is a relative, not a name. A lone word must be a known, unambiguous given name ("وقال مكتب رئيس").
     */
    private static boolean appositionNoComma(DocContext c, int j, int ne, int end) {
        // a definite title only after two name words: "وقال X Y المتحدث باسم الشركة إن"، "وأكد X Y المدير التنفيذي
        // للشركة أن"; after one word "وقال شقيق الرئيس" would take a relative for a name
        if (ne >= end || c.taken[ne] != DocContext.FREE || c.type(ne) != TokenType.ARABIC
                || DocContext.hasArticle(c.tok(ne).norm()) && ne - j < 2 || !c.facts.anyBare(ne, Facts.TITLE)) {
            return false;
        }
        PhraseIndex.Match<NameLexicons.Title> m = c.titles.matchBare(ne, end);
        if (m == null || m.value().kind().equals("OTHER") || m.value().kind().equals("HONORIFIC")) {
            return false;
        }
        if (ne - j == 1) {
            Gender g = givenGender(c, j);
            return g != null && !ambiguous(c, j);
        }
        return !commonNounShape(c, j) && !pronounSuffix(c, j) && !derivedShape(c.tok(j).norm());
    }

    /**
     * A definite nationality nisba standing alone as a noun, then a name: "الإسباني رافايل نادال".
     * The nisba must not follow a noun it could qualify (الوفد الأمريكي برئاسة): the word before it is
     * punctuation, a function word, a conjunction-led nisba (والأرجنتيني) or a verb.
     */
    private static Found.Person nationality(DocContext c, int i, int end) {
        if (c.strict() || i + 1 >= end || c.taken[i + 1] != DocContext.FREE || !c.facts.any(i, Facts.PLACE_NISBA)) {
            return null;
        }
        Token t = c.tok(i);
        Clitics.Analysis nisba = null;
        for (Clitics.Analysis a : t.analyses()) {
            String stem = a.article() ? a.stem() : a.stem().startsWith("ال") ? a.stem().substring(2) : null;
            // keys drop a leading ال, so ألماني is listed as ماني: compare keys (والألماني هيتزفيلد)
            // ل on the nisba makes it a noun (للكيني كيبلاغات: to the Kenyan), never an adjective of the word before
            if (stem != null && hamzaAlef(c, t, a)) {
                continue; // "مسح ألماني هام": a hamza, not an article; the indefinite nisba qualifies the noun before
            }
            if (stem != null && (a.prep() == '\0' || a.prep() == 'ل') && (c.lex.placeNisbas.contains(stem)
                    || stem.length() >= 4 && stem.startsWith("ال") && c.lex.placeNisbas.contains(DocContext.key(stem)))) {
                nisba = a;
            }
        }
        if (nisba == null) {
            return null;
        }
        if (i > 0 && nisba.conj() == '\0' && nisba.prep() == '\0') {
            Token prev = c.tok(i - 1);
            boolean qualifies = prev.isWord() && (DocContext.hasArticle(prev.norm()) || c.taken[i - 1] == DocContext.ORG
                    || c.designators.matchBare(i - 1, i) != null || c.titles.match(i - 1, i) != null && !stop(c, i - 1));
            // stop: أمام (in front of) folds to the title إمام; "خسرت أمام الفرنسية ماري" puts no noun before the nisba
            if (qualifies && c.taken[i - 1] != DocContext.PERSON) {
                return null; // الوفد الأمريكي، الجيش الإسرائيلي: the nisba qualifies the noun before it
            }
            if (c.taken[i - 1] != DocContext.PERSON && definiteNoun(c, i - 1)) {
                return null; // "والمشغولات الصينية مقابل"، "غرناطة الإسبانية فعاليات"، "شقه اللبناني تحريضي"
            }
        }
        int j = i + 1;
        if (j + 1 < end && c.taken[j] == DocContext.FREE && c.normIn(Words.NISBA_DESCRIPTORS, j)) {
            j++; // القبرصي الواعد ماركوس بغداديس، الهولندي الدولي رود: a descriptor between nationality and name
        }
        if (c.taken[j] == DocContext.FREE && !startWord(c, j, end) && foreignYGiven(c, j, end)) {
            // "الصربي يانكو تيبساروفيتش": a given name in ي, then the surname words
            int fe = foreignNameEnd(c, j + 1, end);
            Found.Person p = new Found.Person(j, fe, c.tok(j).start(), c.tok(fe - 1).end(), Rules.ACTOR_NATIONALITY_FOREIGN);
            p.gender = nisba.stem().endsWith("ه") ? Gender.FEMALE : Gender.MALE;
            return p;
        }
        if (c.taken[j] != DocContext.FREE || !startWord(c, j, end) || c.isPlaceWord(j, end)) {
            return null;
        }
        int ne = scanName(c, j, end, false, true);
        int fe = foreignNameEnd(c, j, end);
        if (fe > ne && fe - j >= 2 || fe == j + 1 && ne == fe && givenGender(c, j) == null && strongEnd(c, fe, end)
                && c.tok(j).norm().length() >= 4) {
            // "وقال البرازيلي جوكا إنه": one foreign word needs a clear end after it
            Found.Person p = new Found.Person(j, fe, c.tok(j).start(), c.tok(fe - 1).end(), Rules.ACTOR_NATIONALITY_FOREIGN);
            p.gender = nisba.stem().endsWith("ه") ? Gender.FEMALE : Gender.MALE;
            return p;
        }
        Gender g = givenGender(c, j);
        if (ne - j == 1 && (g == null || ambiguous(c, j)) && !boundaryAfter(c, ne, end)) {
            return null;
        }
        if (ne - j == 1 && g == null && pastVerbBeforePreposition(c, j, end)) {
            return null; // "العراقي صرخ في سائق"، "ميلان الإيطالي دخل على الخط": a past verb, not a name
        }
        if (g == null && (c.facts.bare(j) & Facts.GIVEN_NAME) == 0 && arabicWordShape(c, j)) {
            return null; // "ميلان الإيطالي دخل على الخط"، "المغربية تستغرق": a verb or noun after the nisba
        }
        if (ne - j == 1 && g == null && (c.doc.original().charAt(c.tok(j).end() - 1) == 'ة' || derivedShape(c.tok(j).norm())
                || accusativeShape(c, j))) { // "للمنتخب الألماني دفاعا وهجوما": an adverbial accusative
            return null;
        }
        Found.Person p = new Found.Person(j, ne, c.tok(j).start(), c.tok(ne - 1).end(), Rules.ACTOR_NATIONALITY);
        boolean feminine = nisba.stem().endsWith("ه");
        p.gender = feminine ? Gender.FEMALE : Gender.MALE;
        return p;
    }

    /**
     * Whether word k is a definite noun a following nisba could qualify, beyond the plain article: the
     * article behind و/ف/ب/ك (والإذاعة) or a place name (غرناطة الإسبانية). A verb before the nisba
     * (وسجل البرازيلي، خلف السويدي) is none of these.
     */
    private static boolean definiteNoun(DocContext c, int k) {
        Token t = c.tok(k);
        if (t.type() != TokenType.ARABIC || c.taken[k] == DocContext.PERSON || Words.STOP.contains(t.norm())) {
            return false; // إلى folds to الي: no article
        }
        for (Clitics.Analysis a : t.analyses()) {
            if (a.article() && a.prep() != 'ل' && a.stem().length() >= 3) {
                return true;
            }
        }
        // a noun with a pronoun is left out: "نظيره الروماني تارايان باسيسكو" puts the name in apposition
        return c.isPlaceWord(k, k + 1);
    }

    /**
     * End of a run of two or three foreign name words after a nationality (البرازيلي دودو سيلفا، الروسية
     * سفتلانا كوزنتسوفا، الكيني نديوا ريمي ليمو), or {@code j} when the words are not of that shape. The
     * nationality standing as a noun is the evidence; each word must look like no Arabic noun, verb or
     * adjective, so "الأميركي أفضل مسجل" (elative) and "الإسرائيلي تقريرا" (accusative) give nothing.
     */
    private static int foreignNameEnd(DocContext c, int j, int end) {
        int k = j;
        while (k < end && k - j < 2 && foreignNameWord(c, k, end)) {
            k++;
        }
        // a third word only when long and before a clear end or a definite word: "جوستين هينان هاردين المصنفة"
        // ("دودو سيلفا هدف المباراة": a short noun is the object)
        if (k == j + 2 && foreignNameWord(c, k, end) && c.tok(k).norm().length() >= 4
                && !c.normIn(Words.GOAL_NOUNS, k)
                && (strongEnd(c, k + 1, end) || k + 1 < end && DocContext.hasArticle(c.tok(k + 1).norm()))) {
            k++;
        }
        return k;
    }

    /** Whether word j can be a word of a foreign name: a known given name, or a bare word of no Arabic shape. */
    private static boolean foreignNameWord(DocContext c, int j, int end) {
        if (j >= end || c.taken[j] != DocContext.FREE) {
            return false;
        }
        Token t = c.tok(j);
        String n = t.norm();
        if (t.type() != TokenType.ARABIC || !t.spaceBefore() || n.length() < 3
                || (c.facts.bare(j) & (Facts.NAME_STOP | Facts.NAME_VERB | Facts.TITLE | Facts.PLACE | Facts.DESIGNATOR
                        | Facts.TITLE_ADJECTIVE)) != 0
                || (c.facts.bareKey(j) & (Facts.ADJECTIVE | Facts.NOT_NAME)) != 0
                || DocContext.hasArticle(n) || n.charAt(0) == 'و' || Words.NAME_ENDERS.contains(n) || nameVerbAt(c, j)) {
            return false;
        }
        if ((c.facts.bare(j) & Facts.GIVEN_NAME) != 0) {
            return !ambiguous(c, j);
        }
        return !arabicWordShape(c, j);
    }

    /**
     * Whether the unknown word j has the shape of an Arabic verb or noun rather than a foreign name: a
     * pattern, an inflection or a clitic that names do not carry (see {@link #foreignNameWord}).
     */
    private static boolean arabicWordShape(DocContext c, int j) {
        Token t = c.tok(j);
        String n = t.norm();
        char last = c.doc.original().charAt(t.end() - 1);
        if (last == 'ة' || last == 'ى' || n.endsWith("ات") || pronounSuffix(c, j) || verbAfterName(c, j) || derivedShape(n)
                || participleShape(n) || brokenPlural(n) || c.notNameShape(j) || c.futureVerb(j) && last != 'ا' // سيلفا
                || c.accusative(j) || c.doc.original().charAt(t.start()) == 'أ' && last == 'ا' && n.length() <= 5 // أضاعا
                || n.length() < 6 && looksLikeImperfectVerb(c, n) || n.charAt(0) == 'ف' && n.length() == 4
                || n.length() >= 5 && n.charAt(0) == 'ت' && letter(n, 1) && letter(n, 2) // تستغرق، تحرمه: imperfect verbs
                || n.length() == 5 && n.charAt(1) == 'ا' && last == 'ت' // راقبت، شاركت: a past verb of form III
                || n.length() == 4 && n.charAt(2) == 'ا' && letter(n, 0) && letter(n, 1) && letter(n, 3)) { // كتاب، سلاح
            return true; // "الأمريكي يطالب"، "الإسرائيلي فقال"، "الفرنسي مستعد": a verb or a noun, not a name
        }
        if (last == 'ا') {
            // سيلفا، نوندا، كوزنتسوفا; not the accusatives دعما، قرارا، اجتماعا (see foreignThirdInA)
            String stem = n.substring(0, n.length() - 1);
            int len = n.length();
            return derivedShape(stem) || len == 4 && letter(n, 0) && letter(n, 1) && letter(n, 2)
                    || len == 5 && letter(n, 0) && letter(n, 1) && !letter(n, 2) && letter(n, 3);
        }
        return false;
    }

    /**
     * A kinship noun with a possessive pronoun, then the relative's name in apposition: "طلق زوجته ميلفا في"،
     * "صورة مع ابنه أسامة"، "ابن عمه علي حسن المجيد". A known given name follows; or, when the kinship noun is
     * governed (a preposition on it or before it, or a verb or noun right before: an object or genitive,
     * never the subject), an unknown word of name shape with a clear end after the name. The subject of a
     * nominal sentence is why: "إن ابنه مريض"، "وكان ابنه قتل في الحرب" say something of the son, and name none.
     */
    private static Found.Person kinship(DocContext c, int i, int end) {
        if (c.strict() || i + 1 >= end || c.taken[i + 1] != DocContext.FREE || (c.facts.stems(i) & Facts.KINSHIP) == 0) {
            return null; // both forms below want a kinship noun: the bit rules out nearly every token
        }
        if (c.type(i + 1) != TokenType.ARABIC) {
            return c.isPunct(i + 1, '(') ? kinshipInParentheses(c, i, end) : null;
        }
        Token t = c.tok(i);
        if ((c.facts.stems(i) & Facts.KINSHIP) == 0 || t.type() != TokenType.ARABIC
                || c.doc.original().charAt(t.end() - 1) == 'ة') {
            return null; // أمة (a nation), جدة (the city): ة, not the pronoun ه
        }
        Gender kin = null;
        boolean governed = false;
        for (Clitics.Analysis a : t.analyses()) {
            Gender k = a.article() ? null : Words.KINSHIP.get(a.stem());
            if (k != null) {
                kin = k;
                governed = a.prep() != '\0';
                break;
            }
        }
        if (kin == null) {
            return null;
        }
        int j = i + 1;
        if (!startWord(c, j, end) || c.isPlaceWord(j, end) || c.placeEnd(j, end) > j || c.titles.matchBare(j, end) != null) {
            return null; // "مع ابنه بمانشستر"، "شقيقه الأكبر", "زميله لاعب الوسط"
        }
        Gender g = givenGender(c, j);
        if (!governed && i > 0 && c.isWord(i - 1)) {
            String prev = c.tok(i - 1).norm();
            governed = !Words.STOP.contains(prev) || PREPOSITIONS.contains(prev);
        }
        if (g != null && ambiguous(c, j) && !governedAdjectiveName(c, j, kin, g, governed)) {
            g = null; // "ابنه سعيد" may say the son is happy
        }
        int foreignEnd = j;
        if (g == null) {
            // two words of no Arabic shape name the relative even as the subject: "بأن زميله أنغلوس باسيناس أهدر"
            // ("إن ابنه مريض"، "أن شقيقه سافر أمس" have one word of a noun's or verb's shape at most)
            foreignEnd = foreignNameEnd(c, j, end);
            if (foreignEnd - j >= 2 && (cliticLed(c, j) || cliticLed(c, j + 1))) {
                foreignEnd = j; // "مواطنه جونينيو فتابعها"، "ابنه لاعتداء فيصاب": ف or ل with a verb or noun
            }
            Token first = c.tok(j);
            String n = first.norm();
            boolean verbWithLi = n.length() >= 5 && n.charAt(0) == 'ل' && "يتن".indexOf(n.charAt(1)) >= 0;
            if (!governed && foreignEnd - j < 2 || n.length() < 4 && givenGender(c, j) == null || c.doc.original().charAt(first.end() - 1) == 'ة' || c.accusative(j)
                    || verbWithLi || n.endsWith("ها") // "ابن أخيه ليفاوض"، "من صديقته أسمياها"
                    || pronounSuffix(c, j) || derivedShape(n) || participleShape(n) || pluralShape(n) || brokenPlural(n)
                    || verbAfterName(c, j) || c.lex.notNameWords.contains(first.key())) {
                return null;
            }
        }
        int ne = foreignEnd - j >= 2 ? foreignEnd : kinDefiniteObject(c, j, scanName(c, j, end));
        if (g == null && !strongEnd(c, ne, end) && !(ne - j >= 2 && (givenGender(c, j) != null || ne == foreignEnd))) {
            return null; // "مع زميله فريقه"، "ابنه أصيب بجروح": no clear end, no name
        }
        Found.Person p = new Found.Person(j, ne, c.tok(j).start(), c.tok(ne - 1).end(), Rules.ACTOR_KINSHIP);
        Gender given = givenGender(c, j);
        p.gender = kin != Gender.UNKNOWN ? kin : given == null ? Gender.UNKNOWN : given;
        return p;
    }

    /** A kinship noun with a possessive pronoun (ابنه، زوجته، شقيقها), not a word in ة: see {@link #kinship}. */
    private static boolean kinNounWithPronoun(DocContext c, int j) {
        Token t = c.tok(j);
        if ((c.facts.stems(j) & Facts.KINSHIP) == 0 || c.doc.original().charAt(t.end() - 1) == 'ة') {
            return false;
        }
        for (Clitics.Analysis a : t.analyses()) {
            if (!a.article() && Words.KINSHIP.containsKey(a.stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A given name that is also an adjective (سارة، سعيد، جميلة) right after a kinship noun that is governed
     * (a verb or preposition before it, "وحضرت ابنته سارة"، "مع ابنه سعيد") and of the same gender: the
     * adjective reading needs the kinship noun as the subject of a nominal sentence ("ابنه سعيد" = his son is
     * happy), and after a verb or preposition it is none; an indefinite adjective cannot describe the
     * definite ابنته either. Nouns (أمل، نور) stay out: "فقدت ابنته أمل" may be the hope.
     */
    private static boolean governedAdjectiveName(DocContext c, int j, Gender kin, Gender g, boolean governed) {
        return governed && kin == g && kin != Gender.UNKNOWN && c.lex.adjectiveNames.contains(c.tok(j).norm())
                && !c.facts.anyBare(j, Facts.PLACE_NISBA);
    }

    /**
     * The end of a relative's name after a kinship noun, without a definite object the name scan took for a
     * family name: "وحضر ابنه محمد الحفل" is the son محمد at the party. A relative named after his kinship
     * noun is mostly named by the given name alone (the family name is the kin's own), so a definite word
     * after a lone given name stays in only when it reads as a family name: a nisba in ي ("ابنه محمد
     * العلي"), or the last word of a person already found ("الرئيس بشار الأسد ... شقيقه ماهر الأسد").
     */
    private static int kinDefiniteObject(DocContext c, int j, int ne) {
        if (ne != j + 2 || (c.facts.bare(j) & Facts.GIVEN_NAME) == 0 || c.type(j + 1) != TokenType.ARABIC) {
            return ne;
        }
        String n = c.tok(j + 1).norm();
        if (!DocContext.hasArticle(n) || n.length() >= 5 && n.endsWith("ي") || sharedFamilyName(c, j + 1)
                || c.lex.givenNames.containsKey(c.tok(j).norm() + " " + n)) { // فاطمة الزهراء: a compound given name
            return ne;
        }
        return j + 1;
    }

    /** Persons looked back at by {@link #sharedFamilyName}: the kin is named near its relative (bounded work). */
    private static final int SHARED_NAME_LOOKBACK = 64;

    /** Whether token k's word ends the name of a person found shortly before: a shared family name. */
    private static boolean sharedFamilyName(DocContext c, int k) {
        String key = c.tok(k).key();
        for (int x = c.persons.size() - 1, seen = 0; x >= 0 && seen < SHARED_NAME_LOOKBACK; x--, seen++) {
            Found.Person p = c.persons.get(x);
            if (p.end - p.first >= 2 && p.end <= k && c.tok(p.end - 1).key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether word k opens with ف or ل or ends in ها, as a clitic-led verb or noun does and a foreign name seldom. */
    private static boolean cliticLed(DocContext c, int k) {
        String n = c.tok(k).norm();
        return (n.charAt(0) == 'ف' || n.charAt(0) == 'ل' || n.endsWith("ها")) && (c.facts.bare(k) & Facts.GIVEN_NAME) == 0;
    }

    /**
     * Whether a feminine title in ة was matched by a word written with ه and no article: نجله، ابنه (his son)
     * fold to نجلة، ابنة (daughter), so the word may be the masculine noun with "his" as well as the feminine
     * one spelled with ه. "وقال نجله جمال" named جمال a woman; the title then says nothing of the gender.
     */
    private static boolean possessiveHa(DocContext c, int k, NameLexicons.Title title) {
        Token t = c.tok(k);
        return title.text().endsWith("ة") && c.doc.original().charAt(t.end() - 1) == 'ه' && !t.deepest().article();
    }

    /**
     * Kinship nouns in construct (normalised, ة → ه, without a pronoun): "زوجة ناصر"، "شقيق منال"، "والدة سمير".
     * The feminine ones are told from a noun with the pronoun ه (ابنه = his son) by their written ة.
     * صديق and زميل are left out (صديق is a given name too, and "صديق العائلة" a common phrase).
     */
    private static final java.util.Set<String> CONSTRUCT_KIN_MALE = org.khabar.internal.text.WordSet.of("شقيق", "نجل", "والد", "حفيد", "اخو", "طليق");
    private static final java.util.Set<String> CONSTRUCT_KIN_FEMALE = org.khabar.internal.text.WordSet.of("زوجه", "ابنه", "شقيقه", "نجله", "والده",
            "حفيده", "ارمله", "طليقه", "عقيله", "قرينه");

    /** Every form {@link #kinshipConstruct} accepts: a construct kinship noun, bare or after و، ف، ل، ب. */
    private static final java.util.Set<String> CONSTRUCT_KIN_FORMS = constructKinForms();

    private static java.util.Set<String> constructKinForms() {
        java.util.Set<String> forms = new java.util.HashSet<>();
        for (String k : com.google.common.collect.Sets.union(CONSTRUCT_KIN_MALE, CONSTRUCT_KIN_FEMALE)) {
            forms.add(k);
            for (char p : new char[] {'و', 'ف', 'ل', 'ب'}) {
                forms.add(p + k);
            }
        }
        return org.khabar.internal.text.WordSet.copyOf(forms);
    }

    /**
     * A kinship noun in construct at token k (زوجة، شقيق، نجل، والدة): after a name it opens an apposition
     * ("السيدة دين كالثروب زوجة القس"، "مازن حداد شقيق الوزير"), so the name has ended before it.
     */
    private static boolean kinInConstruct(DocContext c, int k) {
        String n = c.tok(k).norm();
        return CONSTRUCT_KIN_MALE.contains(n)
                || CONSTRUCT_KIN_FEMALE.contains(n) && c.doc.original().charAt(c.tok(k).end() - 1) == 'ة';
    }

    /**
     * A known given name as the genitive of a kinship noun in construct: "حملت زوجة ناصر"، "دخل أخو منال"،
     * "والدة سمير". Whoever has a wife, brother or mother named by a given name is a person, so even a given
     * name that is also a word (ناصر، منال) counts here; one that is also a title ("زوجة سلطان") or a place
     * does not, and the noun must be bare (no article: "الزوجة" is no construct).
     */
    private static Found.Person kinshipConstruct(DocContext c, int i, int end) {
        int j = i + 1;
        Token t = c.tok(i);
        if (c.strict() || j >= end || t.type() != TokenType.ARABIC || (c.facts.bare(j) & Facts.GIVEN_NAME) == 0
                || c.taken[j] != DocContext.FREE) {
            return null; // the given-name fact of the next word first: it rules out nearly every token
        }
        if (!c.normIn(CONSTRUCT_KIN_FORMS, i)) {
            return null; // after a given name, still most words are no kinship noun: one hash probe says so
        }
        String n = t.norm();
        if (n.length() >= 4 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف' || n.charAt(0) == 'ل' || n.charAt(0) == 'ب')
                && !CONSTRUCT_KIN_MALE.contains(n) && !CONSTRUCT_KIN_FEMALE.contains(n)) {
            n = n.substring(1); // وزوجة، لشقيق
        }
        boolean female = CONSTRUCT_KIN_FEMALE.contains(n) && c.doc.original().charAt(t.end() - 1) == 'ة';
        if (!female && !CONSTRUCT_KIN_MALE.contains(n)) {
            return null;
        }
        if (stop(c, j) || c.isPlaceWord(j, end) || c.titles.matchBare(j, end) != null || c.type(j) != TokenType.ARABIC) {
            return null;
        }
        int ne = scanName(c, j, end);
        Found.Person p = new Found.Person(j, ne, c.tok(j).start(), c.tok(ne - 1).end(), Rules.ACTOR_KINSHIP);
        Gender g = givenGender(c, j);
        p.gender = g == null ? Gender.UNKNOWN : g;
        return p;
    }

    /**
     * A kinship noun with a possessive pronoun, then the relative's name alone in parentheses: "بين أبيه (
     * عبدالكريم ) والإسبان"، "مع زوجته ( ميلفا )". The parentheses hold one or two bare name-shaped words
     * and nothing else; "ابنه ( 12 عاما )" or "أخيه ( الأكبر )" name no one.
     */
    private static Found.Person kinshipInParentheses(DocContext c, int i, int end) {
        Token t = c.tok(i);
        int j = i + 2;
        if (j + 1 >= end || t.type() != TokenType.ARABIC || (c.facts.stems(i) & Facts.KINSHIP) == 0
                || c.doc.original().charAt(t.end() - 1) == 'ة' || c.taken[j] != DocContext.FREE) {
            return null;
        }
        Gender kin = null;
        for (Clitics.Analysis a : t.analyses()) {
            Gender k = a.article() ? null : Words.KINSHIP.get(a.stem());
            if (k != null) {
                kin = k;
                break;
            }
        }
        if (kin == null || !startWord(c, j, end) || c.isPlaceWord(j, end) || c.titles.matchBare(j, end) != null) {
            return null;
        }
        Gender g = givenGender(c, j);
        int ne = j + 1;
        if (ne < end && !c.isPunct(ne, ')') && c.taken[ne] == DocContext.FREE && plainNameWord(c, ne, end, true)) {
            ne++;
        }
        if (ne >= end || !c.isPunct(ne, ')') || g == null && !plainNameWord(c, j, end, true)) {
            return null;
        }
        Found.Person p = new Found.Person(j, ne, c.tok(j).start(), c.tok(ne - 1).end(), Rules.ACTOR_KINSHIP);
        p.gender = kin != Gender.UNKNOWN ? kin : g == null ? Gender.UNKNOWN : g;
        return p;
    }

    /** Nouns for a family, clan or dynasty, normalised (ة → ه), and their dual in construct (أسرتي مينغ وتشنغ). */
    static final java.util.Set<String> FAMILY_NOUNS = org.khabar.internal.text.WordSet.of("اسره", "عائله", "عشيره", "اسرتي", "عائلتي");

    /**
     * A family, clan or dynasty named by a person's name: "أسرة برلسكوني"، "عشيرة دينغ"، "لأسرة هان". The
     * name is one bare word of name shape ({@link #plainNameWord}) with a clear end after it. An adjective
     * after أسرة agrees with it in ة ("أسرة واحدة"، "عائلة فلسطينية"، "أسرة مكونة من") and fails the name
     * shape; "أسره" without ة is a verb or a captivity ("أسره عدوه"); a definite word after the name must be
     * an adjective in ية agreeing with the family ("أسرة مينغ الملكية"), not a genitive ("أسرة تحرير المجلة").
     */
    private static Found.Person family(DocContext c, int i, int end) {
        int j = i + 1;
        if (c.strict() || j + 1 >= end || !familyNoun(c, i)) {
            return null; // familyNoun tests the last letter first: nearly every token leaves there
        }
        if (c.taken[j] != DocContext.FREE || !c.tok(j).spaceBefore() || !startWord(c, j, end)
                || givenGender(c, j) != null || !plainNameWord(c, j, end, true) || c.isPlaceWord(j, end) || c.placeEnd(j, end) > j
                || c.titles.matchBare(j, end) != null || brokenPlural(c.tok(j).norm()) || participleShape(c.tok(j).norm())) {
            return null;
        }
        Token after = c.tok(j + 1);
        String n = after.norm();
        boolean end1 = after.type() == TokenType.PUNCT || after.type() == TokenType.QUOTE || after.type() == TokenType.NUMBER
                || after.type() == TokenType.ARABIC && (c.taken[j + 1] == DocContext.PERSON || stopAt(c, j + 1) || nameVerbAt(c, j + 1)
                        || n.charAt(0) == 'و' && !n.startsWith("وال") && n.length() >= 3
                        || DocContext.hasArticle(n) && n.endsWith("يه") && c.doc.original().charAt(after.end() - 1) == 'ة');
        if (!end1) {
            return null;
        }
        return new Found.Person(j, j + 1, c.tok(j).start(), c.tok(j).end(), Rules.ACTOR_FAMILY);
    }

    /** Whether token i is a family noun of {@link #FAMILY_NOUNS}, without the article, written with ة (or the dual's ي). */
    private static boolean familyNoun(DocContext c, int i) {
        Token t = c.tok(i);
        if (t.type() != TokenType.ARABIC) {
            return false;
        }
        if ((c.facts.stems(i) & Facts.FAMILY_NOUN) == 0) {
            return false; // the bit first: it rules out nearly every word without reading the text
        }
        char last = c.doc.original().charAt(t.end() - 1);
        if (last != 'ة' && last != 'ي') {
            return false;
        }
        for (Clitics.Analysis a : t.analyses()) {
            if (!a.article() && FAMILY_NOUNS.contains(a.stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A byline or credit: a city or a credit word, a colon, then the name ("لندن: علي الصالح تل أبيب: ..."،
     * "تصوير: طالب الحسيني"). The colon after a city also opens a dateline's first sentence ("لندن: أعلنت
     * الحكومة"), so the name must be a given name (ambiguous ones too: علي، صلاح) or two name-shaped words,
     * and what follows must close the byline: the end, another city and colon, a quote or punctuation.
     */
    private static Found.Person byline(DocContext c, int i, int end) {
        if (c.strict() || i < 2 || !c.isPunct(i - 1, ':') || !c.isWord(i) || !c.isWord(i - 2)) {
            return null;
        }
        String before = c.tok(i - 2).norm();
        boolean credit = Words.CREDITS.contains(before);
        if (!credit && !(c.isPlaceWord(i - 2, i - 1) || c.placeEnd(i - 2, i - 1) == i - 1
                || i >= 3 && c.placeEnd(i - 3, i - 1) == i - 1)) {
            return null;
        }
        if (!startWord(c, i, end) || c.isPlaceWord(i, end) || c.titles.matchBare(i, end) != null) {
            return null;
        }
        int ne = scanName(c, i, end);
        Gender g = givenGender(c, i);
        if (g == null && (ne - i < 2 || !plainNameWord(c, i, end))) {
            return null;
        }
        boolean closed = ne >= end || c.type(ne) == TokenType.PUNCT || c.type(ne) == TokenType.QUOTE
                || c.tok(ne).newlineBefore() || verbAfterName(c, ne) // "تل أبيب: نظير مجلي تباينت أمس": the text begins
                || (c.placeEnd(ne, end) > ne && c.placeEnd(ne, end) < end && c.isPunct(c.placeEnd(ne, end), ':'));
        if (!closed && !(credit && strongEnd(c, ne, end))) {
            return null;
        }
        Found.Person p = new Found.Person(i, ne, c.tok(i).start(), c.tok(ne - 1).end(), Rules.ACTOR_BYLINE);
        p.gender = g != null ? g : Gender.UNKNOWN;
        return p;
    }

    /** Whether a colon is among tokens [from, to). */
    static boolean colonWithin(DocContext c, int from, int to) {
        // asked of nearly every free word (the person gate's last test): the marks' array read directly, as
        // punctAt would, without its bounds and first-use tests on each of the four tokens
        char[] marks = c.punctuationMarks();
        int limit = Math.min(to, marks.length);
        for (int k = Math.max(from, 0); k < limit; k++) {
            if (marks[k] == ':') {
                return true;
            }
        }
        return false;
    }

    /**
     * A byline whose colon comes after the name: "كتب - أشرف ممتاز :" (a credit word and a dash) or "غزة -
     * من أشرف أبو الهول :" (a city at a line start, then من). The colon right after the name closes it;
     * "كتب - تقرير عن الأزمة :" has no name shape, and "غزة من جديد :" ends before its colon.
     */
    private static Found.Person bylineBeforeColon(DocContext c, int i, int end) {
        if (c.strict() || i < 2 || !c.isWord(i - 1) && !c.isPunct(i - 1, '-') || !colonWithin(c, i + 1, Math.min(end, i + 5))) {
            return null; // the name's colon comes at most four tokens on (tested below): without one, nothing to read
        }
        boolean credit = c.isPunct(i - 1, '-') && c.normIn(Words.CREDITS, i - 2);
        if (!credit) {
            // من is a stop word: the bit answers for most words without reading their text
            if ((c.facts.bare(i - 1) & Facts.NAME_STOP) == 0 || !c.normIs(i - 1, "من") || c.tok(i - 1).newlineBefore()) {
                return null;
            }
            int k = i - 2;
            if (c.isPunct(k, '-') && k > 0) {
                k--;
            }
            int from = k;
            while (from > 0 && k - from < 2 && c.isWord(from - 1) && !c.tok(from).newlineBefore()) {
                from--;
            }
            boolean city = false;
            for (int f = from; f <= k && !city; f++) {
                city = opensSentence(c, f) && (c.isPlaceWord(f, k + 1) || c.placeEnd(f, k + 1) == k + 1);
            }
            if (!city) {
                return null; // "وصل الوفد من ..." is no byline: the city must open the line
            }
        }
        if (!startWord(c, i, end) || c.isPlaceWord(i, end) || c.titles.matchBare(i, end) != null) {
            return null;
        }
        int ne = scanName(c, i, end);
        if (ne >= end || !c.isPunct(ne, ':') || ne - i > 4) {
            return null;
        }
        Gender g = givenGender(c, i);
        if (g == null && (ne - i < 2 || !plainNameWord(c, i, end))) {
            return null;
        }
        for (int k = i + 1; k < ne; k++) {
            if (!plainNameWord(c, k, end) && givenGender(c, k) == null && !particleAt(c, k)
                    && !DocContext.hasArticle(c.tok(k).norm())) {
                return null;
            }
        }
        Found.Person p = new Found.Person(i, ne, c.tok(i).start(), c.tok(ne - 1).end(), Rules.ACTOR_BYLINE);
        p.gender = g != null ? g : Gender.UNKNOWN;
        return p;
    }

    /**
     * Whether token {@code f} opens a line or a sentence (after a full stop, ? or !): a dateline or a
     * speaker's label may follow another sentence on the same line ("… أسعار النفط. بيروت - من X :").
     */
    private static boolean opensSentence(DocContext c, int f) {
        return f == 0 || c.tok(f).newlineBefore() || c.isPunct(f - 1, '.') || c.isPunct(f - 1, '!')
                || c.isPunct(f - 1, '?') || c.isPunct(f - 1, '؟');
    }

    /**
     * A name in quotes right after a cue: a title (الإمبراطور " هوانج تي "، الرئيس الروسي « بوتين »), a
     * nationality (الصربي " جافريلو برينسيب "), a kinship noun (زوجته " كوهر شاه ") or a naming word
     * (اسمه « هانز »، سمي " إدوارد "). The quote must close right after the name; inside it only bare
     * name-shaped words: "الجيش الإسرائيلي « الجرف الصامد »" (an article word) and "الرئيس « سيزور »" (a verb)
     * name no one. After a nationality alone, a given name or two words are needed.
     */
    private static Found.Person quotedAfterCue(DocContext c, int i, int end) {
        int j = i + 1;
        if (c.strict() || i == 0 || j >= end || c.taken[j] != DocContext.FREE || c.type(j) != TokenType.ARABIC
                || !startWord(c, j, end) || c.isPlaceWord(j, end) || c.titles.matchBare(j, end) != null) {
            return null;
        }
        int ne = scanName(c, j, end);
        int scanned = ne;
        // inside the quotes the closing quote ends the name: a short syllable or a word that is also a month
        // goes on it ("هوانج تي"، "هنريتا آب"), which the scan stops at outside quotes
        while (ne < end && ne - j < 4 && quotedNameWord(c, ne, end)) {
            ne++;
        }
        if (ne >= end || c.type(ne) != TokenType.QUOTE || ne - j > 4) {
            return null;
        }
        for (int k = j; k < scanned; k++) {
            if (k > j && !plainNameWord(c, k, end) && !foreignInA(c, k) && !particleAt(c, k)
                    && givenGender(c, k) == null) {
                return null;
            }
        }
        Gender g = givenGender(c, j);
        if (g == null && !plainNameWord(c, j, end) && !foreignInA(c, j) && !quotedNameInYn(c, j, ne, end)) {
            return null; // هنريتا، ماريا: a foreign name in -a is no common-noun accusative inside quotes
        }
        int k = i - 1;
        if (!c.isWord(k)) {
            return null;
        }
        String prev = c.tok(k).norm();
        boolean cue = Words.NAMING.contains(prev) || Words.KINSHIP.containsKey(c.tok(k).deepest().stem())
                && c.doc.original().charAt(c.tok(k).end() - 1) != 'ة';
        boolean nisbaOnly = false;
        if (!cue) {
            boolean nisba = c.facts.any(k, Facts.PLACE_NISBA) && DocContext.hasArticle(prev);
            int t = k;
            while (t > 0 && k - t < 3 && (c.normIn(Words.TITLE_ADJECTIVES, t)
                    || c.lex.adjectives.contains(c.tok(t).key()) || c.facts.any(t, Facts.PLACE_NISBA))) {
                t--;
            }
            PhraseIndex.Match<NameLexicons.Title> m = c.titles.match(t, i);
            // definite: "رئيس « بروتان انتيرناسيونال »" is the head of an organisation named in quotes
            cue = m != null && m.end() == t + 1 && !m.value().kind().equals("OTHER")
                    && (m.head().article() || m.head().stem().startsWith("ال"));
            if (!cue && nisba) {
                cue = nisbaOnly = true;
            }
        }
        if (!cue || nisbaOnly && g == null && ne - j < 2) {
            return null;
        }
        Found.Person p = new Found.Person(j, ne, c.tok(j).start(), c.tok(ne - 1).end(), Rules.ACTOR_QUOTED);
        p.gender = g != null ? g : Gender.UNKNOWN;
        return p;
    }

    /** Plurals of quantity (normalised) that stand alone in quotes as a subject: "« كثيرون » لا يفهمون". */
    private static final java.util.Set<String> QUANTIFIER_PLURALS = org.khabar.internal.text.WordSet.of("كثيرون", "كثيرين", "اخرون",
            "اخرين", "عديدون", "عديدين", "قليلون", "قليلين", "اولون", "اولين");

    /**
     * One word in ين or ون alone inside the quotes after a cue: "الرئيس الروسي « بوتين »"، "اللاعب « كاسترين »".
     * Out of quotes the ending reads as a plural (مسؤولين، محتجون), so the plain-word test refuses it; a closing
     * quote right after one bare word that is otherwise name-shaped (no article, no ات plural, no pronoun, no
     * verb or verbal-noun shape) makes it the quoted name. "« الموظفين »" keeps its article and stays out.
     */
    private static boolean quotedNameInYn(DocContext c, int j, int ne, int end) {
        String n = c.tok(j).norm();
        return ne == j + 1 && !QUANTIFIER_PLURALS.contains(n) && n.length() >= 4 && (n.endsWith("ين") || n.endsWith("ون")) && !DocContext.hasArticle(n)
                && plainNameFacts(c, j, 3) && !c.notNameShape(j) && !looksLikeImperfectVerb(c, n)
                && !commonNounShape(c, j) && !pronounSuffix(c, j) && !derivedShape(n) && !participleShape(n);
    }

    /**
     * A word that may go on a quoted name up to its closing quote: bare (no article, no ة), no function word,
     * verb, plural, title or place, and no و-word. "الرئيس « سيزور » المدينة" (a verb), "الجيش « الجرف
     * الصامد »" (the article) and "المسلسل المصري « زينات والثلاث بنات »" (a title of a work) stay out.
     */
    private static boolean quotedNameWord(DocContext c, int k, int end) {
        Token t = c.tok(k);
        if (c.taken[k] != DocContext.FREE || t.type() != TokenType.ARABIC || !t.spaceBefore()) {
            return false;
        }
        String n = t.norm();
        return n.length() >= 2 && !DocContext.hasArticle(n) && n.charAt(0) != 'و' && !stopAt(c, k) && !nameVerbAt(c, k)
                && !pluralShape(n) && !brokenPlural(n)
                && c.doc.original().charAt(t.end() - 1) != 'ة' && c.titles.matchBare(k, end) == null
                && !c.isPlaceWord(k, end) && !looksLikeImperfectVerb(c, n);
    }

    /**
     * The shape of a bare past verb: فعل (طعن، صرف), تفعل/أفعل (تقدم، أعلن), تفاعل (تجاوز) or افتعل (انتقد).
     * Given names of these shapes (تامر، أحمد) are in the lexicon and checked before.
     */
    private static boolean bareVerbShape(String n) {
        int len = n.length();
        return len == 3 && letter(n, 0) && letter(n, 1) && letter(n, 2)
                || len == 4 && (n.charAt(0) == 'ت' || n.charAt(0) == 'ا') && letter(n, 1) && letter(n, 2) && letter(n, 3)
                || len == 5 && n.charAt(0) == 'ت' && n.charAt(2) == 'ا' && letter(n, 1) && letter(n, 4)
                || len == 5 && n.charAt(0) == 'ا' && n.charAt(2) == 'ت' && letter(n, 1) && letter(n, 3) && letter(n, 4);
    }

    /** Whether the ال of a reading is really a hamza alef (ألماني, not الألماني), from the original letters. */
    private static boolean hamzaAlef(DocContext c, Token t, Clitics.Analysis a) {
        int at = a.stemStart();
        String o = c.doc.original();
        return at < t.end() && "أإ".indexOf(o.charAt(at)) >= 0
                || at - 2 >= t.start() && "أإ".indexOf(o.charAt(at - 2)) >= 0 && o.charAt(at - 1) == 'ل';
    }

    /**
     * A bare three-letter unknown word (فعل) followed by a preposition: the past verb of a clause whose subject
     * came before (دخل على، صرخ في). A foreign name of three letters before a preposition is rare enough.
     */
    private static boolean pastVerbBeforePreposition(DocContext c, int j, int end) {
        Token t = c.tok(j);
        String n = t.norm();
        if (j + 1 >= end || n.length() != 3 || !letter(n, 0) || !letter(n, 1) || !letter(n, 2)) {
            return false;
        }
        Token next = c.tok(j + 1);
        return next.type() == TokenType.ARABIC && (PREPOSITIONS.contains(next.norm()) || next.norm().equals("الي"));
    }

    /** Words after which a definite title is the subject of a clause: أن اللاعب، هذا المفتي، كان الوزير. */
    private static final java.util.Set<String> SUBJECT_BEFORE_VERB = org.khabar.internal.text.WordSet.of("ان", "لان", "بان", "وان",
            "لكن", "ولكن", "هذا", "هذه", "كان", "وكان");

    /**
     * A lone unknown word of a past verb's shape after a title opened by أن/هذا/كان and followed by a
     * preposition, a definite noun or a number (in digits) is the clause's verb, not a name: "أن اللاعب طعن
     * بالتزوير"، "كان المدير صرف 3 آلاف". A name there is followed by its verb ("أن الرئيس بوش قال") and survives.
     */
    private static boolean verbAfterOpenedTitle(DocContext c, int i, int j, int end) {
        if (i == 0 || j + 1 >= end || c.type(i - 1) != TokenType.ARABIC
                || !c.normIn(SUBJECT_BEFORE_VERB, i - 1) || !bareVerbShape(c.tok(j).norm())) {
            return false; // "أن اللاعب زيدان في أفضل حالاته": a surname of no verb's shape stays a name
        }
        Token next = c.tok(j + 1);
        if (next.type() == TokenType.NUMBER) {
            return true;
        }
        if (next.type() != TokenType.ARABIC) {
            return false;
        }
        Clitics.Analysis a = next.deepest();
        return PREPOSITIONS.contains(next.norm()) || a.article() && !c.lex.givenNames.containsKey(a.stem());
    }

    /** Prepositions (stop words) that govern the kinship noun after them: مع زوجته، من ابنه. */
    private static final java.util.Set<String> PREPOSITIONS = org.khabar.internal.text.WordSet.of("في", "من", "الي", "علي", "عن", "مع",
            "بين", "عند", "لدي", "منذ", "ضد", "دون", "نحو", "برفقه", "رفقه", "بصحبه", "صحبه");

    /** Kunya (أبو مازن) or عبد + divine name (عبد الرحمن) at the start of a name. */
    private static Found.Person particle(DocContext c, int i, int end) {
        if ((c.facts.stems(i) & Facts.KUNYA_OR_ABD) == 0) {
            return null; // no reading is أبو، أم or عبد
        }
        Token t = c.tok(i);
        for (Clitics.Analysis a : t.analyses()) {
            if (a.article() || a.prep() == 'ك' || i + 1 >= end) {
                continue;
            }
            boolean kunya = Words.KUNYA.contains(a.stem());
            boolean abd = a.stem().equals("عبد") && c.normIn(Words.DIVINE, i + 1);
            if (!kunya && !abd || c.taken[i + 1] != DocContext.FREE || c.type(i + 1) != TokenType.ARABIC) {
                continue;
            }
            if (c.placeEnd(i, end) > i || c.isPlaceWord(i + 1, end)) {
                return null; // أبو ظبي
            }
            String next = c.tok(i + 1).norm();
            if (a.stem().equals("ام") && (DocContext.hasArticle(next) || c.titles.matchBare(i + 1, end) != null
                    || participleShape(next))) {
                return null; // أم القرى، أم المؤمنين، "أمير أم وزير": a place, an epithet or the conjunction أم
            }
            if (Words.STOP.contains(next) || c.isVerb(next) || c.lex.adjectives.contains(c.tok(i + 1).key())
                    || kunya && c.lex.notNameWords.contains(c.tok(i + 1).key()) && !c.lex.givenNames.containsKey(c.tok(i + 1).key())) {
                return null;
            }
            if (c.strict()) {
                return null;
            }
            int ne = scanName(c, i, end);
            if (ne - i < 2) {
                return null;
            }
            Found.Person p = new Found.Person(i, ne, a.stemStart(), c.tok(ne - 1).end(), Rules.ACTOR_PARTICLE);
            Gender g = verbBefore(c, i);
            p.gender = g != null ? g : a.stem().equals("ام") ? Gender.FEMALE : Gender.MALE;
            return p;
        }
        return null;
    }

    /**
     * "مقابلة مع صالح سالم من قرية"، "شكوى من وحيد القادري ضد"، "شهادة من نعمان أن": a record noun, مع/من,
     * then a known given name (an ambiguous one too: the frame is the evidence) and its name words, closed by
     * the origin, the addressee, a date, punctuation or the sentence end. A lone ambiguous name needs إلى/ضد
     * or a date after it ("شكوى من سالم" alone is left). Without a given name nothing: "مقابلة مع قناة الجزيرة"،
     * "شكوى من سوء الخدمة".
     */
    /**
     * The scorer in a match report: "وسجل X الهدف الثاني"، "أحرز X هدفين" (a goal noun right after the name)
     * or "بهدف سجله X من ضربة جزاء" (the goal before the verb with its pronoun, a clear end after the name).
     * A listed club is an organisation already (taken) and a city is a place: "وسجل ليفربول هدفين" is no
     * person. Without the goal noun "سجل الاقتصاد نموا"، "أضاف الوزير" never get here.
     */
    private static Found.Person scorer(DocContext c, int i, int end) {
        Token t = c.tok(i);
        if (t.type() != TokenType.ARABIC || i + 2 >= end) {
            return null;
        }
        String n = t.norm();
        // the stop-word bit first (من is one): most tokens leave without reading their text
        if ((c.facts.bare(i) & Facts.NAME_STOP) != 0 && n.equals("من") && i > 0 && c.normIn(Words.PASS_NOUNS, i - 1)) {
            return passer(c, i + 1, end); // "تلقى كرة عرضية من X فسددها"
        }
        if ((c.facts.stems(i) & Facts.SCORING_VERB) == 0) {
            return null; // the common case: no scoring verb (a reading's stem covers وسجل، فأحرز)
        }
        String v = n.length() > 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') ? n.substring(1) : n;
        boolean object = Words.SCORING_VERBS_OBJECT.contains(v) || Words.SCORING_VERBS_OBJECT.contains(n);
        if (!object && !Words.SCORING_VERBS.contains(v) && !Words.SCORING_VERBS.contains(n)) {
            return null;
        }
        if (object && (i == 0 || !c.normIn(Words.GOAL_NOUNS, i - 1))) {
            return null;
        }
        int j = i + 1;
        if (c.taken[j] != DocContext.FREE || !startWord(c, j, end) || c.isPlaceWord(j, end) || c.placeEnd(j, end) > j) {
            return null;
        }
        int ne = scanName(c, j, end);
        if (ne <= j || ne - j > 3 || ne >= end && !object) {
            return null;
        }
        if (object ? !strongEnd(c, ne, end) && !c.normIs(ne, "غير") : !c.normIn(Words.GOAL_NOUNS, ne)) {
            return null;
        }
        if (ne - j == 1 && givenGender(c, j) == null && (pronounSuffix(c, j) || derivedShape(c.tok(j).norm())
                || c.doc.original().charAt(c.tok(j).end() - 1) == 'ة')) {
            return null; // "سجل منتخبنا هدفا"، "سجلت بعثة" : a noun, not a player
        }
        Found.Person p = new Found.Person(j, ne, c.tok(j).start(), c.tok(ne - 1).end(), Rules.ACTOR_SCORER);
        p.gender = Gender.MALE;
        return p;
    }

    /** The passer after "تمريرة/عرضية من": a name of one to three words with a strong end; not "من خارج المنطقة". */
    private static Found.Person passer(DocContext c, int j, int end) {
        if (j >= end || c.taken[j] != DocContext.FREE || !startWord(c, j, end) || c.isPlaceWord(j, end) || c.placeEnd(j, end) > j
                || commonNounShape(c, j) || derivedShape(c.tok(j).norm()) || pronounSuffix(c, j)) {
            return null;
        }
        int ne = scanName(c, j, end);
        if (ne <= j || ne - j > 3 || !strongEnd(c, ne, end)) {
            return null;
        }
        Found.Person p = new Found.Person(j, ne, c.tok(j).start(), c.tok(ne - 1).end(), Rules.ACTOR_SCORER);
        p.gender = Gender.MALE;
        return p;
    }

    /** The first letters of the frames (ب، وب) and their ending ه: a cheap test before the set is asked. */
    /** بقيادة، بزعامة، برئاسة (normalised, with and without و): "led / headed by". */
    private static final java.util.Set<String> LEADER_FRAMES = org.khabar.internal.text.WordSet.of(LEADER_FRAME_FORMS);

    /**
     * The leader named right after بقيادة، بزعامة، برئاسة: "قوات بقيادة X Y"، "الحركة بزعامة X Y"، "وفد برئاسة X
     * Y". A title after the frame (بزعامة الرئيس X) is the title rule's, found at the next token. The first
     * word must read as a name, so "بقيادة حزب الاستقلال" (a designator), "بقيادة الناتو" (an article or an
     * organisation), "بقيادة هذه" (a stop word), "بقيادة رابطة" (ة) and "بقيادة منقذ" (a participle) name no
     * one; a lone unknown word needs a clear end after it.
     */
    private static Found.Person ledBy(DocContext c, int i, int end) {
        Token t = c.tok(i);
        if (c.strict() || i + 1 >= end || c.taken[i + 1] != DocContext.FREE || t.type() != TokenType.ARABIC
                || !c.normIn(LEADER_FRAMES, i)) {
            return null;
        }
        int j = i + 1;
        if (!startWord(c, j, end) || c.isPlaceWord(j, end) || c.placeEnd(j, end) > j || c.titles.matchBare(j, end) != null
                || c.designators.matchBare(j, end) != null) {
            return null;
        }
        Gender g = givenGender(c, j);
        String n = c.tok(j).norm();
        // a short participle in م too (منقذ، مشرف): participleShape wants five letters
        if (g == null && (!plainNameWord(c, j, end, true) || participleShape(n) || brokenPlural(n)
                || n.length() == 4 && n.charAt(0) == 'م')) {
            return null;
        }
        int ne = scanName(c, j, end);
        if (ne - j == 1 && (g == null || ambiguous(c, j)) && !strongEnd(c, ne, end)) {
            return null;
        }
        Found.Person p = new Found.Person(j, ne, c.tok(j).start(), c.tok(ne - 1).end(), Rules.ACTOR_LED_BY);
        p.gender = g == null ? Gender.UNKNOWN : g;
        return p;
    }

    /** Longest source name between عن/إلى and قوله, in words. */
    private static final int MAX_QUOTED_SOURCE = 4;

    /** "According to" words (normalised) whose object is the source: بحسب X، حسب X. */
    private static final java.util.Set<String> ACCORDING = org.khabar.internal.text.WordSet.of(ACCORDING_FORMS);

    /**
     * The source after بحسب/حسب, a name of one to three words that a clause of its report follows: "وبحسب
     * X فإن البطولة ستقام"، "حسب X ، فإن"، "بحسب X ، مدير الشركة ،". Report nouns (بيان، تقرير، مصادر) are
     * refused as name words by the not-name list, plurals, verbal nouns and participles by the name-word
     * checks ("بحسب تقديرات فإن"، "حسب مراقبين فإن"); a place or a title ("بحسب مسؤول") opens no name.
     */
    private static Found.Person accordingTo(DocContext c, int i, int end) {
        Token t = c.tok(i);
        if (c.strict() || i + 2 >= end || t.type() != TokenType.ARABIC || c.taken[i + 1] != DocContext.FREE) {
            return null;
        }
        if (!c.normIn(ACCORDING, i)) {
            return null;
        }
        int j = i + 1;
        if (!startWord(c, j, end) || c.isPlaceWord(j, end) || c.placeEnd(j, end) > j || c.titles.matchBare(j, end) != null
                || given(c, j, end) != null) {
            return null; // a known given name is the given-name rule's
        }
        int k = j;
        while (k < end && k - j < 3 && c.type(k) == TokenType.ARABIC && c.taken[k] == DocContext.FREE
                && !c.normIs(k, "فان") && !c.normIs(k, "الذي") && !c.normIs(k, "التي")) {
            String w = c.tok(k).norm();
            if (c.titles.matchBare(k, end) != null || k > j && c.isPlaceWord(k, end) || DocContext.hasArticle(w)
                    || !plainNameWord(c, k, end) && !foreignNameWord(c, k, end) || participleShape(w) || brokenPlural(w)
                    || derivedShape(w)) {
                return null;
            }
            k++;
        }
        if (k == j || k >= end || !accordingEnd(c, k, end)) {
            return null;
        }
        Found.Person p = new Found.Person(j, k, c.tok(j).start(), c.tok(k - 1).end(), Rules.ACTOR_QUOTED_SOURCE);
        p.gender = Gender.UNKNOWN;
        return p;
    }

    /** After the source of بحسب: فإن, الذي/التي, or a comma before فإن, إن, a title or a relative. */
    private static boolean accordingEnd(DocContext c, int k, int end) {
        String n = c.tok(k).norm();
        if (n.equals("فان") || n.equals("الذي") || n.equals("التي")) {
            return true;
        }
        if (!c.isPunct(k, ',') || k + 1 >= end) {
            return false;
        }
        String m = c.tok(k + 1).norm();
        return m.equals("فان") || m.equals("ان") || m.equals("الذي") || m.equals("التي")
                || c.taken[k + 1] == DocContext.FREE && c.titles.match(k + 1, end) != null;
    }

    /**
     * The source a report quotes: "نقلت الوكالة عن X Y قوله إن"، "نسبت الصحيفة إلى X قولها". The verbal noun
     * قوله/قولها (his/her saying) right after the words says they name one speaker, however foreign they
     * look. Every word must read as a name (a given name, a plain name word, or a definite nisba surname
     * after the first): "عن مصدر عسكري قوله" (a source noun and an adjective), "عن وزير الدفاع قوله" (a title,
     * the title rule's), "عن مسؤولين قولهم" (a plural, and قولهم is left out) name no one. A name the
     * given-name rule finds by itself keeps that rule's id.
     */
    private static Found.Person quotedSource(DocContext c, int i, int end) {
        // the stop-word bit first: عن and إلى are stop words, most tokens are not
        if (c.strict() || i + 2 >= end || (c.facts.bare(i) & Facts.NAME_STOP) == 0 || c.taken[i + 1] != DocContext.FREE) {
            return null;
        }
        String prep = c.tok(i).norm();
        if (!prep.equals("عن") && !prep.equals("الي")) {
            return null;
        }
        int k = i + 1;
        while (k < end && k - i <= MAX_QUOTED_SOURCE && c.type(k) == TokenType.ARABIC && c.taken[k] == DocContext.FREE
                && !c.normIn(SAYING, k)) {
            k++;
        }
        if (k == i + 1 || k >= end || c.type(k) != TokenType.ARABIC || !c.normIn(SAYING, k)) {
            return null; // the common case: no قوله within four words
        }
        int j = i + 1;
        if (!startWord(c, j, end) || c.isPlaceWord(j, end) || c.placeEnd(j, end) > j || given(c, j, end) != null) {
            return null;
        }
        for (int t = j; t < k; t++) {
            if (c.titles.matchBare(t, end) != null || t > j && c.isPlaceWord(t, end)) {
                return null;
            }
            Gender g = givenGender(c, t);
            if (g != null && (t == j || !ambiguous(c, t))) {
                continue;
            }
            String n = c.tok(t).norm();
            boolean nisba = t > j && DocContext.hasArticle(n) && n.length() >= 5 && n.endsWith("ي")
                    && (c.facts.bareKey(t) & (Facts.ADJECTIVE | Facts.NOT_NAME | Facts.PLACE_NISBA)) == 0;
            // foreignNameWord: a foreign name in ا (غرونيلا) has the shape of an accusative, which plainNameWord refuses
            if (!nisba && (!plainNameWord(c, t, end, true) && !foreignNameWord(c, t, end) || participleShape(n) || brokenPlural(n))) {
                return null;
            }
        }
        Found.Person p = new Found.Person(j, k, c.tok(j).start(), c.tok(k - 1).end(), Rules.ACTOR_QUOTED_SOURCE);
        p.gender = c.tok(k).norm().endsWith("ها") ? Gender.FEMALE : Gender.MALE;
        return p;
    }

    /** قوله، قولها (normalised): his or her saying, as quoted by a report. */
    private static final java.util.Set<String> SAYING = org.khabar.internal.text.WordSet.of("قوله", "قولها");

    /** Normalised إلى، ضد، موجه(ة)، بتاريخ: after a lone ambiguous name they still show a sender or plaintiff. */
    private static final java.util.Set<String> STRONG_FRAME_ENDS = org.khabar.internal.text.WordSet.of("الي", "ضد", "موجه", "موجهه", "بتاريخ");

    private static Found.Person recordFrame(DocContext c, int i, int end) {
        // the frame noun's bit first (a reading's stem covers the و-reading tested below): most tokens are
        // no frame noun, and the bit spares reading this token and the next
        if (i + 2 >= end || (c.facts.stems(i) & Facts.FRAME_NOUN) == 0
                || c.type(i) != TokenType.ARABIC || c.type(i + 1) != TokenType.ARABIC) {
            return null;
        }
        String prep = c.tok(i + 1).norm();
        int j = i + 2;
        if (!prep.equals("مع") && !prep.equals("من") || c.taken[j] != DocContext.FREE || c.type(j) != TokenType.ARABIC) {
            return null; // no construct "رسالة X إلى": "شهادة حسن سلوك إلى الجهة" is a certificate of conduct
        }
        String n = c.tok(i).norm();
        if (!Words.FRAME_NOUNS.contains(n) && !(n.length() > 4 && n.charAt(0) == 'و' && Words.FRAME_NOUNS.contains(n.substring(1)))) {
            return null;
        }
        Gender g = givenGender(c, j);
        if (g == null || c.isPlaceWord(j, end) && !c.definitePlaceName(j) || given(c, j, end) != null) {
            return null; // a name the given-name rule finds by itself keeps that rule's id
        }
        int ne = scanName(c, j, end, false, true);
        if (ne <= j) {
            return null;
        }
        boolean strongEnd = ne < end && c.normIn(STRONG_FRAME_ENDS, ne);
        boolean end2 = ne >= end || c.normIn(Words.FRAME_ENDS, ne) || c.type(ne) == TokenType.PUNCT
                || c.type(ne) == TokenType.SYMBOL;
        if (!end2 || ne - j == 1 && ambiguous(c, j) && !strongEnd) {
            return null;
        }
        Found.Person p = new Found.Person(j, ne, c.tok(j).start(), c.tok(ne - 1).end(), Rules.ACTOR_FRAME);
        p.gender = g;
        return p;
    }

    /**
     * A name right after a naming word ({@link Words#NAMING_BARE}) or the vocative يا: "ألقت الشرطة القبض على
     * المدعو سامي الخطيب"، "شابة تدعى جنجر"، "واسمها أمل"، "يا عاطف". After it even a given name that is also a word (أمل، جهاد) is
     * the name; any other word must read as a name (no article, verb, plural or pronoun: "يدعى إلى"، "تدعى
     * الدول"، "اسمه بالفضيحة" name no one), and a single unknown word needs a clear end after it.
     */
    private static Found.Person naming(DocContext c, int i, int end) {
        int j = i + 1;
        // the cue first (its hash is in the facts): nearly every token is neither يا nor a naming word
        if (c.strict() || j >= end || !c.normIn(NAMING_CUES, i) || c.taken[j] != DocContext.FREE
                || c.type(i) != TokenType.ARABIC || c.type(j) != TokenType.ARABIC) {
            return null;
        }
        Gender g = givenGender(c, j);
        if (c.normIs(i, "يا")) {
            // the vocative: "يا عاطف"، "شد يا سمير" address a person by a given name; one that is also a word is
            // often no name there ("يا كريم" calls on God, "يا سلام" exclaims)
            if (g == null || ambiguous(c, j) || stop(c, j) || c.titles.matchBare(j, end) != null) {
                return null;
            }
            Found.Person p = new Found.Person(j, j + 1, c.tok(j).start(), c.tok(j).end(), Rules.ACTOR_NAMING);
            p.gender = g;
            return p;
        }
        if (g == null && (!startWord(c, j, end) || !plainNameWord(c, j, end, true))
                || stop(c, j) || c.isPlaceWord(j, end) || c.titles.matchBare(j, end) != null) {
            return null;
        }
        String first = c.tok(j).norm();
        if (g == null && first.length() >= 5 && first.charAt(0) == 'ل' && "يتن".indexOf(first.charAt(1)) >= 0) {
            return null; // "غير اسمه ليصبح": ل + an imperfect verb, the purpose of the renaming
        }
        int ne = scanName(c, j, end);
        if (g == null && ne - j == 1 && !strongEnd(c, ne, end)) {
            return null;
        }
        Found.Person p = new Found.Person(j, ne, c.tok(j).start(), c.tok(ne - 1).end(), Rules.ACTOR_NAMING);
        String n = c.tok(i).norm();
        // the naming word agrees with the person: اسمها، تدعى، المدعوة for a woman
        boolean female = n.endsWith("ها") || n.endsWith("تدعي") || n.equals("المدعوه");
        p.gender = g != null ? g : female ? Gender.FEMALE : Gender.MALE;
        return p;
    }

    private static Found.Person given(DocContext c, int i, int end) {
        Token t = c.tok(i);
        if (t.type() != TokenType.ARABIC || (c.facts.stems(i) & Facts.GIVEN_NAME) == 0) {
            return null;
        }
        java.util.List<Clitics.Analysis> readings = t.analyses();
        for (int r = 0; r < readings.size(); r++) {
            if ((c.facts.stem(i, r) & Facts.GIVEN_NAME) == 0) {
                continue; // no given name: every test below would find none (spares the stem's string and probe)
            }
            Clitics.Analysis a = readings.get(r);
            // the stem is a given name (its bit), so a stem in ال is one itself: ألبرت، إلياس
            if (a.article()) {
                continue;
            }
            Gender g = genderOfGiven(c.facts.stem(i, r)); // the lexicon's gender of the stem, by its bits
            if (g == null || (c.facts.stem(i, r) & Facts.NAME_STOP) != 0 && !(a.bare() && a.stem().equals("الان") && !stop(c, i)) || isPreposition(c, t, a)) {
                continue;
            }
            if (!a.bare() && givenAt(c, i)) {
                continue; // وليد is a name, not و + ليد
            }
            if (possessedNoun(c, t, a)) {
                continue;
            }
            if (a.bare() && t.end() - t.start() >= 3 && c.doc.original().charAt(t.start()) == 'و'
                    && "أإ".indexOf(c.doc.original().charAt(t.start() + 1)) >= 0) {
                continue; // "وأين توجد" is و + أين, not واين (Wayne): foreign names in وا carry no hamza
            }
            if (!a.bare() && a.prefix().indexOf('س') >= 0) {
                continue; // سريان (coming into force) is no س + ريان: the future prefix goes on verbs, never names
            }
            if (a.conj() != '\0' && a.prep() == '\0' && !conjNameOk(c, t, a)) {
                continue; // وجود is not و + جود
            }
            if (a.prep() != '\0' && ((c.facts.stem(i, r) & Facts.ARABIC_GIVEN) == 0 && !laForeign(c, i, a)
                    || c.doc.original().charAt(a.stemStart()) == 'ا')) {
                continue; // بايدن is no ب + ايدن (آيدن): names after a preposition keep their hamza or are Arabic
            }
            if (!a.bare() && c.accusative(i)) {
                continue;
            }
            int ne = scanName(c, i, end);
            boolean amb = ambiguous(c, i, r, a);
            if (ne - i >= 2) {
                String lastWord = c.tok(ne - 1).norm();
                // three words are evidence of a name, but not after a given name that is also a title followed by
                // a common word: "ملكة شعب الماوري"، "أمير دولة الكويت" are a title in construct
                boolean titleConstruct = (c.facts.stems(i) & Facts.TITLE) != 0 && !givenAt(c, i + 1)
                        && !particleAt(c, i + 1);
                boolean compound = lastWord.equals("الله") || lastWord.equals("الدين") || ne - i >= 3 && !titleConstruct;
                if (amb && !compound && !(givenAt(c, i + 1)
                        && !ambiguous(c, i + 1)) && !c.lenient() && !placeNameFamily(c, i, a.stem(), ne)
                        && !creditBefore(c, i) && !(c.lex.adjectiveNames.contains(a.stem()) && nisbaFamily(c, i, ne))) {
                    return null; // حسن، أمل، سعيد alone or with an unknown word need more evidence
                }
                Found.Person p = new Found.Person(i, ne, a.stemStart(), c.tok(ne - 1).end(), Rules.ACTOR_GIVEN);
                Gender vg = verbBefore(c, i);
                p.gender = vg != null && vg != Gender.UNKNOWN ? vg : g;
                return p;
            }
            if (c.lenient() && !amb && a.stem().length() >= 3) {
                Found.Person p = new Found.Person(i, i + 1, a.stemStart(), t.end(), Rules.ACTOR_GIVEN_SINGLE);
                p.gender = g;
                return p;
            }
            return null;
        }
        return null;
    }

    /**
     * A female name in ة met written with a plain ه whose letters before the ه are a title, designator or
     * place word: a noun with the pronoun suffix ـه, "رفقة ناديه" (his club, not نادية), "أميره" (his
     * prince). Names keep their ة in careful print; the test runs only on a token ending in ه.
     */
    private static boolean possessedNoun(DocContext c, Token t, Clitics.Analysis a) {
        String n = a.stem();
        int len = n.length();
        if (len < 4 || n.charAt(len - 1) != 'ه' || c.doc.original().charAt(t.end() - 1) != 'ه'
                || c.lex.givenNames.get(n) != Gender.FEMALE) {
            // نبيه (a man's name in ه, نبيه بري) is no نبي + ـه
            return false;
        }
        return c.lex.notNameWords.contains(PhraseIndex.wordKey(n.substring(0, len - 1)));
    }

    /**
     * A given name that is also an adjective (عادل، نادر، حازم، كريم), then a family name of the definite nisba
     * shape ال…ي: "نادر الأنداري"، "عادل الحسيني". An indefinite adjective is not followed by a definite
     * nisba, so the pair reads as given name and family name. Names that are also nouns are not asked here:
     * a noun takes a person's surname as its genitive ("خطاب الظواهري"، "رحاب الفردوسي"). Left out as well,
     * being adjectives or genitives themselves: listed adjectives and nationality nisbas ("سعيد المصري" may be
     * the happy Egyptian), titles (المفتي، القاضي), ordinals, places, ى written as ي (الأقصى) and broken
     * plurals (الأراضي); an organisation (الأهلي) is taken before the person rules run.
     */
    private static boolean nisbaFamily(DocContext c, int i, int ne) {
        if (ne - i != 2) {
            return false;
        }
        int j = i + 1;
        Token t = c.tok(j);
        String n = t.norm();
        if (n.length() < 6 || !n.startsWith("ال") || n.charAt(n.length() - 1) != 'ي' || n.endsWith("وي") && n.length() < 7
                || c.doc.original().charAt(t.end() - 1) != 'ي' || t.type() != TokenType.ARABIC) {
            return false;
        }
        if ((c.facts.bare(j) & (Facts.TITLE | Facts.TITLE_ADJECTIVE | Facts.PLACE | Facts.NAME_STOP | Facts.DESIGNATOR)) != 0
                || c.facts.anyBare(j, Facts.ADJECTIVE | Facts.PLACE_NISBA | Facts.NOT_NAME | Facts.TITLE)
                || Words.ORDINALS.contains(n) || Words.TITLE_ADJECTIVES.contains(n) || c.lex.adjectives.contains(t.key())) {
            return false;
        }
        // الأراضي، المباني، الأهالي: a broken plural أفاعل/مفاعل ends in ي too ("ملاك الأراضي" are landowners)
        return !(n.length() == 7 && n.charAt(4) == 'ا' && (n.charAt(2) == 'ا' || n.charAt(2) == 'م'));
    }

    /** The credits of a film, series or song (normalised, with or without و): "وإخراج باسم محفوظ"، "تأليف نور حسن". */
    private static final java.util.Set<String> CREDIT_NOUNS = org.khabar.internal.text.WordSet.of("اخراج", "واخراج", "تاليف", "وتاليف",
            "الحان", "والحان", "سيناريو", "وسيناريو");

    /**
     * A credit noun right before the name: the arts pages name the director or author after it, so an
     * ambiguous given name with a second word (باسم، خيري، نور) is the person's. إنتاج and بطولة are left out:
     * they are followed by companies (إنتاج شركة) and tournaments (بطولة كأس العالم) as often.
     */
    private static boolean creditBefore(DocContext c, int i) {
        return i > 0 && c.type(i - 1) == TokenType.ARABIC && c.normIn(CREDIT_NOUNS, i - 1)
                && c.tok(i).spaceBefore();
    }

    /**
     * A given name that is ambiguous only because a place has the same name (بشار: Béchar), followed by a
     * family name in the article: "قال بشار الأسد إن". The place reading needs a preposition or a place noun
     * before it ("في بشار"), and a place is not followed by a family name; names listed in
     * ambiguous_names.tsv (حسن، أمل: common words) and titles (سلطان، أميرة) are not concerned.
     */
    private static boolean placeNameFamily(DocContext c, int i, String stem, int ne) {
        if (ne - i != 2 || !DocContext.hasArticle(c.tok(i + 1).norm()) || c.lex.ambiguousNames.contains(stem)
                || stem.equals("علي") || (c.facts.stems(i) & (Facts.TITLE | Facts.DESIGNATOR)) != 0
                || !c.isPlaceWord(i, i + 1)) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Token before = c.tok(i - 1);
        return !(before.type() == TokenType.ARABIC && (PREPOSITIONS.contains(before.norm())
                || (c.facts.bare(i - 1) & (Facts.DESIGNATOR | Facts.PLACE)) != 0 || c.lex.notNameWords.contains(before.key())));
    }

    /**
     * The speaker's label of an interview or a transcript: a line that starts with a given name (and up to
     * two more name words) and a colon, "عماد : لا أعرف". Only a known given name, never a place (a dateline
     * "عمان :" is the city), and only at a line start, where a label stands.
     */
    private static Found.Person speakerLabel(DocContext c, int i, int end) {
        // a label opens a line or the text; a sentence-final stop on the same line counts as well, so that a
        // sentence put before the text ("1. عماد :") does not change what the text says
        if ((c.facts.bare(i) & Facts.GIVEN_NAME) == 0) {
            return null; // the common case, tested first
        }
        if (!opensSentence(c, i) || c.type(i) != TokenType.ARABIC || stop(c, i) || c.isPlaceWord(i, end)) {
            return null;
        }
        int k = i + 1;
        while (k < end && k - i < 3 && c.type(k) == TokenType.ARABIC && !stop(c, k) && !c.isPlaceWord(k, end)
                && c.taken[k] == DocContext.FREE && !c.tok(k).newlineBefore()) {
            k++;
        }
        if (k >= end || !c.isPunct(k, ':') || c.tok(k).newlineBefore()) {
            return null;
        }
        Found.Person p = new Found.Person(i, k, c.tok(i).start(), c.tok(k - 1).end(), Rules.ACTOR_LABEL);
        Gender g = givenGender(c, i);
        p.gender = g == null ? Gender.UNKNOWN : g;
        return p;
    }

    /** "X Y، وزير الخزانة السابق": a bare name run ending at a comma, then a title. */
    private static Found.Person apposition(DocContext c, int i, int end) {
        // the comma test first: it is cheap and rules out nearly every token
        if (c.strict() || c.type(i) != TokenType.ARABIC || !commaAhead(c, i + 2, Math.min(end, i + MAX_NAME + 1))) {
            return null;
        }
        // the name can only end at the first comma after token i (scanName stops at any non-Arabic
        // token), and a title must follow that comma: both are cheap to test before reading the name
        int comma = c.nextComma(i);
        if (comma < i + 2 || comma + 1 >= end || c.titles.matchBare(comma + 1, end) == null) {
            return null;
        }
        if (i > 0 && c.isWord(i - 1) && startWord(c, i - 1, end)
                && (c.facts.bare(i - 1) & Facts.NAME_STOP) == 0 && c.taken[i - 1] == DocContext.FREE) {
            return null;
        }
        if (!startWord(c, i, end) || c.isPlaceWord(i, end) || pronounSuffix(c, i) && givenGender(c, i) == null) {
            return null; // "والنص الذي اقترحه سبيكتر ، رئيس": a verb with its object pronoun opens no name
        }
        int ne = scanName(c, i, end);
        if (ne - i < 2 || ne + 1 >= end || !c.isPunct(ne, ',')) {
            return null;
        }
        PhraseIndex.Match<NameLexicons.Title> m = c.titles.matchBare(ne + 1, end);
        if (m == null || m.value().kind().equals("OTHER")) {
            return null;
        }
        Found.Person p = new Found.Person(i, ne, c.tok(i).start(), c.tok(ne - 1).end(), Rules.ACTOR_APPOSITION);
        Gender g = givenGender(c, i);
        p.gender = m.value().gender() != Gender.UNKNOWN ? m.value().gender() : g == null ? Gender.UNKNOWN : g;
        return p;
    }

    /**
     * Two or three name words followed, without a comma, by an indefinite title in construct: "بقدم روبي
     * كين قائد إيرلندا"، "ناشد محرم الراغب مدير عام النادي"، "ينجح روين فرنانديز حارس المرمى". The title
     * heads a genitive (a definite word, a place or an organisation after it), so it is the person's role,
     * and the words before it read as a name: the first a known given name or a plain name word, the others
     * plain name words (no article but a nisba surname, no ة, verb, plural or listed common word). A word
     * right before the run that could itself start the name leaves it to the other rules: "قال مصدر مسؤول
     * مدير" has no name at all.
     */
    private static Found.Person appositionConstruct(DocContext c, int i, int end) {
        if (c.strict() || i + 3 >= end) {
            return null;
        }
        int k = -1; // the title's token
        for (int t = i + 2; t <= i + 3 && t < end; t++) {
            if ((c.facts.bare(t) & Facts.TITLE) != 0 && c.taken[t] == DocContext.FREE) {
                k = t;
                break;
            }
        }
        if (k < 0 || !startWord(c, i, end) || c.isPlaceWord(i, end) || c.placeEnd(i, end) > i
                || c.titles.matchBare(i, end) != null) {
            return null; // the common case (no title two or three words ahead) is ruled out first
        }
        Gender g = givenGender(c, i);
        if (g == null && (!plainNameWord(c, i, end) || participleShape(c.tok(i).norm()) || brokenPlural(c.tok(i).norm()))) {
            return null; // "مشروع قرار رئيس الوزراء"; an ambiguous given name (سعيد، محرم) is fine: a surname and the role follow
        }
        for (int t = i + 1; t < k; t++) {
            if (c.taken[t] != DocContext.FREE || c.isPlaceWord(t, end) || c.titles.matchBare(t, end) != null) {
                return null;
            }
            String n = c.tok(t).norm();
            boolean nisba = DocContext.hasArticle(n) && n.length() >= 5 && n.endsWith("ي") && !c.lex.countryNisbas.contains(c.tok(t).key())
                    && (c.facts.bareKey(t) & (Facts.ADJECTIVE | Facts.NOT_NAME | Facts.PLACE_NISBA)) == 0;
            if (!plainNameWord(c, t, end, true) && !nisba && !(t == i + 1 && givenGender(c, t) != null && !ambiguous(c, t))) {
                return null;
            }
        }
        PhraseIndex.Match<NameLexicons.Title> m = c.titles.matchBare(k, end);
        if (m == null || m.value().kind().equals("OTHER") || m.value().kind().equals("HONORIFIC")
                || DocContext.hasArticle(c.tok(k).norm()) || m.end() >= end) {
            return null;
        }
        int after = m.end();
        // a genitive chain counts too: "سائق سيارة الأجرة"، "مدرب منتخب فرنسا"
        boolean construct = genitive(c, after, end) || after + 1 < end && c.type(after) == TokenType.ARABIC
                && c.taken[after] == DocContext.FREE && !DocContext.hasArticle(c.tok(after).norm())
                && !c.normIn(Words.STOP, after) && genitive(c, after + 1, end);
        if (!construct) {
            return null;
        }
        if (i > 0 && c.type(i - 1) == TokenType.ARABIC && c.taken[i - 1] == DocContext.FREE
                && startWord(c, i - 1, end) && (c.facts.bare(i - 1) & Facts.NAME_STOP) == 0 && !c.isPlaceWord(i - 1, end)
                && verbAt(c, i - 1) == null && plainNameWord(c, i - 1, end)) {
            return null; // the name might start one word earlier: leave the whole run alone
        }
        Found.Person p = new Found.Person(i, k, c.tok(i).start(), c.tok(k - 1).end(), Rules.ACTOR_APPOSITION_CONSTRUCT);
        p.gender = m.value().gender() != Gender.UNKNOWN ? m.value().gender() : g == null ? Gender.UNKNOWN : g;
        return p;
    }

    /**
     * A further person in a list of experts or envoys, after a comma and و, with his role right after the
     * name: "، وكانديس جونسون الخبيرة في الاتصالات"، "، وسوراكيارت ساتيراتاي نائب رئيس وزراء تايلند"، "،
     * وليستير ثورو أستاذ في كلية". The first word must be و + a bare name word ({@link #coNameWord}), the second
     * a name word, and a political, business or occupational title must follow; the comma before the و is
     * the list. "، ورجال الأعمال"، "، ووزير الخارجية" (a title first) and "، والمنظمات" fail one of them.
     */
    private static Found.Person listedExpert(DocContext c, int i, int end) {
        if (c.strict() || i == 0 || i + 2 >= end || !c.isPunct(i - 1, ',') || c.tok(i).norm().charAt(0) != 'و'
                || !c.facts.anyBare(i + 2, Facts.TITLE) || c.taken[i + 1] != DocContext.FREE) {
            return null; // cheap first: a comma, a word in و, and a title two words on
        }
        Clitics.Analysis a = coNameWord(c, i, end);
        if (a == null || givenGender(c, i + 1) == null && !plainNameWord(c, i + 1, end, true)
                || c.isPlaceWord(i + 1, end) || c.titles.matchBare(i + 1, end) != null) {
            return null;
        }
        PhraseIndex.Match<NameLexicons.Title> m = c.titles.matchBare(i + 2, end);
        if (m == null || m.value().kind().equals("OTHER") || m.value().kind().equals("HONORIFIC")
                || c.taken[i + 2] != DocContext.FREE) {
            return null;
        }
        Found.Person p = new Found.Person(i, i + 2, a.stemStart(), c.tok(i + 1).end(), Rules.ACTOR_APPOSITION_CONSTRUCT);
        Gender g = c.lex.givenNames.get(a.stem());
        p.gender = m.value().gender() != Gender.UNKNOWN ? m.value().gender() : g == null ? Gender.UNKNOWN : g;
        return p;
    }

    /** A genitive at token k: a definite word, a place or an organisation. */
    private static boolean genitive(DocContext c, int k, int end) {
        return k < end && (c.taken[k] == DocContext.ORG || c.type(k) == TokenType.ARABIC && (DocContext.hasArticle(c.tok(k).norm())
                && !c.normIn(Words.STOP, k) || c.isPlaceWord(k, end) || c.placeEnd(k, end) > k));
    }

    /** Whether a comma token lies in [from, to). */
    private static boolean commaAhead(DocContext c, int from, int to) {
        return from < to && c.nextComma(from) < to;
    }

    /** After a person: "، رئيس شركة لازارد،" adds a title and an affiliation; returns the scan position. */
    private static int appositionTitle(DocContext c, Found.Person p, int from, int end) {
        if (from + 1 >= end || !c.isPunct(from, ',')) {
            return from;
        }
        PhraseIndex.Match<NameLexicons.Title> m = c.titles.matchBare(from + 1, end);
        if (m == null || c.taken[from + 1] != DocContext.FREE) {
            return from;
        }
        int j = m.end();
        int last = j;
        while (j < end && j - m.end() < MAX_TITLE_GAP) {
            if (c.taken[j] == DocContext.ORG) {
                Found.Org o = orgAt(c, j);
                if (o == null) {
                    break;
                }
                p.affiliations.add(o);
                j = o.end;
                last = j;
                continue;
            }
            Token t = c.tok(j);
            if (c.taken[j] != DocContext.FREE || t.type() != TokenType.ARABIC) {
                break;
            }
            String n = t.norm();
            Clitics.Analysis deep = t.deepest();
            boolean idafa = !DocContext.hasArticle(n) && !Words.STOP.contains(n) && j + 1 < end
                    && DocContext.hasArticle(c.tok(j + 1).norm()) && !c.notNameShape(j) && !nameVerbAt(c, j);
            boolean complement = DocContext.hasArticle(n) && !stopAt(c, j) && !nameVerbAt(c, j)
                    || idafa // رئيس قسم التمويل
                    || Words.TITLE_ADJECTIVES.contains(n)
                    || deep.prep() == 'ل' && deep.conj() == '\0' && !Words.AFTER_NAME.contains(n)
                    || c.designators.matchBare(j, end) != null;
            if (!complement) {
                break;
            }
            j++;
            last = j;
        }
        p.titles.add(c.nameFrom(m.head(), m.head().stemStart(), c.tok(last - 1).end()));
        if (p.gender == Gender.UNKNOWN) {
            p.gender = m.value().gender();
        }
        return last;
    }

    /** "مارك أندريسن، وبن هورويتز": a و-prefixed name right after a person (a comma allowed between). */
    private static Found.Person coordinated(DocContext c, Found.Person p, int end) {
        int j = p.end;
        if (j < end && c.isPunct(j, ',')) {
            j++;
        } else {
            j = afterMinutes(c, j, end);
        }
        if (j >= end || c.taken[j] != DocContext.FREE || c.type(j) != TokenType.ARABIC) {
            return null;
        }
        Token t = c.tok(j);
        if (CREDIT_NOUNS.contains(t.norm())) {
            return null; // "إخراج خيري عبده وتأليف نور": the next credit, whose name the given-name rule finds
        }
        if ((c.facts.bare(j) & Facts.TITLE) != 0 && c.titles.matchBare(j, end) != null) {
            return null; // "محمد بن زايد ولي عهد أبوظبي": the title ولي عهد in apposition, not و + لي
        }
        Clitics.Analysis co = j == p.end ? coSpeaker(c, j, end) : null;
        if (co != null) {
            return new Found.Person(j, j + 1, co.stemStart(), t.end(), Rules.ACTOR_COORDINATION); // بوش وبلير إن
        }
        java.util.List<Clitics.Analysis> readings = t.analyses();
        for (int r = 0; r < readings.size(); r++) {
            Clitics.Analysis a = readings.get(r);
            if (a.conj() != 'و' || a.prep() != '\0' || a.article() || a.stem().startsWith("ال")) {
                continue;
            }
            // the reading's own bits answer for the given-name map, the particles and the stop words
            long bits = c.facts.stem(j, r);
            boolean givenStem = (bits & Facts.GIVEN_NAME) != 0;
            boolean known = givenStem && !ambiguous(c, a.stem()) || (bits & Facts.PARTICLE) != 0;
            if (!known && p.tokens() < 2 && !c.lenient()) {
                continue;
            }
            String st = a.stem();
            if (!known && (c.facts.stems(j) & Facts.KINSHIP) != 0 && Words.KINSHIP.containsKey(st)) {
                return null; // "الرئيس محمد مرسي وزوجته نجلاء علي": the kinship rule names the wife, not "زوجته نجلاء علي"
            }
            if (!known && st.length() == 4 && st.charAt(3) == 'ت' && !st.endsWith("ات")) {
                continue; // "ميهاي ستويكيتا وكادت تودي به": و + a past verb, not a second name
            }
            if (!known && (looksLikeImperfectVerb(c, st) || st.length() >= 5 && st.endsWith("ات") || pronounSuffix(c, j))) {
                continue; // "خيري فهمي ، ويعرض قريبا"، "هاني شنودة وكلمات"، "ومثله مسلسل": a verb, a plural, a pronoun
            }
            if (!known && !givenStem && (derivedShape(st) || st.length() >= 2 && masdarStem(st, 0))) {
                continue; // "تأليف بهاء الدين إبراهيم وإخراج وفيق وجدي": و + a verbal noun, the director follows it
            }
            if (!known && ((bits & Facts.NAME_STOP) != 0 || Words.NAME_ENDERS.contains(st))) {
                // "عثمان بن عفان وكان همه"، "دينيس ليندون وهو فرد": و + a function word or pronoun;
                // "وديع الصافي وأخيرا إيمان": و + an adverb, after which the next name starts
                continue;
            }
            int ne = scanName(c, j, end);
            if (ne == j + 1 && listSurnameInA(c, j + 1, end)) {
                ne = j + 2; // "غانلويغي بوفون وغانلوكا زامبروتا وديفد": a foreign surname in -a inside a list
            } else if (ne == j + 1 && !known && p.tokens() >= 2 && listPairSurname(c, p, j, end)) {
                ne = j + 2; // "زامبروتا وديفد تريزيغيه وباتريك": a list of two-word names goes on
            } else if (ne == j + 1 && givenStem && p.tokens() >= 2 && occupationSurnameInList(c, j + 1, end)) {
                ne = j + 2; // "محمد سالم وسامي الجندي ،": an occupation family name closes the list item
            }
            if (ne - j < 2 && !c.lenient()) {
                return listMember(c, p, j, end);
            }
            boolean twoGiven = ne - j == 2 && givenAt(c, j + 1);
            if (!known && !boundaryAfter(c, ne, end) && !twoGiven) {
                return null; // "محمد صلاح وساديو ماني": an unknown pair needs a clear end ("وجلال محمود عضوي": two given names)
            }
            if (!known && !twoGiven && givenStem && !conjNameOk(c, t, a) && !listGoesOn(c, ne, end)) {
                return null; // "فابيو كانافارو ونجم الوسط البرازيلي": و + an ambiguous name needs the list to go on or end
            }
            if (!known && ne - j == 2 && c.lex.givenNames.get(c.tok(j + 1).norm()) == null && (pluralShape(c.tok(j + 1).norm())
                    || st.length() >= 4 && st.endsWith("ا") && c.tok(j + 1).norm().endsWith("يا"))) {
                // "تروتنيف وسط توترات" (a plural), "أنان وسيطا أوروبيا" (an accusative noun and its nisba adjective in
                // -يا; "وغانلوكا زامبروتا" keeps its two -a name words)
                return null;
            }
            if (j > p.end + 1 && afterMinutes(c, ne, end) == ne && !minutesOpen(c, ne, end)) {
                return null; // after "( 13 )" the next scorer has his minutes too: "نجيب محفوظ ( 1911 ) ونشر أول" has none
            }
            Found.Person q = new Found.Person(j, ne, a.stemStart(), c.tok(ne - 1).end(), Rules.ACTOR_COORDINATION);
            return q;
        }
        return listMember(c, p, j, end);
    }

    /**
     * In a list of full names, a definite occupation or rank of one word after a known given name, right
     * before punctuation, the text's end or the next و-item, is the family name: Arabic family names are often
     * occupations (الجندي، الشاعر، النجار، القاضي). "محمد سالم وسامي الجندي ، وغاب" kept only سامي.
     * Outside a list or before another word the title reading stays ("وسامي الطبيب في المستشفى").
     */
    private static boolean occupationSurnameInList(DocContext c, int k, int end) {
        if (k >= end || c.taken[k] != DocContext.FREE || c.type(k) != TokenType.ARABIC || !c.tok(k).spaceBefore()
                || !DocContext.hasArticle(c.tok(k).norm())
                || c.designators.matchBare(k, end) != null || c.isPlaceWord(k, end)) {
            return false;
        }
        PhraseIndex.Match<NameLexicons.Title> m = c.titles.matchBare(k, end);
        if (m == null || m.end() != k + 1 || !(m.value().kind().equals("OCCUPATION") || m.value().kind().equals("MILITARY"))) {
            return false;
        }
        int a = k + 1;
        if (a >= end) {
            return true;
        }
        Token t = c.tok(a);
        return t.type() == TokenType.PUNCT && !t.norm().equals("-")
                || c.taken[a] == DocContext.FREE && t.type() == TokenType.ARABIC && t.norm().length() >= 3 && t.norm().charAt(0) == 'و'
                        && c.lex.givenNames.containsKey(t.norm().substring(1));
    }

    /** After a list item: another و-item, or a strong end ({@link #strongEnd}: punctuation, a function word, a verb). */
    private static boolean listGoesOn(DocContext c, int k, int end) {
        if (strongEnd(c, k, end)) {
            return true;
        }
        Token t = c.tok(k);
        return c.taken[k] == DocContext.FREE && t.type() == TokenType.ARABIC && t.norm().length() >= 3 && t.norm().charAt(0) == 'و';
    }

    /**
     * After a scorer's name, the minutes in parentheses: "جيرارد ( 13 ) وجيرماين ديفو ( 38 و47 )". Returns the
     * token after the closing parenthesis when only numbers (and و، - or commas) stand inside, else {@code j}.
     * A parenthesis holding words ("بوش ( الابن ) و") is an aside, not a list's minutes.
     */
    private static int afterMinutes(DocContext c, int j, int end) {
        if (j + 2 >= end || !c.isPunct(j, '(') || c.type(j + 1) != TokenType.NUMBER || c.tok(j + 1).norm().length() > 3) {
            return j;
        }
        for (int k = j + 2; k < end && k - j <= 6; k++) {
            Token t = c.tok(k);
            if (c.isPunct(k, ')')) {
                return k + 1;
            }
            if (t.type() != TokenType.NUMBER && t.type() != TokenType.MIXED && !c.isPunct(k, '-') && !c.isPunct(k, ',')
                    && !t.norm().equals("و") || t.end() - t.start() > 4) {
                return j; // "( 1887 - 1958 )": years, not minutes
            }
        }
        return j;
    }

    /**
     * In a list of two-word names after a found one, the second word of a و-item whose first word Khabar does
     * not know: "غانلوكا زامبروتا وديفد تريزيغيه وباتريك فييرا"، "دل بييرو وماورو كامورانيزي والتشيكي". Both
     * words must read as names ({@link #coNameWord}; {@link #plainNameWord}, or a foreign surname in -يه that
     * only looks like a noun with a pronoun) and the list must go on: the next و-item follows, or punctuation
     * after a third item. "كيري ووفد كبير في" (no list goes on) and "بوفون ووزير الرياضة" (a title) fail.
     */
    private static boolean listPairSurname(DocContext c, Found.Person p, int j, int end) {
        int k = j + 1;
        if (k + 1 >= end || !c.tok(k).spaceBefore() || !startWord(c, k, end) || c.isPlaceWord(k, end) || c.placeEnd(k, end) > k) {
            return false;
        }
        String n = c.tok(k).norm();
        boolean foreignYeh = n.length() >= 6 && n.endsWith("يه") && plainNameFacts(c, k, 6) && !c.notNameShape(k)
                && !looksLikeImperfectVerb(c, n) && !pluralShape(n) && !verbAfterName(c, k);
        if (!foreignYeh && !plainNameWord(c, k, end, true)) {
            return false;
        }
        Clitics.Analysis a = coNameWord(c, j, end);
        if (a == null || !listShape(c, j, end, a)) {
            return false;
        }
        int e = k + 1;
        Token t = c.tok(e);
        if (t.type() == TokenType.ARABIC) {
            String after = t.norm();
            return c.taken[e] == DocContext.FREE && after.charAt(0) == 'و' && after.length() >= 4 && !Words.STOP.contains(after);
        }
        return t.type() == TokenType.PUNCT && p.rule.equals(Rules.ACTOR_COORDINATION);
    }

    /**
     * A one-word person in a list after a found one: "بوش وشارون وبلير"، "أحمد مظهر وشادية وتحية كاريوكا"،
     * "محادثات سولانا ولاريجاني لا". The word must read as a name ({@link #coNameWord}: no article, verb,
     * adjective, place, title, plural or source noun) and as no common noun either: "بوش وحكومته"
     * (a pronoun), "عباس ومنظمة" (ة), "صلاح ومنتخبه"، "أوباما واستراتيجيته" stay out. The list must go on
     * or clearly end after it: another و item, punctuation, a function word or a verb; "إدارة بوش ونظام
     * صدام" (a noun in construct) does not.
     */
    private static Found.Person listMember(DocContext c, Found.Person p, int j, int end) {
        if (c.strict() || j != p.end && !c.isPunct(p.end, ',')) {
            return null;
        }
        Clitics.Analysis a = coNameWord(c, j, end);
        if (a == null) {
            return null;
        }
        String n = a.stem();
        Token t = c.tok(j);
        if (!listShape(c, j, end, a) || n.length() >= 4 && n.endsWith("وا") && !c.lex.givenNames.containsKey(n)) {
            return null; // "أسرة تانغ ، وذبحوا أثناء": a past verb in the plural opens a clause
        }
        int k = j + 1;
        String after = k < end ? c.tok(k).norm() : "";
        // the next item: و + a word without the article ("وكريستوفر والكن" is one name: والكن is no و + الكن)
        boolean next = k < end && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.ARABIC
                && after.charAt(0) == 'و' && after.length() >= 4 && !after.startsWith("وال") && !Words.STOP.contains(after);
        // a given name may have its surname after it: "وطارق السيد" (a definite word or a title) is no lone طارق
        // ("ومحمد لمين ولد سلامة": any word but a function word may be one there)
        boolean surnameMayFollow = c.lex.givenNames.containsKey(n) && k < end && c.type(k) == TokenType.ARABIC
                && !Words.STOP.contains(after);
        if (!next && (!strongEnd(c, k, end) || surnameMayFollow)) {
            return null;
        }
        Found.Person q = new Found.Person(j, j + 1, a.stemStart(), t.end(), Rules.ACTOR_LIST);
        Gender g = c.lex.givenNames.get(n);
        q.gender = g != null ? g : Gender.UNKNOWN;
        return q;
    }

    /** Whether n is a listed given name that is not also a common word (ambiguous_names.tsv). */
    private static boolean listedName(DocContext c, String n) {
        return c.lex.givenNames.containsKey(n) && !ambiguous(c, n);
    }

    /**
     * A surname written with an initial و right after an unambiguous foreign given name: "كريستوفر والكن"،
     * "جان ونر". و is almost always the conjunction, so the rest of the word must be no word Khabar knows
     * (no function word, verb, given name, title, adjective, place or listed common noun, with or without
     * ال: "جون وزوجته"، "جورج والرئيس"، "ستيفن وقال" stay two things), carry no pronoun, ة or accusative
     * ا ("جون وحيدا"), and a clear
     * end must follow ("جون والوفد المرافق" does not end).
     */
    private static boolean waSurname(DocContext c, int i, int j, int end) {
        Token t = c.tok(j);
        String n = t.norm();
        String g = c.tok(i).norm();
        if (n.length() < 4 || n.charAt(0) != 'و' || t.type() != TokenType.ARABIC || !t.spaceBefore()
                || c.taken[j] != DocContext.FREE || !c.lex.givenNames.containsKey(g) || c.lex.arabicGivenNames.contains(g)
                || ambiguous(c, g) || knownWord(c, n) || n.length() == 4 && n.charAt(3) == 'ت') {
            return false; // "ماريا ـ ولدت عام": و + a past verb (ولدت) is no surname
        }
        char last = c.doc.original().charAt(t.end() - 1);
        if (last == 'ة' || last == 'ه' || n.endsWith("ها") || n.endsWith("هم") || n.endsWith("هما") || n.endsWith("ات")
                || n.endsWith("ون") || n.endsWith("ا") || c.accusative(j) || c.isPlaceWord(j, end) || c.titles.match(j, end) != null
                || c.designators.match(j, end) != null || !strongEnd(c, j + 1, end)) {
            return false;
        }
        String rest = n.substring(1);
        return knownWord(c, rest) || rest.startsWith("ال") && rest.length() > 3 && knownWord(c, rest.substring(2))
                ? false : !looksLikeImperfectVerb(c, rest);
    }

    /** Whether n is a word of the lexicons or the function words (for {@link #waSurname}). */
    private static boolean knownWord(DocContext c, String n) {
        String k = DocContext.key(n);
        return n.length() < 2 || Words.STOP.contains(n) || c.isVerb(n) || c.lex.givenNames.containsKey(n)
                || c.lex.notNameWords.contains(k) || c.lex.adjectives.contains(k) || Words.NAME_ENDERS.contains(n)
                || Words.AFTER_NAME.contains(n);
    }

    /**
     * A surname that is also an organisation's name in the lexicon: "خلف السويدي غوران إريكسون بعد" found
     * غوران and the organisation pass took إريكسون (Ericsson). Right after a person ending in an unambiguous
     * foreign given name (or in a one-word name found by a title or nationality: غوران is not listed), a
     * one-word lexicon organisation followed by a clear end is the person's surname:
     * the organisation leaves its cluster and the person takes the word. "المدرب جوزيه الأهلي" does not
     * happen (جوزيه is foreign, but a club name needs the article and is then no bare word); Arabic given
     * names are left alone ("قال محمد أرامكو" is no news style, but "أحمد" + a bank is a phrase too often).
     */
    static void orgSurnames(DocContext c, java.util.List<java.util.List<Found.Org>> orgClusters) {
        if (c.strict() || c.persons.isEmpty() || c.orgs.isEmpty()) {
            return;
        }
        int size = c.doc.size();
        int[] sentenceEnd = null;
        for (java.util.ListIterator<Found.Person> it = c.persons.listIterator(); it.hasNext();) {
            Found.Person p = it.next();
            int j = p.end;
            if (j >= size || c.taken[j] != DocContext.ORG) {
                continue;
            }
            Found.Org o = orgAt(c, j);
            Token t = c.tok(j);
            String g = c.tok(j - 1).deepest().stem();
            if (o == null || o.first != j || o.end != j + 1 || !o.rule.equals(Rules.ORG_LEXICON) || t.type() != TokenType.ARABIC
                    || !t.spaceBefore() || DocContext.hasArticle(t.norm()) || t.norm().charAt(0) == 'و'
                    || c.lex.arabicGivenNames.contains(g) || ambiguous(c, g)) {
                continue;
            }
            // a listed foreign given name, or a one-word name a title or nationality found ("السويدي غوران")
            boolean first = c.lex.givenNames.containsKey(g) || p.tokens() == 1
                    && (p.rule.equals(Rules.ACTOR_TITLE) || p.rule.equals(Rules.ACTOR_NATIONALITY));
            if (!first) {
                continue;
            }
            if (sentenceEnd == null) {
                sentenceEnd = new int[size];
                for (Sentence s : c.doc.sentences()) {
                    java.util.Arrays.fill(sentenceEnd, s.first(), s.end(), s.end());
                }
            }
            if (!strongEnd(c, j + 1, sentenceEnd[j])) {
                continue;
            }
            Found.Person q = new Found.Person(p.first, j + 1, p.start, t.end(), p.rule);
            q.gender = p.gender;
            q.titles.addAll(p.titles);
            q.affiliations.addAll(p.affiliations);
            it.set(q);
            c.orgs.remove(o);
            for (java.util.List<Found.Org> cl : orgClusters) {
                cl.remove(o);
            }
            c.orgOf[j] = null;
            c.take(j, j + 1, DocContext.PERSON);
        }
    }

    /** Whether the stem a of token j reads as a one-word name in a list and as no common noun ({@link #listMember}). */
    private static boolean listShape(DocContext c, int j, int end, Clitics.Analysis a) {
        String n = a.stem();
        Token t = c.tok(j);
        return !(n.length() < 4 && givenGender(c, j) == null && !c.lex.givenNames.containsKey(n)
                || t.end() - a.stemStart() < 3 || c.doc.original().charAt(a.stemStart()) == 'ا' && !c.lex.givenNames.containsKey(n)
                || possessive(c, j) || derivedShape(n) && !c.lex.givenNames.containsKey(n) || participleShape(n) && !c.lex.givenNames.containsKey(n)
                || (brokenPlural(n) || pluralShape(n)) && !listedName(c, n) || n.endsWith("يه") && n.length() < 5 || looksLikeImperfectVerb(c, n)
                || c.titles.match(j, end) != null || c.designators.match(j, end) != null
                || dualVerbShape(c, j, end, n));
    }

    /** Prepositions after which a word in ا reads as a dual verb: "وبحثا في"، "وناقشا مع"، "وتحدثا عن". */
    private static final java.util.Set<String> DUAL_VERB_OBJECTS = org.khabar.internal.text.WordSet.of("في", "مع",
            "علي", "عن", "الي", "خلال");

    /**
     * Whether the list word w (at token j) is a dual past verb whose subject is the two people before it:
     * "التقى الرئيس X المبعوث Y وبحثا في الأوضاع" — three or four root letters + ا, before a preposition, and no
     * listed name (مايا، ماريا stay names).
     */
    private static boolean dualVerbShape(DocContext c, int j, int end, String w) {
        return (w.length() == 4 || w.length() == 5) && w.endsWith("ا") && j + 1 < end
                && c.normIn(DUAL_VERB_OBJECTS, j + 1) && !c.lex.givenNames.containsKey(w) && !listedName(c, w);
    }

    /** Fewest items of a list for {@link #lists} to take its unmarked words for people. */
    private static final int MIN_LIST_ITEMS = 3;

    /**
     * Lists of one-word names whose anchor the sentence rules did not see: "اجتمع بوش وشارون وبلير" where
     * بوش is known only from "الرئيس جورج بوش" elsewhere in the document, or where only the last item
     * ("وتوني بلير") was found and the first ones precede it. Runs on the whole document after the sentence
     * rules: an item is a found person or a word that is a found person's surname or given name elsewhere;
     * going back from a found item, و-items and the bare first item must read as names ({@link #listShape});
     * the list needs {@link #MIN_LIST_ITEMS} items so that "زار مصر وبوش" or "بين الجيش وشارون" take nothing.
     */
    /** Takes person r's tokens and adds r to the list of persons found (created on first use); returns the list. */
    private static java.util.List<Found.Person> keepPerson(DocContext c, java.util.List<Found.Person> added, Found.Person r) {
        c.take(r.first, r.end, DocContext.PERSON);
        java.util.List<Found.Person> list = added != null ? added : new java.util.ArrayList<>();
        list.add(r);
        return list;
    }

    static void lists(DocContext c) {
        if (c.strict()) {
            return;
        }
        if (c.persons.isEmpty()) {
            headedLists(c);
            minuteItems(c);
            return;
        }
        int size = c.doc.size();
        java.util.Set<String> known = new java.util.HashSet<>();
        java.util.Set<String> surnames = null; // last words of names of two or more words (see pairAfterSurname)
        Found.Person[] startAt = new Found.Person[size];
        for (Found.Person p : c.persons) {
            startAt[p.first] = p;
            Token last = c.tok(p.end - 1); // the surname: "بوش" of "جورج بوش", not عبد of "عبد الله"
            if (last.type() == TokenType.ARABIC && last.norm().length() >= 3 && !DocContext.hasArticle(last.norm())) {
                known.add(last.norm());
                // the facts' given-name bit is givenNames.containsKey(norm) (NameLexicons.contribute), without a probe
                if (p.tokens() >= 2 && p.endOffset == last.end()
                        && (c.facts.bare(p.end - 1) & Facts.GIVEN_NAME) == 0) {
                    if (surnames == null) {
                        surnames = new java.util.HashSet<>();
                    }
                    surnames.add(last.norm());
                }
            }
        }
        // the only readings knownAnalysis takes are the bare word and و or the future س + stem: a word that is
        // none of these forms of a known word needs no clitic readings at all (most words of the document)
        // probed for every word of the document, which it nearly never holds: a bit filter on the three forms'
        // hashes answers a miss from the token's hash alone. The hashes of "و" + k and "س" + k are computed, not
        // hashed from new strings (JFR: the set of forms and its WordSet were built anew for every document)
        long[] formBits = known.isEmpty() ? null : formFilter(known);
        java.util.List<Found.Person> added = new java.util.ArrayList<>();
        for (Sentence s : c.doc.sentences()) {
            int end = s.end();
            for (int i = s.first(); i < end; i++) {
                Found.Person p = startAt[i];
                boolean virtual = p == null; // a word of a person found elsewhere, not yet found here
                if (p == null) {
                    Clitics.Analysis a = c.taken[i] != DocContext.FREE || c.type(i) != TokenType.ARABIC
                            || !knownForm(c, i, formBits, known) ? null : knownAnalysis(c, i, known);
                    if (a == null) {
                        continue;
                    }
                    p = new Found.Person(i, i + 1, a.stemStart(), c.tok(i).end(), Rules.ACTOR_LIST);
                    p.gender = Gender.UNKNOWN;
                }
                // forward: "بوش وشارون وبلير" after a bush known elsewhere
                java.util.List<Found.Person> items = new java.util.ArrayList<>();
                java.util.List<Found.Person> back = backItems(c, p, s.first(), end);
                Found.Person q = p;
                java.util.List<Found.Person> fwd = new java.util.ArrayList<>();
                while (fwd.size() < 20) {
                    Found.Person r = listMember(c, q, q.end, end);
                    if (r == null || r.end <= q.end) {
                        break;
                    }
                    fwd.add(r);
                    c.take(r.first, r.end, DocContext.PERSON); // so that the next step looks past it
                    q = r;
                }
                for (Found.Person r : fwd) {
                    c.taken[r.first] = DocContext.FREE;
                }
                if (back == null) {
                    back = java.util.List.of();
                }
                if ((back.size() + 1 + fwd.size() < MIN_LIST_ITEMS || back.isEmpty() && fwd.isEmpty())
                        && !pairAfterSurname(c, virtual, p, back, fwd, surnames)) {
                    continue;
                }
                items.addAll(back);
                items.addAll(fwd);
                if (virtual) {
                    items.add(p);
                }
                for (Found.Person r : items) {
                    if (c.taken[r.first] == DocContext.FREE) {
                        c.take(r.first, r.end, DocContext.PERSON);
                        added.add(r);
                    }
                }
                i = Math.max(i, q.end - 1);
            }
        }
        c.persons.addAll(added);
        givenChains(c);
        betweenMembers(c);
        headedLists(c); // last: a list the rules above completed keeps their ids
        minuteItems(c);
    }

    /**
     * A bit filter of the hashes of k, "و" + k and "س" + k for every k of known: {@link #knownForm}'s first test.
     * {@code String.hashCode} is the sum of char * 31^(chars after it), so a one-letter prefix adds
     * letter * 31^(k's length) to k's hash.
     */
    static long[] formFilter(java.util.Set<String> known) {
        int bits = 1024;
        while (bits < known.size() * 3 * 32) {
            bits <<= 1;
        }
        long[] filter = new long[bits >>> 6];
        for (String k : known) {
            int h = k.hashCode();
            int pow = 1;
            for (int x = k.length(); x > 0; x--) {
                pow *= 31;
            }
            setFormBit(filter, h);
            setFormBit(filter, h + 'و' * pow);
            setFormBit(filter, h + 'س' * pow);
        }
        return filter;
    }

    private static int formBit(long[] filter, int hash) {
        int x = hash * 0x9E3779B9;
        return (x ^ (x >>> 16)) & ((filter.length << 6) - 1);
    }

    private static void setFormBit(long[] filter, int hash) {
        int b = formBit(filter, hash);
        filter[b >>> 6] |= 1L << b;
    }

    /**
     * Whether token i's normalised form is a known word or و or س and a known word (the only readings
     * {@link #knownAnalysis} takes): the filter on the token's hash first, the strings only when it passes.
     */
    static boolean knownForm(DocContext c, int i, long[] formFilter, java.util.Set<String> known) {
        if (formFilter == null) {
            return false;
        }
        int b = formBit(formFilter, c.facts.normHash(i));
        if ((formFilter[b >>> 6] & (1L << b)) == 0) {
            return false;
        }
        String n = c.tok(i).norm();
        if (known.contains(n)) {
            return true;
        }
        char first = n.charAt(0);
        return (first == 'و' || first == 'س') && n.length() > 1 && known.contains(n.substring(1));
    }

    /**
     * An opening parenthesis and a number of at most three digits: the minutes of a goal, with words after
     * them too ("( 44 و62 من ركلة جزاء )"); a year has four digits ("( 1911 )").
     */
    private static boolean minutesOpen(DocContext c, int k, int end) {
        return k + 1 < end && c.isPunct(k, '(') && c.type(k + 1) == TokenType.NUMBER && c.tok(k + 1).norm().length() <= 3;
    }

    /**
     * Scorers in a match report, each with his minutes: "عن طريق مروان X ( 53 ) ومبارك Y ( 76 )"، "، وكريم
     * X ( 89 ) ."، "( 71 ) ووليد X ( 74 )". A listed given name (ambiguous ones too: the minutes are the
     * evidence) and one or two name words ({@link #chainWord}) right before minutes ({@link #minutesOpen}),
     * in a list: the item carries و, or another item with و follows the closing parenthesis. A team or a
     * country before a number ("مصر ( 3 ) والأردن") has no given name; "عام ( 1990 )" has four digits.
     */
    private static void minuteItems(DocContext c) {
        java.util.List<Found.Person> added = null;
        char[] marks = c.punctuationMarks(); // read whole: nearly no token is "(", so the scan is this array's
        for (Sentence s : c.doc.sentences()) {
            int end = s.end();
            for (int k = s.first() + 2; k + 1 < end; k++) {
                if (marks[k] != '(' || !minutesOpen(c, k, end)) {
                    continue;
                }
                Found.Person r = minuteItem(c, k, end);
                if (r != null) {
                    added = keepPerson(c, added, r);
                }
            }
        }
        if (added != null) {
            c.persons.addAll(added);
        }
    }

    /** The scorer right before the minutes at k ({@link #minuteItems}), or null. */
    private static Found.Person minuteItem(DocContext c, int k, int end) {
        int last = k - 1;
        if (!chainWord(c, last) && !minutesSurname(c, last)) {
            return null;
        }
        for (int s = last - 1; s >= 0 && last - s <= 2; s--) {
            Clitics.Analysis wa = chainGiven(c, s, true);
            Clitics.Analysis bare = wa == null ? chainGiven(c, s, false) : null;
            if (bare != null && !bare.prefix().isEmpty() && ambiguous(c, bare.stem())) {
                bare = null; // "بهدفين لفلوران X ( 7 ) ولويس": ل/ب only before an unambiguous given name
            }
            if (wa != null || bare != null && nextItemAfterMinutes(c, k, end)) {
                if (s > 0 && c.taken[s - 1] == DocContext.FREE && b0(c, s - 1) && bare != null) {
                    return null; // "محمد علي كلاي ( 60 )": a longer name the rules did not take whole
                }
                Clitics.Analysis a = wa != null ? wa : bare;
                return chainPerson(c, s, last, a);
            }
            if (!chainWord(c, s)) {
                return null;
            }
        }
        return null;
    }

    /**
     * The last word of a scorer's name right before his minutes, in a shape {@link #chainWord} refuses
     * (بنزيمة: a foreign surname in ة): bare, free, no function word, verb or place.
     */
    private static boolean minutesSurname(DocContext c, int k) {
        Token t = c.tok(k);
        String n = t.norm();
        return c.taken[k] == DocContext.FREE && t.type() == TokenType.ARABIC && t.spaceBefore() && n.length() >= 3
                && !DocContext.hasArticle(n) && n.charAt(0) != 'و' && !stopAt(c, k) && !nameVerbAt(c, k)
                && !c.isPlaceWord(k, k + 1) && !possessive(c, k);
    }

    /** Whether a و-word follows the closing parenthesis of the minutes at k: the list goes on. */
    private static boolean nextItemAfterMinutes(DocContext c, int k, int end) {
        for (int j = k + 2; j < end && j - k <= 8; j++) {
            if (c.isPunct(j, ')')) {
                return j + 1 < end && c.type(j + 1) == TokenType.ARABIC && c.tok(j + 1).norm().length() >= 3
                        && c.tok(j + 1).norm().charAt(0) == 'و';
            }
        }
        return false;
    }

    /**
     * Plural, dual and group nouns of people (normalised, with the article) that head a list of names in
     * apposition: "الثلاثي X وY وZ"، "المهاجمون X وY"، "النجمات X وY"، "أمثال X وY". The noun says the items
     * are people; {@link #headedLists} still demands that every item read as a name and that the list end
     * clearly. Not "الإخوان" (the Brotherhood) nor "الكتاب" (books too), nor the bare "ثلاثي" (an adjective:
     * اجتماع ثلاثي).
     */
    private static final java.util.Set<String> LIST_HEADS = listHeads("""
            أمثال الثلاثي الثنائي الرباعي اللاعبين اللاعبون اللاعبان اللاعبتان اللاعبات المهاجمين المهاجمون
            المهاجمان المدافعين المدافعون المدافعان الحارسين الحارسان النجوم النجمين النجمان النجمات النجمتان
            الممثلين الممثلون الممثلان الممثلات الممثلتان الفنانين الفنانون الفنانان الفنانات الفنانتان المطربين
            المطربون المطربان المطربات الشقيقين الشقيقان الشقيقتين الشقيقتان الزميلين الزميلان الروائيين
            الشعراء الشاعرين الشاعران المخرجين المخرجان المدربين المدربان
            """);

    /** The heads and their forms with و/ف, ب and ل (للاعبين) before them. */
    private static java.util.Set<String> listHeads(String words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words.trim().split("\\s+")) {
            String n = org.khabar.internal.text.ArabicNormalizer.normalizeKey(w);
            out.add(n);
            out.add("و" + n);
            out.add("ف" + n);
            if (n.startsWith("ال")) {
                out.add("ب" + n);
                out.add("وب" + n);
                out.add("لل" + n.substring(2));
                out.add("ولل" + n.substring(2));
            }
        }
        return org.khabar.internal.text.WordSet.copyOf(out);
    }

    /** Relative pronouns and closers that end a list of people: "... الذين بإمكانهم"، "... وغيرهم". */
    private static final java.util.Set<String> LIST_CLOSERS = org.khabar.internal.text.WordSet.of("الذين", "اللذين", "اللذان", "اللتين",
            "اللتان", "اللواتي", "اللاتي", "وغيرهم", "وغيرهن", "وغيرهما", "واخرون", "واخرين");

    /** Most items of a headed list. */
    private static final int MAX_HEAD_ITEMS = 8;

    /**
     * A list of names right after a noun of people ({@link #LIST_HEADS}): "اعتمد على الثلاثي رونالدو وبول سكولز
     * وراين غيغيز الذين"، "المهاجمون شاون رايت وشيفا"، "أمثال الحكيم والجعفري والصدر". Items are joined by و
     * (or a comma); each opens with a name-shaped word ({@link #bareNameWord}, {@link #coNameWord}, a listed
     * given name, or a definite family name after أمثال) and has at most three words; an item already found
     * counts as one. The list needs two items and a clear end after the last one (punctuation, a function
     * word or verb, الذين، وغيرهم): "اللاعبين الأجانب في الدوري" (an adjective), "النجوم في السماء" (a
     * preposition) take nothing, and a word inside the list that is no name drops the list whole.
     */
    static void headedLists(DocContext c) {
        int size = c.doc.size();
        Found.Person[] startAt = null;
        java.util.List<Found.Person> added = null;
        for (Sentence s : c.doc.sentences()) {
            int end = s.end();
            for (int h = s.first(); h + 2 < end; h++) {
                if (!c.normIn(LIST_HEADS, h)) {
                    continue; // the hash filter answers for nearly every word without reading its token
                }
                Token t = c.tok(h);
                if (t.type() != TokenType.ARABIC || t.norm().length() < 5) {
                    continue;
                }
                if (startAt == null) {
                    startAt = new Found.Person[size];
                    for (Found.Person p : c.persons) {
                        startAt[p.first] = p;
                    }
                }
                java.util.List<Found.Person> items = headItems(c, h, end, startAt);
                if (items == null) {
                    continue;
                }
                for (Found.Person r : items) {
                    if (c.taken[r.first] == DocContext.FREE) {
                        startAt[r.first] = r;
                        added = keepPerson(c, added, r);
                    }
                }
                h = items.get(items.size() - 1).end - 1;
            }
        }
        if (added != null) {
            c.persons.addAll(added);
        }
    }

    /** The items of the list after head h ({@link #headedLists}), found ones included; null when it is none. */
    private static java.util.List<Found.Person> headItems(DocContext c, int h, int end, Found.Person[] startAt) {
        boolean amthal = c.tok(h).norm().endsWith("امثال");
        java.util.List<Found.Person> items = new java.util.ArrayList<>();
        int j = headAdjectives(c, h + 1, end);
        while (items.size() < MAX_HEAD_ITEMS && j < end) {
            boolean first = items.isEmpty();
            boolean bareNext = first;
            if (!first && (c.isPunct(j, ',') || c.normIs(j, "وحتي")) && j + 1 < end) {
                bareNext = !c.isPunct(j, ','); // "والصدر وحتى السيستاني": the last item after وحتى (and even)
                j++;
            }
            Found.Person found = startAt[j];
            if (found != null) {
                items.add(found);
                j = found.end;
                continue;
            }
            if (c.taken[j] != DocContext.FREE || c.type(j) != TokenType.ARABIC || c.tok(j).newlineBefore()) {
                break;
            }
            Clitics.Analysis a = headItemStart(c, j, end, bareNext, amthal);
            if (a == null) {
                break;
            }
            int k = j + 1;
            while (k < end && k - j < 3 && headItemWord(c, k, end)) {
                k++;
            }
            Found.Person r = new Found.Person(j, k, a.stemStart(), c.tok(k - 1).end(), Rules.ACTOR_LIST_HEAD);
            Gender g = c.lex.givenNames.get(a.stem());
            r.gender = g != null ? g : Gender.UNKNOWN;
            items.add(r);
            j = k;
        }
        if (items.size() < 2 || amthal && !nisbaFamilies(c, items)) {
            return null;
        }
        int e = items.get(items.size() - 1).end;
        if (e < end && c.type(e) == TokenType.ARABIC && c.taken[e] == DocContext.FREE
                && c.normIn(LIST_CLOSERS, e)) {
            return items;
        }
        return strongEnd(c, e, end) ? items : null;
    }

    /**
     * The reading of token j that opens an item of a headed list: the first item bare, the others after و;
     * a name-shaped word ({@link #bareNameWord} / {@link #coNameWord} with {@link #listShape}) or a listed
     * given name; after أمثال a definite family name too ("أمثال الحكيم والجعفري"), but no adjective,
     * nisba, place or title ({@link #familyWord}).
     */
    private static Clitics.Analysis headItemStart(DocContext c, int j, int end, boolean first, boolean amthal) {
        Token t = c.tok(j);
        if (first) {
            Clitics.Analysis bare = t.analyses().get(0);
            if (amthal && familyWord(c, j, end)) {
                return bare;
            }
            boolean given = c.lex.givenNames.containsKey(t.norm()) && !stop(c, j) && !c.isPlaceWord(j, end);
            return given || bareNameWord(c, j, end) && (listShape(c, j, end, bare) || pairedItem(c, j, end)) ? bare : null;
        }
        Clitics.Analysis a = coNameWord(c, j, end);
        if (a != null && (listShape(c, j, end, a) || pairedItem(c, j, end))) {
            return a;
        }
        String n = t.norm();
        if (n.length() < 4 || n.charAt(0) != 'و') {
            return null;
        }
        if (amthal && n.startsWith("وال")) {
            return amthalFamily(c, j, end) ? t.analyses().get(1) : null;
        }
        String stem = n.substring(1);
        if (c.lex.givenNames.containsKey(stem) && !Words.STOP.contains(stem) && !c.isPlaceWord(j, end)) {
            for (Clitics.Analysis w : t.analyses()) {
                if (w.prefix().equals("و")) {
                    return w;
                }
            }
        }
        return null;
    }

    /**
     * Whether the item opening at j has a second name word, so that its first word may have a shape
     * {@link #listShape} refuses alone: a foreign name in -ين/-ون or with initial آ ("وراين غيغيز"، "شاون
     * رايت"، "وآريين روبن"); not a verb, a participle or a word with a pronoun.
     */
    private static boolean pairedItem(DocContext c, int j, int end) {
        Token t = c.tok(j);
        String n = t.norm().charAt(0) == 'و' && !c.lex.givenNames.containsKey(t.norm()) ? t.norm().substring(1) : t.norm();
        return j + 1 < end && headItemWord(c, j + 1, end) && !c.normIn(Words.PARTICLES, j + 1)
                && n.length() >= 4 && !possessive(c, j) && !looksLikeImperfectVerb(c, n) && !derivedShape(n)
                && !participleShape(n) && !n.endsWith("ات");
    }

    /**
     * After a list head, up to two definite adjectives or nationalities agreeing with it and then مثل
     * ("الممثلين البريطانيين الأسطوريين X"، "الثنائي النيجيري X"، "المطربين مثل X"); the token where the
     * items start.
     */
    private static int headAdjectives(DocContext c, int j, int end) {
        for (int n = 0; n < 2 && j < end && c.taken[j] == DocContext.FREE && c.type(j) == TokenType.ARABIC; n++) {
            String w = c.tok(j).norm();
            if (!DocContext.hasArticle(w) || !(c.facts.any(j, Facts.PLACE_NISBA) || c.lex.adjectives.contains(DocContext.key(w))
                    || Words.TITLE_ADJECTIVES.contains(w))) {
                break;
            }
            j++;
        }
        if (j < end && c.type(j) == TokenType.ARABIC && c.normIs(j, "مثل") && c.taken[j] == DocContext.FREE) {
            j++;
        }
        return j;
    }

    /**
     * After أمثال, whether the definite items look like family names rather than nouns of a class of people
     * ("أمثال التجار والمزارعين"، "أمثال الشعر والنثر"): none in a plural shape or a verbal noun, and one at
     * least a nisba written with ي (الجعفري، السيستاني) unless no item is definite.
     */
    private static boolean nisbaFamilies(DocContext c, java.util.List<Found.Person> items) {
        boolean definite = false;
        boolean nisba = false;
        for (Found.Person r : items) {
            Token t = c.tok(r.first);
            String n = t.norm().charAt(0) == 'و' ? t.norm().substring(1) : t.norm();
            if (r.tokens() != 1 || !DocContext.hasArticle(n)) {
                continue;
            }
            definite = true;
            if (pluralShape(n) || masdarShape(n) || n.endsWith("ون") || n.endsWith("ين") && !n.endsWith("يين") && n.length() > 7) {
                return false;
            }
            nisba |= c.doc.original().charAt(t.end() - 1) == 'ي';
        }
        return !definite || nisba;
    }

    /** "والجعفري" after أمثال: و + a definite family name, read as {@link #familyWord} reads "الجعفري". */
    private static boolean amthalFamily(DocContext c, int j, int end) {
        String n = c.tok(j).norm().substring(1);
        String key = DocContext.key(n);
        return n.length() >= 5 && !Words.STOP.contains(n) && !c.lex.adjectives.contains(key) && !c.lex.notNameWords.contains(key)
                && c.titles.match(j, j + 1) == null && c.designators.match(j, j + 1) == null && !c.isPlaceWord(j, end)
                && !c.facts.any(j, Facts.PLACE_NISBA) && !Words.ORDINALS.contains(key) && !Words.ORDINALS.contains(n);
    }

    /** A further word of a headed-list item: a name word, a listed given name, a particle (دل، بن) or a name in -a. */
    private static boolean headItemWord(DocContext c, int k, int end) {
        Token t = c.tok(k);
        if (c.taken[k] != DocContext.FREE || t.type() != TokenType.ARABIC || !t.spaceBefore() || t.newlineBefore()) {
            return false;
        }
        String n = t.norm();
        if (n.charAt(0) == 'و' && !c.lex.givenNames.containsKey(n) || Words.STOP.contains(n) || c.isPlaceWord(k, end)
                || LIST_CLOSERS.contains(n)) {
            return false;
        }
        if (Words.PARTICLES.contains(n)) {
            return k + 1 < end && c.taken[k + 1] == DocContext.FREE && c.type(k + 1) == TokenType.ARABIC;
        }
        return c.lex.givenNames.containsKey(n) || plainNameWord(c, k, end, true) || foreignInA(c, k)
                || k > 0 && c.type(k - 1) == TokenType.ARABIC && !DocContext.hasArticle(c.tok(k - 1).norm())
                        && familyWord(c, k, end); // "وفايز السعيد": a definite family name ends the item
    }

    /** Most items {@link #givenChains} walks back over from one found item. */
    private static final int MAX_CHAIN_ITEMS = 8;

    /**
     * The items before a found و-item in a list of full names whose given names the given-name rule left
     * alone as ambiguous: "مثل محمود مرسي ويحيى شاهين ونور الشريف وأحمد مظهر" (محمود، يحيى، نور are also
     * words), "عودة قوية لطارق السعيد وحسن مصطفى وأحمد مظهر". Going forward the coordination rule already
     * takes such items after a found person; this walks back from one. Every item is a listed given name
     * (ambiguous ones too: the found item on the same list is the evidence) and one to three name words
     * ({@link #chainWord}); the middle items carry و, and the walk must reach a first item read bare or after
     * ل/ب (a preposition or verb's object: "عودة لطارق"), else nothing is taken: "بين الحكومة وحسن النية
     * وأحمد مظهر" stops at الحكومة and keeps حسن النية out. Items of one word ("وشادية") are the list rules'.
     */
    private static void givenChains(DocContext c) {
        java.util.List<Found.Person> added = null;
        for (int x = 0, n = c.persons.size(); x < n; x++) {
            Found.Person q = c.persons.get(x);
            Token t = c.tok(q.first);
            if (q.start == t.start() && q.first >= 3 && q.tokens() <= 3) {
                q = waGivenBefore(c, q);
                if (q == null) {
                    continue;
                }
                c.persons.set(x, q);
                c.take(q.first, q.end, DocContext.PERSON);
                t = c.tok(q.first);
            }
            if (q.start != t.start() + 1 || c.doc.original().charAt(t.start()) != 'و' || q.first < 3) {
                continue; // q is no و-item: "وأحمد مظهر"
            }
            java.util.List<Found.Person> items = new java.util.ArrayList<>();
            int k = q.first - 1;
            boolean closed = false;
            while (items.size() < MAX_CHAIN_ITEMS && !closed) {
                Found.Person r = chainItem(c, k);
                if (r == null) {
                    break;
                }
                items.add(r);
                Token f = c.tok(r.first);
                closed = r.start == f.start() || c.doc.original().charAt(f.start()) != 'و';
                k = r.first - 1;
            }
            if (!closed || items.isEmpty() || items.size() < 2 && phraseItem(c, items.get(0))) {
                continue;
            }
            for (Found.Person r : items) {
                added = keepPerson(c, added, r);
            }
        }
        if (added != null) {
            c.persons.addAll(added);
        }
    }

    /**
     * "كلا من محسن سعد وناصر مسعود راشد": the given-name rule found "مسعود راشد" and left out the ambiguous
     * given name ناصر written with و before it. When the word before q is و + a listed given name and a list
     * item ends right before that ({@link #chainItem} or a found person), q is the tail of the و-item and
     * grows to take the given name; else null ("وحسن مظهر" after a verb or a noun stays as it is).
     */
    private static Found.Person waGivenBefore(DocContext c, Found.Person q) {
        int k = q.first - 1;
        Clitics.Analysis a = chainGiven(c, k, true);
        if (a == null || !(c.taken[k - 1] == DocContext.PERSON || chainItem(c, k - 1) != null)) {
            return null;
        }
        return q.over(k, q.end, a.stemStart(), q.endOffset);
    }

    /**
     * The list item of {@link #givenChains} ending at token k: a given name (a و-item, or the first item
     * bare or after ل/ب) and one to three {@link #chainWord}s; the nearest و + given name is the item's start
     * ("وناصر مسعود راشد": مسعود is a name word inside it), else the first item goes back over bare given
     * names ("ناصر مسعود راشد"). Null when no such item ends at k.
     */
    private static Found.Person chainItem(DocContext c, int k) {
        if (k < 1) {
            return null;
        }
        if (!chainWord(c, k)) {
            // "لنجيب جرجورة وسليمان": a surname in ة after an unambiguous given name ("بحسن نية" stays a phrase)
            if (!minutesSurname(c, k)) {
                return null;
            }
            Clitics.Analysis a = chainGiven(c, k - 1, true);
            if (a == null) {
                a = chainGiven(c, k - 1, false);
            }
            return a == null || ambiguous(c, a.stem()) || b0(c, k - 2) ? null : chainPerson(c, k - 1, k, a);
        }
        int bareStart = -1;
        Clitics.Analysis bareA = null;
        for (int s = k - 1; s >= 0 && k - s <= 3; s--) {
            Clitics.Analysis a = chainGiven(c, s, true);
            if (a != null) {
                return chainPerson(c, s, k, a);
            }
            Clitics.Analysis b = bareStart < 0 ? chainGiven(c, s, false) : null;
            if (b != null) {
                bareStart = s;
                bareA = b;
            }
            if (bareStart >= 0 && (!b0(c, s - 1) || k - s >= 3)) {
                break;
            }
            if (!chainWord(c, s)) {
                break;
            }
        }
        if (bareStart < 0) {
            return null;
        }
        if (bareStart > 0 && bareA.prefix().isEmpty() && (c.taken[bareStart - 1] == DocContext.PERSON
                || c.normIn(Words.DIVINE, bareStart - 1) || c.normIn(Words.PARTICLES, bareStart - 1))) {
            return null; // "وعبد الله قاسم حسن": قاسم goes on a name found or begun before it, it opens no item
        }
        if (!bareA.prefix().isEmpty()) {
            return chainPerson(c, bareStart, k, bareA); // "لطارق السعيد": ل/ب opens the list
        }
        int s = bareStart;
        while (s > 0 && k - s < 3 && b0(c, s - 1)) {
            s--; // "ناصر مسعود راشد": a bare given name before the first one is part of the name
        }
        Clitics.Analysis a = s == bareStart ? bareA : c.tok(s).analyses().get(0);
        return chainPerson(c, s, k, a);
    }

    /**
     * An ambiguous given name before a definite word: "بحسن النية"، "نور الشمس"، "كريم الأخلاق" read as phrases
     * as often as names (نور الشريف), so such an item needs a list of three or more.
     */
    private static boolean phraseItem(DocContext c, Found.Person r) {
        if (!DocContext.hasArticle(c.tok(r.first + 1).norm())) {
            return false;
        }
        for (Clitics.Analysis a : c.tok(r.first).analyses()) {
            if (a.stemStart() == r.start && !a.article()) {
                return ambiguous(c, a.stem());
            }
        }
        return false;
    }

    /** Whether token s is a free, bare, listed given name with no prefix (for {@link #chainItem}). */
    private static boolean b0(DocContext c, int s) {
        if (s < 0 || c.taken[s] != DocContext.FREE || c.type(s) != TokenType.ARABIC || stop(c, s)) {
            return false;
        }
        String n = c.tok(s).norm();
        return c.lex.givenNames.containsKey(n) && !Words.STOP.contains(n) && !c.isPlaceWord(s, s + 1);
    }

    private static Found.Person chainPerson(DocContext c, int s, int k, Clitics.Analysis a) {
        Found.Person r = new Found.Person(s, k + 1, a.stemStart(), c.tok(k).end(), Rules.ACTOR_LIST);
        Gender g = c.lex.givenNames.get(a.stem());
        r.gender = g != null ? g : Gender.UNKNOWN;
        return r;
    }

    /**
     * The reading of token s as a listed given name: with {@code wa} after و ("ويحيى"), else bare or after
     * ل/ب ("لطارق"). "وعلى" (the preposition على written with ى) and places are no given names.
     */
    private static Clitics.Analysis chainGiven(DocContext c, int s, boolean wa) {
        if (s < 0 || c.taken[s] != DocContext.FREE || c.type(s) != TokenType.ARABIC || c.tok(s).newlineBefore()) {
            return null;
        }
        Token t = c.tok(s);
        for (Clitics.Analysis a : t.analyses()) {
            String n = a.stem();
            if (a.article() || a.conj() != (wa ? 'و' : '\0') || !c.lex.givenNames.containsKey(n)
                    || !(wa ? a.prefix().equals("و") : a.prefix().isEmpty() || a.prefix().equals("ل") || a.prefix().equals("ب"))) {
                continue;
            }
            if (Words.STOP.contains(n) && !(n.equals("علي") && c.doc.original().charAt(t.end() - 1) == 'ي')
                    || c.isPlaceWord(s, s + 1) || t.end() - a.stemStart() < 3) {
                return null;
            }
            return a;
        }
        return null;
    }

    /**
     * A word inside or ending a list item of {@link #givenChains}: free, spaced, no و at its start, and a name
     * word ({@link #plainNameWord}), a listed given name or a definite family name ({@link #familyWord}).
     */
    private static boolean chainWord(DocContext c, int k) {
        if (c.taken[k] != DocContext.FREE || c.type(k) != TokenType.ARABIC || !c.tok(k).spaceBefore()
                || c.tok(k).newlineBefore()) {
            return false;
        }
        String n = c.tok(k).norm();
        int end = k + 1;
        return n.charAt(0) != 'و' && !Words.STOP.contains(n) && !c.isPlaceWord(k, end)
                && (c.lex.givenNames.containsKey(n) || plainNameWord(c, k, end, true) || familyWord(c, k, end));
    }

    /** Most words of an unknown list item between two found ones ("وعلي الحجار"، "ونور الدين محمود"). */
    private static final int MAX_BETWEEN_WORDS = 3;

    /**
     * A list item the rules did not see, standing between two found people of the same list: "محمد سالم ،
     * توركان داود ، ناصر عيسى" (a team sheet, a cast: items joined by commas), "يحيى شاهر ونور الدين وأحمد
     * مظهر" (by و). Both neighbours are the evidence that the slot holds a person: the item is joined to
     * the person before it by a comma or و, the next person is joined to it the same way, and its words read
     * as a name: the first a word the list rules accept ({@link #coNameWord} after و, {@link #bareNameWord}
     * after a comma, both with {@link #listShape}), the others name words or a definite family name (الحجار)
     * that is no adjective, place, title or designator. "محمد سالم ووزير الخارجية ناصر عيسى" (a title),
     * "محمد سالم وشقيقه وناصر" (a pronoun) and "محمد سالم وشقيق ناصر عيسى" (the next person is not joined
     * by و or a comma, it is the brother's name) take nothing.
     */
    private static void betweenMembers(DocContext c) {
        if (c.persons.size() < 2) {
            return;
        }
        java.util.List<Found.Person> sorted = new java.util.ArrayList<>(c.persons);
        sorted.sort(java.util.Comparator.comparingInt(p -> p.first));
        java.util.List<Found.Person> added = null;
        for (int x = 0; x + 1 < sorted.size(); x++) {
            Found.Person p = sorted.get(x);
            Found.Person q = sorted.get(x + 1);
            int gap = q.first - p.end;
            Found.Person r = null;
            if (gap >= 1 && gap <= MAX_BETWEEN_WORDS + 2 && p.endOffset == c.tok(p.end - 1).end()) {
                r = betweenItem(c, p, q);
            }
            if (r == null && (x == 0 || sorted.get(x - 1).end < p.first - 3)) {
                r = firstItem(c, p, q); // no person right before p: the list may open with an unseen item
            }
            if (r != null) {
                added = keepPerson(c, added, r);
            }
        }
        if (added != null) {
            c.persons.addAll(added);
        }
    }

    /**
     * The first item of a list whose next two items were found: "سامي الجابر ، ياسر القحطاني ، محمد الشلهوب"
     * (a team sheet where the first name had no cue). q and r are found, r joined right after q by a comma or
     * و, and q joined by a comma or و to the two words before it: a listed given name read bare (an ambiguous
     * one too, سامي، جمال: the list is the evidence the given-name rule lacked; no place, جورجيا)
     * and a name word or definite family name ({@link #familyWord}). A given name, particle or بن before the
     * two words means a longer name that is left alone ("محمد علي سالم ، ...").
     */
    private static Found.Person firstItem(DocContext c, Found.Person q, Found.Person r) {
        if (!joinedItem(c, r) || r.first - q.end > 1 || r.first > q.end && !c.isPunct(q.end, ',') || !joinedItem(c, q)
                || q.endOffset != c.tok(q.end - 1).end()) {
            return null;
        }
        // q may open the text with its و ("ومحمد سالم ، ياسر ..."): then first < 0 below (isPunct is false there)
        int last = c.isPunct(q.first - 1, ',') ? q.first - 2 : q.first - 1;
        int first = last - 1;
        if (first < 0 || c.tok(q.first).newlineBefore() || c.tok(last).newlineBefore()) {
            return null;
        }
        Token g = c.tok(first);
        String n = g.norm();
        if (c.taken[first] != DocContext.FREE || g.type() != TokenType.ARABIC || !c.lex.givenNames.containsKey(n)
                || Words.STOP.contains(n) || c.isPlaceWord(first, q.end) || c.taken[last] != DocContext.FREE
                || c.normIn(Words.PARTICLES, last)
                || c.type(last) != TokenType.ARABIC || !c.tok(last).spaceBefore()
                || !(plainNameWord(c, last, q.end, true) || familyWord(c, last, q.end))) {
            return null;
        }
        if (first > 0 && c.type(first - 1) == TokenType.ARABIC) {
            String before = c.tok(first - 1).norm();
            if (c.lex.givenNames.containsKey(before) || Words.PARTICLES.contains(before) || LINEAGE.contains(before)) {
                return null;
            }
        }
        Found.Person p = new Found.Person(first, last + 1, g.start(), c.tok(last).end(), Rules.ACTOR_LIST);
        Gender gen = c.lex.givenNames.get(n);
        p.gender = gen != null ? gen : Gender.UNKNOWN;
        return p;
    }

    /** Whether found person q opens a list item: a comma right before it or its own و ("، ياسر"، "وياسر"). */
    private static boolean joinedItem(DocContext c, Found.Person q) {
        Token t = c.tok(q.first);
        return q.first > 0 && c.isPunct(q.first - 1, ',')
                || q.start == t.start() + 1 && c.doc.original().charAt(t.start()) == 'و';
    }

    /** The item between found people p and q (see {@link #betweenMembers}), or null. */
    private static Found.Person betweenItem(DocContext c, Found.Person p, Found.Person q) {
        Token qt = c.tok(q.first);
        boolean commaBeforeQ = c.isPunct(q.first - 1, ',');
        boolean waOnQ = q.start == qt.start() + 1 && c.doc.original().charAt(qt.start()) == 'و';
        if (!commaBeforeQ && !waOnQ || qt.newlineBefore()) {
            return null;
        }
        int j = p.end;
        boolean comma = c.isPunct(j, ',');
        if (comma) {
            j++;
        }
        int last = commaBeforeQ ? q.first - 2 : q.first - 1; // the item's last token
        int end = q.end;
        if (last < j || last - j + 1 > MAX_BETWEEN_WORDS || c.taken[j] != DocContext.FREE || c.tok(j).newlineBefore()) {
            return null;
        }
        Clitics.Analysis a = coNameWord(c, j, end);
        if (a == null && comma) {
            Clitics.Analysis bare = c.tok(j).analyses().get(0);
            a = bare.prefix().isEmpty() && bareNameWord(c, j, end) ? bare : null;
        }
        if (a == null && last > j) {
            a = aliWithSurname(c, j);
        }
        if (a == null || !listShape(c, j, end, a)) {
            return null;
        }
        for (int k = j + 1; k <= last; k++) {
            Token t = c.tok(k);
            if (c.taken[k] != DocContext.FREE || t.type() != TokenType.ARABIC || !t.spaceBefore() || t.newlineBefore()
                    || t.norm().charAt(0) == 'و' || !(plainNameWord(c, k, end, true) || familyWord(c, k, end))) {
                return null;
            }
        }
        Found.Person r = new Found.Person(j, last + 1, a.stemStart(), c.tok(last).end(), Rules.ACTOR_LIST);
        Gender g = c.lex.givenNames.get(a.stem());
        r.gender = g != null ? g : Gender.UNKNOWN;
        return r;
    }

    /**
     * "، وعلي الحجار ،": the name علي is a stop word (the preposition على folds to it), but written with ي and
     * followed by more words of the item it is the given name; the و or bare reading, or null.
     */
    private static Clitics.Analysis aliWithSurname(DocContext c, int j) {
        Token t = c.tok(j);
        if (c.doc.original().charAt(t.end() - 1) != 'ي') {
            return null;
        }
        for (Clitics.Analysis a : t.analyses()) {
            if (a.stem().equals("علي") && a.prep() == '\0' && !a.article() && (a.bare() || a.prefix().equals("و"))) {
                return a;
            }
        }
        return null;
    }

    /**
     * A definite word that may end a name as its family name (الحجار، الشريف، السعيد): no adjective or
     * nisba, place, title, designator, listed common word or function word ("وعلي الأول"، "ونور الصباح"
     * still pass; the list context is the evidence there).
     */
    private static boolean familyWord(DocContext c, int k, int end) {
        String n = c.tok(k).norm();
        if (!DocContext.hasArticle(n) || n.length() < 5 || Words.STOP.contains(n)) {
            return false;
        }
        String key = DocContext.key(n);
        return !c.lex.adjectives.contains(key) && !c.lex.notNameWords.contains(key) && !c.isPlaceWord(k, end)
                && c.titles.matchBare(k, k + 1) == null && c.designators.matchBare(k, k + 1) == null
                && !c.facts.any(k, Facts.PLACE_NISBA) && !Words.ORDINALS.contains(n) && !Words.ORDINALS.contains(key);
    }

    /**
     * "وقال الوزير جاك لوران ... إن محادثات لوران وكاريسكو لا تزال": a pair whose first item is the bare
     * surname of a person named in full elsewhere in the document (no given name: "محمد وسالم" could be
     * anything) and whose و-item passed {@link #listMember} (a name-shaped word and a clear end after it) is
     * a list of two people, as if the coordination rule had seen the surname found there. The anchor must be
     * read bare (not "ولوران") and the pair ends the list: a longer list goes through the three-item rule.
     */
    private static boolean pairAfterSurname(DocContext c, boolean virtual, Found.Person p, java.util.List<Found.Person> back,
            java.util.List<Found.Person> fwd, java.util.Set<String> surnames) {
        return virtual && surnames != null && back.isEmpty() && fwd.size() == 1 && p.start == c.tok(p.first).start()
                && surnames.contains(c.tok(p.first).norm());
    }

    /**
     * The reading of token i, bare or after و (or the future س), that is a word of a person found elsewhere
     * in the document; null when there is none.
     */
    private static Clitics.Analysis knownAnalysis(DocContext c, int i, java.util.Set<String> known) {
        for (Clitics.Analysis a : c.tok(i).analyses()) {
            if (a.prep() == '\0' && !a.article() && (a.conj() == '\0' || a.prefix().equals("و")) && known.contains(a.stem())) {
                return a;
            }
        }
        return null;
    }

    /**
     * The items before p in a list ending in p ("بوش وشارون" before "وبلير"), first item last; null when p
     * opens no و-item or the words before it do not all read as names up to a bare first item.
     */
    private static java.util.List<Found.Person> backItems(DocContext c, Found.Person p, int first, int end) {
        Token t = c.tok(p.first);
        if (t.norm().charAt(0) != 'و' || p.start == t.start()) {
            return null; // p is no و-item
        }
        java.util.List<Found.Person> out = new java.util.ArrayList<>();
        int k = p.first - 1;
        while (k >= first && out.size() < 20) {
            if (c.isPunct(k, ',') && k > first) {
                k--;
            }
            if (c.taken[k] != DocContext.FREE || c.type(k) != TokenType.ARABIC) {
                return null;
            }
            Clitics.Analysis co = coNameWord(c, k, end);
            if (co != null && listShape(c, k, end, co)) {
                out.add(listItem(c, k, co));
                k--;
                continue;
            }
            Clitics.Analysis bare = c.tok(k).analyses().get(0);
            if (bare.prefix().isEmpty() && bareNameWord(c, k, end) && listShape(c, k, end, bare)) {
                out.add(listItem(c, k, bare));
                return out;
            }
            return null;
        }
        return null;
    }

    private static Found.Person listItem(DocContext c, int k, Clitics.Analysis a) {
        Found.Person q = new Found.Person(k, k + 1, a.stemStart(), c.tok(k).end(), Rules.ACTOR_LIST);
        Gender g = c.lex.givenNames.get(a.stem());
        q.gender = g != null ? g : Gender.UNKNOWN;
        return q;
    }

    /** The bare first item of a list: the checks of {@link #coNameWord} without its و. */
    private static boolean bareNameWord(DocContext c, int k, int end) {
        String n = c.tok(k).norm();
        if (n.length() < 3 || DocContext.hasArticle(n) || stopAt(c, k) || nameVerbAt(c, k)
                || c.lex.notNameWords.contains(DocContext.key(n)) || c.lex.adjectives.contains(DocContext.key(n))
                || Words.NAME_ENDERS.contains(n) || looksLikeImperfectVerb(c, n) || c.titles.matchBare(k, end) != null
                || n.length() >= 5 && (n.endsWith("ون") || n.endsWith("ات")) || n.charAt(0) == 'و' && !c.lex.givenNames.containsKey(n)) {
            return false;
        }
        char last = c.doc.original().charAt(c.tok(k).end() - 1);
        boolean plural = (n.endsWith("هن") || n.endsWith("هم") || n.endsWith("هما")) && !c.lex.givenNames.containsKey(n);
        return !(last == 'ة' || last == 'ه' || plural || c.accusative(k) || c.isPlaceWord(k, end) || c.placeEnd(k, end) > k
                || !startWord(c, k, end));
    }

    /**
     * A foreign surname in -a right after a coordinated first word (زامبروتا، كامورانيزا), which the name
     * scan leaves out as an accusative shape; inside a list of names the next word opens the next item
     * (و...) or punctuation follows. "ووزير الخارجية" or "ومحمد قائلا" never get here: an adverb in -a
     * fails {@link #foreignInA}.
     */
    private static boolean listSurnameInA(DocContext c, int k, int end) {
        if (k + 1 > end || k >= end || c.taken[k] != DocContext.FREE || c.type(k) != TokenType.ARABIC
                || !c.tok(k).spaceBefore() || DocContext.hasArticle(c.tok(k).norm()) || !startWord(c, k, end)
                || c.isPlaceWord(k, end) || !foreignInA(c, k)) {
            return false;
        }
        if (k + 1 >= end) {
            return true;
        }
        Token next = c.tok(k + 1);
        return next.type() == TokenType.PUNCT || next.type() == TokenType.ARABIC && next.norm().charAt(0) == 'و'
                && c.taken[k + 1] == DocContext.FREE;
    }

    // ---- name extent ------------------------------------------------------------------------------

    /** Whether token j can start a name (read bare). */
    static boolean startWord(DocContext c, int j, int end) {
        byte known = c.startWord[j]; // a fact of the token alone: asked by several rules, worked out once
        if (known == 0) {
            known = startWordOf(c, j) ? DocContext.YES : DocContext.NO;
            c.startWord[j] = known;
        }
        return known == DocContext.YES;
    }

    private static boolean startWordOf(DocContext c, int j) {
        Token t = c.tok(j);
        if (t.type() != TokenType.ARABIC) {
            return false;
        }
        String n = t.norm();
        if (n.length() <= 4 && n.endsWith("علي") && c.doc.original().charAt(t.end() - 1) == 'ى') {
            return false; // على 'on' written with ى ("والقضاء على جذور"، "وعلى رأسهم") folds to the name علي
        }
        long bare = c.facts.bare(j);
        long key = c.facts.bareKey(j);
        if (n.length() < 2 || stop(c, j) || (bare & Facts.NAME_VERB) != 0 || (key & Facts.ADJECTIVE) != 0
                || (bare & Facts.TITLE_ADJECTIVE) != 0) {
            return false;
        }
        boolean given = (bare & Facts.GIVEN_NAME) != 0;
        if ((key & Facts.NOT_NAME) != 0 && !given && !bareDefinitePlace(c, j)) {
            return false; // أحمدي (not الأحمدي) may start a name: "الرئيس الإيراني أحمدي نجاد"
        }
        if (DocContext.hasArticle(n) && !given) {
            return false;
        }
        // وانغ، وانج (Wang) read as no و + word at all: no Arabic word ends in نغ/نج after وا, so the syllable
        // opens a name before any word ("سفير الصين وانغ غوانغيا"، "وأعرب وانغ عن")
        boolean wang = n.equals("وانغ") || n.equals("وانج");
        if (n.charAt(0) == 'و' && !given && !wang && !((bare & Facts.EAST_ASIAN) != 0 && j + 1 < c.doc.size()
                && c.normIn(Words.EAST_ASIAN_SYLLABLES, j + 1))) {
            return false; // وسمو، وعدد: a conjunction, not a name; وانغ يي is the syllable وانغ
        }
        // looksLikeImperfectVerb(c, n), its given-name test read from the word's bit (given)
        if (n.length() >= 4 && n.charAt(0) == 'ي' && !given && !longNonVerbY(n) || c.notNameShape(j)) {
            return false;
        }
        if ((bare & Facts.PARTICLE) != 0 && j + 1 < c.doc.size() && Words.KINSHIP.containsKey(c.tok(j + 1).norm())) {
            return false; // "الأمير ابن أخيه": a nephew, no name in بن
        }
        // خارج، حاليا، ردا: an adverb or adverbial accusative never opens a name ("النجم البرتغالي خارج ملعبه")
        return given || !c.normIn(Words.NAME_ENDERS, j);
    }

    /** End (exclusive) of the name starting at token {@code i}: particles bind, stop words end it. */
    /**
     * Whether token j is ل + a designator or title (لوكالة، لصحيفة، للوزير): the addressee or medium after a
     * speaker's name, never a name word. A given name in ل (لطفي، لبنى) stays a name.
     */
    private static boolean addresseeAfterName(DocContext c, int j, int end) {
        Token t = c.tok(j);
        if (t.norm().charAt(0) != 'ل' || (c.facts.stems(j) & (Facts.DESIGNATOR | Facts.TITLE)) == 0
                || givenAt(c, j)) {
            return false;
        }
        PhraseIndex.Match<?> d = c.designators.match(j, end);
        PhraseIndex.Match<?> title = d != null && d.head().prep() == 'ل' ? d : c.titles.match(j, end);
        return title != null && title.head().prep() == 'ل';
    }

    static int scanName(DocContext c, int i, int end) {
        return scanName(c, i, end, false);
    }

    /**
     * End (exclusive) of the name starting at token {@code i}. Particles (بن، أبو، عبد، فون) bind the next
     * word; الله and الدين close a compound (نصر الله، فخر الدين); after a given name one more word may
     * follow when the sentence does not go on with a name-like word; past two words only a word after a
     * given name or particle, or a nisba surname (المالكي), goes on. Verb-subject-object order is why:
     * "سجل محمد صلاح هدفين" must stop before the object. {@code regnal} allows an ordinal after a
     * royal name (عبد الله الثاني).
     */
    static int scanName(DocContext c, int i, int end, boolean regnal) {
        return scanName(c, i, end, regnal, false);
    }

    /**
     * {@code cue}: a title or nationality stands right before the name, so a given name there is a person
     * for sure and the word after it is more likely the surname, even when it looks like a common word
     * (وليد المعلم، إميل لحود) — provided the sentence clearly goes on after it ({@link #surnameAfterCue}).
     */
    static int scanName(DocContext c, int i, int end, boolean regnal, boolean cue) {
        int j = i + 1;
        // the bit first: no reading's stem a particle (nearly every first word) needs no clitic readings
        boolean bound = (c.facts.stems(i) & Facts.PARTICLE) != 0
                && (isParticle(c.tok(i).deepest().stem()) || particleAt(c, i));
        int articleWords = 0;
        // the word after the first name: after a compound given name (زين الدين، نصر الله) the next word is
        // the second name word, as after a simple one ("زين الدين زيدان" is given name + surname)
        int firstEnd = i + 1;
        while (j < end && j - i < MAX_NAME && c.taken[j] == DocContext.FREE) {
            Token t = c.tok(j);
            if (t.type() != TokenType.ARABIC || !t.spaceBefore()) {
                break;
            }
            String n = t.norm();
            if (j - i >= 2 && n.length() == 3 && cons(n.charAt(0)) && cons(n.charAt(1)) && cons(n.charAt(2))
                    && !givenAt(c, j) && j + 1 < end && c.type(j + 1) == TokenType.QUOTE) {
                break; // "الكاتب اللبناني سهيل إدريس نشر " أولاد حارتنا "": a past verb (فعل) before the quoted title
            }
            if (n.equals("الله") && blessingAt(c, j, end)) {
                if (j - 1 > i) {
                    j--; // "علي بن أبي طالب كرم الله وجهه": the blessing's verb is no name word
                }
                break;
            }
            if (n.equals("الله") && c.normIn(EULOGY, j - 1)) {
                if (j - 1 > i) {
                    j--; // "الملك حسين رحمة الله عليه"، "الشيخ زايد رحمه الله": a blessing after the name
                }
                break;
            }
            if (j == i + 1 && !bound && DocContext.hasArticle(n) && !n.equals("الله") && !n.equals("الدين")
                    && compoundGiven(c, i, n)) {
                firstEnd = j + 1; // سيف الإسلام، نور الهدى: a listed compound given name of another second word
                j++;
                continue;
            }
            if (n.equals("الله") || n.equals("الدين")) {
                if (j == i + 1 && !bound && n.equals("الدين") && compoundGiven(c, i, n)) {
                    firstEnd = j + 1;
                }
                j++; // نصر الله، فخر الدين، عبد الله
                bound = false;
                continue;
            }
            if (c.normIn(Words.ORDINALS, j) && (regnal || j == i + 1 && regnalAfterGiven(c, i, j, end))) {
                j++; // الملك عبد الله الثاني
                if (j < end && c.taken[j] == DocContext.FREE && c.normIs(j, "عشر")) {
                    j++; // البابا بنديكت السادس عشر: the ordinals 11-19 take عشر
                }
                break;
            }
            if (n.equals("علي") && j + 1 < end && (c.normIn(DEMONSTRATIVES, j + 1)
                    || c.type(j + 1) == TokenType.ARABIC && pronounSuffix(c, j + 1))) {
                break; // "وعلق تيم سيباستيان علي ذلك": على written علي before its object, not the name علي
            }
            if (!bound && foreignParticle(c, j, end)) {
                j++; // روبن فان بيرسي: فان is the Dutch particle here, not فإن written without its hamza
                bound = true;
                continue;
            }
            int asian = eastAsianStopSyllable(c, i, j, end);
            if (asian > 0) {
                j += asian; // "السيد منغ يانغ هي ،"، "الإمام حبيب ما جونغ يي": هي and ما as Chinese syllables
                continue;
            }
            // after بن، أبي، أبو a given name that is also a common verb is the name: علي بن أبي طالب
            // the word's own bits answer "a given name?" and "a verb?" (the given-name and verb maps' keys)
            long bits = c.facts.bare(j);
            boolean boundGiven = bound && n.length() >= 4 && (bits & Facts.GIVEN_NAME) != 0;
            if (stop(c, j) && !boundGiven || (bits & Facts.NAME_VERB) != 0 && (bits & Facts.GIVEN_NAME) == 0
                    || c.normIn(Words.NAME_ENDERS, j)) {
                break; // "هيلاري ردا على"، "مدحت صالح حاليا": an adverb or object ends the name
            }
            if (bound) {
                j++; // أبو الغيط، بن لادن، فون دير: the word after a particle belongs to the name
                bound = (bits & Facts.PARTICLE) != 0; // isParticle(n), by the word's bit
                continue;
            }
            if (eastAsianNext(c, i, j)) {
                j++; // وزير الخارجية الصيني لي تشاو شينغ، الإمام حسن جانغ جيان جون: one syllable per name word
                continue;
            }
            if ((bits & Facts.PARTICLE) != 0) { // isParticle(n)
                if (j + 2 < end && Words.ROMANCE_PARTICLES.contains(n) && c.taken[j + 1] == DocContext.FREE
                        && c.normIs(j + 1, "لا") && c.type(j + 2) == TokenType.ARABIC
                        && !c.normIn(Words.STOP, j + 2)) {
                    bound = true; // جان دو لا فونتين: لا is the article after دو، not the negation
                    j += 2;
                    continue;
                }
                if (j + 1 < end && c.type(j + 1) == TokenType.ARABIC && !c.normIn(Words.STOP, j + 1)
                        && !Words.KINSHIP.containsKey(c.tok(j + 1).norm())) { // "صدام ابن عمه علي": a cousin, not بن
                    bound = true;
                    j++;
                    continue;
                }
                break;
            }
            if (c.normIn(RELATION_NOUNS, j) && j + 1 < end
                    && DocContext.hasArticle(c.tok(j + 1).norm())) {
                break; // "مولاي رشيد شقيق العاهل"، "الفرنسي جيولي صاحب الهدف": a noun in construct after the name
            }
            boolean compound = firstEnd > i + 1;
            boolean prevGiven = j - 1 == i ? givenStem(c, i) : compound && j == firstEnd
                    || givenAt(c, j - 1);
            // "وعبد الله قاسم حسن": the first word's عبد may carry the conjunction of a list item
            boolean afterParticle = j - 1 > i && (c.normIs(j - 2, "عبد")
                    || j - 2 == i && c.tok(i).deepest().stem().equals("عبد"));
            boolean firstGiven = compound || givenStem(c, i);
            boolean second = j == firstEnd;
            if (second && j == i + 1 && pluralShapedSurname(c, i, j, end)) {
                j++; // بيتر كينيون، جون بولتون، دان غيلرمان: a surname that only looks like a plural or dual
                continue;
            }
            if (second && j == i + 1 && balSurname(c, i, j, end)) {
                j++; // "وقال مايكل بالاك إن": a surname that looks like ب + the article
                break;
            }
            if (j == i + 2 && !compound && foreignPair(c, i) && foreignSurnameWord(c, j, end)) {
                j++; // "جان دافيد ليفيت مشروع قرار"، "كارلوس ألبرتو باريرا وافق": the surname after two foreign given names
                continue;
            }
            if (cue && second && (firstGiven || !commonNounShape(c, i) && !accusativeShape(c, i)
                    && n.charAt(0) != 'ب') && surnameAfterCue(c, j, end)) {
                j++; // الرئيس اللبناني إميل لحود أمس، وزير الخارجية السوري وليد المعلم .
                continue;
            }
            if (cue && second && !compound && foreignSecondInA(c, i, j, end)) {
                j++; // وعقد المدرب البرتغالي مانويل كاجودا جلسة
                continue;
            }
            if (cue && j - firstEnd == 1 && articleWords == 0
                    && (thirdAfterCue(c, j, end) || foreignThirdInA(c, i, j, end))) {
                j++; // وزير الخارجية فرانك فالتر شتاينماير سيتوجه، رئيس الحكومة خوسي لويس ثاباتيرو بدوره
                continue;
            }
            if (cue && second && j == i + 1) {
                int w = foreignSurnameAfterCue(c, i, j, end);
                if (w > 0) {
                    j += w; // "وزير الخارجية الفرنسي فيليب دوست بلازي اليوم"، "اللورد جون بيرت المدير"
                    break;
                }
            }
            if (second && !compound && j == i + 1 && n.equals("السيد") && sayedFamily(c, i, j, end)) {
                j++; // "وقال طارق السيد إن": السيد is an Egyptian family name after a given name
                break;
            }
            if (dualTitle(c, j, end)) {
                break; // "حامد الشريف وجلال محمود عضوي لجنة الكرة": the dual of a title in construct
            }
            boolean titleWord = c.titles.matchBare(j, end) != null
                    || (c.facts.bareKey(j) & Facts.NOT_NAME) != 0 && !givenAt(c, j) && !bareDefinitePlace(c, j);
            if (compound && second && !givenAt(c, j) && !DocContext.hasArticle(n)
                    && (n.length() < 4 || titleWord || !strictBoundaryAfter(c, j + 1, end))) {
                break; // "شمس الدين عرف": after X الدين a surname needs a clear end; a short word is a verb
            }
            if (titleWord && !(second && (firstGiven || cueTitleSurname(c, j, end, cue)) && !DocContext.hasArticle(n) && boundaryAfter(c, j + 1, end)
                    && !c.isPlaceWord(j, end) && c.designators.matchBare(j, end) == null)
                    && !occupationFamily(c, j, end, j - firstEnd == 1 && firstGiven && prevGiven && articleWords == 0)) {
                break; // "كوفي أنان الأمين العام" ends at the title; "عادل إمام" keeps إمام
            }
            if (c.designators.matchBare(j, end) != null || (c.facts.bare(j) & Facts.TITLE_ADJECTIVE) != 0) {
                break;
            }
            if (addresseeAfterName(c, j, end)) {
                break; // "قال المحلل محمد عبد الرحمن لوكالة رويترز": ل + an agency or title is whom he told
            }
            if (second && j == i + 1 && waSurname(c, i, j, end)) {
                j++; // "كريستوفر والكن ،"، "جان ونر من": a foreign surname in و after a foreign given name
                break;
            }
            if (n.charAt(0) == 'و' && !givenAt(c, j)
                    && (!(n.startsWith("وو") || n.startsWith("وي")) || c.lex.givenNames.containsKey(n.substring(1))
                            || n.startsWith("ووال"))) { // "فاطمة ووالد": و + والد, not a name in وو (وودوارد)
                break; // "بوش وبلير": a conjunction starts another name; "خلف سالم ويوسف" too (ويليام stays)
            }
            // يلتسين، ياسين after a given name: no third-person imperfect ends in ين (يفعلون، يفعلان do)
            // (يستعين، يتبين، يتعين are verbs of root ن: their ت after ي keeps them out)
            boolean yinSurname = n.length() >= 5 && n.charAt(0) == 'ي' && n.charAt(1) != 'ت' && !n.startsWith("يست")
                    && n.endsWith("ين") && !n.endsWith("يين")
                    && !ambiguous(c, c.tok(i).deepest().stem());
            boolean looseSecond = second && firstGiven && (n.length() <= 4 || yinSurname)
                    && (strongEnd(c, j + 1, end) || j + 1 < end && DocContext.hasArticle(c.tok(j + 1).norm()))
                    && (n.charAt(0) == 'ي' || n.charAt(0) == 'ت');
            boolean verbLike = looksLikeImperfectVerb(c, n) && !looseSecond;
            // "محمد حسين تنيرة من"، "محمد أمين بشناق .": after two given names a bare word right before a clear
            // end or من/إلى is the family name, although it looks like ب + noun, a word in ت or a noun in ة;
            // verbs and participles of those shapes stay out (تحدث، تباحث، توجهت، موجهة), and so do nouns with
            // the pronoun ه ("أنقذ أحمد خليل مرماه من": the object)
            boolean familyThird = j - firstEnd == 1 && firstGiven && prevGiven && articleWords == 0 && n.length() >= 5
                    && !DocContext.hasArticle(n) && !c.accusative(j) && !pluralShape(n) && familyEnd(c, j + 1, end)
                    && !nameVerbAt(c, j) && !verbAfterName(c, j) && !looksLikeImperfectVerb(c, n) && !c.futureVerb(j)
                    && !pastVerbShape(c, j, end) && !(n.charAt(0) == 'ت' && n.charAt(1) == 'ت') && !participleShape(n);
            // a definite word in وا is no plural verb (العوا): the article rules that reading of notNameShape out
            boolean definiteWa = DocContext.hasArticle(n) && n.endsWith("وا") && !c.accusative(j);
            if (verbLike || c.notNameShape(j) && !looseSecond && !definiteWa && !(familyThird && n.charAt(0) == 'ب')
                    || (j - i >= 2 || !firstGiven || hollowFuture(n)) && c.futureVerb(j)
                    || n.length() == 2 && !givenAt(c, j) && !shortCueSurname(c, i, j, end, cue)
                    || n.length() == 1 && !initial(c, j, end)
                    || j - i >= 2 && pronounSuffix(c, j)
                    || j - i >= 2 && n.charAt(0) == 'ت' && !givenAt(c, j) && !familyThird || verbAfterName(c, j)) {
                break; // كامالا هاريس تصل، جانيت يلين stays
            }
            if (DocContext.hasArticle(n) && !articleLettersName(c, n)) {
                String k = t.key(); // the nisba tests' key: made only for a definite word
                if (DEFINITE_KIN.contains(n)) {
                    break; // "إسماعيل الابن البكر"، "جمال الشقيق الأصغر": the relative in apposition, no family name
                }
                boolean nisbaSurname = n.length() >= 5 && n.endsWith("ي") && !c.lex.countryNisbas.contains(k)
                        && !adjectiveAfterSurname(c, i, j, second && !firstGiven);
                // after a compound given name only a nisba or a word before a clear end: "رفض صلاح الدين الحفل"
                boolean unit = afterParticle && c.normIs(j - 2, "عبد")
                        || second && firstGiven && (!compound || nameEndsAt(c, j + 1, end));
                // عمر حسن البشير، محمد سليم العوا: given name, father's given name, then the family name
                // ("وحضر خالد مشعل المؤتمر في" has an object there: the name must end at punctuation, a title or إن)
                // ("عمر حسن البشير الي كل" ends at من/إلى too, unless the word is a noun in م or short: المؤتمر، الحفل)
                boolean family = !unit && (j - firstEnd == 1 || fourPartName(c, firstEnd, j, end)) && firstGiven && prevGiven
                        && (nameEndsAt(c, j + 1, end)
                        || n.length() >= 6 && !participleShape(n.substring(2)) && !n.endsWith("ء") && familyEnd(c, j + 1, end));
                // خالد بن حمد العطية، علي بن موسى الرضا: the family name or epithet closes a بن chain, when a clear
                // end follows ("استقبل محمد بن راشد الوفد في" has an object there, and no clear end after it)
                boolean lineage = j - i >= 3 && c.normIn(LINEAGE, j - 2) && !particleAt(c, j - 1)
                        && nameEndsAt(c, j + 1, end);
                // محمود المصري، أبو حمزة المصري: after a name a country nisba in -ي before a clear end is a family
                // name or epithet (Arabic puts a nationality before the name: "اللاعب المصري محمد")
                boolean nisbaName = c.lex.countryNisbas.contains(k) && n.endsWith("ي") && t.norm().charAt(0) == 'ا'
                        // after a title a given name and one more word take it too: "رئيس الوزراء العراقي محمد شياع
                        // السوداني يوم": the title carries the nationality, the nisba after the name is its family name
                        && (unit || j - firstEnd == 1 && firstGiven && (prevGiven || cue) || lineage || afterParticle
                                || j - 2 >= i && isParticle(c.tok(j - 2).deepest().stem()))
                        && (strongEnd(c, j + 1, end)
                                || j + 1 < end && c.type(j + 1) == TokenType.ARABIC && c.tok(j + 1).norm().charAt(0) == 'و'
                                || thirdNisba(c, j, end, j - firstEnd == 1 && firstGiven && prevGiven && !compound));
                // a family name in ين after a full chain of given names is no plural: "زيد رعد زيد الحسين ،"
                if (articleWords > 0 || c.isPlaceWord(j, end) || c.lex.countryNisbas.contains(k) && !nisbaName
                        || pluralShape(n) && !(n.endsWith("ين") && fourPartName(c, firstEnd, j, end))
                        || masdarShape(n) // "جوزيه الإفصاح عن"، "هنري التقدم": a verbal noun, not a family name
                        || !unit && !nisbaSurname && !family && !lineage && !nisbaName
                        || c.doc.original().charAt(t.end() - 1) == 'ة' && !second && !lineage) {
                    break; // "جورج بوش الأزمة"، "بوتين التعليق"، "الرئيس المصري"
                }
                articleWords++; // بشار الأسد، نوري المالكي، علاء الأسواني
                j++;
                continue;
            }
            if (articleWords > 0) {
                break; // a bare word after an article surname starts something else
            }
            if (c.isPlaceWord(j, end) && !givenAt(c, j) && !bareDefinitePlace(c, j)) {
                break; // a place listed only with the article is none bare: "محمود أحمدي نجاد" (الأحمدي)
            }
            boolean given = givenAt(c, j);
            boolean ok;
            if (second) {
                ok = prevGiven ? (!commonNounShape(c, j) || boundaryAfter(c, j + 1, end) && !pluralShape(n)) && !possessive(c, j)
                        : (boundaryAfter(c, j + 1, end) || accusativeObject(c, j + 1, end)) && !pronounSuffix(c, j)
                                && !commonNounShape(c, j)
                        // وزير الخارجية الصيني لي تشاو شينغ خلال: three plain words after a title
                        || cue && startWord(c, i, end) && plainNameWord(c, i, end) && plainNameWord(c, j, end)
                                && thirdAfterCue(c, j + 1, end);
            } else if (afterParticle) {
                ok = !pluralShape(n) && !accusativeShape(c, j) // عبد العزيز بوتفليقة، شيرين أبو عاقلة
                        // a noun in ة or ل + an imperfect verb after عبد X wants a clear end after it, as a family name
                        // has one ("عبد العزيز خوجة إن"): "وعزا عبد الله خسارة جابر"، "فوز عبد الفتاح ليعوض الخروج"
                        && (given || !(c.doc.original().charAt(t.end() - 1) == 'ة' || n.length() >= 5 && n.charAt(0) == 'ل'
                                && "يتن".indexOf(n.charAt(1)) >= 0) || strictBoundaryAfter(c, j + 1, end));
            } else {
                ok = prevGiven && (!commonNounShape(c, j) || familyThird && n.charAt(0) != 'م' // موجهة، مقابلة
                                && c.doc.original().charAt(t.end() - 1) == 'ة')
                        && !pluralShape(n) && !(brokenPlural(n) && !given)
                        && (given || !participleShape(n) && !prepositionOnNoun(n)) // "وسالم مسعود مترابط"، "تيم سيباستيان كمقدم"
                        && (strictBoundaryAfter(c, j + 1, end) || given || j + 1 < end && particleAt(c, j + 1)
                                || compoundAhead(c, j, end)); // يوسف سليمان عطا الله
            }
            if (!ok) {
                // "شافيز مواقفه"، "أنجيلا ميركل قرار"، "نيمار ركلة جزاء": the name has ended
                break;
            }
            j++;
        }
        while (j - 1 > i && particleAt(c, j - 1)) {
            j--;
        }
        return j;
    }

    /**
     * A family name after three or four given names, as Iraqi and Gulf names are written in full (given name,
     * father, grandfather, family): "الأمير زيد رعد زيد الحسين ،". The words between the first name and the
     * family name must all be known given names, and the family name must stand right before punctuation:
     * a definite word after such a chain and before a verb or title may be an object or a new clause.
     */
    private static boolean fourPartName(DocContext c, int firstEnd, int j, int end) {
        if (j - firstEnd < 2 || j - firstEnd > 3 || j + 1 >= end || c.type(j + 1) != TokenType.PUNCT) {
            return false;
        }
        for (int k = firstEnd; k < j; k++) {
            if ((c.facts.bare(k) & Facts.GIVEN_NAME) == 0 || DocContext.hasArticle(c.tok(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A listed descriptive adjective (nisba_adjectives.tsv: الإصلاحي، الديمقراطي، الاشتراكي) right after a lone
     * word that is no given name (a surname after a title: "تيار الرئيس خاتمي الإصلاحي"، "السيناتور كينيدي
     * الديمقراطي") describes the person: the name is already whole. After a given name the nisba may be the
     * family name (طارق العربي), which this leaves alone.
     */
    private static boolean adjectiveAfterSurname(DocContext c, int i, int j, boolean afterLoneSurname) {
        // a city's nisba stays a family name there: "المدير العام السيد براق النابلسي"
        return afterLoneSurname && (c.facts.bareKey(j) & Facts.ADJECTIVE) != 0 && !c.lex.placeNisbas.contains(c.tok(j).key());
    }

    /**
     * After a title and a first name the lexicon does not know, a second word that is a title and also a given
     * name (نجم، أمين، مختار، سلطان) before a clear end is the surname: "وقال الدكتور رائف نجم إن". The title
     * before the pair says the first word is a given name; "أمين عام" (secretary general) and "أمير قطر"
     * (a realm after it) stay titles.
     */
    private static boolean cueTitleSurname(DocContext c, int j, int end, boolean cue) {
        // the end: punctuation, إن/أن, a verb or a title ("أمير قطر" has a realm after it, no end)
        return cue && givenAt(c, j) && nameEndsAt(c, j + 1, end)
                && !(j + 1 < end && c.normIs(j + 1, "عام"));
    }

    /**
     * A country nisba as the third word after two given names is the family name whatever follows (محمد سعيد
     * الهندي، أحمد علي المصري): given name, father's name, then a family name that is a nisba, the commonest
     * Arabic name shape. Arabic puts a nationality before the name ("اللاعب المصري محمد"), and after the
     * name the adjective would agree with a definite noun after it, which stays out: "محمد سعيد المصري الأصل".
     */
    private static boolean thirdNisba(DocContext c, int j, int end, boolean afterTwoGiven) {
        return afterTwoGiven && !(j + 1 < end && c.type(j + 1) == TokenType.ARABIC
                && DocContext.hasArticle(c.tok(j + 1).norm()));
    }

    /**
     * A two-letter family name right after a title and a given name, closed by a clear end: "وزير الخارجية
     * التركي عبد الله غل إن"، "وقال السفير لي بو ." (Turkish, Chinese and Korean surnames). Two-letter Arabic
     * words there are particles and pronouns (له، به، قد: STOP, already ended) or nouns in construct
     * ("الرئيس محمد يد" is not news usage), so the clear end after the word (punctuation, إن or a verb)
     * is what keeps "زار الوزير خالد عم الضحية" out.
     */
    private static boolean shortCueSurname(DocContext c, int i, int j, int end, boolean cue) {
        if (!cue) {
            return false;
        }
        // the given name: one listed word, or a compound in الله/الدين (عبد الله، نور الدين)
        boolean given = j == i + 1 ? givenAt(c, i)
                : j == i + 2 && (c.normIs(j - 1, "الله") || c.normIs(j - 1, "الدين"));
        String n = c.tok(j).norm();
        // the end: a clear one, or و + a title opening the next person of a list ("عبد الله غل والأمير")
        // (a title right after it is no end here: "زار الوزير خالد عم الرئيس" is a noun in construct)
        return given && !Words.STOP.contains(n) && !isParticle(n) && n.charAt(0) != 'و' && (j + 1 >= end
                || c.type(j + 1) == TokenType.PUNCT || c.type(j + 1) == TokenType.ARABIC
                        && (c.normIs(j + 1, "ان") || c.isVerb(c.tok(j + 1).norm()))
                || j + 1 < end && c.taken[j + 1] == DocContext.FREE && c.tok(j + 1).norm().charAt(0) == 'و'
                        && c.titles.matchBare(j + 1, end) == null && c.titles.match(j + 1, end) != null);
    }

    /**
     * An occupational or religious title with the article after two given names, right before a clear end,
     * is the family name: "وقال نيقولا يعقوب الخوري إن"، "سامي سالم الحداد ." (Levantine family names from
     * trades: الخوري، الحداد، الشاعر، النجار). News puts an apposition title before the name ("الشاعر سامي
     * سالم") or follows it with its complement ("محمد أحمد الوزير السابق"، "الشاعر الفلسطيني"), which the
     * clear end keeps out.
     */
    private static boolean occupationFamily(DocContext c, int j, int end, boolean afterTwoGiven) {
        if (!afterTwoGiven || !DocContext.hasArticle(c.tok(j).norm()) || c.designators.matchBare(j, end) != null
                || c.isPlaceWord(j, end) || (c.facts.bare(j) & Facts.TITLE_ADJECTIVE) != 0) {
            return false;
        }
        PhraseIndex.Match<NameLexicons.Title> m = c.titles.matchBare(j, end);
        if (m == null || m.end() != j + 1) {
            return false;
        }
        String kind = m.value().kind();
        return (kind.equals("OCCUPATION") || kind.equals("RELIGIOUS")) && nameEndsAt(c, j + 1, end)
                && !(j + 1 < end && c.taken[j + 1] == DocContext.FREE && c.titles.matchBare(j + 1, end) != null);
    }

    /** The endings of {@link #pluralShapedSurname}: -ون/-ين of six letters or more, -مان, -اون. */
    static boolean pluralSurnameShape(String n) {
        int len = n.length();
        return len >= 6 && (n.endsWith("ون") || n.endsWith("ين")) || len >= 5 && n.endsWith("مان")
                || len >= 4 && n.endsWith("اون");
    }

    /**
     * After a foreign given name (جون، بيتر، داستين: listed FOREIGN, not ambiguous), whether word j is its
     * surname although its ending reads as an Arabic plural, dual or nisba plural: -ون/-ين of six letters or
     * more (بولتون، كينيون، جونسون), -مان (هوفمان، غيلرمان) or -اون (براون). Arabic words of those shapes after
     * a foreign first name are rare; verbs, participles in م, verbal nouns and the article stay out
     * ("جون يعملون"، "بيتر مسؤولون"، "جون الاثنين").
     */
    private static boolean pluralShapedSurname(DocContext c, int i, int j, int end) {
        Token t = c.tok(j);
        String n = t.norm();
        if (!pluralSurnameShape(n) || t.type() != TokenType.ARABIC || c.taken[j] != DocContext.FREE || !t.spaceBefore()) {
            return false;
        }
        if (!foreignGiven(c, i)) {
            return false; // وكانديس جونسون: the given name may carry و
        }
        if ((c.facts.bare(j) & (Facts.NAME_STOP | Facts.NAME_VERB | Facts.TITLE | Facts.PLACE | Facts.DESIGNATOR
                | Facts.TITLE_ADJECTIVE | Facts.GIVEN_NAME)) != 0 // a nisba plural (كينيون: Kenyans) is let through
                || DocContext.hasArticle(n) || n.charAt(0) == 'و' || Words.NAME_ENDERS.contains(n) || Words.GOAL_NOUNS.contains(n)
                || nameVerbAt(c, j) || looksLikeImperfectVerb(c, n) || c.futureVerb(j) || participleShape(n) || derivedShape(n)
                || n.endsWith("يين") || n.endsWith("تين") // رسالتين: the dual of a noun in ة
                || n.charAt(0) == 'ت' && letter(n, 1) && letter(n, 2)) {
            return false;
        }
        return true;
    }

    /**
     * An ordinal right after a listed, unambiguous given name is a regnal number even without a royal title:
     * "فرناندو الثالث ملك قشتالة"، "عهد تشارلز الأول"، "مدرسة فؤاد الأول". A rank reads the same way, so
     * على/بين/من after the ordinal keep it a rank: "جاء محمود الثاني على زملائه".
     */
    private static boolean regnalAfterGiven(DocContext c, int i, int j, int end) {
        String g = c.tok(i).norm();
        if (!c.lex.givenNames.containsKey(g) && g.charAt(0) == 'و') {
            g = g.substring(1); // وتشارلز الأول
        }
        if (!c.lex.givenNames.containsKey(g) || ambiguous(c, g)) {
            return false;
        }
        if (j + 1 < end && c.type(j + 1) == TokenType.ARABIC) {
            String after = c.tok(j + 1).norm();
            return !(after.equals("علي") || after.equals("بين") || after.equals("من") || after.equals("في")
                    && j + 2 < end && c.tok(j + 2).norm().startsWith("ال"));
        }
        return true;
    }

    /**
     * السيد (Mr) right after an unambiguous given name and before a clear end of the name (punctuation, إن/أن,
     * a verb or a title) is a family name: "وقال طارق السيد إن"، "أحمد السيد ،". As the honorific it stands
     * before a name, never after a lone given name and before a full stop; "الرئيس حسني مبارك السيد عمرو
     * موسى" (a name after it) goes on to the honorific's own name.
     */
    private static boolean sayedFamily(DocContext c, int i, int j, int end) {
        String g = c.tok(i).norm();
        if (!c.lex.givenNames.containsKey(g) && g.length() > 3 && g.charAt(0) == 'و') {
            g = g.substring(1);
        }
        return c.lex.givenNames.containsKey(g) && !ambiguous(c, g)
                && (nameEndsAt(c, j + 1, end) || g.length() < c.tok(i).norm().length() && listGoesOn(c, j + 1, end))
                && !(j + 1 < end && (c.facts.bare(j + 1) & Facts.GIVEN_NAME) != 0 && !stop(c, j + 1)); // آن folds to أن
    }

    /**
     * The dual of a one-word title in construct, after the names it describes: "عضوي لجنة"، "نائبي الرئيس"
     * (عضو + the dual ending ي). The word after must be definite, a noun in ة, a designator or a title; رئيسي (main; also a surname)
     * is left alone.
     */
    private static boolean dualTitle(DocContext c, int j, int end) {
        String n = c.tok(j).norm();
        int len = n.length();
        if (len < 4 || n.charAt(len - 1) != 'ي' || j + 1 >= end || DocContext.hasArticle(n) || n.equals("رئيسي") || givenAt(c, j)
                || c.taken[j + 1] != DocContext.FREE || c.type(j + 1) != TokenType.ARABIC
                || c.lex.titles.getWord(n.substring(0, len - 1)) == null) {
            return false;
        }
        Token next = c.tok(j + 1);
        return DocContext.hasArticle(next.norm()) || c.doc.original().charAt(next.end() - 1) == 'ة'
                || (c.facts.bare(j + 1) & (Facts.DESIGNATOR | Facts.TITLE)) != 0; // عضوي مجلس الإدارة
    }

    /**
     * A surname in بال right after an unambiguous foreign given name, when what was said follows at once:
     * "وقال مايكل بالاك إن". ب + the article is nearly always a preposition ("فاز جون بالسباق في"، "أشاد
     * مايكل بالفريق عن جدارة"), so only إن/أن, a colon or a quote may follow, and a hamza after بال (بالأمس)
     * or the common بالامس keep the preposition.
     */
    private static boolean balSurname(DocContext c, int i, int j, int end) {
        Token t = c.tok(j);
        String n = t.norm();
        if (t.type() != TokenType.ARABIC || n.length() < 5 || n.length() > 9 || !n.startsWith("بال") || n.equals("بالامس")
                || t.end() - t.start() < 4 || "أإآ".indexOf(c.doc.original().charAt(t.start() + 3)) >= 0
                || c.doc.original().charAt(t.end() - 1) == 'ة' || n.endsWith("ات") || !foreignGiven(c, i)
                || (c.facts.bare(j) & (Facts.NAME_STOP | Facts.NAME_VERB | Facts.TITLE | Facts.PLACE | Facts.DESIGNATOR)) != 0) {
            return false;
        }
        return sayOpener(c, j + 1, end);
    }

    /** A foreign given name (listed FOREIGN, not ambiguous) at token i, bare or after و. */
    static boolean foreignGiven(DocContext c, int i) {
        Token t = c.tok(i);
        if (t.type() != TokenType.ARABIC || (c.facts.stems(i) & Facts.GIVEN_NAME) == 0) {
            return false;
        }
        if (givenAt(c, i)) {
            // the word itself is the given name: its own bits answer for the Arabic and the ambiguous names
            return (c.facts.bare(i) & Facts.ARABIC_GIVEN) == 0 && !ambiguous(c, i);
        }
        String g = t.norm();
        if (g.length() > 3 && g.charAt(0) == 'و') {
            g = g.substring(1); // وجوزيف جون
            return c.lex.givenNames.containsKey(g) && !c.lex.arabicGivenNames.contains(g) && !ambiguous(c, g);
        }
        return false;
    }

    /**
     * Two foreign given names in a row (جان دافيد، جوزيف جون، كارلوس ألبرتو): the next word is the surname
     * far more often than the start of something else, as Western names are written given + middle + family.
     */
    private static boolean foreignPair(DocContext c, int i) {
        return foreignGiven(c, i) && c.taken[i + 1] == DocContext.FREE && c.tok(i + 1).spaceBefore()
                && c.tok(i + 1).norm().charAt(0) != 'و' && foreignGiven(c, i + 1);
    }

    /**
     * Whether word j may be a foreign surname after foreign given names: a bare word Khabar does not know
     * as anything else (no function word, verb, title, place, designator, adjective, listed common word),
     * without the article, of no Arabic noun, verb or participle shape (ة, tanween, pronoun, plural in ات,
     * مـ participle, imperfect in ي, future in س); a word in -a only as a foreign name (باريرا, not جيشا).
     * "قدم جون ديفيد مشروعا"، "إلتون جون حفلا" keep their object out.
     */
    private static boolean foreignSurnameWord(DocContext c, int j, int end) {
        if (j >= end || c.taken[j] != DocContext.FREE) {
            return false;
        }
        Token t = c.tok(j);
        String n = t.norm();
        if (t.type() != TokenType.ARABIC || !t.spaceBefore() || n.length() < 3 || n.charAt(0) == 'و'
                || (c.facts.bare(j) & (Facts.NAME_STOP | Facts.NAME_VERB | Facts.TITLE | Facts.PLACE | Facts.DESIGNATOR
                        | Facts.TITLE_ADJECTIVE)) != 0 || (c.facts.bareKey(j) & (Facts.ADJECTIVE | Facts.NOT_NAME)) != 0) {
            return false;
        }
        char last = c.doc.original().charAt(t.end() - 1);
        if (DocContext.hasArticle(n) || last == 'ة' || c.accusative(j) || n.endsWith("ات") || possessive(c, j)
                || Words.NAME_ENDERS.contains(n) || Words.AFTER_NAME.contains(n) || Words.GOAL_NOUNS.contains(n)
                || nameVerbAt(c, j) || looksLikeImperfectVerb(c, n) || c.futureVerb(j) || participleShape(n) || derivedShape(n)
                || c.notNameShape(j) && !n.endsWith("ون") && !n.endsWith("ين") || c.isPlaceWord(j, end)
                || prepositionOnNoun(n)) {
            return false;
        }
        return last != 'ا' || foreignInA(c, j);
    }

    /**
     * After a title and a listed foreign given name (فيليب، جون، هانز), how many words after it are the surname:
     * one or two bare words of no known kind, the name clearly ending right after them ({@link #strongEnd}):
     * "وزير الخارجية الفرنسي فيليب دوست بلازي اليوم"، "اللورد جون بيرت المدير العام"، "ومغني الروك جون بون
     * جوفي ،". Foreign surnames often have the shape of an Arabic past verb in ت (دوست، بيرت، سيدت), which
     * the general tests keep out; after a male title or given name a verb in ت would be feminine or in the
     * first person, which a sentence about him does not use right after his name ("الوزيرة ماري ذهبت إلى"
     * keeps ذهبت out). 0 when the words are no such surname.
     */
    private static int foreignSurnameAfterCue(DocContext c, int i, int j, int end) {
        if (!foreignGiven(c, i)) {
            return 0;
        }
        boolean male = givenGender(c, i) == Gender.MALE || i > 0 && maleTitleBefore(c, i);
        if (!cueSurnameWord(c, j, end, male)) {
            return 0;
        }
        if (strongEnd(c, j + 1, end)) {
            return 1;
        }
        // "وزير الداخلية نيكولا ساركوزي فصرح في": ف opens a verb after the surname, never a second surname word
        return c.tok(j + 1).norm().charAt(0) != 'ف' && cueSurnameWord(c, j + 1, end, male) && strongEnd(c, j + 2, end) ? 2 : 0;
    }

    /** Whether the word before token i is a male title (الوزير، السيد، اللورد): a feminine verb cannot follow his name. */
    private static boolean maleTitleBefore(DocContext c, int i) {
        PhraseIndex.Match<NameLexicons.Title> m = c.titles.matchBare(i - 1, i);
        return m != null && m.value().gender() == Gender.MALE;
    }

    /** One word of a foreign surname for {@link #foreignSurnameAfterCue}. */
    private static boolean cueSurnameWord(DocContext c, int j, int end, boolean male) {
        if (j >= end || c.taken[j] != DocContext.FREE) {
            return false;
        }
        Token t = c.tok(j);
        if (t.type() != TokenType.ARABIC || !t.spaceBefore()) {
            return false;
        }
        String n = t.norm();
        boolean pastInT = n.length() == 4 && n.charAt(3) == 'ت';
        if (n.length() < 3 || n.charAt(0) == 'و' || n.length() == 4 && n.charAt(0) == 'ف' || DocContext.hasArticle(n)
                || (c.facts.bare(j) & (Facts.NAME_STOP | Facts.NAME_VERB | Facts.TITLE | Facts.PLACE | Facts.DESIGNATOR
                        | Facts.TITLE_ADJECTIVE)) != 0 || (c.facts.bareKey(j) & (Facts.ADJECTIVE | Facts.NOT_NAME)) != 0) {
            return false;
        }
        char last = c.doc.original().charAt(t.end() - 1);
        if (last == 'ة' || last == 'ه' || c.accusative(j) || n.endsWith("ات") || possessive(c, j)
                || Words.NAME_ENDERS.contains(n) || Words.AFTER_NAME.contains(n) || Words.GOAL_NOUNS.contains(n)
                || nameVerbAt(c, j) || looksLikeImperfectVerb(c, n) || c.futureVerb(j) || participleShape(n) || derivedShape(n)
                || c.notNameShape(j) && !(pastInT && male) || c.isPlaceWord(j, end) || prepositionOnNoun(n)
                || verbAfterName(c, j) || pastVerbShape(c, j, end)) {
            return false;
        }
        // "وشن الرئيس الأمريكي جورج بوش هجوما على": an accusative object of an Arabic noun pattern, not a name in -a
        return last != 'ا' || foreignInA(c, j) && foreignInA(c, j - 1, j, end, false);
    }

    /** ك or ب on a participle or verbal noun: "عمل تيم سيباستيان كمقدم"، "بمثابة" — no name word. */
    private static boolean prepositionOnNoun(String n) {
        return n.length() >= 4 && (n.charAt(0) == 'ك' || n.charAt(0) == 'ب') && (n.charAt(1) == 'م' && letter(n, 2)
                || participleShape(n.substring(1)) || derivedShape(n.substring(1)));
    }

    /**
     * Whether a given name read after و/ف is likely: a long stem, or an Arabic name that is no common
     * word; and the whole word is no common word that merely starts with و (وجود، وديان).
     */
    private static boolean conjNameOk(DocContext c, Token t, Clitics.Analysis a) {
        if (Words.CONJ_TRAPS.contains(t.norm()) || c.lex.ambiguousNames.contains(a.stem())) {
            return false;
        }
        return a.stem().length() >= 4 || c.lex.arabicGivenNames.contains(a.stem());
    }

    /**
     * Whether token i and الدين after it form a listed compound given name (زين الدين، صلاح الدين), read
     * bare or after و: the pair then counts as the first name. X الله is left out: نصر الله، فضل الله are
     * as often surnames ("كما هاجم نصر الله رئيس الوزراء"), and عبد الله stays with the particle rules.
     */
    private static boolean compoundGiven(DocContext c, int i, String second) {
        for (Clitics.Analysis a : c.tok(i).analyses()) {
            if (!a.article() && a.prep() == '\0' && !isParticle(a.stem())
                    && c.lex.givenNames.containsKey(a.stem() + " " + second)) {
                return true;
            }
        }
        return false;
    }

    /** Whether word j and الله/الدين after it form a listed compound given name (عطا الله، نور الدين). */
    private static boolean compoundAhead(DocContext c, int j, int end) {
        if (j + 1 >= end || c.taken[j + 1] != DocContext.FREE) {
            return false;
        }
        String next = c.tok(j + 1).norm();
        return (next.equals("الله") || next.equals("الدين")) && c.lex.givenNames.containsKey(c.tok(j).norm() + " " + next);
    }

    /**
     * A given name that merely begins with the letters ال (ألبرتو، ألفونسو، إلياس): no article, so it counts
     * as a plain name word and a surname may follow it (كارلوس ألبرتو باريرا). الحسن stays definite: حسن is
     * a name of its own.
     */
    private static boolean articleLettersName(DocContext c, String n) {
        return c.lex.givenNames.containsKey(n) && !c.lex.givenNames.containsKey(n.substring(2));
    }

    /**
     * A bare word whose only place reading has the article and which is no title or designator: أحمدي is
     * no الأحمدي. Arabic writes such places with the article, so inside a name the bare word is a name word.
     */
    private static boolean bareDefinitePlace(DocContext c, int j) {
        Token t = c.tok(j);
        return !DocContext.hasArticle(t.norm()) && c.lex.definiteOnlyPlaces.contains(t.key())
                && c.titles.matchBare(j, j + 1) == null && c.designators.matchBare(j, j + 1) == null;
    }

    /**
     * Whether the first word of a name is a given name, read bare or after و/ف: ومحمد، وفايز. Right after a
     * person already found, و + an ambiguous given name is the next item of a list of names ("كامل الشريف
     * وجلال محمود"، "محمد فؤاد ، وعلي الحجار"), not و + a common word; {@link Words#CONJ_TRAPS} (وجود،
     * وعد) and على written with ى stay out.
     */
    private static boolean givenStem(DocContext c, int i) {
        if ((c.facts.stems(i) & Facts.GIVEN_NAME) == 0) {
            return false;
        }
        java.util.List<Clitics.Analysis> readings = c.tok(i).analyses();
        for (int r = 0; r < readings.size(); r++) {
            Clitics.Analysis a = readings.get(r);
            // the reading's stem bit is the names map's key test: no substring, hash or probe
            if (!a.article() && a.prep() == '\0' && (c.facts.stem(i, r) & Facts.GIVEN_NAME) != 0
                    && (a.bare() || conjNameOk(c, c.tok(i), a) || listedAfterPerson(c, i, a)) || laForeign(c, i, a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * ل + a foreign given name (لجورج، لروبرتو، لكوفي): "خلفا لكوفي أنان"، "مسرحية لجورج برنارد شو". Only ل: ب + a
     * foreign name is as often ب + a common word (بيانا is no ب + يانا), and names in ا keep their hamza
     * (بايدن). The whole word must be no name of its own, the stem four letters or more and unambiguous.
     */
    private static boolean laForeign(DocContext c, int i, Clitics.Analysis a) {
        String st = a.stem();
        Token t = c.tok(i);
        return a.prep() == 'ل' && a.prefix().equals("ل") && !a.article() && st.length() >= 4
                && c.lex.givenNames.containsKey(st) && !c.lex.arabicGivenNames.contains(st) && !ambiguous(c, st)
                && !c.lex.givenNames.containsKey(t.norm()) && c.doc.original().charAt(a.stemStart()) != 'ا'
                // "لساني أمريكي" (a linguist): a noun with its adjective, not ل + a name
                && !(i + 1 < c.doc.size() && (c.facts.bareKey(i + 1) & (Facts.ADJECTIVE | Facts.PLACE_NISBA)) != 0);
    }

    /**
     * و + a given name, ambiguous or short, right after a person found in the same sentence (a comma may
     * stand between): a list of names goes on. The conjunction alone is not enough: "وجود"، "وعد" are
     * common words ({@link Words#CONJ_TRAPS}), and "وعلى" with ى is the preposition.
     */
    private static boolean listedAfterPerson(DocContext c, int i, Clitics.Analysis a) {
        if (a.conj() != 'و' || !a.prefix().equals("و") || a.stem().length() < 3 || i < 1
                || c.normIn(Words.CONJ_TRAPS, i) || c.doc.original().charAt(c.tok(i).end() - 1) == 'ى') {
            return false;
        }
        int k = i - 1;
        if (c.isPunct(k, ',') && k > 0) {
            k--;
        }
        return c.taken[k] == DocContext.PERSON && c.tok(k).end() <= c.tok(i).start();
    }

    /**
     * Whether word j goes on an East Asian name: j and the word before it are both listed syllables
     * ({@link Words#EAST_ASIAN_SYLLABLES}); the first word of the name may carry و (وكيم يونغ). Two
     * syllables in a row are the evidence: one alone (لي، يو) is as often an Arabic word.
     */
    private static boolean eastAsianNext(DocContext c, int i, int j) {
        if (!eastAsianSyllable(c, j)) {
            return false;
        }
        String prev = c.tok(j - 1).norm();
        return Words.EAST_ASIAN_SYLLABLES.contains(prev)
                || j - 1 == i && prev.charAt(0) == 'و' && Words.EAST_ASIAN_SYLLABLES.contains(prev.substring(1));
    }

    /** Whether token k is a listed East-Asian syllable as a whole word: the fact bit first, then the set. */
    private static boolean eastAsianSyllable(DocContext c, int k) {
        return (c.facts.bare(k) & Facts.EAST_ASIAN) != 0 && c.normIn(Words.EAST_ASIAN_SYLLABLES, k);
    }

    /** Chinese syllables that are also Arabic stop words: هي (He) and ما (Ma, the commonest Hui surname). */
    private static final java.util.Set<String> EAST_ASIAN_STOP_SYLLABLES = org.khabar.internal.text.WordSet.of("هي", "ما");

    /**
     * How many words from j belong to the name when word j is هي or ما read as a Chinese syllable: after two
     * syllables and right before punctuation ("أدارها السيد منغ يانغ هي ، رئيس"), or opening a run of at least
     * two syllables (Hui names: "الإمام حبيب ما جونغ يي"). Otherwise 0: "قال وانغ ما يلي"، "لي هي الأولى" keep
     * the pronoun and the relative out (ما يلي: يلي is no syllable; هي before a word is a pronoun subject).
     */
    private static int eastAsianStopSyllable(DocContext c, int i, int j, int end) {
        if ((c.facts.bare(j) & Facts.NAME_STOP) == 0 || !c.normIn(EAST_ASIAN_STOP_SYLLABLES, j)) {
            return 0;
        }
        if (j - 2 >= i && eastAsianSyllable(c, j - 1) && eastAsianSyllable(c, j - 2)
                && (j + 1 >= end || c.type(j + 1) == TokenType.PUNCT)) {
            return 1;
        }
        int k = j + 1;
        while (k < end && k - j <= 3 && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.ARABIC
                && c.tok(k).spaceBefore() && eastAsianSyllable(c, k)) {
            k++;
        }
        return k - j >= 3 ? k - j : 0;
    }

    /**
     * A one-letter word glued to a full stop, the initial of a name: "محمد ب."، "جون ف. كينيدي". A lone letter
     * before a spaced stop is no initial: "كتب: هشام محمود زكي د ." ends with the doctor's abbreviation.
     */
    private static boolean initial(DocContext c, int j, int end) {
        return j + 1 < end && c.isPunct(j + 1, '.') && !c.tok(j + 1).spaceBefore();
    }

    /**
     * {@code c.lex.givenNames.containsKey(c.tok(j).norm())} by the token's own bit (the bit is exactly the
     * map's key set, see NameLexicons.contribute): spares the String hash and the map probe per call.
     */
    private static boolean givenAt(DocContext c, int j) {
        return (c.facts.bare(j) & Facts.GIVEN_NAME) != 0;
    }

    /** {@code c.isVerb(c.tok(k).norm())} by the token's own bit (exactly the verb map's key set). */
    private static boolean nameVerbAt(DocContext c, int k) {
        return (c.facts.bare(k) & Facts.NAME_VERB) != 0;
    }

    /** {@code Words.STOP.contains(c.tok(k).norm())} by the token's own bit (exactly Words.STOP). */
    private static boolean stopAt(DocContext c, int k) {
        return (c.facts.bare(k) & Facts.NAME_STOP) != 0;
    }

    /** A stop word, except إمام written with إ (أمام folds to the same letters): عادل إمام. */
    static boolean stop(DocContext c, int j) {
        if ((c.facts.bare(j) & Facts.NAME_STOP) == 0) {
            return false;
        }
        Token t = c.tok(j);
        String n = t.norm();
        String o = c.doc.original();
        if (n.equals("امام")) {
            return o.charAt(t.start()) != 'إ'; // إمام is a name or title, أمام a preposition
        }
        if (n.equals("علي")) {
            return o.charAt(t.end() - 1) != 'ي'; // على folds to علي: the spelling with ى is the preposition
        }
        if (n.equals("الان")) {
            return o.charAt(t.start()) != 'آ'; // آلان is the name; الآن (now) is written with the article
        }
        if (n.equals("انا")) {
            return o.charAt(t.start()) != 'آ'; // "القاضية آنا": the pronoun أنا (I) is never written with a madda
        }
        return true;
    }

    /** A clear end of a full name at token k: the end, punctuation, a title, a reporting verb or إن/أن. */
    private static boolean nameEndsAt(DocContext c, int k, int end) {
        if (k >= end) {
            return true;
        }
        Token t = c.tok(k);
        if (t.type() != TokenType.ARABIC) {
            return t.type() == TokenType.PUNCT || t.type() == TokenType.QUOTE;
        }
        String n = t.norm();
        return n.equals("ان") || n.equals("انه") || nameVerbAt(c, k) || c.taken[k] == DocContext.FREE && c.titles.matchBare(k, end) != null;
    }

    /** The commonest future verbs of hollow roots: never a surname, even right after a given name. */
    private static final java.util.Set<String> HOLLOW_FUTURES = org.khabar.internal.text.WordSet.of("سيكون", "ستكون", "سيقوم", "ستقوم",
            "سيعود", "ستعود", "سيزور", "ستزور", "سيصير", "ستصير");

    /**
     * A common future verb of a hollow root (سيكون، سيقوم، سيعود): even after a given name it is the verb
     * ("السير أليكس سيكون له دور"). The shape alone would not do: سيروب، سيمبسون are surnames.
     */
    private static boolean hollowFuture(String n) {
        return HOLLOW_FUTURES.contains(n);
    }

    /** A clear end of a full name ({@link #nameEndsAt}) or من/إلى after it: "عادل عليان دراغمه من الأغوار". */
    private static boolean familyEnd(DocContext c, int k, int end) {
        if (nameEndsAt(c, k, end)) {
            return true;
        }
        String n = c.tok(k).norm();
        // "الكاتب الراحل عباس محمود العقاد الذي": a relative clause after the full name
        return c.taken[k] == DocContext.FREE && (n.equals("من") || n.equals("الي") || n.equals("الذي") || n.equals("التي"));
    }

    /**
     * After a title and two bare name words, whether word j is a third name word (فرانك فالتر شتاينماير،
     * كارلوس ألبرتو باريرا): a bare word of no common shape, and a clear end right after it — a function
     * word, punctuation, a reporting or future verb, or a title. "الرئيس جورج بوش كلمة" keeps كلمة out (ة).
     */
    private static boolean thirdAfterCue(DocContext c, int j, int end) {
        return plainNameWord(c, j, end) && (strongEnd(c, j + 1, end) || j + 1 < end && c.futureVerb(j + 1)
                || pastVerbShape(c, j + 1, end));
    }

    /**
     * A past verb by its shape, for a verb the lexicon does not list right after a name: تفاعل (تباحث، تناول،
     * تجاوز) and a doubled فعّل of three letters (جدد، شدد، حدد). "رئيس الوزراء التركي رجب طيب اردوغان تباحث"
     * ends the name at the verb, so the third word is the surname. Given names never count.
     */
    private static boolean pastVerbShape(DocContext c, int k, int end) {
        if (k >= end || c.taken[k] != DocContext.FREE || c.type(k) != TokenType.ARABIC
                || (c.facts.bare(k) & Facts.GIVEN_NAME) != 0) {
            return false;
        }
        String n = c.tok(k).norm();
        int len = n.length();
        return len == 5 && n.charAt(0) == 'ت' && cons(n.charAt(1)) && n.charAt(2) == 'ا' && cons(n.charAt(4))
                || len == 3 && cons(n.charAt(0)) && n.charAt(1) == n.charAt(2) && cons(n.charAt(1));
    }

    /** A bare word of no common shape (see {@link #thirdAfterCue}), whatever follows it. */
    private static boolean plainNameWord(DocContext c, int j, int end) {
        return plainNameWord(c, j, end, false);
    }

    /** {@code inNoun}: a word in ين or ون may be a name (أينشتاين، كينيون) when other evidence says so. */
    private static boolean plainNameWord(DocContext c, int j, int end, boolean inNoun) {
        if (j >= end || !plainNameFacts(c, j, 3)) {
            return false;
        }
        String n = c.tok(j).norm();
        if (n.length() == 4 && n.charAt(0) == 'ف' && !givenAt(c, j)) {
            return false; // "ساركوزي فصرح": ف + a past verb
        }
        if (c.notNameShape(j) || looksLikeImperfectVerb(c, n) || c.futureVerb(j) || commonNounShape(c, j)
                || pluralShape(n) && !(inNoun && n.length() >= 6 && !n.endsWith("ات"))
                || pronounSuffix(c, j) || verbAfterName(c, j) || derivedShape(n) && !givenAt(c, j)
                || pastVerbShape(c, j, end)) {
            return false; // "الوزير جورج كالفو تباحث مع": the verb after the name is no third name word
        }
        return true;
    }

    /**
     * فان read as the Dutch particle (روبن فان بيرسي): written without hamza (فإن is the conjunction), and
     * followed by a bare word that can start a name. "بوش فان الأمور" keeps فان out: a definite word follows.
     */
    private static boolean foreignParticle(DocContext c, int j, int end) {
        Token t = c.tok(j);
        if (!t.norm().equals("فان") || c.doc.original().charAt(t.start() + 1) != 'ا' || j + 1 >= end
                || c.taken[j + 1] != DocContext.FREE) {
            return false;
        }
        Token next = c.tok(j + 1);
        return next.type() == TokenType.ARABIC && next.spaceBefore() && !DocContext.hasArticle(next.norm())
                && startWord(c, j + 1, end) && !c.isPlaceWord(j + 1, end);
    }

    /**
     * After a title or nationality and a given name, whether word j is the surname although it looks like a
     * common word: a definite occupation (وليد المعلم، ناصر الشاعر) or a bare word that merely starts like
     * ل/ب + noun (إميل لحود، ندى بسيوني); the sentence must clearly go on after it ({@link #strongEnd}).
     * Pronoun suffixes, ة, accusatives and plurals stay out: "الوزير أحمد بنفسه"، "اللاعب محمد بقوة".
     */
    private static boolean surnameAfterCue(DocContext c, int j, int end) {
        Token t = c.tok(j);
        String n = t.norm();
        int len = n.length();
        // the lists by the word's bits and hash (TITLE_ADJECTIVE of the word, ADJECTIVE of its article-less key)
        if (len < 4 || stop(c, j) || nameVerbAt(c, j) || c.normIn(Words.NAME_ENDERS, j) || (c.facts.bare(j) & Facts.TITLE_ADJECTIVE) != 0
                || !strongEnd(c, j + 1, end) || c.isPlaceWord(j, end) || (c.facts.bareKey(j) & Facts.ADJECTIVE) != 0
                || pluralShape(n) || c.accusative(j) || verbAfterName(c, j)) {
            return false;
        }
        char last = c.doc.original().charAt(t.end() - 1);
        if (last == 'ة' || last == 'ه' || last == 'ء' || n.endsWith("هم") || n.endsWith("كم")) {
            return false;
        }
        if (last == 'ا') {
            // a foreign surname in -a after a title and first name (كنزو أوشيما); objects and adverbs are in NAME_ENDERS
            return foreignSurnameInA(c, j, end);
        }
        if (DocContext.hasArticle(n)) {
            PhraseIndex.Match<NameLexicons.Title> m = c.titles.matchBare(j, end);
            return m != null && m.end() == j + 1 && m.value().kind().equals("OCCUPATION")
                    && c.designators.matchBare(j, end) == null;
        }
        char c0 = n.charAt(0);
        return (c0 == 'ل' || c0 == 'ب') && "اوي".indexOf(n.charAt(1)) < 0 && !n.startsWith("لل")
                && c.titles.matchBare(j, end) == null && c.designators.matchBare(j, end) == null;
    }

    /**
     * The shape tests of a foreign surname in -a (أوشيما، باريرا) once the checks of {@link #surnameAfterCue}
     * passed: inside a name, after other name words. A lone word in -a (after a verb, in a list) has the
     * stricter test {@link #foreignInA(DocContext, int)}.
     */
    private static boolean foreignSurnameInA(DocContext c, int j, int end) {
        String n = c.tok(j).norm();
        return !DocContext.hasArticle(n) && !derivedShape(n) && !participleShape(n) && !c.notNameShape(j)
                && c.titles.matchBare(j, end) == null && c.designators.matchBare(j, end) == null;
    }

    /**
     * After a title and two foreign name words, a third word in -a before a clear end is the surname:
     * "المدرب البرازيلي كارلوس ألبرتو باريرا وافق"، "الشاعر الإسباني فديريكو جارثيا لوركا الذي". Only after
     * a first name that is no Arabic one: "التقى الرئيس محمد حسني اجتماعا" is a name and an object.
     */
    private static boolean foreignThirdInA(DocContext c, int i, int j, int end) {
        return foreignInA(c, i, j, end, true);
    }

    /**
     * After a title and a foreign given name, a second word in -a of five letters or more is the surname
     * whatever follows: "وعقد المدرب البرتغالي مانويل كاجودا جلسة"، "واللاعب الكونغولي شاباني نوندا مقابل".
     * The shapes of an Arabic accusative object stay out: بيانا، نجاحا (فعالا), تعادلا (تفاعلا), اجتماعا.
     */
    private static boolean foreignSecondInA(DocContext c, int i, int j, int end) {
        String n = c.tok(j).norm();
        // the first word a name, not an accusative itself: "والرئيس الأميركي عزما أكيدا" is no name at all
        return n.length() >= 5 && n.charAt(2) != 'ا'
                && (givenStem(c, i) || !commonNounShape(c, i) || c.tok(i).norm().length() >= 6)&& !(n.charAt(0) == 'ت' && n.charAt(2) == 'ا')
                && c.type(i) == TokenType.ARABIC && (c.facts.bare(i) & Facts.ARABIC_GIVEN) == 0 // no Arabic name, by its bit
                && foreignInA(c, i, j, end, false);
    }

    private static boolean foreignInA(DocContext c, int i, int j, int end, boolean needEnd) {
        if (j >= end) {
            return false;
        }
        Token t = c.tok(j);
        String n = t.norm();
        if (c.taken[j] != DocContext.FREE || t.type() != TokenType.ARABIC || n.length() < 4
                || c.doc.original().charAt(t.end() - 1) != 'ا' || (c.facts.bare(i) & Facts.ARABIC_GIVEN) != 0
                || (c.facts.bare(j) & (Facts.NAME_STOP | Facts.NAME_VERB | Facts.PLACE | Facts.TITLE_ADJECTIVE)) != 0
                || (c.facts.bareKey(j) & (Facts.ADJECTIVE | Facts.NOT_NAME)) != 0 || c.normIn(Words.NAME_ENDERS, j)
                || c.accusative(j) || n.charAt(0) == 'و' || needEnd && !strongEnd(c, j + 1, end)) {
            return false;
        }
        // an Arabic noun in the accusative: اجتماعا، تصريحا (a verbal noun + ا), قرارا، هجوما (فعال، فعول),
        // دعما (فعل); foreign names such as لوركا، سيلفا، باريرا fit none of these
        String stem = n.substring(0, n.length() - 1);
        int len = n.length();
        if (derivedShape(stem) || len == 4 && letter(n, 0) && letter(n, 1) && letter(n, 2)
                || len == 5 && letter(n, 0) && letter(n, 1) && !letter(n, 2) && letter(n, 3)) {
            return false;
        }
        return foreignSurnameInA(c, j, end);
    }

    /**
     * A clear end right after a name: the end, punctuation, a function or time word, a reporting verb, a
     * title, or a preposition with the article (بالميدالية). Stricter than {@link #boundaryAfter}: a noun
     * such as بمحاربة or بعضهم does not end a name here ("صالح تعهد بمحاربة" is no name).
     */
    private static boolean strongEnd(DocContext c, int k, int end) {
        if (k >= end) {
            return true;
        }
        Token t = c.tok(k);
        if (t.type() != TokenType.ARABIC) {
            return t.type() == TokenType.PUNCT || t.type() == TokenType.QUOTE;
        }
        if (c.taken[k] != DocContext.FREE) {
            return c.taken[k] == DocContext.PERSON;
        }
        String n = t.norm();
        return stopAt(c, k) || Words.AFTER_NAME.contains(n) || Words.NAME_ENDERS.contains(n) || nameVerbAt(c, k)
                || n.length() >= 5 && (n.startsWith("بال") || n.startsWith("لل"))
                || n.length() >= 4 && n.charAt(0) == 'ل' && "اوي".indexOf(n.charAt(1)) < 0 // لحضور، لبحث
                || c.titles.matchBare(k, end) != null && !c.isPlaceWord(k, end);
    }

    /**
     * A definite verbal noun by its pattern: الإفصاح (إفعال), الاجتماع (افتعال), الاستقرار (استفعال),
     * التقدم (تفعّل), التشكيل (تفعيل), التعاون (تفاعل). After a given name it is what the person did
     * ("رفض جوزيه الإفصاح عن"), not a family name such as الأسد or التميمي.
     */
    static boolean masdarShape(String n) {
        return DocContext.hasArticle(n) && masdarStem(n, 2);
    }

    /**
     * {@link #masdarShape} of the word after the article, which starts at o in n (at least two letters):
     * asked of a bare stem with o = 0, it spares building "ال" + stem.
     */
    private static boolean masdarStem(String n, int o) {
        int len = n.length() - o;
        char c0 = n.charAt(o);
        if (c0 == 'ا') {
            return len >= 6 && n.charAt(o + 1) == 'س' && n.charAt(o + 2) == 'ت'
                    || len == 5 && cons(n.charAt(o + 1)) && cons(n.charAt(o + 2)) && n.charAt(o + 3) == 'ا'
                    || len == 6 && cons(n.charAt(o + 1)) && n.charAt(o + 2) == 'ت' && n.charAt(o + 4) == 'ا';
        }
        if (c0 != 'ت') {
            return false;
        }
        return len == 4 && cons(n.charAt(o + 1)) && cons(n.charAt(o + 2)) && cons(n.charAt(o + 3))
                || len == 5 && cons(n.charAt(o + 1)) && cons(n.charAt(o + 2)) && n.charAt(o + 3) == 'ي' && cons(n.charAt(o + 4))
                || len == 5 && cons(n.charAt(o + 1)) && n.charAt(o + 2) == 'ا' && cons(n.charAt(o + 3)) && cons(n.charAt(o + 4));
    }

    /** Whether the letter at k is no long vowel (ا و ي). */
    private static boolean letter(String n, int k) {
        return "اوي".indexOf(n.charAt(k)) < 0;
    }

    private static boolean cons(char ch) {
        return "اويه".indexOf(ch) < 0;
    }

    /** Like {@link #boundaryAfter} but a definite word is no boundary: "محمد أبو حامد قرار الحكومة". */
    private static boolean strictBoundaryAfter(DocContext c, int k, int end) {
        return boundaryAfter(c, k, end) && !(k < end && c.type(k) == TokenType.ARABIC
                && DocContext.hasArticle(c.tok(k).norm()) && c.taken[k] == DocContext.FREE);
    }

    /** An indefinite accusative in ا: صورا، قرارا. */
    private static boolean accusativeShape(DocContext c, int j) {
        Token t = c.tok(j);
        String n = t.norm();
        return !givenAt(c, j) && n.length() >= 4 && n.endsWith("ا")
                && "اوي".indexOf(n.charAt(n.length() - 2)) < 0 || c.accusative(j);
    }

    /** A word in ة (original spelling) or an accusative in ا: صورا، ركلة — a noun rather than a surname. */
    private static boolean commonNounShape(DocContext c, int j) {
        Token t = c.tok(j);
        String n = t.norm();
        if (givenAt(c, j)) {
            return false;
        }
        char last = c.doc.original().charAt(t.end() - 1);
        return last == 'ة' || n.length() >= 4 && last == 'ا' && "اوي".indexOf(n.charAt(n.length() - 2)) < 0;
    }

    /** كـ + a participle or masdar in م: كممثل، كمراقب، كمستشار (known given names such as كمال are checked before). */
    private static boolean kaParticiple(String n) {
        return n.length() >= 5 && n.charAt(0) == 'ك' && n.charAt(1) == 'م' && "اوي".indexOf(n.charAt(2)) < 0;
    }

    /** A participle or masdar in م (متحمس، مستعد، منتخب), unlike names such as ماكرون، ميركل، موراليس. */
    private static boolean participleShape(String n) {
        return n.length() >= 5 && n.charAt(0) == 'م' && "اوي".indexOf(n.charAt(1)) < 0;
    }

    /**
     * Verbal nouns and verbs by their pattern, for a lone unknown word after a title: استخدام، استنادا
     * (استفعال), اعتقال (افتعال), اعداد (إفعال), ترسيم، تشكيل (تفعيل), أطلق، أحرز، أفضل (أفعل). Without it
     * "رفض الرئيس السوري ترسيم الحدود" made ترسيم a president. Known given names never get here.
     */
    static boolean derivedShape(String n) {
        int len = n.length();
        if (len < 4) {
            return false;
        }
        char c0 = n.charAt(0);
        if (c0 == 'ا') {
            if (len >= 6 && n.charAt(1) == 'س' && n.charAt(2) == 'ت') {
                return true;
            }
            boolean c1 = "اوي".indexOf(n.charAt(1)) < 0;
            boolean c2 = "اوي".indexOf(n.charAt(2)) < 0;
            return len == 4 && c1 && c2 && "اوي".indexOf(n.charAt(3)) < 0
                    || len == 5 && c1 && c2 && n.charAt(3) == 'ا'
                    || len == 6 && c1 && n.charAt(2) == 'ت' && n.charAt(4) == 'ا';
        }
        return c0 == 'ت' && len == 5 && "اوي".indexOf(n.charAt(1)) < 0 && "اوي".indexOf(n.charAt(2)) < 0
                && n.charAt(3) == 'ي';
    }

    /**
     * A verb after a name: a past verb in ت (تناولت، اتحدت، أعلنت) or a verb behind the conjunction ف
     * (فاحتسب، فأنجبت، فقالت). Without it "الرئيس مبارك تناولت المباحثات" took تناولت as a surname.
     * Known given names never count (فرحات، فاطمة are in the lexicon).
     */
    static boolean verbAfterName(DocContext c, int j) {
        Token t = c.tok(j);
        String n = t.norm();
        int len = n.length();
        if (len < 3 || t.type() != TokenType.ARABIC || (c.facts.bare(j) & Facts.GIVEN_NAME) != 0) {
            return false;
        }
        char c0 = n.charAt(0);
        if (c.doc.original().charAt(t.end() - 1) == 'ى' && !DocContext.hasArticle(n) && (len == 3 || c0 == 'ا' && len <= 6
                || c0 == 'ت' && len <= 5)) {
            // سعى، أدى، ألغى، تولى، استدعى: a past verb in ى ("الرئيس السوري سعى"); names in ى are known, and
            // a definite word is no verb (الطبسى is a nisba in Egyptian spelling)
            return true;
        }
        if (len < 4) {
            return false;
        }
        if (len == 4 && c.doc.original().charAt(t.start()) == 'أ' && letter(n, 1) && letter(n, 2) && letter(n, 3)) {
            return true; // أفضل، أكثر، أعلن: an elative or a past verb of form IV; names of this shape are known
        }
        if (len >= 5 && c0 == 'ت' && n.charAt(1) == 'ت') {
            return true; // تتناول، تتحدث: an imperfect verb of form V/VI
        }
        if (len >= 5 && n.charAt(len - 1) == 'ت' && !n.endsWith("ات")) {
            // تفاعل/تفعّل (تناولت), افتعل (اتحدت), استفعل (استقبلت), أفعل (أعلنت); أولمرت، روبرت stay names
            if (c0 == 'ت' && cons(n.charAt(1))
                    || c0 == 'ا' && (len == 6 && n.charAt(2) == 'ت' || len >= 7 && n.startsWith("است")
                            || len == 5 && cons(n.charAt(1)) && cons(n.charAt(2)) && cons(n.charAt(3)))) {
                return true;
            }
        }
        if (c0 != 'ف' || c.lex.givenNames.containsKey(n.substring(1))) {
            return false;
        }
        char o1 = c.doc.original().charAt(t.start() + 1);
        String rest = n.substring(1);
        int rl = rest.length();
        return o1 == 'أ' || o1 == 'إ' || rl >= 6 && rest.startsWith("است")
                || rl == 5 && rest.charAt(0) == 'ا' && rest.charAt(2) == 'ت'
                || rl == 4 && rest.charAt(3) == 'ت' && cons(rest.charAt(0)) // فقالت، فكتبت; فريست، فروست stay
                        && (rest.charAt(1) == 'ا' || cons(rest.charAt(1)) && cons(rest.charAt(2)));
    }

    /** The broken plural patterns فعاليل and مفاعيل: جماهير، تقارير، مشاريع، أساليب. */
    static boolean brokenPlural(String n) {
        return n.length() == 6 && n.charAt(2) == 'ا' && n.charAt(4) == 'ي' && "اوي".indexOf(n.charAt(1)) < 0
                && "اوي".indexOf(n.charAt(3)) < 0 && "اوي".indexOf(n.charAt(5)) < 0;
    }

    /** Dual and plural endings: هدفين، مسؤولون، قرارات. */
    private static boolean pluralShape(String n) {
        return n.length() >= 5 && (n.endsWith("ين") || n.endsWith("ون") || n.endsWith("ات"));
    }

    /** Whether token k cannot go on a name: the end, punctuation, a function word, a verb, a title ... */
    private static boolean boundaryAfter(DocContext c, int k, int end) {
        if (k >= end || c.taken[k] != DocContext.FREE) {
            return true;
        }
        Token t = c.tok(k);
        if (t.type() != TokenType.ARABIC) {
            return t.type() != TokenType.LATIN && t.type() != TokenType.MIXED;
        }
        String n = t.norm();
        return stopAt(c, k) || Words.AFTER_NAME.contains(n) || nameVerbAt(c, k) || n.charAt(0) == 'و'
                || Words.NAME_ENDERS.contains(n) || c.notNameShape(k) || looksLikeImperfectVerb(c, n) || DocContext.hasArticle(n)
                || c.titles.matchBare(k, end) != null || c.lex.notNameWords.contains(t.key()) || kinInConstruct(c, k);
    }

    /**
     * An indefinite accusative noun written without tanween (هجوما، مؤتمرا، بيانا): the object after a
     * subject's name, so the name ends before it. "وشن المندوب دان غيلرمان هجوما" keeps غيلرمان.
     */
    private static boolean accusativeObject(DocContext c, int k, int end) {
        if (k >= end || c.taken[k] != DocContext.FREE || c.type(k) != TokenType.ARABIC) {
            return false;
        }
        Token t = c.tok(k);
        String n = t.norm();
        int len = n.length();
        return len >= 4 && n.charAt(len - 1) == 'ا' && "اويه".indexOf(n.charAt(len - 2)) < 0
                && c.doc.original().charAt(t.end() - 1) == 'ا' && !givenAt(c, k); // not فتابعها
    }

    /**
     * A noun or preposition carrying a pronoun, after a given name: "إسماعيل ابنه"، "موسى معهم"، "لمحمد فيهم".
     * Foreign surnames in ـيه، ـاه or a short ـها (ديشامبيه، ايبواه، ساها) and given names (أدهم) stay names.
     */
    private static boolean possessive(DocContext c, int j) {
        String n = c.tok(j).norm();
        if (givenAt(c, j)) {
            return false;
        }
        return pronounSuffix(c, j) && !n.endsWith("يه") && !n.endsWith("اه") // ايبواه، شاه
                || !DocContext.hasArticle(n) && (n.length() >= 4 && n.endsWith("هم") || n.length() >= 5 && n.endsWith("ها"));
    }

    /** A word written with a final ه (not ة) of four letters or more: a possessive pronoun, مواقفه. */
    private static boolean pronounSuffix(DocContext c, int j) {
        Token t = c.tok(j);
        return t.end() - t.start() >= 4 && c.doc.original().charAt(t.end() - 1) == 'ه'
                && !givenAt(c, j);
    }

    static boolean isParticle(String n) {
        return Words.PARTICLES.contains(n);
    }

    /** {@code isParticle(c.tok(k).norm())}, by the token's own bit: neither the token nor its string is read. */
    static boolean particleAt(DocContext c, int k) {
        return (c.facts.bare(k) & Facts.PARTICLE) != 0;
    }

    /**
     * A word beginning with ي that no name lexicon knows is most likely a verb: بوش يزور. Not when its
     * length and ending fit no imperfect: a bare imperfect has at most five letters unless it opens with
     * يت، ين or يست (يتعامل، ينتظر، يستقبل), and a longer one ends in a pronoun or plural suffix (يقدمها،
     * يحاولون، يطالبوا، يمنحك، يعطيني). So يانكوفيتش، يرلكاب are surnames ("الصربية يلينا يانكوفيتش على").
     */
    private static boolean looksLikeImperfectVerb(DocContext c, String n) {
        return n.length() >= 4 && n.charAt(0) == 'ي' && !c.lex.givenNames.containsKey(n) && !longNonVerbY(n);
    }

    /**
     * A foreign given name in ي that {@link #looksLikeImperfectVerb} refuses (Jari, Janko, Joris written ياري،
     * يانكو، يوريس) right after a cue, followed by a foreign surname: a long vowel after the ي and another from
     * the fourth letter on, which the imperfects يوقع، يواجه، يسجل، يزور lack, no suffix of a verb or plural,
     * no hamza after the ي (يأتي), and a next word of foreign shape ({@link #foreignNameWord}, no ي). "اللاعب
     * يواصل تدريباته"، "الرئيس ياتي بعد" keep their verb: the shape or the next word fails.
     */
    private static boolean foreignYGiven(DocContext c, int j, int end) {
        if (j + 1 >= end || !plainNameFacts(c, j, 4)) {
            return false;
        }
        Token t = c.tok(j);
        String n = t.norm();
        int len = n.length();
        if (n.charAt(0) != 'ي' || len > 7 || "اوي".indexOf(n.charAt(1)) < 0 || c.doc.original().charAt(t.start() + 1) != n.charAt(1)
                || n.endsWith("ون") || n.endsWith("ين") || n.endsWith("وا") || n.endsWith("ه") || n.endsWith("ها")
                || n.endsWith("هم") || n.endsWith("ني") || n.endsWith("نا") || n.endsWith("كم")) {
            return false;
        }
        boolean secondVowel = false;
        for (int k = 3; k < len && !secondVowel; k++) {
            secondVowel = "اوي".indexOf(n.charAt(k)) >= 0;
        }
        return secondVowel && c.tok(j + 1).norm().charAt(0) != 'ي' && foreignNameWord(c, j + 1, end);
    }

    /** A word in ي too long for a bare imperfect and with no suffix (see {@link #looksLikeImperfectVerb}). */
    private static boolean longNonVerbY(String n) {
        return n.length() >= 6 && n.charAt(1) != 'ت' && n.charAt(1) != 'ن' && !n.startsWith("يست")
                && "هامنكي".indexOf(n.charAt(n.length() - 1)) < 0;
    }

    /**
     * Whether token j (after the name) opens what was said: إن/أن, a comma, a colon or a quote. Looser
     * ends (في، خلال) would take "أكد رغبته في" for a speaker.
     */
    private static boolean endsClause(DocContext c, int j, int end) {
        if (j >= end) {
            return false;
        }
        Token t = c.tok(j);
        if (t.type() == TokenType.QUOTE) {
            return true;
        }
        String n = t.norm();
        if (t.type() == TokenType.PUNCT || t.type() == TokenType.SYMBOL) {
            return n.equals(",") || n.equals(":");
        }
        return Words.CLAUSE_OPENERS.contains(n);
    }

    // ---- gender and helpers -----------------------------------------------------------------------

    /** The gender of a given name at token j (bare), or null when it is not one. */
    /**
     * The gender of the given name that opens q, read from its stem: a coordinated person's first token
     * carries و ("أحمد سعيد وفاطمة الزهراء"), which {@link #givenGender} reads as no name at all, and the
     * first person's gender then went to her.
     */
    private static Gender stemGender(DocContext c, Found.Person q) {
        Gender g = givenGender(c, q.first);
        if (g != null || (c.facts.stems(q.first) & Facts.GIVEN_NAME) == 0) {
            return g;
        }
        for (Clitics.Analysis a : c.tok(q.first).analyses()) {
            if (a.stemStart() == q.start && !a.article()) {
                return c.lex.givenNames.get(a.stem());
            }
        }
        return null;
    }

    private static Gender givenGender(DocContext c, int j) {
        if (j >= c.doc.size()) {
            return null;
        }
        return genderOfGiven(c.facts.bare(j)); // neither the token nor the names map is read
    }

    /**
     * {@code lex.givenNames.get(w)} for a word w whose word facts are {@code facts}: null without
     * {@link Facts#GIVEN_NAME}, else the gender its bits carry (a property test holds the two equal).
     */
    static Gender genderOfGiven(long facts) {
        if ((facts & Facts.GIVEN_NAME) == 0) {
            return null;
        }
        return (facts & Facts.GIVEN_FEMALE) != 0 ? Gender.FEMALE : (facts & Facts.GIVEN_UNKNOWN) != 0 ? Gender.UNKNOWN : Gender.MALE;
    }

    /** The gender of a reporting verb at token i (bare or after و/ف), or null when it is none. */
    static Gender verbAt(DocContext c, int i) {
        if (c.verbAtKnown[i]) {
            return c.verbAt[i];
        }
        Gender g = verbAtOf(c, i);
        c.verbAt[i] = g;
        c.verbAtKnown[i] = true;
        return g;
    }

    private static Gender verbAtOf(DocContext c, int i) {
        Token t = c.tok(i);
        if (t.type() != TokenType.ARABIC || (c.facts.stems(i) & Facts.NAME_VERB) == 0) {
            return null;
        }
        for (Clitics.Analysis a : t.analyses()) {
            if (a.prep() == '\0' && !a.article()) {
                Gender g = c.lex.verbs.get(a.stem());
                if (g != null) {
                    return g;
                }
            }
        }
        return null;
    }

    /** The gender of a singular reporting verb at token i (bare or after و/ف) that is no stop word, or null. */
    private static Gender singularVerbAt(DocContext c, int i) {
        if (c.singularVerbKnown[i]) {
            return c.singularVerb[i];
        }
        Gender g = singularVerbOf(c, i);
        c.singularVerb[i] = g;
        c.singularVerbKnown[i] = true;
        return g;
    }

    private static Gender singularVerbOf(DocContext c, int i) {
        Token t = c.tok(i);
        if (t.type() != TokenType.ARABIC || (c.facts.stems(i) & Facts.SINGULAR_VERB) == 0) {
            return null;
        }
        java.util.List<Clitics.Analysis> readings = t.analyses();
        for (int r = 0; r < readings.size(); r++) {
            Clitics.Analysis a = readings.get(r);
            long bits = c.facts.stem(i, r);
            if ((bits & Facts.SINGULAR_VERB) != 0 && a.prep() == '\0' && !a.article()) {
                // the stem is a singular verb (its bit) whose gender its bits carry: no substring, hash or map probe;
                // بين (a verb, showed, and the preposition between) is a suffix of the word when it is the stem
                if ((bits & Facts.GIVEN_NAME) == 0 && !(t.norm().endsWith("بين") && a.stem().equals("بين"))) {
                    return genderOfSingularVerb(bits);
                }
            }
        }
        return null;
    }

    /**
     * {@code lex.singularVerbs.get(w)} for a word w whose word facts are {@code facts}: null without
     * {@link Facts#SINGULAR_VERB}, else the gender its bits carry (a property test holds the two equal).
     */
    static Gender genderOfSingularVerb(long facts) {
        if ((facts & Facts.SINGULAR_VERB) == 0) {
            return null;
        }
        return (facts & Facts.SINGULAR_VERB_FEMALE) != 0 ? Gender.FEMALE
                : (facts & Facts.SINGULAR_VERB_UNKNOWN) != 0 ? Gender.UNKNOWN : Gender.MALE;
    }

    /** The gender of a reporting verb right before token i, or null. */
    static Gender verbBefore(DocContext c, int i) {
        return i > 0 ? verbAt(c, i - 1) : null;
    }

    static boolean ambiguous(DocContext c, int j) {
        // as ambiguous(c, n) of the token's norm, asked by the token's own bits: the ambiguous names and the listed
        // common words; the token is read only for a listed word (the definite places) and علي by its hash
        long bits = c.facts.bare(j);
        return (bits & Facts.AMBIGUOUS_NAME) != 0 || c.normIs(j, "علي")
                || (bits & Facts.NOT_NAME) != 0 && !c.lex.definitePlaceNames.contains(c.tok(j).norm());
    }

    /**
     * {@code ambiguous(c, a.stem())} of token i's r-th reading a, asked by the stem's bits: the stem's string is
     * read only for a listed common word (the definite places) and for علي, when the word ends in it.
     */
    static boolean ambiguous(DocContext c, int i, int r, Clitics.Analysis a) {
        long bits = c.facts.stem(i, r);
        return (bits & Facts.AMBIGUOUS_NAME) != 0 || c.tok(i).norm().endsWith("علي") && a.stem().equals("علي")
                || (bits & Facts.NOT_NAME) != 0 && !c.lex.definitePlaceNames.contains(a.stem());
    }

    static boolean ambiguous(DocContext c, String stem) {
        return c.lex.ambiguousNames.contains(stem) || stem.equals("علي")
                || c.lex.notNameWords.contains(stem) && !c.lex.definitePlaceNames.contains(stem);
    }

    /**
     * Whether token i is the preposition على rather than the name علي. Written with ى it always is; written
     * with ي (as Egyptian print often does) when the word before governs it and the word after is its object:
     * "بالحصول علي موافقة"، "الموافقة علي اصدار"، "ختام الاجتماع علي توصية". Without this one علي named
     * in the document was linked to every such preposition. A title, verb, given name, particle or function
     * word before it (الإمام علي، قال علي، محمد علي، بن علي، مع علي), or بن/أبو after it, keeps the name.
     */
    private static boolean prepositionAli(DocContext c, int i, int first, int end) {
        // asked of every free stop word: the hash answers for nearly all of them without loading the token
        if (!c.normIs(i, "علي") || c.type(i) != TokenType.ARABIC) {
            return false;
        }
        Token t = c.tok(i);
        if (c.doc.original().charAt(t.end() - 1) == 'ى') {
            return true;
        }
        if (i == first || i + 1 >= end) {
            return false;
        }
        Token prev = c.tok(i - 1);
        Token next = c.tok(i + 1);
        if (prev.type() != TokenType.ARABIC || next.type() != TokenType.ARABIC) {
            return false;
        }
        String p = prev.norm();
        if ((c.facts.bare(i - 1) & (Facts.NAME_STOP | Facts.GIVEN_NAME | Facts.PARTICLE | Facts.NAME_VERB)) != 0
                || c.taken[i - 1] == DocContext.PERSON || c.titles.match(i - 1, i) != null || p.charAt(0) == 'و' && p.length() <= 4) {
            return false;
        }
        String n = next.norm();
        if (isParticle(n) || c.lex.givenNames.containsKey(n) && !DocContext.hasArticle(n)) {
            return false;
        }
        return objectOfAli(c, i + 1) || DocContext.hasArticle(n) || n.charAt(0) != 'و' && c.doc.original().charAt(next.end() - 1) == 'ة';
    }

    /**
     * Nouns that open a fixed phrase after the preposition على (على هامش، على مدى، على رأس، على صعيد): Egyptian
     * spelling writes على as علي, and "وزيرة التعاون الدولي علي هامش المؤتمر" names nobody.
     */
    private static final java.util.Set<String> ALI_PHRASE_NOUNS = org.khabar.internal.text.WordSet.of("هامش", "مدي", "راس", "صعيد",
            "حساب", "غرار", "اثر", "اساس", "ضوء", "متن", "طول", "عكس", "خلفيه", "امتداد", "مستوي", "وشك", "قدم");

    /** What follows the preposition على rather than the name علي: أن، ما, or a verbal noun (إصدار، توزيع). */
    private static boolean objectOfAli(DocContext c, int k) {
        if (k >= c.doc.size() || c.type(k) != TokenType.ARABIC) {
            return false;
        }
        String n = c.tok(k).norm();
        return ALI_PHRASE_NOUNS.contains(n) || n.equals("ان") || n.equals("انه") || n.equals("انها") || n.equals("ما") || derivedShape(n)
                || n.length() >= 4 && (n.charAt(0) == 'ت' || n.charAt(0) == 'ا') && !DocContext.hasArticle(n)
                        && !c.lex.givenNames.containsKey(n);
    }

    /** "على" folds to علي: the original spelling with ى is the preposition, never the name. */
    private static boolean isPreposition(DocContext c, Token t, Clitics.Analysis a) {
        if (!a.stem().equals("علي") && !a.stem().equals("الي")) {
            return false;
        }
        char last = c.doc.original().charAt(t.end() - 1);
        return last == 'ى' || a.stem().equals("الي");
    }

    static Found.Org orgAt(DocContext c, int j) {
        return c.orgOf[j];
    }
}
