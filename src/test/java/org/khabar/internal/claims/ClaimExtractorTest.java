package org.khabar.internal.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.Actor;
import org.khabar.Claim;
import org.khabar.Gender;
import org.khabar.Organization;
import org.khabar.OrganizationKind;
import org.khabar.Span;
import org.khabar.Speaker;
import org.khabar.Stance;
import org.khabar.Strictness;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.names.Entities;
import org.khabar.internal.text.TextAnalysis;

/** Speaker linking, pronoun resolution, stance and custom verbs. */
class ClaimExtractorTest {

    private static final ClaimExtractor X = ClaimCorpusTest.EXTRACTOR;

    private static Span span(String text, String part) {
        int i = text.indexOf(part);
        return Span.of(text, i, i + part.length());
    }

    @Test
    void linksSpeakerToActorMention() {
        String t = "وقال الرئيس جو بايدن إن الاقتصاد قوي .";
        Actor a = new Actor("A1", "جو بايدن", Gender.MALE, List.of("الرئيس"), List.of(), List.of(span(t, "جو بايدن")),
                "test");
        List<Claim> cs = X.extract(TextAnalysis.of(t), new Entities(List.of(a), List.of()));
        assertEquals(1, cs.size());
        assertEquals("A1", cs.get(0).speaker().ref());
        assertEquals(Speaker.Kind.PERSON, cs.get(0).speaker().kind());
    }

    @Test
    void participleSpeaksForThePersonWhoseTitleNamesTheOrganisation() {
        // "مدرب النادي X": the club comes first in the sentence, but the participle speaks for the coach
        String t = "وأعرب مدرب النادي الأهلي سامي منصور عن ارتياحه ، مشيرا إلى أن الفريق استعاد توازنه .";
        Organization o = new Organization("O1", "الأهلي", OrganizationKind.OTHER, List.of(span(t, "الأهلي")), "test");
        Actor a = new Actor("A1", "سامي منصور", Gender.MALE, List.of("مدرب"), List.of(), List.of(span(t, "سامي منصور")),
                "test");
        Claim c = X.extract(TextAnalysis.of(t), new Entities(List.of(a), List.of(o))).stream()
                .filter(x -> x.cue().text().equals("مشيرا")).findFirst().orElseThrow();
        assertEquals("A1", c.speaker().ref());
        assertEquals(Speaker.Kind.PERSON, c.speaker().kind());
        // not adjacent: the organisation is the subject, the person an object after a preposition
        String u = "وأعربت الوزارة الأهلية عن شكرها لسامي منصور ، مشيرة إلى أن الدعم مستمر .";
        Organization o2 = new Organization("O1", "الوزارة الأهلية", OrganizationKind.GOVERNMENT,
                List.of(span(u, "الوزارة الأهلية")), "test");
        Actor a2 = new Actor("A1", "سامي منصور", Gender.MALE, List.of(), List.of(), List.of(span(u, "سامي منصور")), "test");
        Claim d = X.extract(TextAnalysis.of(u), new Entities(List.of(a2), List.of(o2))).stream()
                .filter(x -> x.cue().text().equals("مشيرة")).findFirst().orElseThrow();
        assertEquals("O1", d.speaker().ref());
    }

    @Test
    void whomANamedPersonToldIsNoPartOfTheSpeaker() {
        String t = "وقال المتحدث باسم الوزارة ماثيو ميلر للصحفيين إن الزيارة ناجحة .";
        Actor a = new Actor("A1", "ماثيو ميلر", Gender.MALE, List.of(), List.of(), List.of(span(t, "ماثيو ميلر")), "test");
        Claim c = X.extract(TextAnalysis.of(t), new Entities(List.of(a), List.of())).get(0);
        assertEquals("المتحدث باسم الوزارة ماثيو ميلر", c.speaker().span().text());
        assertEquals("A1", c.speaker().ref());
        // an organisation's name may go on with ل: "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"
        String u = "وقالت المفوضية السامية لشؤون اللاجئين إن الأعداد ارتفعت .";
        Organization o = new Organization("O1", "المفوضية السامية", OrganizationKind.OTHER,
                List.of(span(u, "المفوضية السامية")), "test");
        Claim d = X.extract(TextAnalysis.of(u), new Entities(List.of(), List.of(o))).get(0);
        assertEquals("المفوضية السامية لشؤون اللاجئين", d.speaker().span().text());
    }

