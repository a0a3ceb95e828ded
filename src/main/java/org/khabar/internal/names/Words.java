package org.khabar.internal.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.khabar.Gender;
import org.khabar.internal.text.ArabicNormalizer;

/** Closed word classes the name rules consult, normalised once at class load. */
final class Words {
    private Words() {}

    private static Set<String> set(String words) {
        Set<String> s = new HashSet<>();
        for (String w : words.split("\\s+")) {
            if (!w.isEmpty()) {
                s.add(ArabicNormalizer.normalizeKey(w));
            }
        }
        return org.khabar.internal.text.WordSet.copyOf(s);
    }

    /**
     * Function words, time words, common verbs and adjectives: never part of a name. Without them
     * "قال الرئيس إن" would take إن for a name, and "الرئيس الأمريكي أمس" would take أمس.
     */
    static final Set<String> STOP = set("""
            في من إلى الى على عن مع أن إن ان أنه انه إنه أنها انها إنها لأن بأن وأن وإن لان كأن بخصوص بصدد
            إننا أننا اننا إنني أنني انني إني أني اني إنهما أنهما انهما إنكم أنكم
            الذي التي الذين اللذين اللتين اللواتي اللاتي اللذان اللتان ما ماذا متى أين كيف لماذا هل
            هو هي هم هما هن أنا نحن أنت أنتم إياه له لها لهم به بها بهم منه منها عنه عنها فيه فيها عليه عليها
            قد لقد وقد فقد كان كانت كانوا يكون تكون ليس ليست لا لم لن إلا الا أو او ثم بل حتى إذا اذا لو كما
            كل بعض هذا هذه ذلك تلك هؤلاء أولئك هنا هناك حيث بين عند لدى منذ خلال قبل بعد حول ضد دون غير
            نحو عبر وفق وفقا أمام امام وراء تحت فوق أمس امس اليوم غدا الآن الان أيضا ايضا جدا فقط عام العام
            سنة شهر يوم أسبوع مساء صباح ليلة أي أية إنما انما لكن لكنه ولكن كذلك وكان وهو وهي عندما بينما فيما
            يا مثل سوى بيد إثر اثر عقب لدي لدينا لديه لديها لديهم ضمن لصالح بشأن بسبب رغم برغم إزاء ازاء جراء لدى أكثر اكثر أقل اقل
            جميع كافة عدة عدد أحد احد إحدى احدى نفس ذات الذى مما ممن عما فإن وإنه كلا كلتا ولا ولم وما وفي ومن
            يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
            كانون شباط آذار أيار حزيران تموز آب أيلول تشرين
            الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت
            واحد اثنان اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة مئة مائة ألف مليون مليار
            السابق السابقة الأسبق الحالي الحالية الجديد الجديدة الراحل الراحلة الأول الأولى الثاني الثانية
            الثالث الأخير الأخيرة المقبل المقبلة الماضي الماضية المحتمل المحتملة المنتهية ولايته المكلف المؤقت
            العام العامة الرسمي الرسمية الأعلى الأكبر الكبير نفسه نفسها أيضاً شخصيا بدوره بدورها
            لك لكم لكما لنا بك بكم بنا منك منكم منا منهم منهما عنك عنكم عنا عنهم فيك فيكم فينا فيهم
            عليك عليكم علينا عليهم عليهما إليك إليه إليها إليهم إلينا معه معها معهم معنا معك معكم
            أعلن أعلنت أكد أكدت أشار أشارت أوضح أوضحت ذكر ذكرت أضاف أضافت دعا دعت طالب طالبت بحث بحثت
            التقى التقت استقبل استقبلت زار زارت وصل وصلت غادر غادرت أجرى أجرت اجتمع اجتمعت رأس ترأس ترأست
            شارك شاركت حضر حضرت افتتح افتتحت وقع وقعت تلقى تلقت بعث بعثت أرسل أرسلت توجه توجهت عاد عادت
            قرر قررت رفض رفضت وافق وافقت نفى نفت اعتبر اعتبرت اتهم اتهمت حذر حذرت هدد هددت طلب طلبت
            بدأ بدأت أنهى أنهت أصدر أصدرت أمر عين عينت أقال استقال استقالت فاز فازت خسر خسرت سجل سجلت
            لعب لعبت انتقل انتقلت اعترف اعترفت أبلغ أبلغت أجاب أجابت تحدث تحدثت قام قامت جاء جاءت أصبح أصبحت
            باسم اسم يذكر ويذكر يشار يقال يبدو تم يتم وتم سيتم ليست ظل ظلت مازال ما زال لايزال لا يزال
            فيهم فيهما فيكم فينا منهم منهما منكم منا عنهم عنهما علينا عليهم عليهما إليه إليها إليهم معه معها معهم
            معنا بينهم بينهما بيننا لنا لكم
            """);

