package org.khabar;

/** What sort of body an {@link Organization} is. */
public enum OrganizationKind {
    /** Companies, banks, exchanges, platforms. */
    COMPANY,
    /** Governments, ministries, agencies, regulators, central banks, parliaments, the White House. */
    GOVERNMENT,
    /** Political parties. */
    PARTY,
    /** Newspapers, channels, news agencies. */
    MEDIA,
    /** Anything else: international bodies, NGOs, universities, movements, committees. */
    OTHER
}
