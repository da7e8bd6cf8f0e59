// Relation rules across the clauses of a sentence and the sentences of a
// document, as tables (rules_test.cpp has the rest): each row is one text of
// a general construction, with a triple that must be read from it or must
// not be. Texts are written for the tests; none comes from the sample article.
#include "support/extraction.hpp"

#include <catch2/catch.hpp>

using newskg::test::check_rows;

TEST_CASE("A verb after a comma with a resuming word (خلالها) shares the clause's subject",
          "[extract][rules][arabic]")
{
  check_rows({
    {"a verb of meeting after a visit",
     "زار وزير الخارجية التركي هاكان فيدان دمشق، التقى خلالها الرئيس السوري أحمد الشرع.",
     "Ahmed al-Sharaa|met|Hakan Fidan",
     true},
    {"a light verb and its noun after the visit a control verb governs",
     "اختتم الرئيس الفرنسي إيمانويل ماكرون اليوم زيارة إلى مصر استغرقت يومين، أجرى خلالها "
     "مباحثات مع الرئيس المصري عبد الفتاح السيسي.",
     "Abdel Fattah el-Sisi|met|Emmanuel Macron",
     true},
    {"a subject named after the resuming word is the verb's own (stays)",
     "زار وزير الخارجية التركي هاكان فيدان دمشق، التقى خلالها وزير الخارجية السوري أسعد "
     "الشيباني الرئيس أحمد الشرع.",
     "Ahmed al-Sharaa|met|Hakan Fidan",
     false},
    {"no comma before the verb: no clause resumed (stays)",
     "زار وزير الخارجية التركي هاكان فيدان دمشق التي التقى خلالها الرئيس السوري أحمد الشرع.",
     "Ahmed al-Sharaa|met|Hakan Fidan",
     false},
  });
}

TEST_CASE("A control verb's subject reaches its noun past honorifics and a time aside",
          "[extract][rules][arabic]")
{
  check_rows({
    {"a ruler with his honorifics, his title and a date between",
     "واختتم حضرة صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير دولة الكويت، اليوم الأربعاء، "
     "زيارة دولة إلى جمهورية مصر العربية.",
     "Mishal Al-Ahmad Al-Jaber Al-Sabah|visited|Egypt",
     true},
  });
}

TEST_CASE("Two subjects acting together are the two sides the next clause names",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the leaders warn a third party, then the sides call on the council",
     "استقبل الرئيس المصري عبد الفتاح السيسي أمير الكويت الشيخ مشعل الأحمد الجابر الصباح في "
     "القاهرة. وحذر الزعيمان إسرائيل من اجتياح رفح، ودعا الجانبان مجلس الأمن الدولي إلى "
     "التحرك.",
     "Abdel Fattah el-Sisi|called-on|United Nations Security Council",
     true},
    {"... and the party warned is no side",
     "استقبل الرئيس المصري عبد الفتاح السيسي أمير الكويت الشيخ مشعل الأحمد الجابر الصباح في "
     "القاهرة. وحذر الزعيمان إسرائيل من اجتياح رفح، ودعا الجانبان مجلس الأمن الدولي إلى "
     "التحرك.",
     "Israel|called-on|United Nations Security Council",
     false},
    {"the sides of a meeting, with no joint act between (stays)",
     "التقى وزير الخارجية الأمريكي أنتوني بلينكن نظيره الصيني وانغ يي في بكين. وبحث "
     "الجانبان العلاقات، واتفق الجانبان على مواصلة الحوار.",
     "Antony Blinken|agreed-with|Wang Yi",
     true},
  });
}

TEST_CASE("A contrast opener after a comma (words.tsv contrast-opener) ends the report before it",
          "[extract][rules][arabic]")
{
  check_rows({
    {"a meeting after بينما is no part of what the speaker said",
     "وأكد رئيس المجلس الأعلى للدولة خالد المشري أن المجلس مستعد للمشاركة، بينما استقبل رئيس "
     "المجلس الرئاسي محمد المنفي سفراء فرنسا وإيطاليا.",
     "خالد المشري|announced|[met France]",
     false},
    {"... nor a criticism after فيما",
     "وأكد وزير الخارجية الإيراني عباس عراقجي أن المحادثات بناءة، فيما انتقدت روسيا الولايات "
     "المتحدة.",
     "Abbas Araghchi|announced|[criticized United States]",
     false},
  });
}

