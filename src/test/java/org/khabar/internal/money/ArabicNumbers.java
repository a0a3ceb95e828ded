package org.khabar.internal.money;

/**
 * Test helper: renders whole numbers as Arabic number words the way news writes them (masculine counted
 * noun, nominative), so properties can check the parser against an independent writer.
 */
final class ArabicNumbers {
    private ArabicNumbers() {}

    private static final String[] UNITS = {"", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"};
    private static final String[] TEENS = {"", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر",
        "سبعة عشر", "ثمانية عشر", "تسعة عشر"};
    private static final String[] TENS = {"", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"};
    private static final String[] HUNDREDS = {"", "مائة", "مائتان", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة",
        "ثمانمائة", "تسعمائة"};
    /** singular, dual, plural (3-10), accusative (11-99) */
    private static final String[][] SCALES = {
        {"ألف", "ألفان", "آلاف", "ألفا"},
        {"مليون", "مليونان", "ملايين", "مليونا"},
        {"مليار", "ملياران", "مليارات", "مليارا"},
    };

    /** 1..999 in words. */
    static String below1000(int n) {
        if (n <= 0 || n >= 1000) {
            throw new IllegalArgumentException(String.valueOf(n));
        }
        String h = HUNDREDS[n / 100];
        int r = n % 100;
        String rest;
        if (r == 0) {
            rest = "";
        } else if (r <= 10) {
            rest = UNITS[r];
        } else if (r < 20) {
            rest = TEENS[r - 10];
        } else if (r % 10 == 0) {
            rest = TENS[r / 10];
        } else {
            rest = UNITS[r % 10] + " و" + TENS[r / 10];
        }
        if (h.isEmpty()) {
            return rest;
        }
        return rest.isEmpty() ? h : h + " و" + rest;
    }

    /** n × 1000^scale (scale 1..3) in words: ألف، ألفان، ثلاثة آلاف، أحد عشر ألفا، مائة ألف ... */
    static String scaled(int n, int scale) {
        String[] s = SCALES[scale - 1];
        if (n == 1) {
            return s[0];
        }
        if (n == 2) {
            return s[1];
        }
        if (n <= 10) {
            return below1000(n) + " " + s[2];
        }
        int r = n % 100;
        if (r >= 11) {
            return below1000(n) + " " + s[3];
        }
        return below1000(n) + " " + s[0];
    }

    private static final char[] ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩".toCharArray();

    static String arabicIndic(String ascii) {
        StringBuilder b = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            if (c >= '0' && c <= '9') {
                b.append(ARABIC_INDIC[c - '0']);
            } else if (c == '.') {
                b.append('٫');
            } else if (c == ',') {
                b.append('٬');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
