package org.khabar.internal.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.Actor;
import org.khabar.Gender;
import org.khabar.Organization;
import org.khabar.OrganizationKind;
import org.khabar.Span;
import org.khabar.internal.lexicon.Facts;
import org.khabar.internal.lexicon.PhraseIndex;
import org.khabar.internal.text.ArabicNormalizer;
import org.khabar.internal.text.Clitics;
import org.khabar.internal.text.Token;
import org.khabar.internal.text.TokenFacts;
import org.khabar.internal.text.TokenType;

/**
 * In-document linking and record building: organisation mentions merged by name and short form, later
 * bare mentions of a found name added; a person's later surname-only or given-name-only mention joined
 * to the full name when exactly one person carries it (people who share a surname stay apart); then
 * ids A1.. and O1.. in order of first mention.
 */
final class Linker {
    private Linker() {}

    /** Shortest name part (in characters) that may be linked on its own: جو، بن are too common as words. */
    private static final int MIN_PART = 3;

    /**
     * Merges organisation mentions and adds their later bare mentions (لازارد، بينانس); run before the
     * person rules so that "وقالت بينانس إن" is not read as a person after a reporting verb.
     */
    static List<List<Found.Org>> linkOrganizations(DocContext c) {
        List<List<Found.Org>> orgClusters = clusterOrgs(c);
        propagateOrgs(c, orgClusters);
        return orgClusters;
    }

    static org.khabar.internal.names.Entities build(DocContext c, List<List<Found.Org>> orgClusters) {
        trimToSurnames(c);
        List<List<Found.Person>> people = clusterPersons(c);
        personsNotOrgs(c, orgClusters, people);
        propagatePersons(c, people);
        lineageChains(c, people);
        widenToFullNames(c, people);
        widenOverGivenName(c, people);
        widenOverCuedFirstWord(c, people);
        joinAdjacent(c, people);
        latinGlosses(c, orgClusters, people);
        return records(c, orgClusters, people);
    }

    // ---- organisations ----------------------------------------------------------------------------

    /**
     * The cluster key of an organisation name: its word keys joined by spaces, worked out once per name in
     * {@code keys} (without the word list: {@link PhraseIndex#joinedKeys}). A document names the same organisation many times and each mention asks for its name's
     * key and its short forms' keys; joining the words anew every time was most of the clustering.
     */
    private static String orgKey(DocContext c, Map<String, String> keys, String name) {
        String k = keys.get(name);
        if (k == null) {
            k = PhraseIndex.joinedKeys(name); // the words of c.keysOf(name), joined in one pass
            keys.put(name, k);
        }
        return k;
    }

    private static List<List<Found.Org>> clusterOrgs(DocContext c) {
        c.orgs.sort(Comparator.comparingInt(o -> o.start));
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        List<List<Found.Org>> clusters = new ArrayList<>();
        for (Found.Org o : c.orgs) {
            String nameKey = orgKey(c, keys, o.name);
            Integer k = byKey.get(nameKey);
            if (k == null) {
                for (String sf : o.shortForms) {
                    k = byKey.get(orgKey(c, keys, sf));
                    if (k != null) {
                        break;
                    }
                }
            }
            if (k == null) {
                k = clusters.size();
                clusters.add(new ArrayList<>());
            }
            byKey.putIfAbsent(nameKey, k);
            for (String sf : o.shortForms) {
                byKey.putIfAbsent(orgKey(c, keys, sf), k);
            }
            o.cluster = k;
            clusters.get(k).add(o);
        }
        return clusters;
    }

    /** Later bare mentions of found names and short forms: لازارد after شركة لازارد، بينانس after بينانس هولدينغز. */
    private static void propagateOrgs(DocContext c, List<List<Found.Org>> clusters) {
        // a name can be found again only at a free word that reads as its first key, and most documents have
        // none (every mention of a name is taken): the forms are collected with their first keys' hashes, and
        // the index is built only when some free word meets one, of the forms such a word can start
        Starts starts = new Starts();
        List<String> forms = new ArrayList<>();
        List<Integer> formClusters = new ArrayList<>();
        // the forms offered for the cluster at hand: a form met again for the same cluster (every later
        // mention of a name repeats its text and short forms) would only be normalised and put again
        List<String> offered = new ArrayList<>();
        for (int k = 0; k < clusters.size(); k++) {
            offered.clear();
            for (Found.Org o : clusters.get(k)) {
                if (!o.propagate || o.rule.equals(Rules.ORG_LEXICON)) {
                    continue;
                }
                String text = c.text(o.start, o.endOffset);
                if (offer(offered, text)) {
                    forms.add(text);
                    formClusters.add(k);
                    starts.add(PhraseIndex.firstKeyHash(text, 0, text.length()));
                }
                for (String sf : o.shortForms) {
                    if (offer(offered, sf)) {
                        forms.add(sf);
                        formClusters.add(k);
                        starts.add(PhraseIndex.firstKeyHash(sf, 0, sf.length()));
                    }
                }
            }
        }
        if (forms.isEmpty() || !starts.meet(c, false)) {
            return;
        }
        PhraseIndex<Integer> names = new PhraseIndex<>();
        for (int x = 0; x < forms.size(); x++) {
            String form = forms.get(x);
            // in order: a later cluster takes a form over; linkable (a normalising pass) only for a form that
            // some free word may start
            if (starts.live(PhraseIndex.firstKeyHash(form, 0, form.length())) && linkable(form)) {
                names.put(form, formClusters.get(x));
            }
        }
        if (names.size() == 0) {
            return;
        }
        // the tokens meet found lead from one to the next (every other token starts no found name), then the
        // token's tests: a token inside a match just taken is no longer free
        for (int x = 0; x < starts.tokens(); x++) {
            int i = starts.token(x);
            if (c.taken[i] != DocContext.FREE || !c.isWord(i)) {
                continue;
            }
            PhraseIndex.Match<Integer> m = names.match(c.doc, c.facts, i, c.doc.size());
            if (m == null || !c.free(i, m.end()) || m.head().article() || continueName(c, m.end())) {
                continue;
            }
            if (i > 0 && m.head().bare() && c.type(i) == TokenType.ARABIC
                    && c.lex.givenNames.containsKey(c.tok(i - 1).norm()) && !c.normIn(Words.STOP, i - 1)) {
                // "كامالا هاريس": after a given name the word is a surname, not the organisation; but "إن"
                // and "أن" normalise to ان, which is also آن (Anne): "وقال إن لازارد ستندمج" names the company
                continue;
            }
            Clitics.Analysis a = m.head();
            List<Found.Org> cl = clusters.get(m.value());
            Found.Org model = cl.get(0);
            Found.Org o = new Found.Org(i, m.end(), a.stemStart(), c.tok(m.end() - 1).end(), model.name, model.kind,
                    model.rule, true);
            o.cluster = m.value();
            c.take(i, m.end(), DocContext.ORG);
            for (int k = i; k < m.end(); k++) {
                c.orgOf[k] = o;
            }
            c.orgs.add(o);
            cl.add(o);
        }
    }

    /**
     * Whether {@code form} is offered for the cluster at hand for the first time ({@code offered} holds the
     * forms offered for it so far). Putting a form again with the value it holds changes nothing (same keys,
     * same article flag, same value), so only a new form needs the tests and the put. The clusters are
     * offered one after the other, so a form put for an earlier cluster is new again here, as it must be
     * (the later cluster takes it over). A short list of the cluster's distinct forms, compared by equals,
     * where a map of every form hashed each mention's fresh text.
     */
    private static <T> boolean offer(List<T> offered, T form) {
        for (int x = 0; x < offered.size(); x++) {
            if (offered.get(x).equals(form)) {
                return false;
            }
        }
        offered.add(form);
        return true;
    }

    /** A found name may be re-found alone only when it is no common word: not one definite Arabic word. */
    private static boolean linkable(String text) {
        String k = ArabicNormalizer.normalizeKey(text);
        if (k.length() < MIN_PART) {
            return false;
        }
        return !(k.indexOf(' ') < 0 && k.startsWith("ال")) && !Words.STOP.contains(k);
    }