TEST_CASE("A verb right after an act's indefinite noun behind a preposition describes the act",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the group whose members were killed in the strikes did not strike (stays)",
     "وقال الجيش التركي إن قواته قتلت عناصر من حزب العمال الكردستاني في غارات جوية استهدفت "
     "منطقتي زاب وأفاشين شمالي العراق.",
     "Kurdistan Workers' Party|attacked|Zab",
     false},
    {"... with one place after the verb",
     "وأعلنت وزارة الدفاع التركية أن قواتها حيدت تسعة من عناصر حزب العمال الكردستاني في غارات "
     "جوية استهدفت منطقة زاب شمالي العراق.",
     "Kurdistan Workers' Party|attacked|Zab",
     false},
    {"the fighters killed in a strike did not strike",
     "وقال المرصد إن مسلحين من تنظيم داعش قتلوا في غارة جوية استهدفت مدينة القصير.",
     "Islamic State|attacked|Al-Qsir",
     false},
    {"... nor did the one who reports it (stays)",
     "وقال المرصد السوري لحقوق الإنسان إن عناصر من حزب الله قتلوا في غارة جوية استهدفت مدينة "
     "القصير.",
     "Syrian Observatory for Human Rights|attacked|Al-Qsir",
     false},
    {"a subject right before its verb still acts (stays)",
     "وقال المرصد إن الطائرات الإسرائيلية استهدفت مدينة القصير.",
     "Israel|attacked|Al-Qsir",
     true},
  });
}

TEST_CASE("A participle that is also a noun continues its clause only after a comma (cont-comma)",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the feminine participle of calling on, after a comma",
     "وانتقدت مصر إسرائيل، داعية الولايات المتحدة إلى التدخل.",
     "Egypt|called-on|United States",
     true},
    {"the same word as a noun, a preacher, calls on no one (stays)",
     "والتقى أردوغان داعية مصريا هو يوسف القرضاوي.",
     "Recep Tayyip Erdoğan|called-on|Egypt",
     false},
  });
}

TEST_CASE(
  "A time phrase of a part of a period stands between a verb and its object (words.tsv time)",
  "[extract][rules][arabic]")
{
  check_rows({
    {"the beginning of the current month",
     "وكان وزير الخارجية الأمريكي أنتوني بلينكن قد زار مطلع الشهر الجاري كلا من مصر والأردن.",
     "Antony Blinken|visited|Jordan",
     true},
  });
}

TEST_CASE("A verb of going on to a place (انتقل إلى) is a visit", "[extract][rules][arabic]")
{
  check_rows({
    {"a leader going on to a city",
     "وانتقل الرئيس الفرنسي إيمانويل ماكرون بعد ذلك إلى مدينة مرسيليا.",
     "Emmanuel Macron|visited|Marseille",
     true},
  });
}

TEST_CASE("A long aside between commas stands between the subject and the object",
          "[extract][rules][arabic]")
{
  check_rows({
    {"an aside of eleven words",
     "كما دعا وزير الخارجية الأمريكي أنتوني بلينكن، خلال اتصال هاتفي أجراه مع شكري في وقت "
     "سابق هذا الأسبوع، كلا من مصر وإسرائيل إلى التوصل إلى تفاهم عاجل بشأن المعبر.",
     "Antony Blinken|called-on|Israel",
     true},
    {"an aside with a relative clause inside it",
     "ودعا وزير الخارجية الأردني أيمن الصفدي، على هامش مؤتمر بروكسل الذي عقد أمس بمشاركة "
     "عشرات الدول، الاتحاد الأوروبي إلى رفع العقوبات.",
     "Ayman Safadi|called-on|European Union",
     true},
    {"a participle's aside with a relative clause joined to it",
     "في المقابل، نددت جبهة البوليساريو، المدعومة من الجزائر والتي تطالب باستقلال الصحراء "
     "الغربية، بالموقف الفرنسي.",
     "Polisario Front|criticized|France",
     true},
    {"a name inside the aside is no object (stays)",
     "كما دعا وزير الخارجية الأمريكي أنتوني بلينكن، خلال اتصال هاتفي أجراه مع شكري في وقت "
     "سابق هذا الأسبوع، كلا من مصر وإسرائيل إلى التوصل إلى تفاهم عاجل بشأن المعبر.",
     "Antony Blinken|called-on|Sameh Shoukry",
     false},
  });
}

TEST_CASE("A report of an act names no new parties: the two sides are still the act's",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the two sides after a reported call",
     "أعلن الكرملين أن الرئيس الروسي فلاديمير بوتين اتصل بنظيره الفرنسي إيمانويل ماكرون. "
     "وانتقد الجانبان إيران.",
     "Emmanuel Macron|criticized|Iran",
     true},
    {"the speaker is no side",
     "أعلن الكرملين أن الرئيس الروسي فلاديمير بوتين اتصل بنظيره الفرنسي إيمانويل ماكرون. "
     "وانتقد الجانبان إيران.",
     "Kremlin|criticized|Iran",
     false},
  });
}

TEST_CASE("A relative word after a conjunction joins an earlier relative clause, not the "
          "name before its comma",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the court before the comma accuses no one",
     "أعلنت مصر دعم الدعوى التي أقامتها جنوب أفريقيا أمام محكمة العدل الدولية، والتي تتهم "
     "فيها إسرائيل بانتهاك التزاماتها.",
     "International Court of Justice|accused|Israel",
     false},
    {"without the conjunction the name before the comma acts (stays)",
     "رحبت مصر بموقف حركة حماس، التي اتهمت إسرائيل بعرقلة الاتفاق.",
     "Hamas|accused|Israel",
     true},
  });
}