    /** Name particles that bind to the following word: عبد الله، أبو مازن، بن سلمان، آل سعود، فون دير لاين. */
    static final Set<String> PARTICLES = set("عبد بن ابن أبو ابو أبي ابي أم ام آل ولد بنت آيت فون فان دي دو دير دا دل ديل دوس");

    /**
     * Romance particles that may take the article لا after them inside a name: جان دو لا فونتين، دي لا
     * كروز. لا alone is the negation (a stop word), so it binds only right after one of these.
     */
    static final Set<String> ROMANCE_PARTICLES = set("دي دو دا دل ديل");

    /**
     * Indefinite honorifics that news writes as part of the name itself: سيد محمد خاتمي (Seyyed), شيخ شريف
     * (Somali names), سير أليكس (Sir). With the article (السيد، الشيخ) they stay titles before the name.
     */
    static final Set<String> NAME_HONORIFICS = set("سيد شيخ سير");

    /** Definite nouns for the realm a ruler's title is in construct with: أمير البلاد، أمير المؤمنين. */
    static final Set<String> REALM_WORDS = set("البلاد الدولة الإمارة المملكة السلطنة المؤمنين");

    /**
     * Titles that, written without the article, stand in construct before what they rule or mean: ملك أراجون
     * (the king OF Aragon), أمير قطر. Directly before a word that is no given name
     * they name nobody; الملك عبد الله and ملك الأردن عبد الله still do.
     */
    static final Set<String> CONSTRUCT_TITLES = set("ملك ملكة أمير أميرة سلطان سلطانة عاهل إمبراطور إمبراطورة");

    /**
     * European surname particles: unlike بن لادن, the surname after them is used alone in the news
     * (نيستلروي after رود فان نيستلروي), so the linker takes it with and without the particle.
     */
    static final Set<String> EUROPEAN_PARTICLES = set("فون فان دي دو دير دا دل ديل دوس");

    /** Superlative and ordinal adjectives inside body names: المحكمة العليا، اللجنة الأولى. */
    static final Set<String> SUPERLATIVES = set("العليا الكبرى العظمى الأعلى الأولى الأول الدنيا الوسطى");

    /** Common words that begin with و and read as و + a given name: وجود (existence) is not و + جود. */
    static final Set<String> CONJ_TRAPS = set("وجود وديان وعد وسيلة وكيل وكيلي وداد ودود وفاء وليد وسام وئام وجيه وحيد");

    /** Regnal ordinals after a royal or papal name: عبد الله الثاني، محمد السادس. */
    static final Set<String> ORDINALS = set("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر");

    /**
     * Kinship nouns with a possessive pronoun (زوجته، ابنه، شقيقتها، زميله، ابن عمه → عمه): in news a name in
     * apposition often follows them ("وزوجته ميلانيا"، "نجله جمال"). Normalised whole words, because the
     * pronoun is no clitic the token layer splits off; the rule checks the original ends in no ة, so أمة
     * (a nation) and جدة (the city) are not أمه and جده. أمي (my mother, also illiterate) is left out. The
     * value is the gender of the relative, UNKNOWN for زوجه (his wife, or her spouse).
     */
    static final Map<String, Gender> KINSHIP = kinship();

