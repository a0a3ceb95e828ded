package org.khabar.internal.names;

import org.khabar.OrganizationKind;
import org.khabar.internal.lexicon.Facts;
import org.khabar.internal.lexicon.PhraseIndex;
import org.khabar.internal.lexicon.Tsv;
import org.khabar.internal.text.Clitics;
import org.khabar.internal.text.QuoteRegion;
import org.khabar.internal.text.Sentence;
import org.khabar.internal.text.Token;
import org.khabar.internal.text.TokenType;

/**
 * Organisations named without a designator, recognised by their context: sports clubs in match reports
 * (مدرب X، على ضيفه X، فاز X على، X الإسباني، X 2 - 1). Runs after {@link OrgRules}, so a lexicon or designator
 * match always wins. Every club rule needs a sports document (see {@link #sports}): "أمام الرئيس"، "حارس
 * المبنى" in a political story never reach the name test. Stateless.
 */
final class ContextRules {
    private ContextRules() {}

    /** Cue roles (bits) of org_context_cues.tsv. */
    static final int SPORTS = 1;
    static final int CLUB_BEFORE = 2;
    static final int CLUB_VERB = 4;
    static final int NOT_CLUB = 8;

    /** Sports words a document needs before any club rule fires: one stray "هدف" (goal, aim) is not enough. */
    private static final int MIN_SPORTS_WORDS = 3;

    /** The longest club name read without a designator, in tokens (دينامو كييف); a third word after one is usually a player (حارس X غوركا). */
    private static final int MAX_CLUB = 2;

    static int role(Tsv.Row r) {
        switch (r.get("role")) {
            case "SPORTS": return SPORTS;
            case "CLUB_BEFORE": return CLUB_BEFORE;
            case "CLUB_VERB": return CLUB_VERB;
            case "NOT_CLUB": return NOT_CLUB;
            default: throw r.error("role must be SPORTS, CLUB_BEFORE, CLUB_VERB or NOT_CLUB: '" + r.get("role") + "'");
        }
    }

    static void find(DocContext c, Sentence s) {
        dateline(c, s);
        // the club rules need a sports document: asked once, so other documents skip the per-token cue tests
        boolean sports = sports(c);
        int end = s.end();
        for (int i = s.first(); i < end; i++) {
            if (c.taken[i] != DocContext.FREE || c.type(i) != TokenType.ARABIC) {
                continue;
            }
            if (c.normIs(i, "ل") && i + 2 < end) {
                told(c, i + 1, end);
            } else if (i + 2 < end && (c.isPunct(i + 1, '(') || c.type(i + 1) == TokenType.QUOTE)
                    && newsroomVerb(c, i)) {
                // the quote or bracket first: most words have neither after them, and the verb set is not asked
                newsroom(c, i + 1, end);
            }
            if (!sports) {
                continue;
            }
            int cue = cue(c, i);
            if ((cue & (CLUB_BEFORE | CLUB_VERB)) != 0 && i + 1 < end) {
                // مدرب X، على ضيفه X: the cue is written without the article ("المدرب جوزيه" is a person)
                // فاز نيوكاسل على: the verbs are masculine and a town is feminine (فازت باريس), so a town here is a club
                boolean before = (cue & CLUB_BEFORE) != 0;
                // "مباراتين وتغريمه": after مباراة the club is its genitive, never a word with و (but "ضيفه ويجان"
                // is a name that starts with و)
                int k = before && (c.tok(i).deepest().stem().startsWith("مبار") && c.tok(i + 1).deepest().conj() == 'و'
                        && c.tok(i + 1).deepest().hasProclitic() || conjunction(c, i + 1)) ? -1
                        : club(c, i + 1, end, before, true);
                if (k > 0 && (before || afterSubject(c, k, end))) {
                    add(c, i + 1, k, true);
                    i = k - 1;
                    continue;
                }
            }
            if (i > s.first() && c.taken[i - 1] == DocContext.ORG && c.orgOf[i - 1] != null
                    && c.orgOf[i - 1].kind == OrganizationKind.OTHER && c.tok(i).deepest().conj() == 'و'
                    && c.tok(i).deepest().hasProclitic()) {
                // السد والريان، الكوكب والحسنية: a club coordinated with a club found before it
                Clitics.Analysis cd = c.tok(i).deepest();
                String cs = cd.stem();
                int k = cd.article() || DocContext.hasArticle(cs) ? club(c, i, end, true, false) : -1;
                if (k > 0 && !(cs.endsWith("ين") || cs.endsWith("ون")) && !OrgRules.placeNisba(c, i)
                        && (k >= end || !c.isWord(k) || c.normIn(Words.STOP, k)
                                || c.tok(k).deepest().conj() == 'و' || signalAfter(c, k, end))) {
                    // only a definite name that ends there: "والعاملين في"، "وجميع أعضاء" go on as phrases
                    add(c, i, k, true);
                    i = k - 1;
                    continue;
                }
            }
            if (leftEdge(c, i, s.first()) && leftClubMayEnd(c, i, end)) {
                int k = club(c, i, end, false, false);
                if (k > 0 && leftClubEnds(c, i, k, end)) {
                    add(c, i, k, false);
                    i = k - 1;
                }
            }
        }
        if (sports) {
            nisbaList(c, s);
            fixtures(c, s);
        }
    }

    /**
     * Whether the left-edge rule takes a club from token i ending before token k: a signal follows it (a
     * country nisba, a score, a country in brackets), or a definite word ends with a town's nisba.
     */
    static boolean leftClubEnds(DocContext c, int i, int k, int end) {
        return signalAfter(c, k, end) || k - 1 > i && DocContext.hasArticle(c.tok(i).norm()) && townNisba(c, k - 1);
    }

