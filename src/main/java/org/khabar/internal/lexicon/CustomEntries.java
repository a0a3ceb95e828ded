package org.khabar.internal.lexicon;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.khabar.Gender;
import org.khabar.OrganizationKind;
import org.khabar.Stance;
import org.khabar.internal.text.ArabicNormalizer;

/** Lexicon entries a user adds through the builder; copied and frozen when the extractor is built. */
public final class CustomEntries {

    public record Org(String name, OrganizationKind kind) {}

    public record Named(String text, Gender gender) {}

    public record Cur(String surface, Currency currency) {}

    public record Verb(String form, Stance stance) {}

    private final List<Org> organizations = new ArrayList<>();
    private final List<Named> givenNames = new ArrayList<>();
    private final List<Named> titles = new ArrayList<>();
    private final List<Cur> currencies = new ArrayList<>();
    private final List<Verb> verbs = new ArrayList<>();

    public void organization(String name, OrganizationKind kind) {
        organizations.add(new Org(check(name, "name"), kind));
    }

    public void givenName(String name, Gender gender) {
        givenNames.add(new Named(check(name, "name"), gender));
    }

    public void title(String title, Gender gender) {
        titles.add(new Named(check(title, "title"), gender));
    }

    public void currency(String surface, Currency currency) {
        currencies.add(new Cur(check(surface, "surface"), currency));
    }

    public void reportingVerb(String form, Stance stance) {
        verbs.add(new Verb(check(form, "form"), stance));
    }

    private static String check(String s, String what) {
        Objects.requireNonNull(s, what);
        String k = ArabicNormalizer.normalizeKey(s);
        if (k.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException(what + " has no letters or digits: '" + s + "'");
        }
        return s;
    }

    /** An immutable copy. */
    public CustomEntries freeze() {
        CustomEntries c = new CustomEntries();
        c.organizations.addAll(organizations);
        c.givenNames.addAll(givenNames);
        c.titles.addAll(titles);
        c.currencies.addAll(currencies);
        c.verbs.addAll(verbs);
        return c;
    }

    public List<Org> organizations() {
        return List.copyOf(organizations);
    }

    public List<Named> givenNames() {
        return List.copyOf(givenNames);
    }

    public List<Named> titles() {
        return List.copyOf(titles);
    }

    public List<Cur> currencies() {
        return List.copyOf(currencies);
    }

    public List<Verb> verbs() {
        return List.copyOf(verbs);
    }
}
