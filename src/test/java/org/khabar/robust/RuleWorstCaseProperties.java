package org.khabar.robust;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.khabar.ExtractionChecks;
import org.khabar.Khabar;

/**
 * Worst cases for the rules: texts made only of the words and marks that trigger them (reporting verbs,
 * أن/إن, quotes, titles, designators, given names, number words, currencies, qualifiers, attribution
 * phrases), in random order and long runs. Nothing may throw and every span must hold.
 */
class RuleWorstCaseProperties {

    private static final Khabar KHABAR = Khabar.create();

    private static final List<String> TRIGGERS = List.of("قال", "وقال", "قالت", "أضاف", "مشيرا", "إن", "أن", "بأن",
            "\"", "«", "»", "“", "”", ":", "،", ".", "بحسب", "وفقا", "ل", "نقلا", "عن", "الرئيس", "وزير", "رئيس",
            "شركة", "وزارة", "لجنة", "مجلس", "البنك", "المركزي", "محمد", "جو", "بن", "أبو", "عبد", "الله",
            "مليون", "ملايين", "مليار", "ألف", "ثلاثة", "عشرين", "و", "نصف", "دولار", "دولارا", "الدولارات",
            "جنيه", "ريال", "يورو", "أكثر", "من", "حوالي", "نحو", "بين", "إلى", "-", "5", "1.5", "14ر1", "٣٫٥",
            "$", "Coinbase", "Inc", "CNBC", "مصادر", "أشخاص", "مطلعون", "على", "الأمر", "البيت", "الأبيض",
            "هاريس", "كامالا", "\n", "(", ")", "ـ", "\u200F");

    @Provide
    Arbitrary<String> triggerSoup() {
        Arbitrary<String> word = Arbitraries.of(TRIGGERS);
        Arbitrary<String> run = Arbitraries.of(TRIGGERS).flatMap(w -> Arbitraries.integers().between(1, 300).map(n -> (w + " ").repeat(n)));
        return Arbitraries.oneOf(word, word, word, run).list().ofMaxSize(400).map(l -> String.join(" ", l));
    }

    @Property(tries = 150)
    void triggerSoupNeverBreaksARule(@ForAll("triggerSoup") String text) {
        ExtractionChecks.spansHold(text, KHABAR.extract(text));
    }
}