    private static Map<String, Gender> kinship() {
        Map<String, Gender> m = new HashMap<>();
        // the peers of sports and politics news come last: مواطنه (his compatriot), نظيره (his counterpart),
        // منافسه (his rival), مدربه (his coach); not مساعدته, which is also "his help"
        String[] male = {"ابن", "شقيق", "اخ", "اخو", "اخي", "ابو", "ابي", "والد", "صديق", "زميل", "نجل", "حفيد", "جد",
            "عم", "خال", "رفيق", "خطيب", "طليق", "مواطن", "نظير", "منافس", "مدرب"};
        String[] female = {"ابنت", "بنت", "شقيقت", "اخت", "ام", "والدت", "صديقت", "زميلت", "نجلت", "حفيدت", "جدت",
            "عمت", "خالت", "رفيقت", "خطيبت", "طليقت", "عقيلت", "ارملت", "زوجت", "مواطنت", "نظيرت", "منافست", "مدربت"};
        String[] pronouns = {"ه", "ها", "هما", "هم", "ي", "نا"};
        for (String b : male) {
            for (String p : pronouns) {
                m.put(b + p, Gender.MALE);
            }
        }
        for (String b : female) {
            for (String p : pronouns) {
                m.put(b + p, Gender.FEMALE);
            }
        }
        m.put("زوجها", Gender.MALE);
        m.put("زوجه", Gender.UNKNOWN);
        m.remove("امي");
        return Map.copyOf(m);
    }

    /**
     * Naming words before a quoted name that name people: اسمه « هانز »، يدعى " ... "، الملقب. باسم، يسمى and
     * سمي name things as often ("يعرف باسم « صديقي »"، "طعام يسمى " كونجي "") and are left out.
     */
    static final Set<String> NAMING = set("اسمه اسمها اسمي يدعى تدعى الملقب الملقبة");

    /**
     * Naming words before an unquoted name (normalised; واسمه with its conjunction too): "المدعو X" (police
     * and court news), "شاب يدعى X"، "واسمها X". الملقب is left out (its name follows بـ, "الملقب بالثعلب", a
     * nickname), and so are يسمى and سمي, which name things as often.
     */
    static final Set<String> NAMING_BARE = set("اسمه اسمها واسمه واسمها يدعى تدعى ويدعى وتدعى المدعو المدعوة");

    /**
     * Nouns of a record that comes from or with a person: مقابلة مع X، رسالة من X إلى، شكوى من X ضد. After
     * مع/من the next given name is the interviewee or sender, even one that is also a word (صالح، سهام).
     */
    static final Set<String> FRAME_NOUNS = set("مقابلة حوار لقاء رسالة برقية شكوى شهادة تبرع عريضة مذكرة");

    /** What follows the person in such a frame: the origin (من قرية), the addressee (إلى), the opponent (ضد), a date. */
    static final Set<String> FRAME_ENDS = set("من إلى الى ضد موجه موجهة بتاريخ أن ان حول عن");

    /** Verbs of scoring (سجل، أحرز، أضاف) and, with the object pronoun, the goal before them: هدف سجله X. */
    static final Set<String> SCORING_VERBS = set("سجل أحرز احرز أضاف اضاف");
    static final Set<String> SCORING_VERBS_OBJECT = set("سجله أحرزه احرزه سجلها أحرزها احرزها");

    /** The pass or cross a goal came from, before من and the passer: تمريرة عرضية من X، كرة عرضية من X. */
    static final Set<String> PASS_NOUNS = set("تمريرة عرضية بينية");

    /** Goal nouns after a scorer's name (سجل X الهدف الثاني) or before سجله (بهدف سجله X). */
    static final Set<String> GOAL_NOUNS = set("هدف الهدف هدفا هدفين الهدفين أهداف اهداف الأهداف ثنائية ثلاثية بهدف وهدف والهدف");

    /** Credit words before a colon and the writer's or photographer's name: تصوير: ...، بقلم: ... */
    static final Set<String> CREDITS = set("تصوير كتب بقلم عدسة إعداد اعداد متابعة ترجمة رسوم تحرير");

    /** Particles that may start a name on their own evidence (kunya): أبو مازن، أم كلثوم. */
    static final Set<String> KUNYA = set("أبو ابو أم");

