package org.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared assertions: every span of every record lies in the text and equals its substring. */
public final class ExtractionChecks {
    private ExtractionChecks() {}

    public static void spansHold(String text, Extraction x) {
        assertEquals(text, x.text());
        x.actors().forEach(a -> a.mentions().forEach(s -> span(text, s)));
        x.organizations().forEach(o -> o.mentions().forEach(s -> span(text, s)));
        x.moneyFigures().forEach(m -> span(text, m.span()));
        for (Claim c : x.claims()) {
            span(text, c.span());
            span(text, c.cue());
            if (c.speaker() != null) {
                span(text, c.speaker().span());
            }
            if (c.content() != null) {
                span(text, c.content());
            }
        }
    }

    static void span(String text, Span s) {
        assertTrue(0 <= s.start() && s.start() <= s.end() && s.end() <= text.length(), () -> "in bounds: " + s);
        assertEquals(text.substring(s.start(), s.end()), s.text());
    }
}
