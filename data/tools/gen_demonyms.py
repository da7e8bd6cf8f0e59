#!/usr/bin/env python3
"""Builds data/ar/demonyms.tsv and data/en/demonyms.tsv.

Run from the repository root:  python3 data/tools/gen_demonyms.py

AR lists, per ISO code, the masculine singular nisba forms (each ending in ي);
the feminine (-ية) and sound masculine plurals (-يون, -يين) are derived.
Forms after ';' are added as written (broken/collective plurals, two-word
forms). EN lists the forms as written. Ids come from country_qids.tsv.
"""
import re,sys
q={}
for l in open('data/gazetteer/country_qids.tsv'):
    if l.startswith('#'): continue
    a,b=l.rstrip('\n').split('\t'); q[a]=b
def cid(iso): return q.get(iso,'iso:'+iso)
# iso: arabic nisba bases (masc. sg, ending in ي) ; extra forms after ';'
AR="""
AE إماراتي
AF أفغاني;أفغان
AL ألباني;ألبان
AM أرميني;أرمن|أرمني|أرمنية
AO أنغولي
AR أرجنتيني
AT نمساوي
AU أسترالي
AZ أذربيجاني;أذري|أذرية|أذريون|أذريين|آذري|آذرية
BA بوسني;بوشناق
BD بنغلاديشي
BE بلجيكي
BF بوركينابي
BG بلغاري;بلغار
BH بحريني
BI بوروندي
BJ بنيني
BO بوليفي
BR برازيلي
BY بيلاروسي
CA كندي
CH سويسري
CI إيفواري
CL تشيلي
CM كاميروني
CN صيني;صينيون|صينيين
CO كولومبي
CU كوبي
CY قبرصي
CZ تشيكي
DE ألماني;ألمان
DJ جيبوتي
DK دنماركي|دانماركي
DZ جزائري
EC إكوادوري
EE إستوني
EG مصري
ER إريتري
ES إسباني;إسبان
ET إثيوبي
FI فنلندي
FR فرنسي
GA غابوني
GB بريطاني
GE جورجي
GH غاني
GM غامبي
GN غيني
GR يوناني
GT غواتيمالي
HN هندوراسي
HR كرواتي;كروات
HT هايتي
HU مجري|هنغاري;مجر
ID إندونيسي
IE أيرلندي|إيرلندي
IL إسرائيلي
IN هندي;هنود
IQ عراقي
IR إيراني
IS آيسلندي
IT إيطالي;طليان
JM جامايكي
JO أردني
JP ياباني
KE كيني
KG قيرغيزي|قرغيزي
KH كمبودي
KP ;كوري شمالي|كورية شمالية
KR ;كوري جنوبي|كورية جنوبية
KW كويتي
KZ كازاخستاني|كازاخي|قازاقي
LA لاوسي
LB لبناني
LK سريلانكي
LR ليبيري
LT ليتواني
LU لوكسمبورغي
LV لاتفي
LY ليبي
MA مغربي;مغاربة
MD مولدوفي
ME مونتينيغري
MG مدغشقري;ملغاشي|ملغاشية
MK مقدوني
MM ميانماري
MN منغولي
MR موريتاني
MT مالطي
MW مالاوي
MX مكسيكي
MY ماليزي
MZ موزمبيقي
NA ناميبي
NE نيجري
NG نيجيري
NI نيكاراغوي
NL هولندي
NO نرويجي
NP نيبالي
NZ نيوزيلندي
OM عماني
PA بنمي
PE بيروفي
PH فلبيني
PK باكستاني
PL بولندي
PS فلسطيني
PT برتغالي
PY باراغواياني
QA قطري
RO روماني
RS صربي;صرب
RU روسي;روس
RW رواندي
SA سعودي
SD سوداني
SE سويدي
SG سنغافوري
SI سلوفيني
SK سلوفاكي
SL سيراليوني
SN سنغالي
SO صومالي
SS ;جنوب سوداني|جنوب سودانية
SV سلفادوري
SY سوري
TD تشادي
TG توغولي
TH تايلاندي
TJ طاجيكي|طاجيكستاني
TM تركمانستاني
TN تونسي
TR تركي;أتراك
TW تايواني
TZ تنزاني
UA أوكراني
UG أوغندي
US أمريكي|أميركي;أمريكان|أميركان
UY أوروغوياني|أوروغواياني
UZ أوزبكي|أوزبكستاني
VE فنزويلي
VN فيتنامي
XK كوسوفي
YE يمني
ZA ;جنوب أفريقي|جنوب أفريقية|جنوب إفريقي
ZM زامبي
ZW زيمبابوي
"""
EN="""
AE Emirati|Emiratis
AF Afghan|Afghans|Afghani
AL Albanian|Albanians
AM Armenian|Armenians
AO Angolan|Angolans
AR Argentine|Argentinian|Argentines|Argentinians
AT Austrian|Austrians
AU Australian|Australians
AZ Azerbaijani|Azeri|Azerbaijanis|Azeris
BA Bosnian|Bosnians
BD Bangladeshi|Bangladeshis
BE Belgian|Belgians
BF Burkinabe|Burkinabé
BG Bulgarian|Bulgarians
BH Bahraini|Bahrainis
BI Burundian|Burundians
BJ Beninese
BO Bolivian|Bolivians
BR Brazilian|Brazilians
BY Belarusian|Belarusians|Belarussian
CA Canadian|Canadians
CF Central African
CH Swiss
CI Ivorian|Ivorians
CL Chilean|Chileans
CM Cameroonian|Cameroonians
CN Chinese
CO Colombian|Colombians
CR Costa Rican|Costa Ricans
CU Cuban|Cubans
CY Cypriot|Cypriots
CZ Czech|Czechs
DE German|Germans
DJ Djiboutian|Djiboutians
DK Danish|Dane|Danes
DZ Algerian|Algerians
EC Ecuadorian|Ecuadorians
EE Estonian|Estonians
EG Egyptian|Egyptians
ER Eritrean|Eritreans
ES Spanish|Spaniard|Spaniards
ET Ethiopian|Ethiopians
FI Finnish|Finn|Finns
FJ Fijian|Fijians
FR French|Frenchman|Frenchmen|Frenchwoman
GA Gabonese
GB British|Briton|Britons|Brit|Brits
GE Georgian|Georgians
GH Ghanaian|Ghanaians
GM Gambian|Gambians
GN Guinean|Guineans
GR Greek|Greeks
GT Guatemalan|Guatemalans
HN Honduran|Hondurans
HR Croatian|Croat|Croats|Croatians
HT Haitian|Haitians
HU Hungarian|Hungarians
ID Indonesian|Indonesians
IE Irish|Irishman
IL Israeli|Israelis
IN Indian|Indians
IQ Iraqi|Iraqis
IR Iranian|Iranians
IS Icelandic|Icelander|Icelanders
IT Italian|Italians
JM Jamaican|Jamaicans
JO Jordanian|Jordanians
JP Japanese
KE Kenyan|Kenyans
KG Kyrgyz|Kirghiz|Kyrgyzstani
KH Cambodian|Cambodians
KP North Korean|North Koreans
KR South Korean|South Koreans
KW Kuwaiti|Kuwaitis
KZ Kazakh|Kazakhstani|Kazakhs
LA Laotian|Lao|Laotians
LB Lebanese
LK Sri Lankan|Sri Lankans
LR Liberian|Liberians
LT Lithuanian|Lithuanians
LU Luxembourger|Luxembourgers|Luxembourgish
LV Latvian|Latvians
LY Libyan|Libyans
MA Moroccan|Moroccans
MD Moldovan|Moldovans
ME Montenegrin|Montenegrins
MG Malagasy
MK Macedonian|Macedonians
ML Malian|Malians
MM Burmese
MN Mongolian|Mongolians
MR Mauritanian|Mauritanians
MT Maltese
MW Malawian|Malawians
MX Mexican|Mexicans
MY Malaysian|Malaysians
MZ Mozambican|Mozambicans
NA Namibian|Namibians
NE Nigerien|Nigeriens
NG Nigerian|Nigerians
NI Nicaraguan|Nicaraguans
NL Dutch|Dutchman
NO Norwegian|Norwegians
NP Nepalese|Nepali|Nepalis
NZ New Zealander|New Zealanders
OM Omani|Omanis
PA Panamanian|Panamanians
PE Peruvian|Peruvians
PG Papua New Guinean
PH Filipino|Filipinos|Philippine|Filipina
PK Pakistani|Pakistanis
PL Polish|Poles
PS Palestinian|Palestinians
PT Portuguese
PY Paraguayan|Paraguayans
QA Qatari|Qataris
RO Romanian|Romanians
RS Serbian|Serb|Serbs|Serbians
RU Russian|Russians
RW Rwandan|Rwandans
SA Saudi|Saudis
SD Sudanese
SE Swedish|Swede|Swedes
SG Singaporean|Singaporeans
SI Slovenian|Slovene|Slovenians|Slovenes
SK Slovak|Slovakian|Slovaks
SL Sierra Leonean|Sierra Leoneans
SN Senegalese
SO Somali|Somalis|Somalian
SS South Sudanese
SV Salvadoran|Salvadorans|Salvadorean
SY Syrian|Syrians
TD Chadian|Chadians
TG Togolese
TH Thai|Thais
TJ Tajik|Tajiks|Tajikistani
TM Turkmenistani
TN Tunisian|Tunisians
TR Turkish|Turk|Turks
TT Trinidadian|Trinidadians
TW Taiwanese
TZ Tanzanian|Tanzanians
UA Ukrainian|Ukrainians
UG Ugandan|Ugandans
US American|Americans
UY Uruguayan|Uruguayans
UZ Uzbek|Uzbeks|Uzbekistani
VE Venezuelan|Venezuelans
VN Vietnamese
XK Kosovar|Kosovars|Kosovan
YE Yemeni|Yemenis
ZA South African|South Africans
ZM Zambian|Zambians
ZW Zimbabwean|Zimbabweans
"""
def key(i):
    m=re.match(r'wd:Q(\d+)$',i); return (0,int(m.group(1)),'') if m else (1,0,i)