    /** Whether the name at hand goes on past the match (the match is only part of a longer name). */
    private static boolean continueName(DocContext c, int j) {
        if (j >= c.doc.size()) {
            return false;
        }
        Token t = c.tok(j);
        return t.spaceBefore() && (t.type() == TokenType.LATIN && Character.isUpperCase(c.doc.original().charAt(t.start()))
                || t.type() == TokenType.ARABIC && c.designators.matchBare(j, j + 1) != null
                        && c.designators.matchBare(j, j + 1).value().suffix());
    }

    /**
     * The first keys of the names a document's propagation may put ({@link PhraseIndex#firstKeyHash}), and
     * which of them a free token the scan reads has among its reading hashes: a name starts a match only at
     * such a token ({@link PhraseIndex#match} finds a first word by a reading hash equal to its key's; a
     * property in PhraseKeysProperties checks it), so a name no such token meets is never found and need not
     * be put, a document where none is met needs no index at all, and the scan visits the tokens met alone.
     * Exact in the way of the index's own filters: the met names are kept as bits of their hashes, a clear bit
     * means no such token, a set bit (or a name without keys) puts the name as before. Counted on the 600
     * seed-built documents: an index was built, filled and scanned in 573 for people and 581 for
     * organisations, and 4 of the 581 had a free word that starts a found organisation's name.
     */
    private static final class Starts {
        private static final int MASK = 2047;
        private final long[] names = new long[(MASK + 1) >>> 6];
        private final long[] met = new long[(MASK + 1) >>> 6];
        /** A name without keys: put throws for it, as it did, so nothing is left out. */
        private boolean keyless;
        private int[] tokens = new int[8];
        private int count;
        /** The names' first keys' hashes: a document's tokens have a thousand reading hashes, and a bit alone
         * (one in 2,048 set for each name) lets a few of them through in most documents. */
        private int[] hashes = new int[16];
        private int hashCount;

        void add(long firstKeyHash) {
            if (firstKeyHash == PhraseIndex.NO_KEY) {
                keyless = true;
            } else {
                int h = bit((int) firstKeyHash);
                names[h >>> 6] |= 1L << h;
                if (hashCount == hashes.length) {
                    hashes = java.util.Arrays.copyOf(hashes, hashCount * 2);
                }
                hashes[hashCount++] = (int) firstKeyHash;
            }
        }

        /** Whether a reading hash is one of the names' first keys' (its bit passed: the hashes themselves decide). */
        private boolean isName(int hash) {
            for (int x = 0; x < hashCount; x++) {
                if (hashes[x] == hash) {
                    return true;
                }
            }
            return false;
        }

        private static int bit(int hash) {
            return (hash ^ (hash >>> 16)) & MASK;
        }

        /**
         * Marks the bits of the names that a free token ({@link TokenType#ARABIC} for people, any word for
         * organisations, as the scans read) has among its reading hashes; whether any name may be found.
         * One loop over the document's hashes, as {@link PhraseIndex#nextMayMatch}: the token is looked at only
         * when a hash passes.
         */
        boolean meet(DocContext c, boolean persons) {
            boolean any = keyless;
            TokenFacts f = c.facts;
            int n = c.doc.size();
            int i = 0;
            for (int k = f.hashFrom(0), end = f.hashFrom(n); k < end; k++) {
                int hash = f.hash(k);
                int h = bit(hash);
                if ((names[h >>> 6] & (1L << h)) == 0 || !isName(hash)) {
                    continue;
                }
                while (f.hashTo(i) <= k) {
                    i++; // the token that holds hash k
                }
                if (c.taken[i] == DocContext.FREE && (persons ? c.type(i) == TokenType.ARABIC : c.isWord(i))) {
                    met[h >>> 6] |= 1L << h;
                    any = true;
                    if (count == 0 || tokens[count - 1] != i) {
                        if (count == tokens.length) {
                            tokens = java.util.Arrays.copyOf(tokens, count * 2);
                        }
                        tokens[count++] = i;
                    }
                }
            }
            return any;
        }

        /** How many tokens {@link #meet} found; the scans read them in order. */
        int tokens() {
            return count;
        }

        /**
         * The x-th token, in text order, that was free and had a name's first key among its hashes: the only tokens
         * where a name of the index may be found (a token taken later by a match is never freed again), so
         * the scans visit these where they walked the index's first-word filter over all the hashes again.
         */
        int token(int x) {
            return tokens[x];
        }

        /** Whether a name with this first key may be found: its bit was met (or it has no keys). */
        boolean live(long firstKeyHash) {
            if (firstKeyHash == PhraseIndex.NO_KEY || keyless) {
                return true;
            }
            int h = bit((int) firstKeyHash);
            return (met[h >>> 6] & (1L << h)) != 0;
        }
    }

    // ---- people -----------------------------------------------------------------------------------

    private static List<String> keys(DocContext c, Found.Person p) {
        if (p.keys == null) {
            p.keys = List.copyOf(wordsOf(c, p));
        }
        return p.keys;
    }

    private static List<String> wordsOf(DocContext c, Found.Person p) {
        List<String> k = new ArrayList<>(p.tokens());
        for (int t = p.first; t < p.end; t++) {
            String n = t == p.first ? stemAt(c, p) : c.tok(t).norm();
            k.add(n);
        }
        return k;
    }

    private static String stemAt(DocContext c, Found.Person p) {
        Token t = c.tok(p.first);
        for (Clitics.Analysis a : t.analyses()) {
            if (a.stemStart() == p.start) {
                return a.stem();
            }
        }
        return t.norm();
    }

    /**
     * "وكتب محفوظ رواية" in a document that also names نجيب محفوظ: a two-word name found only on weak
     * evidence (after a reporting verb, or a given name followed by an unknown word) whose first word is the
     * surname of a person introduced by a given name is that surname followed by a common word (رواية, a
     * novel); the mention is cut to the surname. Left whole, the common word would be linked as the person
     * everywhere and the surname, now shared by two people, nowhere.
     */
    private static void trimToSurnames(DocContext c) {
        Set<String> surnames = null;
        for (Found.Person p : c.persons) {
            if (p.tokens() < 2) {
                continue;
            }
            // the given names' bit before the stem is cut (givenFirst tests it too): most first words have none
            if ((c.facts.stems(p.first) & Facts.GIVEN_NAME) != 0 && givenFirst(c, p, stemAt(c, p))) {
                String last = c.tok(p.end - 1).norm();
                if (!Words.PARTICLES.contains(last)) {
                    if (surnames == null) {
                        surnames = new java.util.HashSet<>();
                    }
                    surnames.add(last);
                }
            }
        }
        if (surnames == null) {
            return;
        }
        // "جون بولتون" also found after a title: a name, not a slip. Built when a cut is first considered:
        // the loop below replaces weak mentions only, which never enter this set, so it is the same then
        Set<String> strongPairs = null;
        for (int k = 0; k < c.persons.size(); k++) {
            Found.Person p = c.persons.get(k);
            if (p.tokens() != 2 || !weak(p) || !surnames.contains(stemAt(c, p))) {
                continue;
            }
            Token second = c.tok(p.first + 1);
            if (c.lex.givenNames.containsKey(second.norm()) || second.norm().length() < 3) {
                continue; // محفوظ نجيب is a name either way round; محمد ب. is a name with an initial
            }
            if (ActorRules.foreignGiven(c, p.first) && !DocContext.hasArticle(second.norm())
                    && ActorRules.pluralSurnameShape(second.norm())) {
                // "جاي جون" then "جون بولتون": a Western given name is also a surname, and a word in -ون، -مان
                // after it is its surname (the rules let those in only after a foreign given name); "رونالدو
                // عانق" is still cut
                continue;
            }
            if (strongPairs == null) {
                strongPairs = strongPairs(c);
            }
            if (strongPairs.contains(stemAt(c, p) + " " + second.norm())) {
                continue;
            }
            c.take(p.first + 1, p.end, DocContext.FREE);
            c.persons.set(k, p.over(p.first, p.first + 1, p.start, c.tok(p.first).end()));
        }
    }

