/** Claims: reporting cues, speakers, content, quotes. */
package org.khabar.internal.claims;