    /**
     * Whether the left-edge rule may take a club at token i, asked before {@link #club}: a club read there
     * ({@code club(c, i, end, false, false)}) ends after one or two words, or at the end of a place starting at
     * i, and is taken only when {@link #leftClubEnds} holds at that end. At the left edge of nearly every word of
     * a sports document the club reader ran (word lists, name shape, place look-up) and one club in four
     * hundred was taken; the test at those few ends answers no for most words first. Exact (club is a pure
     * reading; a property checks that no club is taken where this says no).
     */
    static boolean leftClubMayEnd(DocContext c, int i, int end) {
        if (leftClubEnds(c, i, i + 1, end) || i + 2 <= end && leftClubEnds(c, i, i + 2, end)) {
            return true;
        }
        if (!c.facts.any(i, Facts.PLACE)) {
            return false; // no place starts at i (the places' own first test)
        }
        PhraseIndex.Match<String> place = c.places.match(i, end);
        return place != null && place.end() > i + 2 && leftClubEnds(c, i, place.end(), end);
    }

    /**
     * Clubs listed each with its country (فلومينيزي البرازيلي وفالنسيا الإسباني وفنربغشة التركي ونيويورك
     * متروستارز الأميركي): next to a club found with its nisba, a coordinated bare name that ends on a masculine
     * country nisba is a club too, even when its shape alone would not say so (a final ة or ي, a town's name
     * first). Read forwards from each club, then the item before the first one.
     */
    private static void nisbaList(DocContext c, Sentence s) {
        int end = s.end();
        for (int i = s.first(); i < end; i++) {
            Found.Org o = c.orgOf[i];
            if (o == null || o.first != i || o.kind != OrganizationKind.OTHER || o.end >= end || !nisbaAfter(c, o.end, end)) {
                continue;
            }
            int j = o.end + 1;
            int k = listItem(c, j, end, true);
            if (k > 0) {
                add(c, j, k, false);
            }
            Clitics.Analysis d = c.tok(i).deepest();
            if (d.conj() == 'و' && d.hasProclitic() && i - 2 >= s.first() && nisbaAfter(c, i - 1, end)) {
                int from = i - 1;
                while (from > s.first() && i - 1 - from < MAX_CLUB && listWord(c, from - 1, false)) {
                    from--;
                }
                if (from < i - 1 && (from == s.first() || edgeBefore(c, from))
                        && c.tok(from).deepest().conj() != 'و') {
                    add(c, from, i - 1, true);
                }
            }
        }
    }

    /** End of a coordinated list item at j (وفنربغشة، ونيويورك متروستارز) before a country nisba, or -1. */
    private static int listItem(DocContext c, int j, int limit, boolean coordinated) {
        if (j >= limit || !listWord(c, j, coordinated)) {
            return -1;
        }
        int k = j + 1;
        while (k < limit && k - j < MAX_CLUB && listWord(c, k, false)) {
            k++;
        }
        return k < limit && nisbaAfter(c, k, limit) ? k : -1;
    }

    /**
     * A word of a listed club's name: free, Arabic, without the article, no function word, verb, cue, given
     * name or country. The first word of a coordinated item carries و, the others none.
     */
    private static boolean listWord(DocContext c, int j, boolean coordinated) {
        if (j < 0 || c.taken[j] != DocContext.FREE || c.type(j) != TokenType.ARABIC) {
            return false;
        }
        // the first word of an item read without its و; the others bare (فلومينيزي is no ف + ل + ومينيزي)
        Clitics.Analysis d = coordinated ? c.tok(j).deepest() : c.tok(j).analyses().get(0);
        if (coordinated && !(d.conj() == 'و' && d.hasProclitic() && d.prep() == '\0' && !d.article())) {
            return false;
        }
        String n = coordinated ? d.stem() : c.tok(j).norm();
        PhraseIndex.Match<String> place = c.places.matchBare(j, j + 1);
        return n.length() >= 3 && !DocContext.hasArticle(n) && !Words.STOP.contains(n) && !Words.ORG_STOP.contains(n)
                && !c.isVerb(n) && !c.lex.orgCues.containsKey(n) && !c.lex.givenNames.containsKey(n)
                && !Words.PARTICLES.contains(n) && c.titles.match(j, j + 1) == null && !c.accusative(j)
                && !(place != null && place.value().equals("COUNTRY")) && !c.lex.adjectives.contains(c.tok(j).key());
    }

    /** Whether a list's first item may start at token i: the sentence start, punctuation, a function word or a cue. */
    private static boolean edgeBefore(DocContext c, int i) {
        Token p = c.tok(i - 1);
        if (p.type() != TokenType.ARABIC) {
            return p.type() == TokenType.PUNCT || p.type() == TokenType.SYMBOL;
        }
        return Words.STOP.contains(p.norm()) || cue(c, i - 1) != 0;
    }

    /**
     * A fixture written "X - Y" on its own (السبت : - X - Y .): in a sports report, when one side is a club
     * found by another rule and the other is a short free name, the other is its opponent. A dateline (الدوحة
     * - قنا :) has a news agency on one side, not a club, so it never qualifies.
     */
    private static void fixtures(DocContext c, Sentence s) {
        int end = s.end();
        for (int k = s.first() + 1; k + 1 < end; k++) {
            if (!dash(c, k)) {
                continue;
            }
            int a = k;
            while (a > s.first() && k - a < 3 && c.type(a - 1) == TokenType.ARABIC) {
                a--;
            }
            int b = k + 1;
            while (b < end && b - k - 1 < 3 && c.type(b) == TokenType.ARABIC) {
                b++;
            }
            if (a == k || b == k + 1 || a > s.first() && !fixtureEdge(c, a - 1) || b < end && !fixtureEdge(c, b)) {
                continue;
            }
            if (club(c, a, k) && fixtureSide(c, k + 1, b)) {
                add(c, k + 1, b, true);
            } else if (club(c, k + 1, b) && fixtureSide(c, a, k)) {
                add(c, a, k, true);
            }
        }
    }

