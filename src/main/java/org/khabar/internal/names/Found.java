package org.khabar.internal.names;

import java.util.ArrayList;
import java.util.List;
import org.khabar.Gender;
import org.khabar.OrganizationKind;

/** Per-document candidates, before merging: mutable, never shared between calls. */
final class Found {
    private Found() {}

    /** An organisation mention: tokens [first, end), original span [start, endOffset). */
    static final class Org {
        final int first;
        final int end;
        final int start;
        final int endOffset;
        final String name;
        final OrganizationKind kind;
        final String rule;
        /** Whether later bare mentions of the name (or its short form) may be linked to it. */
        final boolean propagate;
        /** Short forms (the name without its corporate suffix): بينانس for بينانس هولدينغز. */
        final List<String> shortForms = new ArrayList<>(1);
        int cluster = -1;

        Org(int first, int end, int start, int endOffset, String name, OrganizationKind kind, String rule,
                boolean propagate) {
            this.first = first;
            this.end = end;
            this.start = start;
            this.endOffset = endOffset;
            this.name = name;
            this.kind = kind;
            this.rule = rule;
            this.propagate = propagate;
        }
    }

    /** A person mention: tokens [first, end), original span [start, endOffset) without proclitics. */
    static final class Person {
        final int first;
        final int end;
        final int start;
        final int endOffset;
        final String rule;
        Gender gender = Gender.UNKNOWN;
        final List<String> titles = new ArrayList<>(1);
        final List<Org> affiliations = new ArrayList<>(1);
        int cluster = -1;
        /** The linker's word keys of the mention (first word without proclitics), computed once. */
        List<String> keys;

        Person(int first, int end, int start, int endOffset, String rule) {
            this.first = first;
            this.end = end;
            this.start = start;
            this.endOffset = endOffset;
            this.rule = rule;
        }

        int tokens() {
            return end - first;
        }

        /** The same person (rule, gender, titles, affiliations, cluster) over other tokens and offsets. */
        Person over(int newFirst, int newEnd, int newStart, int newEndOffset) {
            Person q = new Person(newFirst, newEnd, newStart, newEndOffset, rule);
            q.gender = gender;
            q.titles.addAll(titles);
            q.affiliations.addAll(affiliations);
            q.cluster = cluster;
            return q;
        }
    }
}
