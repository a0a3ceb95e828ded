package org.khabar.internal.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.khabar.Claim;
import org.khabar.Strictness;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.names.Entities;
import org.khabar.internal.text.TextAnalysis;

/**
 * A verb that can give no claim skips its scans (ClaimExtractor.betweenOnly): with and without the shortcut the
 * claims are the same, in every strictness, around بين and its forms in every context the rules read (a
 * content marker near or far, و, كما, ما with an object pronoun, quotes, subjects before and after).
 */
class ClaimShortcutProperties {

    private static final String[] PIECES = {"بين", "وبين", "بينت", "يبين", "تبين", "بينه", "بينها", "مبينا", "ما",
            "كما", "وكما", "التي", "قال", "وقال", "الوزير", "المتحدث", "الحكومة", "أن", "إن", "بأن", "أنه", ":", "\"",
            "«", "»", "،", ".", "إلى", "الطرفين", "الخبراء", "لكن", "في", "بيان", "قائلا", "الشركة", "x", "2024"};

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(24).map(l -> String.join(" ", l));
    }

    private static final List<ClaimExtractor[]> PAIRS = java.util.Arrays.stream(Strictness.values())
            .map(s -> new ClaimExtractor[] {new ClaimExtractor(new CustomEntries().freeze(), s, true),
                    new ClaimExtractor(new CustomEntries().freeze(), s, false)})
            .toList();

    @Property(tries = 1000)
    void theShortcutChangesNoClaim(@ForAll("texts") String text) {
        for (ClaimExtractor[] pair : PAIRS) {
            List<Claim> fast = pair[0].extract(TextAnalysis.of(text), Entities.NONE);
            List<Claim> full = pair[1].extract(TextAnalysis.of(text), Entities.NONE);
            assertEquals(full, fast, text);
        }
    }

    /** The shortcut is taken where it matters: بين 'between' gives nothing, وبين with its marker a claim. */
    @net.jqwik.api.Example
    void betweenGivesNoClaimAndAndShowedGivesOne() {
        ClaimExtractor x = PAIRS.get(0)[0];
        assertTrue(x.extract(TextAnalysis.of("وقع اتفاق بين الطرفين على أن يستمر الحوار ."), Entities.NONE).isEmpty());
        assertEquals(1, x.extract(TextAnalysis.of("وبين الوزير أن الاقتصاد قوي ."), Entities.NONE).size());
    }
}