    /** Punctuation around a fixture: a dash, a colon, a bracket, a full stop, a comma. */
    private static boolean fixtureEdge(DocContext c, int k) {
        Token t = c.tok(k);
        return t.type() == TokenType.PUNCT || t.type() == TokenType.SYMBOL;
    }

    /** Whether tokens [from, to) are exactly one club found before (kind OTHER, not a channel or agency). */
    private static boolean club(DocContext c, int from, int to) {
        Found.Org o = c.orgOf[from];
        return o != null && o.first == from && o.end == to && o.kind == OrganizationKind.OTHER;
    }

    /** Whether tokens [from, to) are free words that may name a club: no function word, verb, cue, person or country. */
    private static boolean fixtureSide(DocContext c, int from, int to) {
        for (int j = from; j < to; j++) {
            String n = c.tok(j).norm();
            if (c.taken[j] != DocContext.FREE || Words.STOP.contains(n) || Words.ORG_STOP.contains(n) || c.isVerb(n)
                    || c.lex.orgCues.containsKey(n) || c.accusative(j) || n.length() < 2) {
                return false;
            }
        }
        String first = c.tok(from).norm();
        PhraseIndex.Match<String> place = c.places.matchBare(from, to);
        return !(c.lex.givenNames.containsKey(first) && !c.lex.ambiguousNames.contains(first))
                && !(place != null && place.end() == to && place.value().equals("COUNTRY")) && c.titles.match(from, to) == null;
    }

    /**
     * A definite club name after an indefinite "فريق" or "نادي" in a sports document (فريق العربي، نادي
     * الوحدة، فريق الجمعية السلاوية): the name alone, as match reports are annotated. A city nisba after it
     * belongs to the name (الوداد البيضاوي); a country nisba does not (النصر العماني). Outside sport "فريق
     * العمل"، "فريق التحقيق" are teams of people, so the document must read as a sports report.
     */
    static boolean afterTeamNoun(DocContext c, PhraseIndex.Match<NameLexicons.Designator> d, int j, int limit) {
        if (j >= limit || c.taken[j] != DocContext.FREE || d.head().article() || d.head().stem().startsWith("ال")
                || c.type(j) != TokenType.ARABIC || !DocContext.hasArticle(c.tok(j).norm())) {
            return false;
        }
        String w = d.value().key();
        if (!w.equals("فريق") && !w.equals("نادي") || !sports(c)) {
            return false;
        }
        String n = c.tok(j).norm();
        if (!teamWord(c, j, n) || c.titles.match(j, j + 1) != null || c.designators.match(j, j + 1) != null
                || c.lex.givenNames.containsKey(n) && !c.lex.ambiguousNames.contains(n)) {
            return false; // "فريق الرئيس"، "فريق المدرب"، "فريق العمل"
        }
        int k = j + 1;
        if (k < limit && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.ARABIC
                && DocContext.hasArticle(c.tok(k).norm()) && teamWord(c, k, c.tok(k).norm())
                && OrgRules.adjective(c, c.tok(k).norm()) && !c.normIn(Words.TITLE_ADJECTIVES, k)
                && !c.lex.countryNisbas.contains(c.tok(k).key()) && !c.lex.countryNisbas.contains(DocContext.key(c.tok(k).key()))) {
            k++; // الرجاء البيضاوي، المولودية الوجدية
        }
        PhraseIndex.Match<String> place = c.places.matchBare(j, j + 1);
        if (k == j + 1 && place != null && place.value().equals("COUNTRY")) {
            return false; // "فريق المغرب": the national side, tagged as the country
        }
        add(c, j, k, true);
        return c.taken[j] == DocContext.ORG;
    }

    /** A word that may be (part of) a club's name: no function word, sports vocabulary or verb. */
    private static boolean teamWord(DocContext c, int j, String n) {
        return !(Words.STOP.contains(n) || Words.ORG_STOP.contains(n) || c.isVerb(n) || c.lex.orgCues.containsKey(n)
                || c.accusative(j) || n.length() < 4);
    }

    /** Longest newspaper or agency name in a dateline or after "قال ل ـ", in tokens. */
    private static final int MAX_MEDIA = 3;

    /**
     * A dateline: a place, a dash, a short name, then a colon or a dash (الدوحة - X : ...، عمان - X - ...).
     * The name there is the paper or the agency that filed the story; a reporter's name starts with a given
     * name and is left to the person rules.
     */
    private static void dateline(DocContext c, Sentence s) {
        int end = s.end();
        if (!dateline(c, s.first(), end, true)) {
            // "ليلة السوبر الدوحة - الراية : بشغف": a headline runs into the dateline with no stop between;
            // there only a listed agency or paper counts ("صنعاء - الحوثيون :" could be anything)
            for (int i = s.first() + 1; i + 3 < end; i++) {
                if (dash(c, i + 1) && c.type(i) == TokenType.ARABIC && c.taken[i] == DocContext.FREE
                        && dateline(c, i, end, false)) {
                    return;
                }
            }
        }
    }

