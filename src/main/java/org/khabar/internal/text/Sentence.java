package org.khabar.internal.text;

/**
 * A sentence as a half-open range of token indices and its span in the original text.
 *
 * @param index     position in the document's sentence list
 * @param first     first token index
 * @param end       one past the last token index
 * @param start     original start offset
 * @param endOffset original end offset (exclusive)
 */
public record Sentence(int index, int first, int end, int start, int endOffset) {
    public int size() {
        return end - first;
    }
}
