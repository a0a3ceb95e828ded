package org.khabar.internal.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.khabar.internal.text.TextAnalysis;

/**
 * {@link PhraseIndex.Match#listed}: the index keys words without the article, and remembers how the entries
 * wrote the first word, so a caller can tell a name listed both ways (فيفا، الفيفا) from one listed bare only
 * (حماس, where الحماس is enthusiasm).
 */
class PhraseIndexArticleTest {

    private static PhraseIndex.Match<String> first(PhraseIndex<String> index, String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        return index.match(doc, 0, doc.size());
    }

    @Test
    void bothFormsListed() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.put("فيفا", "FIFA");
        index.put("الفيفا", "FIFA");
        PhraseIndex.Match<String> m = first(index, "الفيفا يعاقب النادي");
        assertNotNull(m);
        assertTrue(m.listed(true));
        assertTrue(m.listed(false));
        assertEquals(1, index.size(), "one key for both forms");
    }

    @Test
    void bareFormOnly() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.put("حماس", "Hamas");
        PhraseIndex.Match<String> m = first(index, "بالحماس نفسه");
        assertNotNull(m, "words are still compared without the article");
        assertFalse(m.listed(true));
        assertTrue(m.listed(false));
    }

    @Test
    void articleFormOnlyOfAPhrase() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.put("البيت الأبيض", "White House");
        PhraseIndex.Match<String> m = first(index, "بيت أبيض كبير");
        assertNotNull(m);
        assertTrue(m.listed(true));
        assertFalse(m.listed(false));
    }

    @Test
    void writesArticleReadsTheRawSpelling() {
        assertTrue(PhraseIndex.writesArticle("الفيفا"));
        assertTrue(PhraseIndex.writesArticle("البيت الأبيض"));
        assertFalse(PhraseIndex.writesArticle("فيفا"));
        assertFalse(PhraseIndex.writesArticle("ألفي"), "a hamza is no article");
        assertFalse(PhraseIndex.writesArticle("ال"), "too short to be an article and a word");
    }
}