    /** A dateline "place - source :" from token i; {@code open}: an unlisted source counts too. */
    private static boolean dateline(DocContext c, int i, int end, boolean open) {
        PhraseIndex.Match<String> place = c.places.matchBare(i, end);
        if (place == null || place.end() + 2 >= end || !dash(c, place.end())) {
            return false;
        }
        int j = place.end() + 1;
        int k = j;
        while (k < end && k - j < MAX_MEDIA && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.ARABIC
                && !c.normIn(Words.STOP, k) && !c.isVerb(c.tok(k).norm()) && c.tok(k).norm().length() >= 2
                && !(k > j && c.tok(k).deepest().conj() == 'و' && c.tok(k).deepest().hasProclitic())) {
            k++; // "ا ف ب": spelled-out letters are the lexicon's business; "الاتحاد ووكالات": two sources
        }
        if (k == j || k >= end || !(c.isPunct(k, ':') || dash(c, k))) {
            return false;
        }
        int start = c.tok(j).start();
        int stop = c.tok(k - 1).end();
        PhraseIndex.Match<NameLexicons.OrgForm> known = c.organizations.matchBare(j, k);
        if (known != null && known.end() == k && known.value().org().kind() == OrganizationKind.MEDIA) {
            // الدوحة - قنا : a listed agency or paper whose short form is also a town or a word (left
            // alone by the lexicon rule) is the source in a dateline
            OrgRules.add(c, j, k, start, stop, OrgRules.nameOf(c, known), OrganizationKind.MEDIA, Rules.ORG_DATELINE, true);
            return true;
        }
        if (!open || c.lex.givenNames.containsKey(c.tok(j).norm()) || c.places.matchBare(j, k) != null
                || c.titles.match(j, k) != null) {
            return false;
        }
        OrgRules.add(c, j, k, start, stop, c.text(start, stop), OrganizationKind.MEDIA, Rules.ORG_DATELINE, true);
        return true;
    }

    private static boolean dash(DocContext c, int k) {
        char p = c.punctAt(k);
        return p == '-' || p == '\u2013' || p == '\u2014';
    }

    /**
     * A short quoted or bracketed name after a bare "ل" (قال ل ـ « X »، حديثه ل ( X )): speaking "to" a
     * quoted name is speaking to a newspaper or a channel; a quotation after ل would be a sentence.
     */
    private static void told(DocContext c, int j, int end) {
        if (c.normIs(j, "ـ") && j + 1 < end) {
            j++;
        }
        QuoteRegion q = c.doc.quoteOpenedAt(j);
        int close = closingMark(c, j, end);
        int from = j + 1;
        if (close < 0 || close <= from || close - from > MAX_MEDIA || close >= end || !c.free(from, close)) {
            return;
        }
        for (int k = from; k < close; k++) {
            if (!c.isWord(k) || c.normIn(Words.STOP, k)) {
                return;
            }
        }
        if (c.lex.givenNames.containsKey(c.tok(from).norm()) || q == null && c.places.matchBare(from, close) != null
                && c.places.matchBare(from, close).end() == close) {
            return; // "ل ( محمد )"، "ل ( مصر )"; but "ل « الشرق الأوسط »" in quotes is the newspaper
        }
        int start = c.tok(from).start();
        int stop = c.tok(close - 1).end();
        OrgRules.add(c, from, close, start, stop, c.text(start, stop), OrganizationKind.MEDIA, Rules.ORG_MEDIA_TOLD, true);
    }

    /**
     * Feminine past verbs of a newspaper's or a magazine's own work, normalised: it learned (علمت), visited,
     * met, interviewed, asked, followed, obtained, toured. Arabic papers name themselves as the subject in
     * quotes or brackets right after such a verb: "وعلمت « الشرق الأوسط » أن ..."، "زارت ( العربي ) المسجد".
     * A reporting verb (قالت، ذكرت) is not here: a quotation follows it.
     */
    private static final java.util.Set<String> NEWSROOM_VERBS = org.khabar.internal.text.WordSet.of("علمت", "زارت", "التقت", "حاورت",
            "سالت", "رصدت", "تابعت", "اطلعت", "انفردت", "حصلت", "استطلعت", "تجولت", "جالت", "رافقت", "اجرت", "ذهبت",
            "قررت", "استضافت", "واكبت");

    /** Whether token i is a newsroom verb, bare or after و or ف (وعلمت، فزارت). */
    private static boolean newsroomVerb(DocContext c, int i) {
        if (c.normIn(NEWSROOM_VERBS, i)) {
            return true;
        }
        Token t = c.tok(i);
        char f = t.norm().charAt(0);
        if (f != 'و' && f != 'ف') {
            return false; // the conjunction's letter first: the readings are not read for most words
        }
        Clitics.Analysis d = t.deepest();
        return (d.conj() == 'و' || d.conj() == 'ف') && d.prep() == '\0' && !d.article() && NEWSROOM_VERBS.contains(d.stem());
    }

    /**
     * The closing mark of a quote opened at token j (its last inner token + 1), or of a bracket opened there
     * and closed within {@link #MAX_MEDIA} words; -1 when neither.
     */
    private static int closingMark(DocContext c, int j, int end) {
        QuoteRegion q = c.doc.quoteOpenedAt(j);
        if (q != null) {
            return q.lastInner() + 1;
        }
        if (!c.isPunct(j, '(')) {
            return -1;
        }
        int close = j + 1;
        while (close < end && close - j <= MAX_MEDIA && !c.isPunct(close, ')')) {
            close++;
        }
        return close < end && c.isPunct(close, ')') ? close : -1;
    }