TEST_CASE("A common word that is also a foreign given name begins no name (given_names.py "
          "EXCLUDE_AR)",
          "[extract][rules][arabic]")
{
  check_rows({
    {"لي is 'twisting' (and 'to me'), no Li",
     "وكان وزير الخارجية المصري سامح شكري قد أكد أن مصر ترفض بشكل قاطع سياسة لي الحقائق.",
     "Egypt|rejected|Li Al-Hqaeq",
     false},
  });
}

TEST_CASE("A clause after a comma ends every report open there; an act's relative clause "
          "names no topic",
          "[extract][rules][arabic]")
{
  check_rows({
    {"a participle continues the clause after the contrast, not the saying",
     "قال وزير الدفاع الأمريكي بيت هيغسيث إن الضربات ستستمر \"إلى أن يعلن الحوثيون وقف "
     "هجماتهم\"، بينما حذر ترامب إيران من أنها ستتحمل المسؤولية عن أي هجوم يشنه الحوثيون، "
     "متهما طهران بتزويد الجماعة بالأسلحة.",
     "Donald Trump|accused|Iran",
     true},
    {"... not the speaker before it",
     "قال وزير الدفاع الأمريكي بيت هيغسيث إن الضربات ستستمر \"إلى أن يعلن الحوثيون وقف "
     "هجماتهم\"، بينما حذر ترامب إيران من أنها ستتحمل المسؤولية عن أي هجوم يشنه الحوثيون، "
     "متهما طهران بتزويد الجماعة بالأسلحة.",
     "Pete Hegseth|accused|Iran",
     false},
    {"... nor the agent of the act's relative clause",
     "قال وزير الدفاع الأمريكي بيت هيغسيث إن الضربات ستستمر \"إلى أن يعلن الحوثيون وقف "
     "هجماتهم\"، بينما حذر ترامب إيران من أنها ستتحمل المسؤولية عن أي هجوم يشنه الحوثيون، "
     "متهما طهران بتزويد الجماعة بالأسلحة.",
     "Houthis|accused|Iran",
     false},
  });
}

TEST_CASE("A place an act befell is no party: the two sides are still the actors",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the sides after an attack on a city",
     "اتهم الجيش السوداني قوات الدعم السريع بقصف المدنيين. وهاجمت قوات الدعم السريع مدينة "
     "الفاشر. ودعت الولايات المتحدة الطرفين إلى وقف فوري لإطلاق النار.",
     "United States|called-on|Sudanese Armed Forces",
     true},
    {"the city is no side",
     "اتهم الجيش السوداني قوات الدعم السريع بقصف المدنيين. وهاجمت قوات الدعم السريع مدينة "
     "الفاشر. ودعت الولايات المتحدة الطرفين إلى وقف فوري لإطلاق النار.",
     "United States|called-on|El Fasher",
     false},
  });
}

TEST_CASE("A report that names its speaker only states the hostilities in it as Events "
          "(words.tsv speech-event)",
          "[extract][rules][arabic]")
{
  check_rows({
    {"قال ... إن and an attack",
     "وقال الجيش الإسرائيلي إن حزب الله قصف مدينة صفد.",
     "Israel Defense Forces|announced|[attacked Sfd]",
     true},
    {"قالت ... إن and a capture",
     "وقالت وزارة الدفاع الروسية إن قواتها سيطرت على قرية بيشتشاني في منطقة خاركيف.",
     "Russian Ministry of Defence|announced|[captured Bishtshani]",
     true},
    {"قالت ... إن and an arrival",
     "وقالت وزيرة الدفاع الإسبانية مارغريتا روبليس إن رئيس الوزراء الإسباني بيدرو سانشيز وصل "
     "إلى مدينة مراكش.",
     "Marghrita Rublis|announced|[visited Marrakesh]",
     true},
    {"a meeting the ministry says its minister held is no Event (stays)",
     "وقالت الخارجية الروسية في بيان إن وزير الخارجية الروسي سيرغي لافروف التقى نظيره الأرميني "
     "زغراب مناتساكانيان.",
     "Russian Ministry of Foreign Affairs|announced|[met Zohrab Mnatsakanyan]",
     false},
    {"a denied attack is none (stays)",
     "وقال الجيش الإسرائيلي إن حزب الله لم يقصف مدينة صفد.",
     "Israel Defense Forces|announced|[attacked Sfd]",
     false},
  });
}

TEST_CASE("An organization speaker's forces are its own (words.tsv own-force)",
          "[extract][rules][arabic]")
{
  check_rows({
    {"its fighters",
     "أعلن حزب الله اللبناني أن مقاتليه قصفوا مقار عسكرية إسرائيلية في الجليل الأعلى.",
     "Hezbollah|attacked|Israel",
     true},
    {"its forces",
     "أعلن حزب الله أن قواته قصفت مواقع إسرائيلية في الجليل.",
     "Hezbollah|announced|[attacked Israel]",
     true},
    {"its country is no organization's (stays)",
     "أعلن حزب الله أن بلاده تدعم سوريا.",
     "Hezbollah|supports|Syria",
     false},
  });
}

