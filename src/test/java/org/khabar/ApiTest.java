package org.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTest {

    private static final Khabar KHABAR = Khabar.create();

    @Test
    void nullTextNamesTheParameter() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> KHABAR.extract(null));
        assertEquals("text", e.getMessage());
    }

    @Test
    void emptyTextGivesAnEmptyResult() {
        Extraction x = KHABAR.extract("");
        assertTrue(x.isEmpty());
        assertEquals("", x.text());
    }

    @Test
    void builderOptions() {
        Khabar k = Khabar.builder().recordTypes(RecordType.MONEY).strictness(Strictness.STRICT).build();
        assertEquals(Set.of(RecordType.MONEY), k.recordTypes());
        assertEquals(Strictness.STRICT, k.strictness());
        assertThrows(NullPointerException.class, () -> Khabar.builder().strictness(null));
        assertThrows(IllegalArgumentException.class, () -> Khabar.builder().addGivenName("  ", Gender.MALE));
        assertThrows(NullPointerException.class, () -> Khabar.builder().addOrganization(null, OrganizationKind.COMPANY));
    }

    @Test
    void resultListsAreImmutable() {
        Extraction x = KHABAR.extract("نص قصير");
        assertThrows(UnsupportedOperationException.class, () -> x.actors().add(null));
        assertThrows(UnsupportedOperationException.class, () -> x.claims().clear());
    }

    @Test
    void spanChecksItsText() {
        assertEquals("ب", Span.of("abc", 1, 2).text().replace('b', 'ب'));
        assertThrows(IllegalArgumentException.class, () -> new Span(2, 1, ""));
        assertThrows(IllegalArgumentException.class, () -> new Span(0, 2, "x"));
        assertTrue(new Span(0, 3, "abc").overlaps(new Span(2, 4, "cd")));
    }
}