    /**
     * A short quoted or bracketed name right after a newsroom verb: the paper that learned or visited
     * (وعلمت « الحياة »، التقت ( العربي ) الإمام). One to three words, none a function word, the first no
     * given name ("زارت « مريم »" is a person) and the whole no place ("زارت ( مصر )"). Later bracketed mentions
     * of the same name in the document are the paper too (see {@link #sameBracketed}).
     */
    private static void newsroom(DocContext c, int j, int end) {
        int close = closingMark(c, j, end);
        int from = j + 1;
        if (close < 0 || close <= from || close - from > MAX_MEDIA || close >= end || !c.free(from, close)) {
            return;
        }
        for (int k = from; k < close; k++) {
            Token t = c.tok(k);
            if (t.type() != TokenType.ARABIC && t.type() != TokenType.LATIN || Words.STOP.contains(t.norm())
                    || c.isVerb(t.norm())) {
                return;
            }
        }
        if (c.lex.givenNames.containsKey(c.tok(from).norm()) || c.places.matchBare(from, close) != null
                && c.places.matchBare(from, close).end() == close || c.titles.match(from, close) != null) {
            return;
        }
        int start = c.tok(from).start();
        int stop = c.tok(close - 1).end();
        String name = c.text(start, stop);
        // the first find of a name spreads it; later ones find its mentions taken already (one scan per name)
        boolean first = !c.orgNamedBefore(name, from);
        Found.Org o = OrgRules.add(c, from, close, start, stop, name, OrganizationKind.MEDIA, Rules.ORG_MEDIA_NEWSROOM, true);
        if (o != null && first) {
            sameBracketed(c, o, close);
        }
    }

    /**
     * Later mentions of a paper found after a newsroom verb, standing alone in the same kind of marks: "شكر
     * ( العربي ) على زيارتها". The name alone is often a common word (العربي، الحياة), which the linker does
     * not re-find bare; in brackets or quotes by itself it is the paper's name again.
     */
    private static void sameBracketed(DocContext c, Found.Org o, int after) {
        int words = o.end - o.first;
        for (int k = after + 1; k + words < c.doc.size(); k++) {
            if (c.taken[k] != DocContext.FREE || !c.tok(k).norm().equals(c.tok(o.first).norm())) {
                continue;
            }
            boolean same = true;
            for (int x = 1; x < words && same; x++) {
                same = c.tok(k + x).norm().equals(c.tok(o.first + x).norm());
            }
            int close = k + words;
            boolean marked = same && (c.isPunct(k - 1, '(') && c.isPunct(close, ')')
                    || c.type(k - 1) == TokenType.QUOTE && c.type(close) == TokenType.QUOTE);
            if (marked && c.free(k, close)) {
                OrgRules.add(c, k, close, c.tok(k).start(), c.tok(close - 1).end(), o.name, OrganizationKind.MEDIA,
                        Rules.ORG_MEDIA_NEWSROOM, true);
                k = close;
            }
        }
    }

    /** The cue roles of token i read bare or without its proclitics (ولاعب، لمدرب). */
    /** Whether token i is a club cue: a match verb (تأهل، فاز) or a role or noun before a club (لاعب، مباراة). */
    static boolean clubCue(DocContext c, int i) {
        return c.type(i) == TokenType.ARABIC && (cue(c, i) & (CLUB_BEFORE | CLUB_VERB)) != 0;
    }

    private static int cue(DocContext c, int i) {
        if ((c.facts.stems(i) & Facts.ORG_CUE) == 0) {
            return 0; // neither the bare word nor any reading's stem is a cue: most tokens, one bit test
        }
        Token t = c.tok(i);
        Integer r = (c.facts.bare(i) & Facts.ORG_CUE) == 0 ? null : c.lex.orgCues.get(t.norm());
        if (r != null) {
            return r;
        }
        Clitics.Analysis d = t.deepest();
        if (d.hasProclitic() && !d.article()) {
            r = c.lex.orgCues.get(d.stem());
            return r == null ? 0 : r & ~NOT_CLUB;
        }
        return 0;
    }

    /**
     * Whether the document reads as a sports report: enough DIFFERENT sports words (by stem, without
     * proclitics or article), counted once per document. Business and political news repeat one such word
     * ("بهدف" with the aim of، "اللاعبين" market players) but a match report uses several.
     */
    static boolean sports(DocContext c) {
        if (c.sports == 0) {
            String[] seen = new String[MIN_SPORTS_WORDS];
            int n = 0;
            for (int i = 0; i < c.doc.size() && n < MIN_SPORTS_WORDS; i++) {
                // the bit first: no reading's stem a sports cue (nearly every token) has no SPORTS role to look up
                if ((c.facts.stems(i) & Facts.SPORTS_CUE) != 0 && c.type(i) == TokenType.ARABIC
                        && (cue(c, i) & SPORTS) != 0) {
                    String w = Clitics.wordKey(c.tok(i).deepest().stem());
                    boolean known = false;
                    for (int k = 0; k < n && !known; k++) {
                        known = seen[k].equals(w);
                    }
                    if (!known) {
                        seen[n++] = w;
                    }
                }
            }
            c.sports = n >= MIN_SPORTS_WORDS ? DocContext.YES : DocContext.NO;
        }
        return c.sports == DocContext.YES;
    }

    /** فاز X على، تعادل X مع، خسر X أمام: the team after a match verb is followed by its opponent. */
    private static boolean afterSubject(DocContext c, int k, int limit) {
        if (k >= limit) {
            return false;
        }
        String n = c.tok(k).norm();
        return n.equals("علي") || n.equals("مع") || n.equals("امام") || n.equals("ضد") || signalAfter(c, k, limit);
    }