    /** Divine-name complements after عبد: عبد الله، عبد الرحمن. */
    static final Set<String> DIVINE = set("""
            الله الرحمن الرحيم العزيز الكريم اللطيف الحميد المجيد الحليم الحكيم الرزاق الغني الوهاب الفتاح
            العليم الملك القادر الرؤوف السلام المنعم الباسط الخالق الناصر الجبار الستار الهادي الواحد الصمد
            الودود الجليل المحسن المطلب الإله الحي القيوم العظيم الرشيد الحفيظ الباري النبي الأمير الكبير
            الحق الغفور الخالق القدوس المعطي الرؤوف السميع البصير اللطيف المؤمن المهيمن
            """);

    /**
     * Words after which a name ends and a claim or clause begins: evidence for "قال X إن". قوله/قولها open
     * the quoted words in "ونقل عن الوزير فلان قوله"، and قبيل/بعيد (shortly before/after) a time phrase.
     */
    static final Set<String> AFTER_NAME = set("""
            إن ان أن إنه انه أنه إنها أنها في خلال أمس امس اليوم لـ عن عقب بعد إثر اثر أثناء اثناء لدى
            الذي التي يوم مساء صباح الأسبوع لوكالة لصحيفة لقناة للصحفيين لرويترز بأن
            قوله قولها قبيل بعيد
            """);

    /**
     * Adverbs, and accusative nouns that follow a subject's name as object or adverbial: they end a name.
     * Without them "وجاء كلام هيلاري ردا على" made ردا a surname, and "المطرب مدحت صالح حاليا" took حاليا.
     * The compass words (جنوب، شمال ...) are adverbs of place: "بخان يونس جنوب القطاع" ends the name at يونس;
     * آخر، آخرون (other, others) and شيئا (something) never name anyone: "بينما رأى آخرون"، "يقول شيئا آخر".
     * General knowledge of Arabic news prose; no names.
     */
    static final Set<String> NAME_ENDERS = set("""
            خارج داخل حاليا رسميا نهائيا مجددا مؤخرا سابقا لاحقا فورا تقريبا دائما أبدا كثيرا قليلا معا سويا جميعا
            شخصيا قضائيا سياسيا عسكريا ماليا اقتصاديا دوليا محليا إقليميا علنا سرا فعلا فعليا حقا جديا
            أخيرا أولا ثانيا ثالثا مثلا طبعا خصوصا عموما عادة غالبا أحيانا مباشرة تماما أصلا إطلاقا
            ردا تعليقا تعقيبا تأكيدا اتصالا هاتفيا بيانا قرارا طلبا هدفا هدفين مرتين مرات مجددا وحده وحدها
            مساء صباحا ظهرا ليلا نهارا سنويا يوميا أسبوعيا شهريا
            جنوب شمال شرق غرب جنوبي شمالي شرقي غربي آخر آخرون آخرين أخرى شيئا
            """);

    /**
     * Words that open reported content right after the speaker's name: قال بوش إن ... The forms with
     * first- and second-person and dual pronouns (إننا، أنني، إنهما) and the causal لأن open it as well:
     * "وقال سولانا إننا سنعمل".
     */
    static final Set<String> CLAUSE_OPENERS = set("""
            إن ان أن إنه انه أنه إنها أنها انها إنهم أنهم بأن بان إننا أننا اننا إنني أنني انني إني أني اني
            إنهما أنهما انهما إنكم أنكم لأن لان إلى الى في خلال عقب لدى لوكالة لصحيفة لقناة للصحفيين للصحافيين
            لرويترز للجزيرة لوسائل للتلفزيون للإذاعة أمس امس اليوم الذي
            """);

    /** Adjectives that extend a title before the name: الرئيس الأمريكي السابق. */
    static final Set<String> TITLE_ADJECTIVES = set("""
            السابق السابقة الأسبق الأسبقة الحالي الحالية الجديد الجديدة الراحل الراحلة الأول الأولى المحتمل
            المحتملة المنتخب المنتخبة المكلف المكلفة المؤقت المؤقتة التنفيذي التنفيذية المشارك المشاركة
            العام العامة الأعلى العليا المخضرم المخضرمة الشهير الشهيرة البارز البارزة المعروف المعروفة
            الديمقراطي الديمقراطية الجمهوري الجمهورية الرسمي الرسمية الأمريكي الأميركي الأمريكية الأميركية
            المنتهية ولايته ولايتها الفخري الدائم الدائمة المساعد المساعدة الخاص الخاصة الإقليمي الإقليمية
            المفدى المفداة المعظم المعظمة
            """);

