package org.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Properties of the whole extractor on news-like and arbitrary text. */
class ExtractionProperties {

    private static final Khabar KHABAR = Khabar.create();
    private static final List<String> SENTENCES = seedSentences();

    private static List<String> seedSentences() {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path p : files.sorted().toList()) {
                for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
                    for (String s : line.split("(?<=[.؟!])\\s+")) {
                        if (!s.isBlank()) {
                            out.add(s.strip());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @Provide
    Arbitrary<String> news() {
        return Arbitraries.of(SENTENCES).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(" ", l));
    }

    /** Every span of every record, with a label. */
    static List<String> spans(Extraction x, Function<Span, String> f) {
        List<String> out = new ArrayList<>();
        x.actors().forEach(a -> a.mentions().forEach(m -> out.add("A " + a.name() + " " + f.apply(m))));
        x.organizations().forEach(o -> o.mentions().forEach(m -> out.add("O " + o.name() + " " + f.apply(m))));
        x.moneyFigures().forEach(m -> out.add("M " + m.amount() + " " + f.apply(m.span())));
        for (Claim c : x.claims()) {
            out.add("C " + c.kind() + " " + f.apply(c.span()) + " cue " + f.apply(c.cue())
                    + (c.speaker() == null ? "" : " speaker " + f.apply(c.speaker().span()))
                    + (c.content() == null ? "" : " content " + f.apply(c.content())));
        }
        return out;
    }

    static void checkSpans(String text, Extraction x) {
        spans(x, s -> {
            assertTrue(0 <= s.start() && s.end() <= text.length(), () -> "in bounds: " + s);
            assertEquals(text.substring(s.start(), s.end()), s.text());
            return "";
        });
    }

    @Property(tries = 60)
    void spansEqualTheirSubstring(@ForAll("news") String text) {
        checkSpans(text, KHABAR.extract(text));
    }

    @Property(tries = 60)
    void anUnrelatedSentenceBeforeOnlyShiftsSpans(@ForAll("news") String text) {
        String prefix = "وفي سياق منفصل، أعلنت الأرصاد الجوية عن طقس معتدل اليوم.\n";
        List<String> plain = spans(KHABAR.extract(text), s -> s.start() + "-" + s.end() + ":" + s.text());
        List<String> shifted = spans(KHABAR.extract(prefix + text),
                s -> (s.start() - prefix.length()) + "-" + (s.end() - prefix.length()) + ":" + s.text());
        assertEquals(plain, shifted);
    }

    @Property(tries = 60)
    void mentionsNeverOverlapAcrossTypes(@ForAll("news") String text) {
        Extraction x = KHABAR.extract(text);
        List<Span> actors = new ArrayList<>();
        x.actors().forEach(a -> actors.addAll(a.mentions()));
        for (Organization o : x.organizations()) {
            for (Span m : o.mentions()) {
                for (Span a : actors) {
                    assertTrue(!m.overlaps(a), () -> "organization " + m + " overlaps actor " + a);
                }
            }
        }
    }

    @Property(tries = 200)
    void arbitraryStringsNeverThrow(@ForAll @StringLength(max = 300) String text) {
        checkSpans(text, KHABAR.extract(text));
    }
}