    @Test
    void nominalSubjectEndsWithThePersonsMention() {
        // the subject of a noun-object claim is cut after four words; a person's mention there is kept whole
        String t = "استبعد وزير الخارجية الفرنسي جان لوران أي تدخل عسكري في المنطقة .";
        Actor a = new Actor("A1", "جان لوران", Gender.MALE, List.of(), List.of(), List.of(span(t, "جان لوران")), "test");
        Claim c = X.extract(TextAnalysis.of(t), new Entities(List.of(a), List.of())).get(0);
        assertEquals("وزير الخارجية الفرنسي جان لوران", c.speaker().span().text());
        assertEquals("أي تدخل عسكري في المنطقة", c.content().text());
        Claim without = X.extract(TextAnalysis.of(t), Entities.NONE).get(0);
        assertEquals("وزير الخارجية الفرنسي جان", without.speaker().span().text());
    }

    @Test
    void speakerRunsThroughANameThatContainsAStopWord() {
        // إن and علي end a speaker phrase, unless they are inside an entity's mention
        String t = "ارتفعت الأسعار بشدة ، بحسب شبكة سي إن إن .";
        Organization o = new Organization("O1", "سي إن إن", OrganizationKind.MEDIA, List.of(span(t, "سي إن إن")),
                "test");
        Claim c = X.extract(TextAnalysis.of(t), new Entities(List.of(), List.of(o))).get(0);
        assertEquals("شبكة سي إن إن", c.speaker().span().text());
        assertEquals("O1", c.speaker().ref());
        String u = "ورأى الخبير محمد علي أن الأسعار ستنخفض .";
        Actor a = new Actor("A1", "محمد علي", Gender.MALE, List.of(), List.of(), List.of(span(u, "محمد علي")), "test");
        assertEquals("الخبير محمد علي", X.extract(TextAnalysis.of(u), new Entities(List.of(a), List.of())).get(0)
                .speaker().span().text());
        assertEquals("الخبير محمد", X.extract(TextAnalysis.of(u), Entities.NONE).get(0).speaker().span().text());
    }

    @Test
    void personInTheSpeakerPhraseWinsOverAnOrganizationBeforeIt() {
        String t = "ورأت المحللة في البنك الدولي سارة محمود أن العملة قد تتعرض لضغوط .";
        Organization o = new Organization("O1", "البنك الدولي", OrganizationKind.OTHER,
                List.of(span(t, "البنك الدولي")), "test");
        Actor a = new Actor("A1", "سارة محمود", Gender.FEMALE, List.of(), List.of(), List.of(span(t, "سارة محمود")),
                "test");
        List<Claim> cs = X.extract(TextAnalysis.of(t), new Entities(List.of(a), List.of(o)));
        assertEquals(1, cs.size());
        assertEquals("A1", cs.get(0).speaker().ref());
        assertEquals("المحللة في البنك الدولي سارة محمود", cs.get(0).speaker().span().text());
        // رأى is ambiguous ('saw'): with a long subject that names nobody it is not taken as a cue
        assertTrue(X.extract(TextAnalysis.of(t), new Entities(List.of(), List.of(o))).isEmpty());
    }

    @Test
    void addresseeAndMediumAreNotPartOfTheSpeaker() {
        String[][] cases = {
                {"وأفادت مصادر مطلعة لـ\"رويترز\" بأن المفاوضات تعثرت .", "مصادر مطلعة", "المفاوضات تعثرت"},
                {"وقال مسؤول أمريكي لوكالة الأنباء إن المحادثات مستمرة .", "مسؤول أمريكي", "المحادثات مستمرة"},
                {"وكتب رجل الأعمال على منصة إكس أن شركته ستطلق منتجا .", "رجل الأعمال", "شركته ستطلق منتجا"},
                {"وحذرت منظمة الصحة من أن الوباء قد يعود .", "منظمة الصحة", "الوباء قد يعود"},
                // an affiliation after ل stays: the company is part of who speaks
                {"وقال الرئيس التنفيذي لشركة النفط إن الإنتاج سيرتفع .", "الرئيس التنفيذي لشركة النفط",
                        "الإنتاج سيرتفع"}};
        for (String[] c : cases) {
            List<Claim> cs = X.extract(TextAnalysis.of(c[0]), Entities.NONE);
            assertEquals(1, cs.size(), c[0]);
            assertEquals(c[1], cs.get(0).speaker().span().text(), c[0]);
            assertEquals(c[2], cs.get(0).content().text(), c[0]);
        }
    }

    @Test
    void reportedClaimInsideContentDoesNotBecomeTheSentencesSpeaker() {
        String t = "وقالت الوزيرة إن الحكومة تتوقع نموا أسرع ، مشيرة إلى أن الصادرات ارتفعت .";
        List<Claim> cs = X.extract(TextAnalysis.of(t), Entities.NONE);
        Claim last = cs.get(cs.size() - 1);
        assertEquals("مشيرة", last.cue().text());
        assertEquals("الوزيرة", last.speaker().span().text());
        assertEquals("الصادرات ارتفعت", last.content().text());
    }