TEST_CASE("A joined verb's object: a title in apposition after the name is the same person",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the name and its title after حيث التقى",
     "وانتقل مودي إلى دبي، حيث التقى صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة.",
     "Mohammed bin Rashid|met|Narendra Modi",
     true},
    {"a second party after the name still makes the name the subject (stays)",
     "وصل أردوغان إلى موسكو، حيث التقى الرئيس بوتين وزير الخارجية سيرغي لافروف.",
     "Recep Tayyip Erdoğan|met|Vladimir Putin",
     false},
  });
}

TEST_CASE("A name's words after its joiners do not count against its length",
          "[extract][rules][arabic]")
{
  check_rows({
    {"two lineage words: the family name after آل is the name's",
     "استقبل الشيخ خالد بن زايد آل نهيان وزير الخارجية المصري سامح شكري.",
     "Khaled Bin Zayd Al Nhyan|met|Sameh Shoukry",
     true},
    {"not cut before it",
     "استقبل الشيخ خالد بن زايد آل نهيان وزير الخارجية المصري سامح شكري.",
     "Khaled Bin Zayd Al|met|Sameh Shoukry",
     false},
  });
}

TEST_CASE("The participle of holding responsible: its gap holds the object only (frames.tsv "
          "cont-object)",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the clause's subject accuses the name in the gap",
     "واتهم مندوب إيران أمير سعيد إيرواني إسرائيل بتنفيذ الهجوم، محملا الولايات المتحدة "
     "المسؤولية بوصفها الداعم الرئيسي لتل أبيب.",
     "Amir Saeid Iravani|accused|United States",
     true},
    {"the name in the gap accuses no one, though a name follows the cue (stays)",
     "واتهم مندوب إيران أمير سعيد إيرواني إسرائيل بتنفيذ الهجوم، محملا الولايات المتحدة "
     "المسؤولية بوصفها الداعم الرئيسي لتل أبيب.",
     "United States|accused|Tel Aviv",
     false},
    {"the feminine participle after a report",
     "وقالت الخارجية المصرية في بيان إن الوضع خطير، محملة إسرائيل المسؤولية الكاملة عن التصعيد.",
     "Egyptian Ministry of Foreign Affairs|accused|Israel",
     true},
  });
}

TEST_CASE("Participles of circumstance in the plural and dual, and مدينا (triggers.tsv, data only)",
          "[extract][rules][arabic]")
{
  check_rows({
    {"a plural participle continues its clause",
     "والتقى السيسي والملك عبد الله الثاني في القاهرة، داعين إسرائيل إلى وقف إطلاق النار.",
     "Abdel Fattah el-Sisi|called-on|Israel",
     true},
    {"condemning",
     "وألقى الرئيس الفلسطيني محمود عباس كلمة، مدينا إسرائيل.",
     "Mahmoud Abbas|criticized|Israel",
     true},
    {"the city is no participle (stays)",
     "وألقى الرئيس الفلسطيني محمود عباس كلمة في مدينة رام الله.",
     "Mahmoud Abbas|criticized|Ramallah",
     false},
  });
}

TEST_CASE("An acronym in parentheses after the subject stands before its object",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the object past the parenthesis",
     "ودعت قوة الأمم المتحدة المؤقتة في لبنان (يونيفيل) إسرائيل وحزب الله إلى وقف التصعيد.",
     "United Nations Interim Force in Lebanon|called-on|Hezbollah",
     true},
  });
}

TEST_CASE("The two sides are no person and a country an act named before",
          "[extract][rules][arabic]")
{
  check_rows({
    {"a minister's warning to a country names no two sides",
     "وحذر وزير الدفاع الإسرائيلي يوآف غالانت لبنان من التصعيد. ودعت الأمم المتحدة الطرفين إلى "
     "ضبط النفس.",
     "United Nations|called-on|Lebanon",
     false},
    {"two people who met are the two sides (stays)",
     "والتقى وزير الخارجية الأمريكي أنتوني بلينكن نظيره الصيني وانغ يي. ودعت الأمم المتحدة "
     "الطرفين إلى الحوار.",
     "United Nations|called-on|Wang Yi",
     true},
  });
}

TEST_CASE("A contrast opener after a comma ends the report before it, with or without a cue "
          "right after it",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the other clause's act is no part of what was stated",
     "وأشاد الرئيس السيسي بدعم الكويت لمصر، مؤكدا حرص مصر على زيادة الاستثمارات، فيما أعرب "
     "الأمير عن تقدير الكويت للدور المصري.",
     "Abdel Fattah el-Sisi|announced|[praised Egypt]",
     false},
    {"the act itself stays (stays)",
     "وأشاد الرئيس السيسي بدعم الكويت لمصر، مؤكدا حرص مصر على زيادة الاستثمارات، فيما أعرب "
     "الأمير عن تقدير الكويت للدور المصري.",
     "Kuwait|praised|Egypt",
     true},
  });
}

