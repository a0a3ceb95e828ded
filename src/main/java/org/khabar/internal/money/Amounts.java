package org.khabar.internal.money;

import java.math.BigDecimal;
import org.khabar.internal.lexicon.PhraseIndex;
import org.khabar.internal.money.MoneyLexicon.NumberKind;
import org.khabar.internal.money.MoneyLexicon.NumberWord;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.Token;
import org.khabar.internal.text.TokenType;

/**
 * Reads the number part of an amount at a token: digits in any of the news notations, number words with
 * their grammar (units, teens, tens, hundreds, و-joined compounds, scale words in singular, dual,
 * plural and accusative, fractions), and mixtures of both ({@code ثلاثة ملايين و500 ألف}).
 */
final class Amounts {

    /** A parsed amount: value (null when vague), token range, original start, and how it was written. */
    record Amount(BigDecimal value, int first, int end, int start, boolean words, boolean digits, boolean scaled,
            boolean vague) {}

    /** Words that count vaguely: عشرات الملايين، مئات الآلاف، بضعة ملايين. */
    static final java.util.Set<String> VAGUE_HEADS = org.khabar.internal.text.WordSet.of("عشرات", "مئات", "مييات", "بضعه", "بضع",
            "عده", "الاف", "ملايين", "مليارات", "ملايير", "بلايين");

    static boolean isVagueHead(String stem) {
        return VAGUE_HEADS.contains(stem);
    }

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final int MAX_DIGITS = 40; // longer digit runs are identifiers, not amounts: bounded work

    private final MoneyLexicon lex;

    Amounts(MoneyLexicon lex) {
        this.lex = lex;
    }

    /**
     * Parses a decimal written with {@code , . ر}: "1,250,000" "118,6" (comma decimal) "2.5" "14ر1" (wire
     * service: fraction ر integer = 1.14). Returns null for anything else.
     */
    static BigDecimal parseDigits(String s) {
        if (s.isEmpty() || s.length() > MAX_DIGITS) {
            return null;
        }
        int r = s.indexOf('ر');
        if (r >= 0) {
            String frac = s.substring(0, r);
            String whole = s.substring(r + 1);
            if (!isDigits(frac) || !isDigits(whole)) {
                return null;
            }
            return new BigDecimal(whole + "." + frac);
        }
        int commas = count(s, ',');
        int dots = count(s, '.');
        String t;
        if (commas > 0 && dots > 0) {
            // the later separator is the decimal one: 1,250.5 or 1.250,5
            boolean dotDecimal = s.lastIndexOf('.') > s.lastIndexOf(',');
            t = dotDecimal ? s.replace(",", "") : s.replace(".", "").replace(',', '.');
            if (count(t, '.') > 1) {
                return null;
            }
        } else if (commas > 0) {
            t = groupsOfThree(s, ',') ? s.replace(",", "") : (commas == 1 ? s.replace(',', '.') : null);
        } else if (dots > 1) {
            t = groupsOfThree(s, '.') ? s.replace(".", "") : null;
        } else {
            t = s;
        }
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** 1,250,000: a first group of 1-3 digits, then groups of exactly three. */
    private static boolean groupsOfThree(String s, char sep) {
        int first = s.indexOf(sep);
        if (first <= 0 || first > 3) {
            return false;
        }
        int prev = first;
        for (int i = first + 1; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == sep) {
                if (i - prev - 1 != 3) {
                    return false;
                }
                prev = i;
            }
        }
        return true;
    }

    /** A number word at token {@code i}; continuation words may carry only the conjunction و. */
    private PhraseIndex.Match<NumberWord> word(TextAnalysis doc, int i, int limit, boolean continuation) {
        PhraseIndex.Match<NumberWord> m = lex.numbers.match(doc, lex.facts(doc), i, limit);
        if (m == null) {
            return null;
        }
        String prefix = m.head().prefix();
        if (m.article()) {
            return null; // الألف، المليون: only after نصف ("ونصف المليون"), handled by the caller
        }
        if (continuation ? !(prefix.isEmpty() || prefix.equals("و")) : !isOpeningPrefix(prefix)) {
            return null;
        }
        return m;
    }

    /** A proclitic that may precede the first word of an amount: و ف ب ل ك and their combinations. */
    private static boolean isOpeningPrefix(String p) {
        switch (p) {
            case "": case "و": case "ف": case "ب": case "ل": case "ك": case "وب": case "ول": case "فب": case "فل": case "وك":
                return true;
            default:
                return false;
        }
    }