    /**
     * What follows a club and not a person or a town: a masculine country nisba (X الإسباني; the city is
     * feminine: برشلونة الإسبانية), a score (X 2 - 1، X صفر - 3), or the country in brackets in a table.
     */
    private static boolean signalAfter(DocContext c, int k, int limit) {
        if (k >= limit) {
            return false;
        }
        Token t = c.tok(k);
        if (t.type() == TokenType.ARABIC) {
            String n = t.norm();
            if (nisbaAfter(c, k, limit)) {
                return true;
            }
            if (!n.equals("صفر")) {
                return false;
            }
        } else if (t.type() == TokenType.PUNCT || t.type() == TokenType.SYMBOL) {
            if (t.norm().equals("(") && k + 2 < limit && c.isPunct(k + 2, ')')) {
                PhraseIndex.Match<String> p = c.places.matchBare(k + 1, k + 2);
                return p != null && p.value().equals("COUNTRY");
            }
            return false;
        } else if (t.type() != TokenType.NUMBER) {
            return false;
        }
        // a score: 2 - 1، 3 / صفر، صفر - 2
        return k + 2 < limit && (c.isPunct(k + 1, '-') || c.isPunct(k + 1, '/')) && score(c, k + 2);
    }

    /**
     * A masculine country nisba ending the club (X الإسباني): written with a final ي (اليمنى is "right", not
     * Yemeni), and not followed by a name ("وسدد البرازيلي كارلوس": the nisba is a noun, the player's nationality).
     */
    private static boolean nisbaAfter(DocContext c, int k, int limit) {
        Token t = c.tok(k);
        String n = t.norm();
        // the lexicon keys ألماني as a word with an article (ماني): ask for both keys
        if (!DocContext.hasArticle(n) || c.doc.original().charAt(t.end() - 1) != 'ي' || !c.lex.countryNisbas.contains(t.key())
                && !c.lex.countryNisbas.contains(DocContext.key(t.key()))) {
            return false;
        }
        if (k + 1 >= limit || c.type(k + 1) != TokenType.ARABIC) {
            return true;
        }
        String m = c.tok(k + 1).norm();
        if (DocContext.hasArticle(m) && personAfterAdjectives(c, k + 1, limit)) {
            return false; // "واصل الأميركي المخضرم أندري أغاسي": the nisba and its adjective describe a player
        }
        return Words.STOP.contains(m) || Words.ORG_STOP.contains(m) || DocContext.hasArticle(m) || c.isVerb(m)
                || c.tok(k + 1).deepest().conj() == 'و' && c.tok(k + 1).deepest().hasProclitic()
                || possessive(c, k + 1);
    }

    /**
     * A noun with the possessive ه (فوزه، تأهله، مدربه): "حقق ليون الفرنسي فوزه" goes on with what the club
     * did, where a player's name would follow a nisba used as a noun. The original letter is ه, not a ة
     * folded into it; given names that end so (ديديه) are left out.
     */
    private static boolean possessive(DocContext c, int k) {
        Token t = c.tok(k);
        String n = t.norm();
        return n.length() >= 4 && c.doc.original().charAt(t.end() - 1) == 'ه' && !c.lex.givenNames.containsKey(n)
                && !n.endsWith("يه") && c.organizations.match(k, k + 1) == null;
    }

    /** Whether one or two definite adjectives from token k lead to a given name: المخضرم أندري، الشاب الدولي محمد. */
    private static boolean personAfterAdjectives(DocContext c, int k, int limit) {
        int j = k;
        while (j < limit && j - k < 2 && c.type(j) == TokenType.ARABIC && DocContext.hasArticle(c.tok(j).norm())
                && OrgRules.adjective(c, c.tok(j).norm()) && !c.normIn(Words.STOP, j)
                && !c.normIn(Words.ORG_STOP, j)) {
            j++;
        }
        if (j == k || j >= limit || c.type(j) != TokenType.ARABIC) {
            return false;
        }
        String n = c.tok(j).norm();
        return c.lex.givenNames.containsKey(n) && !c.lex.ambiguousNames.contains(n);
    }

    /**
     * An imperfect verb with an object pronoun (يخوضها، يستضيفه، تواجههم): "مباراة يخوضها النجم البرتغالي" has
     * the verb where a club would stand. Written ي or ت, then the stem, then ه، ها، هم or هما (the original ه,
     * not a ة folded into it); given names are left alone.
     */
    private static boolean objectVerb(DocContext c, int j) {
        Token t = c.tok(j);
        String n = t.norm();
        int len = n.length();
        if (len < 5 || n.charAt(0) != 'ي' && n.charAt(0) != 'ت' || c.lex.givenNames.containsKey(n)) {
            return false;
        }
        String o = c.doc.original();
        char last = o.charAt(t.end() - 1);
        return last == 'ه' || n.endsWith("ها") || n.endsWith("هم") || n.endsWith("هما");
    }

    /**
     * "أمام النصر العماني"، "على الاتفاق السعودي": a definite word after the preposition of an opponent and
     * before a country's masculine nisba is a club (the nisba stays out, as for bare names). Not after مع:
     * "مع الجانب الياباني"، "مع الشعب الفلسطيني" are partners, not opponents.
     */
    private static boolean opponent(DocContext c, int j, int limit) {
        if (j == 0 || j + 1 >= limit) {
            return false;
        }
        String p = c.tok(j - 1).norm();
        return (p.equals("امام") || p.equals("علي") || p.equals("ضد")) && nisbaAfter(c, j + 1, limit);
    }