    /**
     * Whether {@code first}, the stem of the person's first token (stemAt, keys(c, p).get(0)), is a given
     * name. The given names' bit on that token's readings first: the large map is probed only for a token
     * one of whose stems is a given name (the bit is set from the same map's keys).
     */
    private static boolean givenFirst(DocContext c, Found.Person p, String first) {
        return (c.facts.stems(p.first) & Facts.GIVEN_NAME) != 0 && c.lex.givenNames.containsKey(first);
    }

    /** The first two words of every person found on strong evidence (see {@link #trimToSurnames}). */
    private static Set<String> strongPairs(DocContext c) {
        Set<String> pairs = new java.util.HashSet<>();
        for (Found.Person p : c.persons) {
            if (p.tokens() >= 2 && !weak(p)) {
                pairs.add(stemAt(c, p) + " " + c.tok(p.first + 1).norm());
            }
        }
        return pairs;
    }

    /**
     * A person seen once, as two words, on weak evidence, the second no given name: "أرسل معاوية جيشا"
     * (sent Muawiya an army) may well be a given name and a common word.
     */
    private static boolean frail(DocContext c, List<Found.Person> cluster) {
        if (cluster.size() != 1) {
            return false;
        }
        Found.Person p = cluster.get(0);
        return p.tokens() == 2 && weak(p) && !c.lex.givenNames.containsKey(c.tok(p.first + 1).norm());
    }

    /** Names found on weak evidence: after a reporting verb, or a given name and the next word. */
    private static boolean weak(Found.Person p) {
        return p.rule.equals(Rules.ACTOR_VERB) || p.rule.equals(Rules.ACTOR_GIVEN);
    }

    private static List<List<Found.Person>> clusterPersons(DocContext c) {
        c.persons.sort(Comparator.comparingInt(p -> p.start));
        List<List<Found.Person>> clusters = new ArrayList<>();
        List<List<String>> longest = new ArrayList<>();
        // word → clusters whose longest name holds it: only those can match, so linking stays linear
        Map<String, List<Integer>> byWord = new HashMap<>();
        // the candidate clusters of one mention, sorted and walked from the highest: a few ints in one array
        // reused for the whole document, where a TreeSet of boxed ints was built for every mention
        int[] candidates = new int[16];
        for (Found.Person p : c.persons) {
            List<String> k = keys(c, p);
            int best = -1;
            int n = 0;
            for (String w : k) {
                List<Integer> l = byWord.get(w);
                if (l == null) {
                    continue;
                }
                for (int ci : l) {
                    if (n == candidates.length) {
                        candidates = java.util.Arrays.copyOf(candidates, n * 2);
                    }
                    candidates[n++] = ci;
                }
            }
            java.util.Arrays.sort(candidates, 0, n);
            for (int x = n - 1; x >= 0; x--) { // the nearest earlier person first
                int ci = candidates[x];
                if (x + 1 < n && candidates[x + 1] == ci) {
                    continue; // seen: a cluster holding two of the mention's words
                }
                List<String> full = longest.get(ci);
                if (contiguous(full, k) || contiguous(k, full)) {
                    best = ci;
                    break;
                }
            }
            if (best < 0) {
                best = clusters.size();
                clusters.add(new ArrayList<>());
                longest.add(k);
                index(byWord, k, best);
            } else if (k.size() > longest.get(best).size()) {
                longest.set(best, k);
                index(byWord, k, best);
            }
            p.cluster = best;
            clusters.get(best).add(p);
        }
        return clusters;
    }

    private static void index(Map<String, List<Integer>> byWord, List<String> words, int cluster) {
        for (String w : words) {
            List<Integer> l = byWord.computeIfAbsent(w, x -> new ArrayList<>(2));
            if (l.isEmpty() || l.get(l.size() - 1) != cluster) {
                l.remove(Integer.valueOf(cluster));
                l.add(cluster);
            }
        }
    }

    /**
     * "فريق هاريس": a one-word name after a descriptor that is the surname of a person found in the
     * document names the person's team, so the word is the person's mention, not an organisation.
     */
    private static void personsNotOrgs(DocContext c, List<List<Found.Org>> orgClusters, List<List<Found.Person>> people) {
        if (!anyOneWordDescribed(orgClusters)) {
            return; // most documents: no organisation can be a surname, and the surnames need not be listed
        }
        Map<String, Integer> surnames = new HashMap<>();
        for (int k = 0; k < people.size(); k++) {
            for (Found.Person p : people.get(k)) {
                List<String> ks = keys(c, p);
                if (ks.size() >= 2) {
                    surnames.put(ks.get(ks.size() - 1), k);
                }
            }
        }
        for (List<Found.Org> cl : orgClusters) {
            for (java.util.Iterator<Found.Org> it = cl.iterator(); it.hasNext();) {
                Found.Org o = it.next();
                Integer k = o.end - o.first == 1 && o.rule.equals(Rules.ORG_DESCRIPTOR)
                        ? surnames.get(c.tok(o.first).norm()) : null;
                if (k != null) {
                    it.remove();
                    c.orgs.remove(o);
                    c.take(o.first, o.end, DocContext.FREE);
                    for (int x = o.first; x < o.end; x++) {
                        c.orgOf[x] = null;
                    }
                }
            }
        }
    }