TEST_CASE("وذلك after a comma opens the writer's note: it ends the report before it "
          "(words.tsv contrast-opener, data only)",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the note's relative clause is no part of the statement",
     "وأكد وزير الخارجية المصري سامح شكري أن مصر ترفض سياسة لي الحقائق، وذلك ردا على وزير "
     "الخارجية الإسرائيلي يسرائيل كاتس، الذي دعا القاهرة إلى فتح المعبر.",
     "Sameh Shoukry|announced|[called-on Egypt]",
     false},
    {"the relative clause's act stays (stays)",
     "وأكد وزير الخارجية المصري سامح شكري أن مصر ترفض سياسة لي الحقائق، وذلك ردا على وزير "
     "الخارجية الإسرائيلي يسرائيل كاتس، الذي دعا القاهرة إلى فتح المعبر.",
     "Israel Katz|called-on|Egypt",
     true},
  });
}

TEST_CASE("A contrast opener behind a preposition after a comma ends the report too (في حين)",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the other clause's call is no part of what was announced",
     "وأشاد رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة بالتضامن العربي، معلنا تخصيص ملياري "
     "دينار للإعمار، في حين دعا المجلس الرئاسي الأمم المتحدة إلى المساعدة.",
     "Abdul Hamid Dbeibah|announced|[called-on United Nations]",
     false},
  });
}

TEST_CASE(
  "A family name with the article after a forebear, before a report's complementizer, is the "
  "name's",
  "[extract][rules][arabic]")
{
  check_rows({
    {"before the complementizer",
     "وقال رئيس مجلس النواب أحمد بن سلمان المسلم إن الخطوة تأتي انسجاما مع التوجيهات. ودعا المسلم "
     "الولايات المتحدة إلى التحرك.",
     "Ahmed Bin Slman Al-Mslm|called-on|United States",
     true},
    {"the name cut before it is gone",
     "وقال رئيس مجلس النواب أحمد بن سلمان المسلم إن الخطوة تأتي انسجاما مع التوجيهات.",
     "Ahmed Bin Slman|holds-position|House of Representatives|chair",
     false},
  });
}

TEST_CASE("Vowing punishment as a continuing participle is a threat (triggers.tsv متوعدا, data "
          "only)",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the clause's subject warns the one vowed",
     "وزار الفريق أول عبد الفتاح البرهان المدينة، حيث خاطب الجنود مؤكدا أن المعركة لن تتوقف، "
     "ومتوعدا قوات الدعم السريع بهزائم متلاحقة.",
     "Abdel Fattah al-Burhan|warned|Rapid Support Forces",
     true},
  });
}

TEST_CASE("A given name as written is a name though a cue matches it past a seeming proclitic "
          "(فيصل: ف + يصل)",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the prince is a name, not a verb of arriving",
     "واستقبل الرئيس المصري عبد الفتاح السيسي الأمير فيصل بن سلمان في القاهرة.",
     "Abdel Fattah el-Sisi|met|Fisl Bin Slman",
     true},
    {"alone after a title it still refers back to the one Faisal named (stays)",
     "وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى مسقط. وعقد الأمير فيصل جلسة مباحثات موسعة "
     "مع نظيره العماني بدر بن حمد البوسعيدي.",
     "Badr Albusaidi|met|Faisal bin Farhan",
     true},
  });
}

TEST_CASE("Between two sides, a participle describing the first ends it; the name coordinated "
          "with the participle's argument is the second side",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the clashes are between the army and the forces after the participle's argument",
     "وتواصلت الاشتباكات العنيفة بين فصائل \"الجيش الوطني السوري\" المدعوم من تركيا وقوات قسد.",
     "Syrian National Army|attacked|Syrian Democratic Forces",
     true},
    {"the second side is no backer",
     "وتواصلت الاشتباكات العنيفة بين فصائل \"الجيش الوطني السوري\" المدعوم من تركيا وقوات قسد.",
     "Syrian Democratic Forces|supports|Syrian National Army",
     false},
    {"the participle's argument backs the first side (stays)",
     "وتواصلت الاشتباكات العنيفة بين فصائل \"الجيش الوطني السوري\" المدعوم من تركيا وقوات قسد.",
     "Turkey|supports|Syrian National Army",
     true},
    {"the army fights the forces",
     "اندلعت اشتباكات بين الجيش السوداني المدعوم من مصر وقوات الدعم السريع في الخرطوم.",
     "Sudanese Armed Forces|attacked|Rapid Support Forces",
     true},
    {"the backer fights no one",
     "اندلعت اشتباكات بين الجيش السوداني المدعوم من مصر وقوات الدعم السريع في الخرطوم.",
     "Egypt|attacked|Rapid Support Forces",
     false},
    {"outside between, the participle's list is all its agents (stays)",
     "وقالت الحكومة إن الحوثيين المدعومين من إيران وحزب الله هاجموا السفن.",
     "Hezbollah|supports|Houthis",
     true},
  });
}