    @Test
    void linksSpeakerToOrganizationMention() {
        String t = "وأعلنت شركة بينانس أنها ستغلق فرعها .";
        Organization o = new Organization("O1", "بينانس", OrganizationKind.COMPANY, List.of(span(t, "بينانس")), "test");
        Claim c = X.extract(TextAnalysis.of(t), new Entities(List.of(), List.of(o))).get(0);
        assertEquals("O1", c.speaker().ref());
        assertEquals(Speaker.Kind.ORGANIZATION, c.speaker().kind());
    }

    @Test
    void anonymousSourceHasNoRef() {
        String t = "قال أربعة أشخاص مطلعون على الأمر إن الصفقة تأجلت .";
        Claim c = X.extract(TextAnalysis.of(t), Entities.NONE).get(0);
        assertNull(c.speaker().ref());
        assertEquals(Speaker.Kind.ANONYMOUS, c.speaker().kind());
        assertEquals("أربعة أشخاص مطلعون على الأمر", c.speaker().span().text());
    }

    @Test
    void documentSpeaker() {
        String t = "بحسب بيان أصدرته الشركة ، ارتفعت الأرباح .";
        Claim c = X.extract(TextAnalysis.of(t), Entities.NONE).get(0);
        assertEquals(Speaker.Kind.DOCUMENT, c.speaker().kind());
    }

    @Test
    void pronounSpeakerResolvesToPreviousClaimsRef() {
        String t = "وقال الرئيس جو بايدن إن الاقتصاد قوي .\nوأضاف أن البطالة تراجعت .";
        Actor a = new Actor("A1", "جو بايدن", Gender.MALE, List.of(), List.of(), List.of(span(t, "جو بايدن")), "test");
        List<Claim> cs = X.extract(TextAnalysis.of(t), new Entities(List.of(a), List.of()));
        assertEquals(2, cs.size());
        assertNull(cs.get(1).speaker());
        assertEquals("A1", cs.get(1).resolvedSpeaker());
    }

    @Test
    void pronounSpeakerWithoutRefStaysUnresolved() {
        String t = "وقال مسؤول إن الاقتصاد قوي .\nوأضاف أن البطالة تراجعت .";
        List<Claim> cs = X.extract(TextAnalysis.of(t), Entities.NONE);
        assertEquals(2, cs.size());
        assertNull(cs.get(1).speaker());
        assertNull(cs.get(1).resolvedSpeaker());
    }

    @Test
    void participleTakesTheSentencesSpeaker() {
        String t = "وقال الوزير إن الاقتصاد تحسن ، مشيرا إلى أن البطالة تراجعت .";
        List<Claim> cs = X.extract(TextAnalysis.of(t), Entities.NONE);
        assertEquals(2, cs.size());
        assertEquals(cs.get(0).speaker().span(), cs.get(1).speaker().span());
        assertEquals(ClaimRules.PARTICIPLE, cs.get(1).ruleId());
    }

    @Test
    void stanceFromTheCue() {
        assertEquals(Stance.DENIAL, X.extract(TextAnalysis.of("ونفى الوزير أن يكون استقال ."), Entities.NONE).get(0).stance());
        assertEquals(Stance.DOUBTFUL, X.extract(TextAnalysis.of("وزعم المتهم أنه بريء ."), Entities.NONE).get(0).stance());
        assertEquals(Stance.ASSERTIVE, X.extract(TextAnalysis.of("وأكد الوزير أن الخطة جاهزة ."), Entities.NONE).get(0).stance());
    }

    @Test
    void customVerbIsHonoured() {
        String t = "وغرد الوزير أن الاجتماع انتهى .";
        assertTrue(X.extract(TextAnalysis.of(t), Entities.NONE).isEmpty());
        CustomEntries ce = new CustomEntries();
        ce.reportingVerb("غرد", Stance.NEUTRAL);
        ClaimExtractor custom = new ClaimExtractor(ce.freeze(), Strictness.BALANCED);
        Claim c = custom.extract(TextAnalysis.of(t), Entities.NONE).get(0);
        assertEquals(ClaimRules.CUSTOM_VERB, c.ruleId());
        assertEquals("الوزير", c.speaker().span().text());
    }

    @Test
    void oneClaimForVerbThenQailan() {
        List<Claim> cs = X.extract(TextAnalysis.of("وأضاف الوزير قائلا إن الأزمة انتهت ."), Entities.NONE);
        assertEquals(1, cs.size());
        assertEquals(ClaimRules.VERB_THEN_QAILAN, cs.get(0).ruleId());
    }

    @Test
    void garbageNeverThrows() {
        for (String s : new String[] {"قال", "وقال إن", "بحسب", "\"", "قال: \"", "وفقا ل", "،،،", "ما قاله"}) {
            assertNotNull(X.extract(TextAnalysis.of(s), Entities.NONE));
        }
    }
}
