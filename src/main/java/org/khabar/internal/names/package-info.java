/** People and organizations: candidates from titles, given names, designators and lexicons; coreference. */
package org.khabar.internal.names;
