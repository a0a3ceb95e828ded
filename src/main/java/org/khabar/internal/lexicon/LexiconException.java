package org.khabar.internal.lexicon;

/** A lexicon line that cannot be used: names the file, the line and the reason. */
public final class LexiconException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public LexiconException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
    }
}
