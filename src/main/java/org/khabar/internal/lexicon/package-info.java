/** Lexicon files (TSV) and the token trie that matches them. */
package org.khabar.internal.lexicon;
