package org.khabar.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.khabar.Actor;
import org.khabar.Extraction;
import org.khabar.Khabar;
import org.khabar.Organization;
import org.khabar.Span;

/** Properties of entity mentions over news-like text assembled from the corpus and random noise. */
class EntityProperties {

    private static final Khabar K = EntityCorpusTest.KHABAR;

    private static final List<String> SENTENCES = new ArrayList<>();

    static {
        for (String f : List.of("actors.tsv", "organizations.tsv", "actors-negative.tsv", "organizations-negative.tsv")) {
            EntityCorpusTest.read(f).forEach(l -> SENTENCES.add(l.text()));
        }
    }

    @Provide
    Arbitrary<String> news() {
        Arbitrary<String> noise = Arbitraries.strings().withChars("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآ ،.\"«»:لوبك")
                .ofMaxLength(30);
        return Arbitraries.oneOf(Arbitraries.of(SENTENCES), noise).list().ofMinSize(1).ofMaxSize(4)
                .map(parts -> String.join(" ", parts));
    }

    @Provide
    Arbitrary<String> unrelated() {
        // each a whole sentence: a fragment such as «قال»: without its own end joins the text's first sentence
        // and may rightly change it (a dateline "بيروت - النهار :" is one only at a sentence start)
        return Arbitraries.of("وفي سياق آخر، ارتفعت أسعار النفط.", "الطقس حار اليوم.\n", "تابعونا على منصات التواصل. ",
                "1. ", "«قال»: نعم. ");
    }

    private static List<Span> mentions(Extraction x, boolean actors) {
        List<Span> out = new ArrayList<>();
        if (actors) {
            x.actors().forEach(a -> out.addAll(a.mentions()));
        } else {
            x.organizations().forEach(o -> out.addAll(o.mentions()));
        }
        return out;
    }

    @Property(tries = 300)
    void mentionsNeverOverlapAcrossTypes(@ForAll("news") String text) {
        Extraction x = K.extract(text);
        for (Span a : mentions(x, true)) {
            for (Span o : mentions(x, false)) {
                assertTrue(!a.overlaps(o), a + " overlaps " + o);
            }
        }
    }

    @Property(tries = 300)
    void everyMentionIsItsSpan(@ForAll("news") String text) {
        Extraction x = K.extract(text);
        List<Span> all = mentions(x, true);
        all.addAll(mentions(x, false));
        for (Span m : all) {
            assertTrue(0 <= m.start() && m.end() <= text.length());
            assertEquals(text.substring(m.start(), m.end()), m.text());
            assertTrue(m.length() > 0);
        }
        for (Actor a : x.actors()) {
            assertTrue(!a.mentions().isEmpty() && !a.name().isBlank());
        }
        for (Organization o : x.organizations()) {
            assertTrue(!o.mentions().isEmpty() && !o.name().isBlank());
        }
    }

    @Property(tries = 200)
    void anUnrelatedSentenceBeforeOnlyShiftsSpans(@ForAll("news") String text, @ForAll("unrelated") String prefix) {
        Extraction x = K.extract(text);
        Extraction y = K.extract(prefix + text);
        int d = prefix.length();
        List<Span> before = new ArrayList<>(mentions(x, true));
        before.addAll(mentions(x, false));
        List<Span> after = new ArrayList<>(mentions(y, true));
        after.addAll(mentions(y, false));
        List<Span> shifted = before.stream().map(s -> new Span(s.start() + d, s.end() + d, s.text())).sorted(
                java.util.Comparator.comparingInt(Span::start)).toList();
        List<Span> found = after.stream().filter(s -> s.start() >= d).sorted(java.util.Comparator.comparingInt(Span::start)).toList();
        assertEquals(shifted, found);
    }

    /** Found by a long random run: a dateline byline after an unrelated sentence on the same line. */
    @net.jqwik.api.Example
    void aBylineAfterAnUnrelatedSentence() {
        anUnrelatedSentenceBeforeOnlyShiftsSpans("بيروت - من نادر الحلو : عاد الهدوء إلى الشوارع صباح اليوم.",
                "وفي سياق آخر، ارتفعت أسعار النفط.");
    }

    @Property(tries = 300)
    void arbitraryStringsNeverThrow(@ForAll String text) {
        K.extract(text);
    }
}
