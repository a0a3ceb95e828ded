package org.khabar;

import java.util.Objects;

/**
 * Who a {@link Claim} is attributed to, as written.
 *
 * @param span the naming phrase with its title or apposition ({@code مسؤول في البيت الأبيض})
 * @param ref  id of the {@link Actor} or {@link Organization} it names, or null (anonymous sources)
 * @param kind what sort of source it is
 */
public record Speaker(Span span, String ref, Kind kind) {

    /** Rejects a null span or kind. */
    public Speaker {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }

    /** What sort of source a speaker is. */
    public enum Kind {
        /** A named person. */
        PERSON,
        /** A named organization. */
        ORGANIZATION,
        /** Unnamed people: {@code أربعة أشخاص مطلعون على الأمر}, {@code مسؤول في البيت الأبيض}. */
        ANONYMOUS,
        /** A document: {@code بيان أصدرته الشركة}, {@code الملفات}. */
        DOCUMENT,
        /** Anything else. */
        OTHER
    }
}
