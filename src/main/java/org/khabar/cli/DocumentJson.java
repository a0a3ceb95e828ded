package org.khabar.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.khabar.Actor;
import org.khabar.Claim;
import org.khabar.Extraction;
import org.khabar.Gender;
import org.khabar.MonetaryFigure;
import org.khabar.Organization;
import org.khabar.Span;
import org.khabar.Speaker;

/** Writes one {@link Extraction} as the JSON object of the output contract (spec/jsonl-output.md). */
final class DocumentJson {
    private DocumentJson() {}

    static String render(String source, Extraction x) {
        StringBuilder b = new StringBuilder(256 + x.text().length() / 4);
        b.append("{\"source\": ");
        Json.string(b, source);
        b.append(", \"actors\": [");
        sep(b, x.actors(), (a, sb) -> actor(sb, a));
        b.append("], \"organizations\": [");
        sep(b, x.organizations(), (o, sb) -> organization(sb, o));
        b.append("], \"money\": [");
        sep(b, x.moneyFigures(), (m, sb) -> money(sb, m));
        b.append("], \"claims\": [");
        sep(b, x.claims(), (c, sb) -> claim(sb, c));
        b.append("]}");
        return b.toString();
    }

    private interface Writer<T> {
        void write(T t, StringBuilder b);
    }

    private static <T> void sep(StringBuilder b, List<T> items, Writer<T> w) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            w.write(items.get(i), b);
        }
    }

    static void span(StringBuilder b, Span s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append("{\"start\": ").append(s.start()).append(", \"end\": ").append(s.end()).append(", \"text\": ");
        Json.string(b, s.text());
        b.append('}');
    }

    private static void strings(StringBuilder b, List<String> xs) {
        b.append('[');
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            Json.string(b, xs.get(i));
        }
        b.append(']');
    }

    private static void actor(StringBuilder b, Actor a) {
        b.append("{\"id\": ");
        Json.string(b, a.id());
        b.append(", \"name\": ");
        Json.string(b, a.name());
        b.append(", \"gender\": ");
        Json.string(b, a.gender() == Gender.UNKNOWN ? null : a.gender().name());
        b.append(", \"titles\": ");
        strings(b, a.titles());
        b.append(", \"affiliations\": ");
        strings(b, a.affiliations());
        b.append(", \"mentions\": [");
        sep(b, a.mentions(), (s, sb) -> span(sb, s));
        b.append("], \"rule\": ");
        Json.string(b, a.ruleId());
        b.append('}');
    }

    private static void organization(StringBuilder b, Organization o) {
        b.append("{\"id\": ");
        Json.string(b, o.id());
        b.append(", \"name\": ");
        Json.string(b, o.name());
        b.append(", \"kind\": ");
        Json.string(b, o.kind().name());
        b.append(", \"mentions\": [");
        sep(b, o.mentions(), (s, sb) -> span(sb, s));
        b.append("], \"rule\": ");
        Json.string(b, o.ruleId());
        b.append('}');
    }

    private static String decimal(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static void money(StringBuilder b, MonetaryFigure m) {
        Span s = m.span();
        b.append("{\"start\": ").append(s.start()).append(", \"end\": ").append(s.end()).append(", \"text\": ");
        Json.string(b, s.text());
        b.append(", \"amount\": ");
        Json.string(b, decimal(m.amount()));
        if (m.upper() != null) {
            b.append(", \"upper\": ");
            Json.string(b, decimal(m.upper()));
        }
        b.append(", \"currency\": ");
        Json.string(b, m.currency() == null ? null : m.currency().getCurrencyCode());
        b.append(", \"qualifier\": ");
        Json.string(b, m.qualifier().name());
        b.append(", \"confidence\": ").append(String.format(Locale.ROOT, "%.2f", m.confidence()));
        b.append(", \"rule\": ");
        Json.string(b, m.ruleId());
        b.append('}');
    }

    private static void claim(StringBuilder b, Claim c) {
        Span s = c.span();
        b.append("{\"start\": ").append(s.start()).append(", \"end\": ").append(s.end());
        b.append(", \"kind\": ");
        Json.string(b, c.kind().name());
        b.append(", \"cue\": ");
        span(b, c.cue());
        b.append(", \"speaker\": ");
        Speaker sp = c.speaker();
        if (sp == null) {
            b.append("null");
        } else {
            Span ss = sp.span();
            b.append("{\"start\": ").append(ss.start()).append(", \"end\": ").append(ss.end()).append(", \"text\": ");
            Json.string(b, ss.text());
            b.append(", \"ref\": ");
            Json.string(b, sp.ref());
            b.append(", \"kind\": ");
            Json.string(b, sp.kind().name());
            b.append('}');
        }
        b.append(", \"content\": ");
        span(b, c.content());
        b.append(", \"stance\": ");
        Json.string(b, c.stance().name());
        b.append(", \"resolved_speaker\": ");
        Json.string(b, c.resolvedSpeaker());
        b.append(", \"rule\": ");
        Json.string(b, c.ruleId());
        b.append('}');
    }
}