    /** A definite nisba of a city, not of a country or region (البيضاوي، الفاسية; not المغربي، الأوروبية): part of a club's name. */
    private static boolean townNisba(DocContext c, int k) {
        Token t = c.tok(k);
        if (t.type() != TokenType.ARABIC || !DocContext.hasArticle(t.norm()) || c.taken[k] != DocContext.FREE) {
            return false;
        }
        String key = t.key();
        String bare = DocContext.key(key);
        return (c.lex.cityNisbas.contains(key) || c.lex.cityNisbas.contains(bare))
                && !c.lex.countryNisbas.contains(key) && !c.lex.countryNisbas.contains(bare);
    }

    private static boolean score(DocContext c, int k) {
        Token t = c.tok(k);
        return t.type() == TokenType.NUMBER && t.norm().length() <= 2 || t.norm().equals("صفر");
    }

    /**
     * Whether a name may start at token i: the sentence start, punctuation, a function word, a cue, a verb,
     * a nisba that ended the previous club, or a conjunction on the token itself (وفالنسيا الإسباني).
     */
    private static boolean leftEdge(DocContext c, int i, int first) {
        if (i == first) {
            return true;
        }
        TokenType pt = c.type(i - 1);
        if (pt != TokenType.ARABIC) {
            return pt != TokenType.LATIN && pt != TokenType.MIXED;
        }
        // Words.STOP and the verbs by the word's fact bits (NAME_STOP, NAME_VERB): asked at every word of a
        // sports document, where the two set look-ups on the word's String cost more than the rest
        if ((c.facts.bare(i - 1) & (Facts.NAME_STOP | Facts.NAME_VERB)) != 0 || cue(c, i - 1) != 0
                || (c.facts.bare(i - 1) & Facts.CLUB_OBJECT_CUE) != 0) {
            return true;
        }
        Clitics.Analysis d = c.tok(i).deepest();
        return d.hasProclitic() && d.conj() == 'و' && !d.article() && d.stem().length() >= 3;
    }

    /**
     * Whether token j plainly starts with the conjunction و: و before a hamza or the article (وألحان، والسالمية).
     * A noun in construct (نجم X، لاعب X) is never coordinated, though a name may start with و (ويجان).
     */
    private static boolean conjunction(DocContext c, int j) {
        Token t = c.tok(j);
        if (t.type() != TokenType.ARABIC || t.end() - t.start() < 3) {
            return false;
        }
        String o = c.doc.original();
        char c0 = o.charAt(t.start());
        char c1 = o.charAt(t.start() + 1);
        return c0 == 'و' && (c1 == 'أ' || c1 == 'إ' || c1 == 'آ' || c1 == 'ا' && o.charAt(t.start() + 2) == 'ل');
    }

    /** The object pronouns {@link #objectCue} cuts off a club verb cue. */
    static final java.util.List<String> OBJECT_PRONOUNS = java.util.List.of("ه", "ها", "هم", "هما");

    /**
     * A match verb with an object pronoun (خسرها، هزمه، واجههم): "المباراة التي خسرها X 1 - 2" has the club
     * right after it, as after the bare verb. These words are also a fact bit ({@link Facts#CLUB_OBJECT_CUE}),
     * which the callers test instead or first: every word in ة (ه once normalised) cost a substring and a map
     * probe here.
     */
    static boolean objectCue(NameLexicons lex, String n) {
        int cut = n.endsWith("هما") ? 3 : n.endsWith("ها") || n.endsWith("هم") ? 2 : n.endsWith("ه") ? 1 : 0;
        if (cut == 0 || n.length() - cut < 3) {
            return false;
        }
        Integer r = lex.orgCues.get(n.substring(0, n.length() - cut));
        return r != null && (r & CLUB_VERB) != 0;
    }

    /** The reading of token j a club name starts from: ومانشستر → مانشستر, بالجزيرة → الجزيرة; else bare. */
    private static Clitics.Analysis reading(DocContext c, int j, boolean preferBare) {
        Token t = c.tok(j);
        Clitics.Analysis bare = t.analyses().get(0);
        if ((c.facts.bare(j) & (Facts.NAME_STOP | Facts.ORG_CUE)) != 0) { // Words.STOP or orgCues, by the bits
            return bare; // فيها is no ف + يها
        }
        Clitics.Analysis deep = null;
        for (Clitics.Analysis a : t.analyses()) {
            if (a.article() && a.prefix().endsWith("لل")) {
                return a; // للاستعمار: ل + the article, a definite word
            }
            if (a.hasProclitic() && !a.article() && a.stem().length() >= 3 && a.prefix().charAt(0) == 'و') {
                deep = a;
            }
        }
        if (deep == null || (c.facts.bare(j) & Facts.GIVEN_NAME) != 0 || c.places.matchBare(j, j + 1) != null) {
            return bare;
        }
        if (DocContext.hasArticle(deep.stem()) || c.places.match(j, j + 1) != null || !preferBare) {
            return deep;
        }
        return bare;
    }

    /** A word that cannot be (the first word of) a club: a function word, a cue, a title, a designator, a verb. */
    private static boolean notClub(DocContext c, int j, String n) {
        // n is one of token j's readings: when no reading's stem has any of these lexicons' bits, the six look-ups
        // of n in them all miss, and most words of a sports document are in none of them
        boolean listed = (c.facts.stems(j) & NOT_CLUB_WORDS) != 0;
        if (listed && (Words.STOP.contains(n) || Words.TITLE_ADJECTIVES.contains(n) || c.isVerb(n))
                || Words.ORG_STOP.contains(n)) {
            return true;
        }
        if (listed && (c.lex.orgCues.containsKey(n) || Words.PARTICLES.contains(n)) || n.equals("صفر")
                || (c.facts.stems(j) & Facts.CLUB_OBJECT_CUE) != 0 && objectCue(c.lex, n)) {
            return true; // "مرمى بن فوستر": a particle starts a person's name
        }
        return c.titles.match(j, j + 1) != null || c.designators.match(j, j + 1) != null
                || listed && c.lex.givenNames.containsKey(n) && !c.lex.ambiguousNames.contains(n);
    }