    /** Index after a و connector at token {@code i} ("و" alone, or glued "و" before digits), else -1. */
    private static int connector(TextAnalysis doc, int i, int limit) {
        if (i >= limit) {
            return -1;
        }
        Token t = doc.token(i);
        if (t.type() == TokenType.ARABIC && t.norm().equals("و") && i + 1 < limit) {
            return i + 1;
        }
        return -1;
    }

    /**
     * Parses an amount starting at token {@code i} (before {@code limit}); null when there is none.
     * A plural scale word without a number ({@code ملايين}) or a vague head ({@code عشرات}) gives a
     * vague amount with a null value.
     */
    Amount parse(TextAnalysis doc, int i, int limit) {
        if (i >= limit) {
            return null;
        }
        Token first = doc.token(i);
        int start;
        if (first.type() == TokenType.NUMBER) {
            start = first.start();
        } else if (first.type() == TokenType.ARABIC) {
            Amount vague = vague(doc, i, limit);
            if (vague != null) {
                return vague;
            }
            PhraseIndex.Match<NumberWord> m = word(doc, i, limit, false);
            if (m == null) {
                return null;
            }
            start = m.start();
        } else {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal group = null; // the number before the next scale word
        BigDecimal lastScale = null;
        BigDecimal pendingFraction = null;
        boolean words = false;
        boolean digits = false;
        boolean scaled = false;
        int pos = i;
        int end = i;
        while (pos < limit) {
            boolean continuation = pos > i;
            int at = pos;
            boolean joined = false; // joined to what came before by و
            if (continuation) {
                int c = connector(doc, pos, limit);
                if (c > 0) {
                    at = c;
                    joined = true;
                }
            }
            Token t = doc.token(at);
            if (t.type() == TokenType.NUMBER) {
                // digits start an amount, or follow a scale word after و: "ثلاثة ملايين و500 ألف"
                if (group != null || pendingFraction != null || (continuation && !(joined && lastScale != null))) {
                    break;
                }
                BigDecimal v = parseDigits(t.norm());
                if (v == null) {
                    break;
                }
                int next = at + 1;
                // 10 000 000: groups of exactly three digits separated by spaces
                while (next < limit && v.scale() == 0 && v.signum() > 0 && isGroupOfThree(doc.token(next))
                        && (next > at + 1 || v.compareTo(THOUSAND) < 0)) {
                    v = v.multiply(THOUSAND).add(new BigDecimal(doc.token(next).norm()));
                    next++;
                }
                group = v;
                digits = true;
                pos = next;
                end = next;
                continue;
            }
            PhraseIndex.Match<NumberWord> m = word(doc, at, limit, continuation);
            if (m == null) {
                break;
            }
            joined |= continuation && m.head().prefix().equals("و");
            NumberWord w = m.value();
            boolean ok = true;
            switch (w.kind()) {
                case UNIT: case TEN: case TEEN:
                    if (group == null) {
                        ok = pendingFraction == null && (lastScale == null || joined);
                        group = w.value();
                    } else if (joined && canTakeSmall(group, w)) {
                        group = group.add(w.value()); // خمسة وعشرين، مائة وخمسين
                    } else {
                        ok = false;
                    }
                    break;
                case HUNDRED:
                    if (group == null) {
                        ok = pendingFraction == null && (lastScale == null || joined);
                        group = w.value();
                    } else if (!joined && group.compareTo(BigDecimal.TEN) < 0 && w.value().intValue() == 100) {
                        group = group.multiply(w.value()); // ثلاث مئة
                    } else {
                        ok = false;
                    }
                    break;
                case FRACTION:
                    if (group == null && lastScale == null && !continuation) {
                        pendingFraction = w.value(); // نصف مليار
                    } else if (lastScale != null && group == null && joined) {
                        total = total.add(w.value().multiply(lastScale)); // مليون ونصف (المليون)
                        pos = skipArticleScale(doc, m.end(), limit);
                        end = pos;
                        words = true;
                        continue;
                    } else {
                        ok = false;
                    }
                    break;
                default: { // scale words
                    BigDecimal scale = w.value();
                    BigDecimal mult;
                    if (w.kind() == NumberKind.SCALE_DUAL) {
                        // ألفان alone, or after a larger scale and و: مليون وألفان
                        ok = group == null && pendingFraction == null && (joined ? lastScale != null : !continuation);
                        scale = scale.divide(BigDecimal.valueOf(2));
                        mult = BigDecimal.valueOf(2);
                    } else if (group != null) {
                        mult = group;
                    } else if (pendingFraction != null) {
                        mult = pendingFraction;
                    } else if (continuation) {
                        ok = joined; // "مليون وألف"
                        mult = BigDecimal.ONE;
                    } else if (w.kind() == NumberKind.SCALE_ACC) {
                        mult = BigDecimal.valueOf(2); // مليونا دولار: nominative dual in construct
                    } else if (w.plural()) {
                        return null; // plural scale without a number is vague: see vague()
                    } else {
                        mult = BigDecimal.ONE;
                    }
                    if (lastScale != null && scale.compareTo(lastScale) >= 0) {
                        ok = false;
                    }
                    if (ok) {
                        total = total.add(mult.multiply(scale));
                        lastScale = scale;
                        group = null;
                        pendingFraction = null;
                        scaled = true;
                    }
                    break;
                }
            }
            if (!ok) {
                break;
            }
            words = true;
            pos = m.end();
            end = pos;
        }
        if (end == i) {
            return null;
        }
        if (pendingFraction != null) {
            // نصف دولار: a bare fraction is an amount only if a currency follows (the caller checks)
            return new Amount(pendingFraction, i, end, start, true, false, false, false);
        }
        if (group != null) {
            total = total.add(group);
        }
        return new Amount(total, i, end, start, words, digits, scaled, false);
    }

    private static boolean isGroupOfThree(Token t) {
        return t.type() == TokenType.NUMBER && t.spaceBefore() && t.norm().length() == 3 && isDigits(t.norm());
    }

    /** Whether a unit/ten/teen may be added to {@code group} after و: 5+20, 100+50, 105+20. */
    private static boolean canTakeSmall(BigDecimal group, NumberWord w) {
        int g = group.intValue();
        if (group.scale() > 0 || group.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            return false;
        }
        int below100 = g % 100;
        if (w.kind() == NumberKind.TEN) {
            return below100 < 10; // خمسة وعشرين (5+20), مائة وخمسين, مائة وخمسة وعشرين
        }
        return below100 == 0 && g >= 100; // مائة وخمسة
    }

    /** After "ونصف", a repeated scale with the article ("مليون ونصف المليون") belongs to the amount. */
    private int skipArticleScale(TextAnalysis doc, int i, int limit) {
        if (i < limit) {
            PhraseIndex.Match<NumberWord> m = lex.numbers.match(doc, lex.facts(doc), i, limit);
            if (m != null && m.article() && (m.head().prefix().isEmpty() || m.head().prefix().equals("ال"))
                    && m.value().kind() == NumberKind.SCALE) {
                return m.end();
            }
        }
        return i;
    }

    /** عشرات الملايين، مئات الآلاف، ملايين، بضعة ملايين: a vague amount, value null. */
    private Amount vague(TextAnalysis doc, int i, int limit) {
        if ((lex.facts(doc).stems(i) & org.khabar.internal.lexicon.Facts.VAGUE_HEAD) == 0) {
            return null; // no reading's stem is a vague head
        }
        Token t = doc.token(i);
        String stem = null;
        int stemStart = t.start();
        for (var a : t.analyses()) {
            if (isOpeningPrefix(a.prefix()) && !a.article() && VAGUE_HEADS.contains(a.stem())) {
                stem = a.stem();
                stemStart = a.stemStart();
                break;
            }
        }
        if (stem == null) {
            return null;
        }
        int end = i + 1;
        // عشرات الملايين / مئات الآلاف / بضعة ملايين: a second scale word, with or without the article
        if (end < limit) {
            PhraseIndex.Match<NumberWord> m = lex.numbers.match(doc, lex.facts(doc), end, limit);
            if (m != null && m.value().kind() == NumberKind.SCALE && (m.head().prefix().isEmpty()
                    || m.head().prefix().equals("ال"))) {
                end = m.end();
            }
        }
        boolean scaleHead = stem.equals("الاف") || stem.equals("ملايين") || stem.equals("مليارات")
                || stem.equals("ملايير") || stem.equals("بلايين");
        if (!scaleHead && end == i + 1) {
            return null; // "عشرات" alone: tens of what? only with a scale word
        }
        return new Amount(null, i, end, stemStart, true, false, true, true);
    }
}
