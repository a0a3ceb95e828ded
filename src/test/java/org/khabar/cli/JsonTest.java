package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;
import org.khabar.testutil.MiniJson;

class JsonTest {

    @Test
    void escapesWhatJsonRequires() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", Json.quote("a\"b\\c\nd\u0001"));
        assertEquals("\"قال\"", Json.quote("قال"));
        assertEquals("\"\\ud800x\"", Json.quote("\uD800x"));
        assertEquals("null", Json.quote(null));
    }

    @Property(tries = 1000)
    void anyStringRoundTrips(@ForAll String s) {
        String q = Json.quote(s);
        assertEquals(s, MiniJson.parse(q));
        // and Commons Text reads it the same way
        assertEquals(s, StringEscapeUtils.unescapeJson(q.substring(1, q.length() - 1)));
        assertFalse(q.chars().anyMatch(c -> c < 0x20), "no raw control characters");
    }
}