    /** Whether some organisation is one word after a descriptor, the only kind {@link #personsNotOrgs} may undo. */
    private static boolean anyOneWordDescribed(List<List<Found.Org>> orgClusters) {
        for (List<Found.Org> cl : orgClusters) {
            for (Found.Org o : cl) {
                if (o.end - o.first == 1 && o.rule.equals(Rules.ORG_DESCRIPTOR)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Second halves that make one name with the word before: نصر الله، عماد الدين. Alone, الدين (religion,
     * or debt) is a common word and must not be linked as the person.
     */
    private static boolean boundLast(String w) {
        return w.equals("الله") || w.equals("الدين");
    }

    /** Whether {@code part} occurs in {@code whole} as a run that starts or ends it (given name or surname). */
    private static boolean contiguous(List<String> whole, List<String> part) {
        if (part.size() > whole.size() || part.isEmpty()) {
            return false;
        }
        if (whole.subList(0, part.size()).equals(part)) {
            return true;
        }
        return whole.subList(whole.size() - part.size(), whole.size()).equals(part);
    }

    /** Later mentions by full name, surname or given name; parts shared by two people are left alone. */
    /**
     * A linkable name form: its cluster and whether it starts with the article (الأسد); {@code owners} holds
     * the clusters of a part two or more people share (otherwise null), and the mention goes to the nearest.
     */
    private record Part(int cluster, boolean definite, int[] owners) {
        Part(int cluster, boolean definite) {
            this(cluster, definite, null);
        }
    }

    private static void propagatePersons(DocContext c, List<List<Found.Person>> clusters) {
        // as in propagateOrgs: the names are put only when some free word reads as their first key, so the
        // full names are kept in order (a later cluster's value replaces an earlier one's) until that is known
        Starts starts = new Starts();
        List<List<String>> fullNames = new ArrayList<>();
        List<Part> fullParts = new ArrayList<>();
        Map<String, Integer> partOwner = new HashMap<>();
        Set<String> shared = new java.util.HashSet<>();
        Map<Integer, Set<String>> frailParts = new java.util.LinkedHashMap<>();
        // as in propagateOrgs: a person's mentions repeat its name, and putting a phrase again for the cluster
        // it was last put for changes nothing (same keys, same Part), while put tokenises the phrase every time.
        // A name is offered as its word list (words hold no space, so equal lists are equal joins)
        List<List<String>> offered = new ArrayList<>();
        for (int k = 0; k < clusters.size(); k++) {
            offered.clear();
            Set<String> parts = new LinkedHashSet<>();
            for (Found.Person p : clusters.get(k)) {
                List<String> ks = keys(c, p);
                if (ks.size() >= 2 || !commonWord(c, ks.get(0), p.end - 1) && !commonAlone(c, ks.get(0), p.first)) {
                    // the words as they are: no joined phrase for put to split and fold again
                    if (offer(offered, ks)) {
                        fullNames.add(ks);
                        fullParts.add(new Part(k, DocContext.hasArticle(ks.get(0))));
                        starts.add(PhraseIndex.firstKeyHash(ks));
                    }
                }
                if (ks.size() >= 2) {
                    int n = ks.size();
                    if (Words.PARTICLES.contains(ks.get(n - 2)) || boundLast(ks.get(n - 1))) {
                        if (n == 2 && ks.get(0).equals("بن")) {
                            parts.add(ks.get(1)); // بن هورويتز (Ben) → هورويتز
                        }
                        if (n > 2) {
                            parts.add(ks.get(n - 2) + " " + ks.get(n - 1)); // بن لادن، نصر الله as a unit
                            if (ks.get(n - 1).equals("الله")) {
                                parts.add(ks.get(n - 2) + "الله"); // نصرالله written as one word
                            }
                            if (Words.EUROPEAN_PARTICLES.contains(ks.get(n - 2))) {
                                parts.add(ks.get(n - 1)); // رود فان نيستلروي → نيستلروي too
                            }
                        }
                    } else if (!commonWord(c, ks.get(n - 1), p.end - 1)) {
                        parts.add(ks.get(n - 1));
                    }
                    if (Words.PARTICLES.contains(ks.get(0))) {
                        if (n > 2) {
                            parts.add(ks.get(0) + " " + ks.get(1)); // عبد العزيز بوتفليقة → عبد العزيز
                        }
                    } else if (c.lex.givenNames.containsKey(ks.get(0)) || n == 2) {
                        parts.add(ks.get(0));
                    }
                }
            }
            if (frail(c, clusters.get(k))) {
                frailParts.put(k, parts);
                continue;
            }
            for (String part : parts) {
                Integer prev = partOwner.putIfAbsent(part, k);
                if (prev != null && prev != k) {
                    shared.add(part);
                }
            }
        }
        // a frail name shares no part with a well-found one: "أرسل معاوية جيشا" leaves معاوية to معاوية بن أبي سفيان
        Map<String, Integer> frailOwner = new HashMap<>();
        for (Map.Entry<Integer, Set<String>> e : frailParts.entrySet()) {
            for (String part : e.getValue()) {
                if (partOwner.containsKey(part)) {
                    continue;
                }
                Integer prev = frailOwner.putIfAbsent(part, e.getKey());
                if (prev != null && !prev.equals(e.getKey())) {
                    shared.add(part);
                }
            }
        }
        for (Map.Entry<String, Integer> e : frailOwner.entrySet()) {
            partOwner.putIfAbsent(e.getKey(), e.getValue());
        }
        // the parts that may be put (the word-list tests; whether the index holds them already, and whether
        // they read as a common word, a few look-ups in large tables, are asked of the live ones below), and
        // the parts two people share (sharedParts tests them): their first keys as well
        List<String> parts = new ArrayList<>();
        List<Integer> partClusters = new ArrayList<>();
        for (Map.Entry<String, Integer> e : partOwner.entrySet()) {
            String part = e.getKey();
            if (shared.contains(part)) {
                starts.add(PhraseIndex.firstKeyHash(part, 0, part.length()));
            } else if (part.length() >= MIN_PART && !Words.STOP.contains(part) && !Words.PARTICLES.contains(part)) {
                parts.add(part);
                partClusters.add(e.getValue());
                starts.add(PhraseIndex.firstKeyHash(part, 0, part.length()));
            }
        }
        if (!starts.meet(c, true)) {
            return; // no free word starts a name: the scan below would match nothing
        }
        PhraseIndex<Part> names = new PhraseIndex<>();
        for (int x = 0; x < fullNames.size(); x++) {
            List<String> ks = fullNames.get(x);
            if (starts.live(PhraseIndex.firstKeyHash(ks))) {
                names.putWords(ks, fullParts.get(x)); // the words as they are: no joined phrase to split and fold again
            }
        }
        for (int x = 0; x < parts.size(); x++) {
            String part = parts.get(x);
            if (starts.live(PhraseIndex.firstKeyHash(part, 0, part.length())) && names.get(part) == null
                    && !commonAlone(c, part)) {
                names.put(part, new Part(partClusters.get(x), DocContext.hasArticle(part)));
            }
        }
        if (!shared.isEmpty()) {
            sharedParts(c, clusters, frailParts.keySet(), shared, names, starts);
        }
        if (names.size() == 0) {
            return; // no name to find again: the scan below would match nothing
        }
        // as in propagateOrgs: the tokens meet found, the only ones where a name may start
        for (int x = 0; x < starts.tokens(); x++) {
            int i = starts.token(x);
            if (c.taken[i] != DocContext.FREE || c.type(i) != TokenType.ARABIC) {
                continue;
            }
            PhraseIndex.Match<Part> m = names.match(c.doc, c.facts, i, c.doc.size());
            if (m == null || !c.free(i, m.end()) || m.head().article()
                    || m.head().stem().startsWith("ال") != m.value().definite()) {
                continue; // العقوبات is not the name عقوبات, nor الأسد the name أسد
            }
            if (m.head().prep() == 'ك' || m.head().prefix().startsWith("س")) {
                continue;
            }
            if (m.head().bare() && afterEponymHead(c, i)) {
                continue; // جائزة نوبل after السيد نوبل: the prize, not the man
            }
            if (m.end() == i + 1 && commonPhrase(c, i, m.head())) {
                continue;
            }
            int end = m.end();
            int owner = m.value().owners() == null ? m.value().cluster() : nearestOwner(c, clusters, m.value().owners(), i);
            Found.Person p = new Found.Person(i, end, m.head().stemStart(), c.tok(end - 1).end(),
                    clusters.get(owner).get(0).rule);
            Gender vg = ActorRules.verbBefore(c, i);
            if (vg != null) {
                p.gender = vg;
            }
            p.cluster = owner;
            c.take(i, end, DocContext.PERSON);
            clusters.get(p.cluster).add(p);
        }
    }

    /**
     * "ودافعت هيلاري كلينتون عن زوجها" in a document about بيل كلينتون: a surname or given name two people
     * share is still a person's name wherever it stands alone ("انتقادات ضد كلينتون"), only which person is
     * open. It is linked to the owner named nearest before it (the one the reader has in mind), or the first
     * named after it, and the two people stay apart. Parts of frail names (one weak two-word mention, "أرسل
     * معاوية جيشا") are left out: they are shared with a well-found person only by a likely misreading.
     * The same guards as for a part of one person apply (length, stop words, common words, places).
     */
    private static void sharedParts(DocContext c, List<List<Found.Person>> clusters, Set<Integer> frail, Set<String> shared,
            PhraseIndex<Part> names, Starts starts) {
        Map<String, List<Integer>> owners = null;
        for (int k = 0; k < clusters.size(); k++) {
            if (frail.contains(k)) {
                continue;
            }
            for (Found.Person p : clusters.get(k)) {
                List<String> ks = keys(c, p);
                if (ks.size() < 2) {
                    continue;
                }
                String first = ks.get(0);
                String last = ks.get(ks.size() - 1);
                for (String part : new String[] {first, last}) {
                    if (!shared.contains(part)) {
                        continue;
                    }
                    if (owners == null) {
                        owners = new HashMap<>();
                    }
                    List<Integer> l = owners.computeIfAbsent(part, x -> new ArrayList<>(2));
                    if (!l.contains(k)) {
                        l.add(k);
                    }
                }
            }
        }
        if (owners == null) {
            return;
        }
        for (Map.Entry<String, List<Integer>> e : owners.entrySet()) {
            String part = e.getKey();
            List<Integer> l = e.getValue();
            if (l.size() < 2 || part.length() < MIN_PART || !starts.live(PhraseIndex.firstKeyHash(part, 0, part.length()))
                    || Words.STOP.contains(part) || Words.PARTICLES.contains(part)
                    || boundLast(part) || names.get(part) != null || commonAlone(c, part)) {
                continue;
            }
            int[] own = new int[l.size()];
            for (int x = 0; x < own.length; x++) {
                own[x] = l.get(x);
            }
            names.put(part, new Part(own[0], DocContext.hasArticle(part), own));
        }
    }

    /** The owner with a mention nearest before token i, or else the one with the first mention after it. */
    private static int nearestOwner(DocContext c, List<List<Found.Person>> clusters, int[] owners, int i) {
        int before = -1;
        int beforeAt = -1;
        int after = -1;
        int afterAt = Integer.MAX_VALUE;
        for (int k : owners) {
            for (Found.Person q : clusters.get(k)) {
                if (q.first < i && q.first > beforeAt) {
                    before = k;
                    beforeAt = q.first;
                } else if (q.first > i && q.first < afterAt) {
                    after = k;
                    afterAt = q.first;
                }
            }
        }
        return before >= 0 ? before : after;
    }

    /**
     * "اعتبر الرئيس الإيراني محمود أحمدي نجاد" where the rules stopped at محمود, in a document that also
     * has the full name: a mention whose words are a run inside the longest name of its person, and whose
     * neighbours in the text go on with that name word for word, is widened over them ("وأضاف أحمدي
     * نجاد" after a mention of نجاد alone). Only free tokens that are the very next words of the full name
     * are taken, so a mention is never stretched over words that are not its person's name.
     */
    private static void widenToFullNames(DocContext c, List<List<Found.Person>> clusters) {
        for (List<Found.Person> cluster : clusters) {
            if (cluster.size() < 2) {
                continue;
            }
            List<String> full = null;
            for (Found.Person p : cluster) {
                if (full == null || keys(c, p).size() > full.size()) {
                    full = keys(c, p);
                }
            }
            for (int k = 0; k < cluster.size(); k++) {
                Found.Person p = cluster.get(k);
                List<String> ks = keys(c, p);
                int at = ks.size() < full.size() ? runAt(full, ks) : -1;
                if (at < 0) {
                    continue;
                }
                int end = p.end;
                for (int w = at + ks.size(); w < full.size() && nameWordAt(c, end, full.get(w)); w++) {
                    end++;
                }
                int first = p.first;
                int start = p.start;
                // "ونجاد": with a proclitic on the mention the conjunction would end up inside the name
                for (int w = at - 1; w >= 0 && p.start == c.tok(p.first).start(); w--) {
                    int t = first - 1;
                    if (nameWordAt(c, t, full.get(w))) {
                        first = t;
                        start = c.tok(t).start();
                    } else if (w == 0 && stemStartOf(c, t, full.get(0)) >= 0) {
                        first = t; // وأحمد ... : the name starts after the conjunction
                        start = stemStartOf(c, t, full.get(0));
                    } else {
                        break;
                    }
                }
                if (first == p.first && end == p.end) {
                    continue;
                }
                widen(c, cluster, k, first, end, start, c.tok(end - 1).end());
            }
        }
    }

    /**
     * "الرجل الثاني بالتنظيم أيمن الظواهري" where only الظواهري was found (linked as a known surname): a
     * mention that starts with no given name is widened over a free given name right before it, read bare
     * or after و (وسالم مسعود). A given name that is also a common word (أيمن، خطاب، عهد) only where a
     * name's first word stands: after a reporting verb, a definite noun or punctuation ("بالتنظيم أيمن
     * الظواهري"); after a preposition it is the noun in construct ("في عهد يلتسين"، "ان خطاب الأسد").
     * Titles and places stay out too: "الرئيس الظواهري" keeps its mention.
     */
    private static void widenOverGivenName(DocContext c, List<List<Found.Person>> clusters) {
        for (List<Found.Person> cluster : clusters) {
            for (int k = 0; k < cluster.size(); k++) {
                Found.Person p = cluster.get(k);
                int t = p.first - 1;
                if (t < 0 || p.start != c.tok(p.first).start() || !freeWord(c, t)
                        || givenFirst(c, p, keys(c, p).get(0)) || Words.PARTICLES.contains(keys(c, p).get(0))
                        || !c.tok(p.first).spaceBefore() || (c.facts.stems(t) & org.khabar.internal.lexicon.Facts.GIVEN_NAME) == 0
                        || c.titles.matchBare(t, t + 1) != null || c.isPlaceWord(t, t + 1)
                        || c.afterNoun(t, Words.FACILITY_HEADS)) { // مطار حيدر علييف: the airport, not the man
                    continue;
                }
                int start = -1;
                for (Clitics.Analysis a : c.tok(t).analyses()) {
                    String st = a.stem();
                    if (!a.article() && a.prep() == '\0' && (a.bare() || a.conj() == 'و' && st.length() >= 4)
                            && c.lex.givenNames.containsKey(st) && (!c.lex.ambiguousNames.contains(st)
                                    || a.bare() && nameSlotBefore(c, t - 1))
                            && !Words.STOP.contains(st)) {
                        start = a.stemStart();
                        break;
                    }
                }
                if (start < 0) {
                    continue;
                }
                widen(c, cluster, k, t, p.end, start, p.endOffset);
            }
        }
    }

    /**
     * A mention followed by بن/ابن/بنت and a name is one name with its lineage: "تولى علي بن أبي طالب الخلافة"
     * where only علي was linked from an earlier mention. The mention is widened over the chain as the name
     * scanner reads it; it stays its person's mention when that person is named by one word only or the chain
     * agrees with the person's longest name ("محمد بن راشد" after "محمد بن راشد آل مكتوم"), and becomes a
     * person of its own otherwise ("محمد بن زايد" after "محمد بن راشد" is another man). A linked mention after
     * "X بن" is the father's name inside the son's: "البيعة لابنه الحسن بن علي" names الحسن, so the son becomes
     * a person of his own over the whole chain. "الأمير زيان ابن أخيه" (a kinship noun after ابن) is no chain.
     */
    private static void lineageChains(DocContext c, List<List<Found.Person>> clusters) {
        int size = c.doc.size();
        int before = clusters.size();
        for (int k = 0; k < before; k++) {
            List<Found.Person> cluster = clusters.get(k);
            List<String> full = null;
            for (int m = 0; m < cluster.size(); m++) {
                Found.Person p = cluster.get(m);
                int e = p.end;
                if (e + 1 < size && p.endOffset == c.tok(e - 1).end() && lineageAt(c, e, size)) {
                    int ne = ActorRules.scanName(c, e, size);
                    if (ne > e + 1) {
                        if (full == null) {
                            full = keys(c, cluster.get(0));
                            for (Found.Person q : cluster) {
                                if (keys(c, q).size() > full.size()) {
                                    full = keys(c, q);
                                }
                            }
                        }
                        Found.Person w = p.over(p.first, ne, p.start, c.tok(ne - 1).end());
                        c.take(p.first, ne, DocContext.PERSON);
                        List<String> ks = keys(c, w);
                        if (full.size() == 1 || contiguous(full, ks) || contiguous(ks, full)) {
                            cluster.set(m, w);
                        } else {
                            cluster.remove(m--);
                            alone(clusters, w);
                        }
                        continue;
                    }
                }
                int t = p.first - 2;
                if (t >= 0 && p.start == c.tok(p.first).start() && freeWord(c, t) && freeWord(c, t + 1)
                        && c.normIn(ActorRules.LINEAGE, t + 1) && c.tok(p.first).spaceBefore()) {
                    int start = lineageGiven(c, t);
                    if (start >= 0) {
                        Found.Person w = new Found.Person(t, p.end, start, p.endOffset, Rules.ACTOR_GIVEN);
                        w.gender = Gender.UNKNOWN;
                        c.take(t, p.end, DocContext.PERSON);
                        cluster.remove(m--);
                        alone(clusters, w);
                    }
                }
            }
        }
    }

    /** Adds a person of its own as a new cluster. */
    private static void alone(List<List<Found.Person>> clusters, Found.Person w) {
        w.cluster = clusters.size();
        List<Found.Person> own = new ArrayList<>();
        own.add(w);
        clusters.add(own);
    }

    /** Whether token e is a free بن/ابن/بنت followed by a free word that may go on a name (no kinship noun: ابن أخيه). */
    private static boolean lineageAt(DocContext c, int e, int size) {
        if (!freeWord(c, e) || !c.normIn(ActorRules.LINEAGE, e) || !freeWord(c, e + 1)
                || !c.tok(e + 1).spaceBefore()) {
            return false;
        }
        String n = c.tok(e + 1).norm();
        return !Words.KINSHIP.containsKey(n) && !ActorRules.stop(c, e + 1)
                && (c.lex.givenNames.containsKey(n) || Words.PARTICLES.contains(n) || ActorRules.startWord(c, e + 1, size));
    }

    /**
     * Where the name starts in token t, a given name before بن (bare, after و, or with the article of the
     * historical names الحسن، الحسين: with the article even an ambiguous one, الحسن), or -1.
     */
    private static int lineageGiven(DocContext c, int t) {
        for (Clitics.Analysis a : c.tok(t).analyses()) {
            if (a.prep() == '\0' && c.lex.givenNames.containsKey(a.stem()) && !Words.STOP.contains(a.stem())
                    && (a.article() || !c.lex.ambiguousNames.contains(a.stem())) // "في عهد بن علي": the era, not a name
                    && (a.bare() || a.conj() != '\0' || a.article())) {
                return a.article() ? DocContext.articleKeeping(c.tok(t), a).stemStart() : a.stemStart();
            }
        }
        return -1;
    }

    /** Replaces the k-th mention of a cluster by the same person's mention over tokens [first, end). */
    private static void widen(DocContext c, List<Found.Person> cluster, int k, int first, int end, int start, int endOffset) {
        c.take(first, end, DocContext.PERSON);
        cluster.set(k, cluster.get(k).over(first, end, start, endOffset));
    }

    /**
     * "وزير الخارجية السابق سلفان شالوم"، "وقال سلفان شالوم"، "وراء الكيني نديوا ريمي ليمو" where only the
     * surname was found (linked from another mention): a mention that starts with no given name is widened
     * over one free word right before it when that word reads as a name word ({@link ActorRules#cuedFirstWord})
     * and the word before it is a cue for a name's start: a reporting verb, a title or title adjective, or a
     * definite nationality. "قال مصدر شالوم" or "الرئيس بيت شالوم" never get here: the listed common
     * word fails the name-word test.
     */
    private static void widenOverCuedFirstWord(DocContext c, List<List<Found.Person>> clusters) {
        for (List<Found.Person> cluster : clusters) {
            for (int k = 0; k < cluster.size(); k++) {
                Found.Person p = cluster.get(k);
                int t = p.first - 1;
                if (t < 1 || p.start != c.tok(p.first).start() || p.end - p.first > 3 || !freeWord(c, t)
                        || !c.tok(p.first).spaceBefore() || !c.tok(t).spaceBefore()
                        || givenFirst(c, p, keys(c, p).get(0)) || Words.PARTICLES.contains(keys(c, p).get(0))
                        // the cue word before t must be a free Arabic word (cuedFirstWord's own last tests):
                        // two array reads spare its name-word tests after punctuation or another mention
                        || c.taken[t - 1] != DocContext.FREE || c.type(t - 1) != TokenType.ARABIC
                        || !ActorRules.cuedFirstWord(c, t)) {
                    continue;
                }
                widen(c, cluster, k, t, p.end, c.tok(t).start(), p.endOffset);
            }
        }
    }

    /**
     * Two mentions side by side with nothing between them are one name cut in two by the rules: "اللاعب
     * السنغالي سيدي بية" (سيدي after the nationality, بية linked from elsewhere), "للمخرج سبايك لي". They
     * become one mention of the first one's person. A و on the second keeps them apart ("بوش وبلير" is a
     * list), and so do a definite word ending the first ("الملك الحسين طيب الله ثراه") and a second of
     * several words opening with a listed given name ("الأمير الخرافي توفيق قباني": the second is a person
     * of its own).
     */
    private static void joinAdjacent(DocContext c, List<List<Found.Person>> clusters) {
        int size = c.doc.size();
        Found.Person[] startingAt = null;
        for (List<Found.Person> cluster : clusters) {
            for (Found.Person p : cluster) {
                if (p.end < size && c.taken[p.end] == DocContext.PERSON) { // cheap test: rarely any mention follows
                    if (startingAt == null) {
                        startingAt = new Found.Person[size];
                        for (List<Found.Person> cl : clusters) {
                            for (Found.Person q : cl) {
                                startingAt[q.first] = q;
                            }
                        }
                    }
                    break;
                }
            }
        }
        if (startingAt == null) {
            return;
        }
        java.util.Set<Found.Person> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Found.Person> cluster : clusters) {
            for (int k = 0; k < cluster.size(); k++) {
                Found.Person p = cluster.get(k);
                if (gone.contains(p) || p.end >= size) {
                    continue;
                }
                Found.Person q = startingAt[p.end];
                if (q == null || q == p || gone.contains(q) || q.start != c.tok(q.first).start() || !c.tok(q.first).spaceBefore()
                        || c.tok(q.first).newlineBefore() || c.type(q.first) != TokenType.ARABIC
                        || c.tok(q.first).norm().charAt(0) == 'و' || definiteEnd(c, p.end - 1)
                        || q.tokens() > 1 && c.lex.givenNames.containsKey(c.tok(q.first).norm())
                        || q.end - p.first > 8 || titleInConstruct(c, q)) {
                    continue;
                }
                Found.Person m = p.over(p.first, q.end, p.start, q.endOffset);
                m.gender = p.gender != null && p.gender != Gender.UNKNOWN ? p.gender : q.gender;
                m.titles.addAll(q.titles);
                m.affiliations.addAll(q.affiliations);
                gone.add(q);
                cluster.set(k, m);
                startingAt[p.first] = m;
                k--; // the joined mention may be followed by a third piece
            }
        }
        if (!gone.isEmpty()) {
            for (List<Found.Person> cluster : clusters) {
                cluster.removeIf(gone::contains);
            }
        }
    }

    /**
     * A lone given name that is also a title (أمين، إمام، أمير) and heads a title phrase or a construct
     * with a definite noun right after a name: the title in apposition, not the name's next word.
     * "سمير حداد أمين عام الاتحاد"، "ستيفن كول أمين الصندوق" (the treasurer), where a rule found أمين as a
     * given name of its own. A nisba in ي after it may be the family name (كمال أمين المصري) and stays.
     */
    private static boolean titleInConstruct(DocContext c, Found.Person q) {
        if (q.tokens() != 1 || (c.facts.bare(q.first) & Facts.TITLE) == 0) {
            return false; // cheap: the word must begin a title phrase
        }
        int size = c.doc.size();
        PhraseIndex.Match<NameLexicons.Title> m = c.titles.matchBare(q.first, size);
        if (m != null && m.end() > q.first + 1) {
            return true;
        }
        int k = q.end;
        if (k >= size || c.taken[k] != DocContext.FREE || c.type(k) != TokenType.ARABIC || !c.tok(k).spaceBefore()) {
            return false;
        }
        String n = c.tok(k).norm();
        return DocContext.hasArticle(n) && !n.endsWith("ي") && !Words.STOP.contains(n);
    }

    /** Most Latin words of a person's name glossed in parentheses (Albert Einstein، Charles I). */
    private static final int MAX_GLOSS = 4;

    /**
     * "ألبرت أينشتاين ( Albert Einstein )": a person's name followed by the same name in Latin letters in
     * parentheses, as encyclopaedic and news text gloss foreign names. The Latin run is another mention of
     * that person, not the organisation the Latin-name rule took it for (that rule sees capitalised words
     * only). Only a run of as many words as the mention that fills the parentheses alone, opens with a capital and was taken by no
     * organisation or by one Latin-name organisation met nowhere else is moved; an acronym or a lexicon
     * organisation in parentheses after a person ("بيل غيتس ( Microsoft )" is rare, but the lexicon knows it)
     * stays an organisation.
     */
    private static void latinGlosses(DocContext c, List<List<Found.Org>> orgClusters, List<List<Found.Person>> clusters) {
        int size = c.doc.size();
        for (List<Found.Person> cluster : clusters) {
            for (int k = 0, n = cluster.size(); k < n; k++) {
                Found.Person p = cluster.get(k);
                int open = p.end;
                if (open + 2 >= size || !c.isPunct(open, '(') || p.endOffset != c.tok(p.end - 1).end()
                        || c.type(open + 1) != TokenType.LATIN
                        || !Character.isUpperCase(c.doc.original().charAt(c.tok(open + 1).start()))) {
                    continue;
                }
                int close = open + 1;
                while (close < size && close - open <= MAX_GLOSS && c.type(close) == TokenType.LATIN) {
                    close++;
                }
                if (close >= size || !c.isPunct(close, ')') || close - open - 1 != p.tokens()) {
                    continue; // "جون سميث ( Google )": a gloss spells every word; one word after two is an affiliation
                }
                Found.Org o = null;
                boolean ok = true;
                for (int t = open + 1; t < close && ok; t++) {
                    if (c.taken[t] == DocContext.FREE) {
                        continue;
                    }
                    Found.Org ot = c.orgOf[t];
                    ok = ot != null && ot.rule.equals(Rules.ORG_LATIN) && (o == null || o == ot)
                            && orgClusters.get(ot.cluster).size() == 1;
                    o = ot;
                }
                if (!ok) {
                    continue;
                }
                if (o != null) {
                    orgClusters.get(o.cluster).remove(o);
                    c.orgs.remove(o);
                    c.take(o.first, o.end, DocContext.FREE);
                    for (int x = o.first; x < o.end; x++) {
                        c.orgOf[x] = null;
                    }
                }
                Found.Person g = p.over(open + 1, close, c.tok(open + 1).start(), c.tok(close - 1).end());
                c.take(open + 1, close, DocContext.PERSON);
                cluster.add(g);
            }
        }
    }

    /** Whether token k has the article, behind a conjunction too ("والألماني"): a nisba or epithet ends the first mention. */
    private static boolean definiteEnd(DocContext c, int k) {
        String n = c.tok(k).norm();
        return DocContext.hasArticle(n) || n.length() >= 5 && (n.startsWith("وال") || n.startsWith("فال"));
    }

    /** Whether token k, before a name, leaves the place of a name's first word open (see {@link #widenOverGivenName}). */
    private static boolean nameSlotBefore(DocContext c, int k) {
        if (k < 0 || c.type(k) == TokenType.PUNCT) {
            return true;
        }
        String n = c.tok(k).norm();
        if (c.type(k) != TokenType.ARABIC || Words.STOP.contains(n)) {
            return false;
        }
        for (Clitics.Analysis a : c.tok(k).analyses()) {
            if (a.article() || c.isVerb(a.stem())) {
                return true; // وقال نبيل فرحات، بالتنظيم أيمن الظواهري
            }
        }
        return false;
    }

    /** Where {@code part} starts as a run inside {@code whole}, or -1. */
    private static int runAt(List<String> whole, List<String> part) {
        for (int o = 0; o + part.size() <= whole.size(); o++) {
            if (whole.subList(o, o + part.size()).equals(part)) {
                return o;
            }
        }
        return -1;
    }

    private static boolean freeWord(DocContext c, int t) {
        return t >= 0 && t < c.doc.size() && c.taken[t] == DocContext.FREE && c.type(t) == TokenType.ARABIC;
    }

    /** Whether token t is free and is the name word {@code key} as written (no clitics). */
    private static boolean nameWordAt(DocContext c, int t, String key) {
        return freeWord(c, t) && c.tok(t).norm().equals(key);
    }

    /** The start of the stem {@code key} in token t behind a conjunction or preposition (وأحمدي), or -1. */
    private static int stemStartOf(DocContext c, int t, String key) {
        if (!freeWord(c, t)) {
            return -1;
        }
        for (Clitics.Analysis a : c.tok(t).analyses()) {
            if (!a.article() && a.stem().equals(key)) {
                return a.stemStart();
            }
        }
        return -1;
    }

    /**
     * Whether the last word of a name, token {@code t} with key {@code key}, reads as a common word when
     * alone: a country nisba, a title or occupation noun (المواطن سامي الشاعر → الشاعر, the poet; بصفته حاكم) or a noun with
     * the pronoun suffix ـه written with plain ه (أمره، فوزه: his order, his win), which names rarely end in
     * outside الله and ـويه.
     */
    private static boolean commonWord(DocContext c, String key, int t) {
        // key is a reading's stem of token t (its bare word, or a one-word mention's stem after a proclitic),
        // and the word key of that stem is the reading's key: where no reading of t has the bit of the titles'
        // first words, or of the place nisbas (the country nisbas among them), that look-up cannot succeed
        long facts = c.facts.stems(t) | c.facts.keys(t);
        if ((facts & Facts.TITLE) != 0 && c.lex.titles.getWord(key) != null) {
            return true;
        }
        if (Words.ORDINALS.contains(key) || key.equals("عشر")) {
            return true; // الفونسو الثالث عشر → "خلال عشر دقائق" is a number, not the king
        }
        if ((facts & Facts.PLACE_NISBA) != 0 && c.lex.countryNisbas.contains(DocContext.key(key))) {
            return true; // أبو حمزة المصري → المصري alone is the nationality: "الشطر التركي من قبرص"
        }
        Token tok = c.tok(t);
        return tok.end() - tok.start() > 3 && c.doc.original().charAt(tok.end() - 1) == 'ه'
                && !key.endsWith("الله") && !key.endsWith("يه");
    }

    /**
     * {@link #commonAlone(DocContext, String)} of a reading's stem {@code w} of token t: every look-up there
     * is of w or its word key (that reading's key), so a token none of whose readings has the bit of a
     * place's first word, a given name, an adjective, a no-name word or a reporting verb is no common word.
     */
    private static boolean commonAlone(DocContext c, String w, int t) {
        long facts = c.facts.stems(t) | c.facts.keys(t);
        if ((facts & (Facts.PLACE | Facts.GIVEN_NAME | Facts.ADJECTIVE | Facts.NOT_NAME | Facts.NAME_VERB)) == 0) {
            return false;
        }
        return commonAlone(c, w);
    }

    /**
     * Whether a one-word name form, met alone, is far more likely a common word than the person: a place
     * (جورجيا، قليوب), a nisba or descriptive adjective (العربي), a word the lexicons list as no name part, a
     * reporting verb. Such a word may be the person where the rules found it,
     * but linked bare it would make "الوجود العربي" or "مضيفتها جورجيا" a person all over the document.
     * Known given names stay linkable (سعيد، جمال) unless also an ambiguous place; multi-word forms too.
     * Plurals in ات are no sign: بركات، فرحات are surnames; nor is a bare nisba (بري).
     */
    private static boolean commonAlone(DocContext c, String w) {
        if (w.indexOf(' ') >= 0) {
            return false;
        }
        boolean place = c.lex.places.getWord(w) != null;
        if (c.lex.givenNames.containsKey(w)) {
            return place && c.lex.ambiguousNames.contains(w); // جورجيا: the country far more often than the name
        }
        String k = DocContext.key(w);
        return place || DocContext.hasArticle(w) && c.lex.adjectives.contains(k) || c.lex.notNameWords.contains(k)
                || c.isVerb(w);
    }

    /**
     * A given name that is also a common word (ambiguous_names.tsv), linked alone, where the common word's
     * phrase stands: after a preposition and before a definite noun, the word in construct ("على حسن
     * الاستضافة"، "سفير لحسن النوايا": good hospitality, goodwill), or لصالح (in favour of). A name after a
     * preposition takes no genitive after it; after a verb or a noun it may ("شهد علي المعارك"، "أعمال
     * محفوظ الأولى"), so those are left linked.
     */
    private static boolean commonPhrase(DocContext c, int i, Clitics.Analysis a) {
        if (!c.lex.ambiguousNames.contains(a.stem())) {
            return false;
        }
        if (a.prep() == 'ل' && a.stem().equals("صالح")) {
            return true;
        }
        int k = i + 1;
        boolean genitiveNext = k < c.doc.size() && c.taken[k] == DocContext.FREE && c.type(k) == TokenType.ARABIC
                && c.tok(k).spaceBefore() && !c.tok(k).newlineBefore() && DocContext.hasArticle(c.tok(k).norm());
        if (!genitiveNext) {
            return false;
        }
        return a.prep() != '\0' || i > 0 && c.type(i - 1) == TokenType.ARABIC
                && c.normIn(PREPOSITIONS, i - 1);
    }

    /** Prepositions written apart (normalised: على is علي, إلى is الي) for {@link #commonPhrase}. */
    private static final Set<String> PREPOSITIONS = org.khabar.internal.text.WordSet.of("علي", "في", "من", "الي", "عن", "مع", "بعد", "قبل");

    /** Whether the token before {@code i} is a noun such as جائزة or شارع (any proclitic reading). */
    private static boolean afterEponymHead(DocContext c, int i) {
        return c.afterNoun(i, Words.EPONYM_HEADS);
    }

    // ---- records ----------------------------------------------------------------------------------

    /** The ids A1.., O1.. of the first records, made once: every document numbers its records from 1 again. */
    private static final String[] ACTOR_IDS = ids("A");
    private static final String[] ORG_IDS = ids("O");

    private static String[] ids(String prefix) {
        String[] ids = new String[128];
        for (int n = 1; n < ids.length; n++) {
            ids[n] = prefix + n;
        }
        return ids;
    }

    private static String id(String[] ids, String prefix, int n) {
        return n < ids.length ? ids[n] : prefix + n;
    }

    private static org.khabar.internal.names.Entities records(DocContext c, List<List<Found.Org>> orgClusters,
            List<List<Found.Person>> people) {
        String text = c.doc.original();
        List<List<Found.Org>> orderedOrgs = new ArrayList<>();
        for (List<Found.Org> cl : orgClusters) {
            if (!cl.isEmpty()) {
                cl.sort(Comparator.comparingInt(o -> o.start));
                orderedOrgs.add(cl);
            }
        }
        orderedOrgs.sort(Comparator.comparingInt(cl -> cl.get(0).start));
        // the record id of each cluster, by the cluster number its mentions carry (clusterOrgs and
        // propagateOrgs number the mentions of orgClusters.get(k) k): an array, no boxed keys
        String[] orgIds = new String[orgClusters.size()];
        List<Organization> orgs = new ArrayList<>(orderedOrgs.size());
        for (List<Found.Org> cl : orderedOrgs) {
            String id = id(ORG_IDS, "O", orgs.size() + 1);
            orgIds[cl.get(0).cluster] = id;
            Found.Org best = cl.get(0);
            int bestWords = -1; // words in best.name, counted when first needed (tokenising is not free)
            for (Found.Org o : cl) {
                if (o == best) {
                    continue; // never replaces itself: neither test below can hold
                }
                if (o.rule.equals(Rules.ORG_LEXICON) && !best.rule.equals(Rules.ORG_LEXICON)) {
                    best = o;
                    bestWords = -1;
                } else if (o.rule.equals(best.rule) && !o.name.equals(best.name)) {
                    // (a mention of the same name has as many words: it never replaces best, nor need counting)
                    if (bestWords < 0) {
                        bestWords = c.keysOf(best.name).size();
                    }
                    int words = c.keysOf(o.name).size();
                    if (words > bestWords) {
                        best = o;
                        bestWords = words;
                    }
                }
            }
            OrganizationKind kind = best.kind;
            List<Span> mentions = new ArrayList<>(cl.size());
            for (Found.Org o : cl) {
                mentions.add(Span.of(text, o.start, o.endOffset));
            }
            orgs.add(new Organization(id, clean(seenName(text, cl, best)), kind, mentions, cl.get(0).rule));
        }
        List<List<Found.Person>> ordered = new ArrayList<>();
        for (List<Found.Person> cl : people) {
            if (!cl.isEmpty()) {
                cl.sort(Comparator.comparingInt(p -> p.start));
                ordered.add(cl);
            }
        }
        ordered.sort(Comparator.comparingInt(cl -> cl.get(0).start));
        List<Actor> actors = new ArrayList<>(ordered.size());
        for (List<Found.Person> cl : ordered) {
            Found.Person fullest = cl.get(0);
            Gender gender = Gender.UNKNOWN;
            LinkedHashSet<String> titles = new LinkedHashSet<>();
            Set<String> titleKeys = new java.util.HashSet<>();
            Set<String> titlesSeen = null; // titles as written: a person's mentions repeat الرئيس word for word
            LinkedHashSet<String> aff = new LinkedHashSet<>();
            List<Span> mentions = new ArrayList<>(cl.size());
            for (Found.Person p : cl) {
                if (p.tokens() > fullest.tokens()) {
                    fullest = p;
                }
                if (gender == Gender.UNKNOWN && p.gender != null) {
                    gender = p.gender;
                }
                for (String t : p.titles) {
                    if (titlesSeen == null) {
                        titlesSeen = new java.util.HashSet<>();
                    }
                    // a title seen as written has its key in titleKeys already: no need to normalise it again
                    if (titlesSeen.add(t) && titleKeys.add(ArabicNormalizer.normalizeKey(t))) {
                        titles.add(clean(t));
                    }
                }
                for (Found.Org o : p.affiliations) {
                    String id = o.cluster >= 0 && o.cluster < orgIds.length ? orgIds[o.cluster] : null;
                    if (id != null) {
                        aff.add(id);
                    }
                }
                mentions.add(Span.of(text, p.start, p.endOffset));
            }
            if (gender == Gender.UNKNOWN) {
                Gender g = c.lex.givenNames.get(stemAt(c, fullest));
                if (g != null) {
                    gender = g;
                }
            }
            String id = id(ACTOR_IDS, "A", actors.size() + 1);
            actors.add(new Actor(id, clean(text.substring(fullest.start, fullest.endOffset)), gender,
                    List.copyOf(titles), List.copyOf(aff), mentions, cl.get(0).rule));
        }
        return new org.khabar.internal.names.Entities(actors, orgs);
    }

    /** Collapses white space and line breaks inside a name. */
    /**
     * The record's name is the fullest form the text writes (spec: "the fullest form seen"): a lexicon
     * hit's canonical name (وزارة الخارجية الأمريكية, فيفا) stands only where the text spelt it that way. The
     * canonical form stays the key that merges the variants of one document (فرانس برس and وكالة الصحافة
     * الفرنسية are one record), and it is kept when the text only lacks its article, merged into a
     * preposition (للأمم المتحدة: the span is أمم المتحدة, the name الأمم المتحدة).
     */
    private static String seenName(String text, List<Found.Org> cl, Found.Org best) {
        if (!best.rule.equals(Rules.ORG_LEXICON) && !best.rule.equals(Rules.ORG_DATELINE)) {
            return best.name; // the other rules name what they read
        }
        Found.Org fullest = null;
        for (Found.Org o : cl) {
            if ((o.rule.equals(Rules.ORG_LEXICON) || o.rule.equals(Rules.ORG_DATELINE)) && o.name.equals(best.name)
                    && (fullest == null || o.endOffset - o.start > fullest.endOffset - fullest.start)) {
                fullest = o;
            }
        }
        if (fullest == null) {
            return best.name;
        }
        String seen = text.substring(fullest.start, fullest.endOffset);
        if (seen.equals(best.name)) {
            return best.name; // spelt as the lexicon spells it (the common case): equal keys, not normalised
        }
        String seenKey = ArabicNormalizer.normalizeKey(seen);
        String canonicalKey = ArabicNormalizer.normalizeKey(best.name);
        if (canonicalKey.equals(seenKey) || canonicalKey.equals("ال" + seenKey)
                || seenKey.endsWith(" " + canonicalKey)) {
            return best.name; // منظمة أطباء بلا حدود: a descriptor before the name is left out, as elsewhere
        }
        return seen;
    }

    private static String clean(String s) {
        String t = s.strip();
        StringBuilder b = null;
        for (int k = 0; k < t.length(); k++) {
            char ch = t.charAt(k);
            if (!asciiSpace(ch)) {
                if (b != null) {
                    b.append(ch);
                }
                continue;
            }
            int e = k + 1;
            while (e < t.length() && asciiSpace(t.charAt(e))) {
                e++;
            }
            if (b == null) {
                if (ch == ' ' && e == k + 1) {
                    continue; // one plain space: nothing to collapse yet
                }
                b = new StringBuilder(t.length()).append(t, 0, k);
            }
            b.append(' ');
            k = e - 1;
        }
        return b == null ? t : b.toString();
    }

    /** The characters of the regex class \\s (without UNICODE_CHARACTER_CLASS), as replaceAll("\\s+") used. */
    private static boolean asciiSpace(char ch) {
        // all six are at most ' ': one test answers for the letters of a name
        return ch <= ' ' && (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r');
    }
}