def emit(path, rows):
    rows.sort(key=lambda r:key(r[0]))
    with open(path,'w') as f:
        f.write('# country_id\tforms\n')
        for c,forms in rows: f.write(c+'\t'+'|'.join(forms)+'\n')
rows=[]
for l in AR.strip().split('\n'):
    iso,rest=l.split(' ',1)
    bases,_,extra=rest.partition(';')
    forms=[]
    for b in [x for x in bases.split('|') if x]:
        if ' ' in b:
            forms.append(b); continue
        assert b.endswith('ي'),b
        forms += [b, b+'ة', b+'ون', b+'ين']
    forms += [x for x in extra.split('|') if x]
    seen=[];[seen.append(f) for f in forms if f not in seen]
    rows.append((cid(iso),seen))
emit('data/ar/demonyms.tsv',rows)
rows=[]
for l in EN.strip().split('\n'):
    iso,rest=l.split(' ',1)
    rows.append((cid(iso),rest.split('|')))
# Party adjectives: a party's demonym ("Republican Sen. Lindsey Graham", "Tory
# Brexiteer Andrea Jenkyns" are members). English only: Arabic الديمقراطي is
# as often "democratic" (التحول الديمقراطي).
rows += [('wd:Q9626',['Tory','Conservative']),('wd:Q9630',['Labour']),
         ('x:org:democratic-party',['Democratic','Democrat']),('x:org:republican-party',['Republican'])]
# The Houthi movement's adjective ("Houthi military spokesman Yahya Saree" is a
# member; "struck Houthi targets" names the movement).
rows += [('x:org:ansar-allah',['Houthi'])]
emit('data/en/demonyms.tsv',rows)
