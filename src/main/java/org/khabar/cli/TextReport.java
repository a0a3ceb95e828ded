package org.khabar.cli;

import org.khabar.Actor;
import org.khabar.Claim;
import org.khabar.Extraction;
import org.khabar.MonetaryFigure;
import org.khabar.Organization;

/** A readable per-document summary for people ({@code --format text}). */
final class TextReport {
    private TextReport() {}

    static String render(String source, Extraction x) {
        StringBuilder b = new StringBuilder();
        b.append("== ").append(source).append('\n');
        b.append("actors (").append(x.actors().size()).append(")\n");
        for (Actor a : x.actors()) {
            b.append("  ").append(a.id()).append(' ').append(a.name());
            if (a.gender() != org.khabar.Gender.UNKNOWN) {
                b.append(" [").append(a.gender()).append(']');
            }
            if (!a.titles().isEmpty()) {
                b.append(" — ").append(String.join("؛ ", a.titles()));
            }
            if (!a.affiliations().isEmpty()) {
                b.append(" → ").append(String.join(", ", a.affiliations()));
            }
            b.append(" (").append(a.mentions().size()).append(" mentions)\n");
        }
        b.append("organizations (").append(x.organizations().size()).append(")\n");
        for (Organization o : x.organizations()) {
            b.append("  ").append(o.id()).append(' ').append(o.name()).append(" [").append(o.kind()).append("] (")
                    .append(o.mentions().size()).append(" mentions)\n");
        }
        b.append("money (").append(x.moneyFigures().size()).append(")\n");
        for (MonetaryFigure m : x.moneyFigures()) {
            b.append("  ").append(m.span().text()).append(" = ")
                    .append(m.amount() == null ? "?" : m.amount().toPlainString());
            if (m.upper() != null) {
                b.append("–").append(m.upper().toPlainString());
            }
            b.append(' ').append(m.currency() == null ? "?" : m.currency().getCurrencyCode())
                    .append(' ').append(m.qualifier()).append('\n');
        }
        b.append("claims (").append(x.claims().size()).append(")\n");
        for (Claim c : x.claims()) {
            b.append("  [").append(c.kind()).append("] ").append(c.cue().text()).append(" | ")
                    .append(c.speaker() == null ? "—" : c.speaker().span().text()).append(" | ")
                    .append(c.content() == null ? "—" : abbreviate(c.content().text())).append('\n');
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