TEST_CASE("A verb's destination right after it may come before its subject (verb, destination, "
          "subject)",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the minister after the destination arrives there",
     "ووصل إلى القاهرة وزير الخارجية الأردني أيمن الصفدي.",
     "Ayman Safadi|visited|Cairo",
     true},
    {"past the place's adjective and the city it is in; a rank between title and name",
     "ووصل إلى مطار بنينا الدولي في بنغازي رئيس أركان حرب القوات المسلحة المصرية الفريق أسامة "
     "عسكر على رأس وفد.",
     "Asama Askr|holds-position|Egyptian Armed Forces|commander",
     true},
    {"a name behind a preposition after the destination is no subject (stays)",
     "ووصل إلى القاهرة قادما من الأردن.",
     "Jordan|visited|Cairo",
     false},
    {"the team is no rank before a name (stays)",
     "وفاز الفريق الأهلي على الزمالك.",
     "Al Ahly|holds-position|Zamalek",
     false},
  });
}

TEST_CASE("Members of a group, counted or not, stand for the group as the object; a country's "
          "organization speaks of the country's forces, an armed one of its own",
          "[extract][rules][arabic]")
{
  check_rows({
    {"fighters of the party after the verb: the party is the object",
     "وقالت الحكومة إن القوات التركية قتلت عناصر من حزب العمال الكردستاني.",
     "Turkey|attacked|Kurdistan Workers' Party",
     true},
    {"a count, a quoted verb of military statements (neutralized), the ministry's forces",
     "أعلنت وزارة الدفاع التركية أن قواتها \"حيدت\" تسعة من عناصر حزب العمال الكردستاني.",
     "Turkey|attacked|Kurdistan Workers' Party",
     true},
    {"the ministry itself attacked no one",
     "أعلنت وزارة الدفاع التركية أن قواتها \"حيدت\" تسعة من عناصر حزب العمال الكردستاني.",
     "Turkish Ministry of Defence|attacked|Kurdistan Workers' Party",
     false},
    {"an army's forces are the army's (stays)",
     "أعلن الجيش السوداني، اليوم السبت، أن قواته استعادت السيطرة على مدينة سنجة.",
     "Sudanese Armed Forces|captured|Snja",
     true},
    {"not its country's (stays)",
     "أعلن الجيش السوداني، اليوم السبت، أن قواته استعادت السيطرة على مدينة سنجة.",
     "Sudan|captured|Snja",
     false},
    {"a demonym after a count is people counted, no party (stays)",
     "قتلت القوات الإسرائيلية ثلاثة فلسطينيين في جنين.",
     "Israel|attacked|Palestine",
     false},
  });
}

TEST_CASE("A relative clause set off by commas inside a planned or denied complement states a "
          "fact; a head with a preposition and a name after it refers back to no one",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the mission's members, in a relative clause inside a plan",
     "ومن المقرر أن تسحب بعثة الاتحاد الأفريقي الانتقالية في الصومال، التي تضم قوات من أوغندا "
     "وكينيا، آخر جنودها.",
     "Uganda|member-of|بعثة الاتحاد الأفريقي الانتقالية في الصومال",
     true},
    {"a meeting in a relative clause inside a plan",
     "ومن المقرر أن يزور الرئيس الفرنسي إيمانويل ماكرون، الذي التقى الرئيس الروسي فلاديمير بوتين "
     "أمس، الصين.",
     "Emmanuel Macron|met|Vladimir Putin",
     true},
    {"the planned visit is still no fact (stays)",
     "ومن المقرر أن يزور الرئيس الفرنسي إيمانويل ماكرون، الذي التقى الرئيس الروسي فلاديمير بوتين "
     "أمس، الصين.",
     "Emmanuel Macron|visited|China",
     false},
    {"forces from another country are not the forces named before",
     "وقالت القوات الصومالية إنها صدت الهجوم. وهاجمت قوات من أوغندا حركة الشباب.",
     "Somalia|attacked|al-Shabaab",
     false},
  });
}

TEST_CASE("Words that name no one between a complementizer and the verb are its subject, a count "
          "and a country's adjective among them: the speaker is no subject",
          "[extract][rules][arabic]")
{
  check_rows({
    {"soldiers counted, of a unit, arrived: not the minister who said so",
     "وقالت وزيرة الدفاع الإسبانية مارغريتا روبليس إن 56 عنصرا من وحدة الطوارئ العسكرية "
     "الإسبانية وصلوا إلى مراكش.",
     "Marghrita Rublis|visited|Marrakesh",
     false},
    {"soldiers of a country's adjective",
     "وقالت الوزيرة مارغريتا روبليس إن جنودا إسبانا وصلوا إلى مراكش.",
     "Marghrita Rublis|visited|Marrakesh",
     false},
    {"a pronoun subject is still the speaker (stays)",
     "وقالت الوزيرة مارغريتا روبليس إنها وصلت إلى مراكش.",
     "Marghrita Rublis|visited|Marrakesh",
     true},
  });
}

