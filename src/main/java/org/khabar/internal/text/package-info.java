/** The Arabic text layer: normaliser with offset map, tokens, clitics, sentences, quotes. */
package org.khabar.internal.text;
