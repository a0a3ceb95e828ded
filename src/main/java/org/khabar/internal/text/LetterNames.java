package org.khabar.internal.text;

import java.util.Set;

/**
 * The names of the Latin letters as Arabic news spells them (normalised): سي، إن، بي، إس، إتش ... They
 * write acronyms letter by letter, often with full stops: سي.إن.إن، بي. بي. سي، الكي. جي. بي.
 */
public final class LetterNames {
    private LetterNames() {}

    /** A to Z, normalised (أ إ آ → ا). Not ال: "الـ" is the article written alone. */
    private static final Set<String> LETTERS = org.khabar.internal.text.WordSet.of("اي", "ايه", "بي", "سي", "دي", "اف", "جي", "اتش", "اش", "جاي",
            "كي", "ام", "ان", "او", "كيو", "ار", "اس", "تي", "يو", "في", "دبليو", "اكس", "واي", "زد", "زي");

    /** Letter names that are also common words (إن، أن، أو، في، أي، أم): one of them alone, after a space, ends no acronym. */
    private static final Set<String> WORDS = org.khabar.internal.text.WordSet.of("ان", "او", "في", "اي", "ام");

    /** Whether a normalised word is a letter name. */
    public static boolean is(String norm) {
        return LETTERS.contains(norm);
    }

    /** Whether a normalised word is a letter name and also a common word (إن، أو، في). */
    public static boolean alsoWord(String norm) {
        return WORDS.contains(norm);
    }

    /** The longest letter name (دبليو). */
    static final int LONGEST = 5;

    /**
     * A letter name, or the article and a letter name (الكي in الكي. جي. بي.). Asked of the word before
     * nearly every full stop: a word longer than the article and the longest letter name is answered by its
     * length, without a hash or a substring.
     */
    public static boolean isWithArticle(String norm) {
        int n = norm.length();
        if (n > LONGEST + 2) {
            return false;
        }
        return n <= LONGEST && is(norm) || n > 3 && norm.startsWith("ال") && is(norm.substring(2));
    }
}
