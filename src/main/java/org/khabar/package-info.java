/**
 * Khabar: rule-based extraction of actors, organizations, money figures and claims from Arabic news.
 *
 * <p>Start with {@link org.khabar.Khabar}: build one extractor, share it, call
 * {@link org.khabar.Khabar#extract(String)} per document.
 *
 * <h2>The offset contract</h2>
 * Every {@link org.khabar.Span} is a half-open range {@code [start, end)} of UTF-16 indices into the
 * <em>original</em> string passed to {@code extract}, never into a normalised copy, and
 * {@code span.text().equals(text.substring(span.start(), span.end()))} always holds. Proclitics are left
 * outside mentions, diacritics and tatweel inside a word stay inside. For example, in
 * <pre>{@code
 * String text = "وقال لترامب إن ...";
 * }</pre>
 * a mention of the person is {@code Span(7, 12, "ترامب")}: the preposition ل at index 6 is not part of it.
 * Prefixing the text with other text shifts every span by the prefix's length.
 */
package org.khabar;