TEST_CASE("People of a country (a demonym's plural of origin) are no country named for 'the two "
          "sides'",
          "[extract][rules][arabic]")
{
  check_rows({
    {"Saudi and Sudanese detainees name no sides",
     "وأعلنت اليمن الإفراج عن أسرى مقابل إطلاق سراح محتجزين سعوديين وسودانيين. ورحب المبعوث "
     "الأممي هانس غروندبرغ بالتزام الطرفين.",
     "Hans Grundberg|praised|Sudan",
     false},
    {"nor the other",
     "وأعلنت اليمن الإفراج عن أسرى مقابل إطلاق سراح محتجزين سعوديين وسودانيين. ورحب المبعوث "
     "الأممي هانس غروندبرغ بالتزام الطرفين.",
     "Hans Grundberg|praised|Saudi Arabia",
     false},
  });
}

TEST_CASE("A symmetric act names the two sides of its sentence, whatever else the sentence says",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the two who met are the sides, not the praiser and the praised",
     "التقى الرئيس الفرنسي إيمانويل ماكرون الرئيس الروسي فلاديمير بوتين في موسكو، وأشاد ماكرون "
     "بالصين. واتفق الطرفان على هدنة.",
     "Emmanuel Macron|agreed-with|Vladimir Putin",
     true},
    {"China is no side",
     "التقى الرئيس الفرنسي إيمانويل ماكرون الرئيس الروسي فلاديمير بوتين في موسكو، وأشاد ماكرون "
     "بالصين. واتفق الطرفان على هدنة.",
     "China|agreed-with|Emmanuel Macron",
     false},
  });
}

TEST_CASE("A verb's cue family of verbs.tsv reads each of its forms", "[extract][rules][arabic]")
{
  check_rows({
    {"the masculine perfect of ثمّن with its subject after it",
     "فيما ثمّن الشيباني الموقف الأردني الداعم لسوريا.",
     "Asaad al-Shaibani|praised|Jordan",
     true},
    {"ثمن as price is no praise (stays)",
     "ودفعت روسيا ثمن غزوها لأوكرانيا.",
     "Russia|praised|Ukraine",
     false},
    {"the perfect of اعترض with its preposition",
     "واعترضت اليونان على انضمام مقدونيا إلى حلف الناتو.",
     "Greece|rejected|North Macedonia",
     true},
    {"joining a rejected plan makes no member (stays)",
     "واعترضت اليونان على انضمام مقدونيا إلى حلف الناتو.",
     "North Macedonia|member-of|NATO",
     false},
    {"the imperfect of عارض",
     "وتعارض تركيا انضمام السويد إلى الناتو.",
     "Turkey|rejected|Sweden",
     true},
    {"the feminine participle of أيد continues its clause",
     "وأعلنت فرنسا موقفها من القضية، مؤيدة المغرب في خطته.",
     "France|supports|Morocco",
     true},
    {"a verbal noun in ta marbuta before its pronoun (stays)",
     "وأكدت مصر مساندتها للسودان.",
     "Egypt|supports|Sudan",
     true},
  });
}

TEST_CASE("A relative clause after ', وهو الهجوم' or ', وهو ما' acts on the act just told",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the act noun names the raid: its agent is criticized",
     "وشنت إسرائيل غارة على دمشق، وهي الغارة التي أدانتها كل من مصر والأردن.",
     "Egypt|criticized|Israel",
     true},
    {"each of the list",
     "وشنت إسرائيل غارة على دمشق، وهي الغارة التي أدانتها كل من مصر والأردن.",
     "Jordan|criticized|Israel",
     true},
    {"'what' names the act just told",
     "وقصفت روسيا مدينة خاركيف، وهو ما انتقدته فرنسا بشدة.",
     "France|criticized|Russia",
     true},
    {"not the act's target",
     "وقصفت روسيا مدينة خاركيف، وهو ما انتقدته فرنسا بشدة.",
     "France|criticized|Kharkiv",
     false},
    {"an attack's noun names no visit (stays)",
     "وزار ماكرون القاهرة، وهو الهجوم الذي أدانته مصر.",
     "Egypt|criticized|Emmanuel Macron",
     false},
  });
}

TEST_CASE("Signing and reaching an agreement in the imperfect (triggers.tsv)",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the dual imperfect of وقّع in a headline",
     "العراق وتركيا توقعان اتفاقا للتعاون.",
     "Iraq|agreed-with|Turkey",
     true},
    {"the imperfect of توصل", "وتتوصل مصر وقطر إلى اتفاق.", "Egypt|agreed-with|Qatar", true},
    {"the masculine imperfect of وقّع",
     "ويوقع العراق وتركيا اتفاقا للتعاون.",
     "Iraq|agreed-with|Turkey",
     true},
    {"expecting an agreement is none (stays)",
     "وتوقع المحللون أن تتفق إيران مع الولايات المتحدة.",
     "Iran|agreed-with|United States",
     false},
  });
}