    /** The bits of the word lists {@link #notClub} looks a reading up in (all but ORG_STOP have one). */
    private static final long NOT_CLUB_WORDS = Facts.NAME_STOP | Facts.TITLE_ADJECTIVE | Facts.NAME_VERB | Facts.ORG_CUE
            | Facts.PARTICLE | Facts.GIVEN_NAME;

    /**
     * End of a club name starting at token j, or -1: one definite word (الأهلي، with a city nisba: الوداد
     * البيضاوي) or up to three bare proper-shaped words (دينامو كييف). Never a country (national teams are
     * places), a person (a given name), or a town unless a strong cue stands before it (لاعب مانشستر).
     */
    static int club(DocContext c, int j, int limit, boolean strong, boolean subject) {
        if (c.taken[j] != DocContext.FREE || c.type(j) != TokenType.ARABIC || c.accusative(j)) {
            return -1;
        }
        Clitics.Analysis a = reading(c, j, strong || subject);
        String n = a.stem();
        if (a.bare() && objectVerb(c, j)) {
            return -1;
        }
        // الوداد البيضاوي، المغرب الفاسي، الجمعية السلاوية: a definite word and a town's nisba name a club
        boolean town = DocContext.hasArticle(n) && j + 1 < limit && townNisba(c, j + 1);
        boolean definite = DocContext.hasArticle(n) || a.article();
        int k = j + 1;
        if (definite && !strong && !subject && !town && !opponent(c, j, limit)
                && !(k < limit && (score(c, k) || c.isPunct(k, '(')) && signalAfter(c, k, limit))) {
            // "الانسحاب الإسرائيلي"، "الجانب الفرنسي": a definite noun and a nisba is a phrase. The definite
            // branch's last test, asked first: every test before it answers -1 or goes on to it, and at the
            // left edge of nearly every word of a sports document (one club in four hundred calls there) it
            // spares the word lists, the name shape and the place look-up of most definite words
            return -1;
        }
        boolean blocked = notClub(c, j, n) && !(town && c.designators.match(j, j + 1) != null
                && !c.lex.orgCues.containsKey(n) && !Words.STOP.contains(n));
        if (n.length() < 2 || blocked || a.bare() && c.notNameShape(j) && !(strong && n.endsWith("وا"))) {
            return -1; // "لاعب لتعزيز": a verb; but ستيوا after مضيفه is a name, not a plural verb
        }
        PhraseIndex.Match<String> place = c.places.match(j, limit);
        if (place != null && !town && (place.value().equals("COUNTRY") || !strong && !subject && place.end() == j + 1
                && !signalAfter(c, j + 1, limit))) {
            return -1; // "أمام مصر": a national team, tagged as the country; "في لندن": the town itself
        }
        if (definite) {
            // the readings' key bits first: a.key() is a new String, hashed for each probe, and most keys are in neither
            if ((c.facts.keys(j) & (Facts.PLACE_NISBA | Facts.ADJECTIVE)) != 0
                    && (c.lex.placeNisbas.contains(a.key()) || c.lex.adjectives.contains(a.key()) && !strong)) {
                return -1; // والأرجنتيني ميسي: a nationality used as a noun is a player
            }
            if (k < limit && c.taken[k] == DocContext.FREE && (c.facts.bareKey(k) & Facts.PLACE_NISBA) != 0
                    && !c.lex.countryNisbas.contains(c.tok(k).key())) {
                k++; // الرجاء البيضاوي: a city nisba is part of the club's name
            }
            return k;
        }
        if (!OrgRules.properShape(c, j) && place == null) {
            return -1; // "جماهير غفيرة": an indefinite adjective, no name
        }
        while (k < limit && k - j < MAX_CLUB && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.ARABIC) {
            Token t = c.tok(k);
            String m = t.norm();
            if (DocContext.hasArticle(m) || t.deepest().conj() == 'و' && t.deepest().hasProclitic() || notClub(c, k, m)
                    || m.length() >= 5 && m.charAt(0) == 'ل' && "يتن".indexOf(m.charAt(1)) >= 0 // لينضم
                    || Words.PARTICLES.contains(m)
                    || !OrgRules.nameWord(c, k) || !OrgRules.properShape(c, k) || c.places.matchBare(k, k + 1) != null
                    && c.places.matchBare(k, k + 1).value().equals("COUNTRY")) {
                break;
            }
            k++;
        }
        if (place != null && place.end() > k) {
            k = place.end();
        }
        return k;
    }

    private static void add(DocContext c, int first, int end, boolean strong) {
        Clitics.Analysis a = reading(c, first, strong);
        int start = a.stemStart();
        int stop = c.tok(end - 1).end();
        if (start >= stop) {
            return;
        }
        // a town read as a club ("لاعب مانشستر") is not looked for again: "في مانشستر" is the town
        boolean town = c.places.match(first, end) != null;
        OrgRules.add(c, first, end, start, stop, c.nameFrom(a, start, stop), OrganizationKind.OTHER, Rules.ORG_SPORTS,
                !town);
    }
}