    /**
     * Descriptors between a nationality and a name: "القبرصي الواعد ماركوس بغداديس"، "الهولندي الدولي رود".
     * Only words that describe a person (a sportsman, an artist), so "الأمريكي الجديد" (a new American
     * plan ...) does not reach a name by them unless a name follows.
     */
    static final Set<String> NISBA_DESCRIPTORS = set("""
            الواعد الواعدة الدولي الدولية المخضرم المخضرمة الشاب الشابة السابق السابقة الصاعد الصاعدة
            الشهير الشهيرة المعتزل المعتزلة العملاق المتألق المتألقة الموهوب الموهوبة المحترف المحترفة
            """);

    /**
     * Words that end an organisation's complement: function and time words. Without them "وزارة
     * الخارجية اليوم" would make اليوم part of the ministry.
     */
    static final Set<String> ORG_STOP = set("""
            الذي التي الذين اليوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الآن الان
            السابق السابقة الماضي الماضية المقبل المقبلة الحالي الحالية الأخير الأخيرة نفسه نفسها ذاته ذاتها
            الجاري الحالي أمس امس المذكور المذكورة المعني المعنية التابع التابعة التابعين
            الأسبوع الشهر الليلة الصباح المساء السنة الأسبوعين الصادر الصادرة
            """);

    /**
     * Nouns whose genitive names a thing after a person: جائزة نوبل (a prize), شارع الحمرا، مطار رفيق الحريري.
     * A person's later bare mention right after one of them is the prize, street or building, not the person.
     */
    static final Set<String> EPONYM_HEADS = set("""
            جائزة جوائز شارع مطار ميدان ساحة جامعة مستشفى مدرسة قاعة جسر مركز مؤسسة نادي ملعب
            """);

    /**
     * Nouns of places, buildings and cups that take a person's name as theirs: مطار محمد الخامس، ملعب ثاني بن
     * جاسم، كأس الشيخ جاسم، سجن أبو غريب. A name right after one names the place, not a person in the story.
     */
    static final Set<String> FACILITY_HEADS = set(
            "جائزة جوائز شارع مطار ميدان ساحة جسر قاعة مستشفى ملعب استاد كأس سجن ميناء كنيسة");

    /**
     * Syllables of Chinese, Korean and Vietnamese names as Arabic news writes them (لي تشاو شينغ، كيم جونغ
     * أون، شي جين بينغ، نغوين تان دونغ): each name word is one syllable, so a run of them is one name.
     * Written by the Khabar team from general knowledge of the usual transliterations.
     */
    static final Set<String> EAST_ASIAN_SYLLABLES = set("""
            لي وانغ تشانغ ليو تشن يانغ هوانغ تشاو وو تشو شو سون قو غو لين قاو غاو ليانغ تشنغ سونغ شيه تانغ
            هان فنغ دنغ تساو بنغ تسنغ شياو تيان دونغ يوان جيانغ تساي يو يه وي جين جيا شيوي شي جي ين جيان جون
            هوا مينغ لونغ بينغ تشيانغ تشيو تشي كه تاو شين شان شنغ شينغ نينغ هونغ كانغ وين باو قوه قوو تشوان
            خوانغ قوانغ جانغ جونغ يونغ تشون رن لان مين هوي جيه فانغ كوان كونغ هاي هاو شاو شون شوان زانغ تسي
            شيا شيانغ نان يي كيم بارك تشوي يون ليم أون هيون سوك تشول سانغ سيو مون بيونغ جاي جو هيه
            نغوين تران فام دانغ بوي نغو دوونغ فونغ منغ سو هون بنج جيانغ شيانج وانج شونغ
            """);

    static boolean stop(String norm) {
        return STOP.contains(norm);
    }
}
