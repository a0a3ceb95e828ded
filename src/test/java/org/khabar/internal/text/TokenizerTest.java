package org.khabar.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<Token> tokens(String s) {
        return TextAnalysis.of(s).tokens();
    }

    private static String kinds(String s) {
        return tokens(s).stream().map(t -> t.type() + ":" + s.substring(t.start(), t.end())).collect(Collectors.joining(" "));
    }

    @Test
    void wordsNumbersAndPunctuation() {
        assertEquals("ARABIC:جمعت NUMBER:200 ARABIC:مليون ARABIC:دولار PUNCT:،",
                kinds("جمعت 200 مليون دولار،"));
        assertEquals("LATIN:Andreessen LATIN:Horowitz PUNCT:.", kinds("Andreessen Horowitz."));
    }

    @Test
    void numbersKeepTheirSeparators() {
        assertEquals("NUMBER:1,500.75", kinds("1,500.75"));
        assertEquals("NUMBER:٣٫٥", kinds("٣٫٥"));
        assertEquals("NUMBER:١٬٠٠٠", kinds("١٬٠٠٠"));
        assertEquals("NUMBER:14ر1 ARABIC:مليار", kinds("14ر1 مليار"));
        // a stop after a number ends it
        assertEquals("NUMBER:2002 PUNCT:.", kinds("2002."));
    }

    @Test
    void quoteMarksAreTokens() {
        assertEquals("QUOTE:« ARABIC:نعم QUOTE:» QUOTE:“ ARABIC:لا QUOTE:” QUOTE:\" ARABIC:ربما QUOTE:\"",
                kinds("«نعم» “لا” \"ربما\""));
        assertEquals("LATIN:O PUNCT:' LATIN:Brien", kinds("O'Brien"));
    }

    @Test
    void procliticsGluedToLatinMakeOneMixedToken() {
        List<Token> t = tokens("وRipple");
        assertEquals(1, t.size());
        assertEquals(TokenType.MIXED, t.get(0).type());
        Clitics.Analysis a = t.get(0).deepest();
        assertEquals("و", a.prefix());
        assertEquals("ripple", a.stem());
        assertEquals(1, a.stemStart());
    }

    @Test
    void spansIncludeDiacriticsButNotControls() {
        String s = "\u200Fقَالَ";
        Token t = tokens(s).get(0);
        assertEquals("قَالَ", s.substring(t.start(), t.end()));
        assertTrue(t.spaceBefore());
    }

    @Test
    void symbolsAndNewlines() {
        List<Token> t = tokens("$5\nقال");
        assertEquals(TokenType.SYMBOL, t.get(0).type());
        assertFalse(t.get(1).spaceBefore());
        assertTrue(t.get(2).newlineBefore());
    }

    @Test
    void spaceBitsAgreeWithTheCharacterDatabase() {
        // Tokenizer.isSpace reads a bit table built once: it must say what the character database says
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            boolean db = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || Character.isWhitespace(ch)
                    || Character.isSpaceChar(ch);
            assertEquals(db, Tokenizer.isSpace(ch), () -> Integer.toHexString(ch));
        }
    }

    @Test
    void arabicLetterRangeAgreesWithTheCharacterDatabase() {
        // the tokenizer's range test for U+0621..U+064A stands in for "Arabic block and a letter or mark"
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            int type = Character.getType(ch);
            boolean letterOrMark = Character.isLetter(ch) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
            boolean db = Clitics.isArabic(ch) && letterOrMark;
            assertEquals(db, Tokenizer.isArabicLetterOrMark(ch), () -> Integer.toHexString(ch));
        }
    }
}
