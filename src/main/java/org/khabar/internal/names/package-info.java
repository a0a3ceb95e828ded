/**
 * People and organizations. {@link org.khabar.internal.names.EntityExtractor} runs, per document:
 * <ol>
 * <li>{@code OrgRules}, sentence by sentence: the team's lexicon of well-known bodies (organizations.tsv,
 * with org_ambiguous_forms.tsv for forms that are also common words), designator heads with their
 * complements (org_designators.tsv: لجنة الأوراق المالية والبورصة), descriptors before a name that stay out
 * of it (شركة لازارد), quoted names, corporate suffixes (أفينو كابيتال) and Latin-script names and acronyms;</li>
 * <li>{@code Linker.linkOrganizations}: mentions merged by name and short form, later bare mentions found;</li>
 * <li>{@code ActorRules}, sentence by sentence: titles (titles.tsv), reporting verbs at a clause start
 * (reporting_verbs.tsv), given names (given_names.tsv, ambiguous_names.tsv), particles and kunyas,
 * nationality nisbas (places.tsv), apposition and coordination; the name extent is scanned token by token
 * with the shapes that end a name in verb-subject-object news prose;</li>
 * <li>{@code Linker.build}: surname-only and given-name-only mentions joined to the one person who carries
 * them (people who share a surname stay apart), records built with ids in order of first mention.</li>
 * </ol>
 * Every record carries the id of the rule that found it ({@code Rules}); each rule has examples in
 * {@code src/test/resources/corpus/actors.tsv} and {@code organizations.tsv}.
 */
package org.khabar.internal.names;