TEST_CASE("A verbal noun written with another hamza than its verb is no verb (verbs.tsv)",
          "[extract][rules][arabic]")
{
  check_rows({
    {"إدانتها is the noun of أدان, an object with its adjective",
     "وجددت السعودية إدانتها الشديدة للهجمات الإسرائيلية.",
     "Saudi Arabia|criticized|Israel",
     true},
    {"the verb written with its own hamza stays the verb (stays)",
     "أدانت السعودية الهجمات الإسرائيلية.",
     "Saudi Arabia|criticized|Israel",
     true},
    {"... and with the bare alef too (stays)",
     "ادانت السعودية الهجمات الإسرائيلية.",
     "Saudi Arabia|criticized|Israel",
     true},
  });
}

TEST_CASE("Condemning an act done to its genitive condemns its agent behind an agent marker",
          "[extract][rules][arabic]")
{
  check_rows({
    {"targeting's genitive is the target (words.tsv patient-noun)",
     "وأدانت مصر استهداف السعودية.",
     "Egypt|criticized|Saudi Arabia",
     false},
    {"... and its agent behind من قبل is the one condemned",
     "وأدانت مصر استهداف السعودية من قبل الحوثيين.",
     "Egypt|criticized|Houthis",
     true},
    {"an attack on an embassy condemns no embassy",
     "وأدانت مصر مهاجمة السفارة السعودية في طهران.",
     "Egypt|criticized|Embassy of Saudi Arabia",
     false},
    {"the agent as genitive with the target behind ل (stays)",
     "وأدانت مصر استهداف الحوثيين للسعودية.",
     "Egypt|criticized|Houthis",
     true},
    {"an assassination's agent behind من قبل",
     "وأدانت قطر اغتيال إسماعيل هنية من قبل إسرائيل.",
     "Qatar|criticized|Israel",
     true},
  });
}

TEST_CASE("Attributions with وفق ما and حسبما name the source of what stands before them",
          "[extract][rules][arabic]")
{
  check_rows({
    {"وفق ما أعلنه after the act",
     "وكان الرئيس الأمريكي دونالد ترمب قد اتصل بالرئيس الفلسطيني محمود عباس، وفق ما أعلنه البيت "
     "الأبيض.",
     "White House|announced|[called Mahmoud Abbas]",
     true},
    {"حسبما أفاد",
     "وقصفت القوات الروسية مدينة خاركيف، حسبما أفاد الجيش الأوكراني.",
     "Armed Forces of Ukraine|announced|[attacked Kharkiv]",
     true},
  });
}

TEST_CASE("The noun of an act naming its own object does not refer back to an earlier act",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the raids on another place",
     "شنت إسرائيل غارات على لبنان. وأدان الرئيس اللبناني ميشال عون الغارات على الجنوب.",
     "Michel Aoun|criticized|[attacked Lebanon]",
     false},
    {"the raids alone (stays)",
     "شنت إسرائيل غارات على لبنان. وأدان الرئيس اللبناني ميشال عون الغارات.",
     "Michel Aoun|criticized|[attacked Lebanon]",
     true},
  });
}

TEST_CASE("Whatever was signed: a relative pronoun and the verb of signing with its pronoun "
          "(triggers.tsv rel-sym)",
          "[extract][rules][arabic]")
{
  check_rows({
    {"a partnership two parties signed",
     "الشراكة الاستراتيجية التي وقعها الأردن والاتحاد الأوروبي في عمان.",
     "European Union|agreed-with|Jordan",
     true},
    {"memoranda one party signed with another",
     "ألغت ليبيا المذكرات التي وقعتها تركيا مع حكومة الوفاق.",
     "Government of National Accord|agreed-with|Turkey",
     true},
    {"... وقع without the pronoun took place (stays)",
     "نفذ التفجير الذي وقع في مانشستر تنظيم داعش وبريطانيا تحقق.",
     "Islamic State|agreed-with|United Kingdom",
     false},
  });
}

TEST_CASE("A subject's aside of time words between commas before its verb's noun",
          "[extract][rules][arabic]")
{
  check_rows({
    {"the day between commas",
     "عقد الرئيس عبد الفتاح السيسي والملك سلمان بن عبد العزيز، اليوم، جلسة مباحثات موسعة.",
     "Abdel Fattah el-Sisi|met|Salman bin Abdulaziz",
     true},
  });
}

TEST_CASE("Indirect talks are negotiations, no meeting (triggers.tsv)", "[extract][rules][arabic]")
{
  const char* text = "أجرى عراقجي محادثات غير مباشرة مع المبعوث الأمريكي ستيف ويتكوف.";
  check_rows({
    {"negotiated", text, "Abbas Araghchi|negotiated-with|Steve Witkoff", true},
    {"... not met", text, "Abbas Araghchi|met|Steve Witkoff", false},
  });
}
