package org.khabar;

import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.khabar.internal.Engine;
import org.khabar.internal.lexicon.CustomEntries;

/**
 * The extractor: reads an Arabic news text and returns its actors, organizations, money figures and
 * claims. Build it once and share it — an instance is <b>immutable and thread-safe</b>; every call keeps
 * its state local, so any number of threads may call {@link #extract(String)} at the same time.
 *
 * <pre>{@code
 * Khabar khabar = Khabar.builder().strictness(Strictness.BALANCED).build();
 * Extraction result = khabar.extract("قال الرئيس جو بايدن إن ...");
 * for (MonetaryFigure m : result.moneyFigures()) {
 *     System.out.println(m.span().text() + " = " + m.amount() + " " + m.currency());
 * }
 * }</pre>
 *
 * <p>Building loads and validates the bundled lexicons; a malformed lexicon line or custom entry fails
 * the build with an exception that names it.
 */
public final class Khabar {

    private final Engine engine;

    private Khabar(Builder b) {
        this.engine = new Engine(EnumSet.copyOf(b.types), b.strictness, b.custom.freeze());
    }

    /** @return a builder with every record type and {@link Strictness#BALANCED} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return an extractor with the default options */
    public static Khabar create() {
        return builder().build();
    }

    /**
     * Extracts every enabled record type from {@code text}.
     *
     * <p>Offsets in the result are UTF-16 indices into {@code text} itself. Empty text gives an empty result;
     * any string — unpaired surrogates, control characters, mixed scripts, megabytes — gives a result
     * without throwing, in time linear in its length.
     *
     * @param text the document
     * @return what was found, in text order
     * @throws NullPointerException when {@code text} is null (the message names {@code text})
     */
    public Extraction extract(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return Extraction.empty(text);
        }
        return engine.extract(text);
    }

    /** @return the record types this extractor produces */
    public Set<RecordType> recordTypes() {
        return engine.types();
    }

    /** @return the strictness this extractor was built with */
    public Strictness strictness() {
        return engine.strictness();
    }

    /** Collects options; not thread-safe, but {@link #build()} may be called any number of times. */
    public static final class Builder {
        private final EnumSet<RecordType> types = EnumSet.allOf(RecordType.class);
        private Strictness strictness = Strictness.BALANCED;
        private final CustomEntries custom = new CustomEntries();

        private Builder() {}

        /**
         * Restricts extraction to these record types (claims still use actors and organizations internally).
         *
         * @param first one type
         * @param rest  more types
         * @return this builder
         */
        public Builder recordTypes(RecordType first, RecordType... rest) {
            Objects.requireNonNull(first, "first");
            types.clear();
            types.add(first);
            for (RecordType t : rest) {
                types.add(Objects.requireNonNull(t, "recordTypes"));
            }
            return this;
        }

        /**
         * @param strictness how much evidence a record needs
         * @return this builder
         */
        public Builder strictness(Strictness strictness) {
            this.strictness = Objects.requireNonNull(strictness, "strictness");
            return this;
        }

        /**
         * Adds an organization name to the lexicon ({@code "Binance"}, {@code "بينانس"}).
         *
         * @param name the name as written, without a descriptor such as شركة
         * @param kind its kind
         * @return this builder
         * @throws IllegalArgumentException when the name has no letters or digits
         */
        public Builder addOrganization(String name, OrganizationKind kind) {
            custom.organization(name, Objects.requireNonNull(kind, "kind"));
            return this;
        }

        /**
         * Adds a given name, so that it starts a person's name ({@code "ميخائيلو"}).
         *
         * @param name   the given name
         * @param gender its gender, or {@link Gender#UNKNOWN}
         * @return this builder
         * @throws IllegalArgumentException when the name has no letters
         */
        public Builder addGivenName(String name, Gender gender) {
            custom.givenName(name, Objects.requireNonNull(gender, "gender"));
            return this;
        }

        /**
         * Adds a person title or role word that introduces a name ({@code "المستشارة"}).
         *
         * @param title  the title
         * @param gender the gender it agrees with, or {@link Gender#UNKNOWN}
         * @return this builder
         * @throws IllegalArgumentException when the title has no letters
         */
        public Builder addTitle(String title, Gender gender) {
            custom.title(title, Objects.requireNonNull(gender, "gender"));
            return this;
        }

        /**
         * Adds a currency name written after amounts ({@code "بيتكوين"} is no ISO currency; {@code "دينار صربي"} is).
         *
         * @param surface  the word(s) as written after a number
         * @param currency the ISO 4217 currency
         * @return this builder
         * @throws IllegalArgumentException when the surface has no letters
         */
        public Builder addCurrency(String surface, Currency currency) {
            custom.currency(surface, Objects.requireNonNull(currency, "currency"));
            return this;
        }

        /**
         * Adds one inflected form of a reporting verb ({@code "غرّد"}).
         *
         * @param form   the form as written, without و/ف
         * @param stance its stance
         * @return this builder
         * @throws IllegalArgumentException when the form has no letters
         */
        public Builder addReportingVerb(String form, Stance stance) {
            custom.reportingVerb(form, Objects.requireNonNull(stance, "stance"));
            return this;
        }

        /**
         * @return a new extractor with the options given so far
         * @throws IllegalStateException when a bundled lexicon is malformed (the message names file and line)
         */
        public Khabar build() {
            return new Khabar(this);
        }
    }

    /** @return a short description of the options */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        parts.add("types=" + engine.types());
        parts.add("strictness=" + engine.strictness());
        return "Khabar" + parts;
    }
}
