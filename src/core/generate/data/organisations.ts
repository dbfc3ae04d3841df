/**
 * Partner organisations of the migration service in three languages. Embassies
 * are built from the country table; everything else is listed here.
 * All businesses and most NGOs are invented.
 */
import type { OrganisationKind } from '../../corpus/types.ts'

/** One organisation row before aliases are assembled. */
export interface OrganisationEntry {
  id: string
  kind: OrganisationKind
  en: string
  enShort?: string
  az: string
  azShort?: string
  ru: string
  ruShort?: string
  /** Topic ids the organisation's releases usually touch. */
  focus: readonly string[]
  /** How often it appears, relative to 1. */
  weight: number
}

// id|English|English short|Azerbaijani|Az short|Russian|Ru short|focus topics (space-separated)|weight
const INTERNATIONAL = `
iom|International Organization for Migration|IOM|Beynəlxalq Miqrasiya Təşkilatı|BMqT|Международная организация по миграции|МОМ|return-reintegration human-trafficking labour-migration migration-development capacity-building|6
unhcr|Office of the United Nations High Commissioner for Refugees|UNHCR|BMT-nin Qaçqınlar üzrə Ali Komissarlığı|BMT QAK|Управление Верховного комиссара ООН по делам беженцев|УВКБ ООН|refugees-asylum statelessness capacity-building migrant-children|5
icmpd|International Centre for Migration Policy Development|ICMPD|Beynəlxalq Miqrasiya Siyasətinin İnkişafı Mərkəzi|BMSİM|Международный центр по развитию миграционной политики|МЦРМП|capacity-building readmission migration-legislation border-management migration-statistics|4
eu-delegation|Delegation of the European Union to Azerbaijan|EU Delegation|Avropa İttifaqının Azərbaycandakı Nümayəndəliyi|Aİ Nümayəndəliyi|Представительство Европейского союза в Азербайджане|Представительство ЕС|readmission visa-policy international-cooperation border-management|4
osce|Organization for Security and Co-operation in Europe|OSCE|Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı|ATƏT|Организация по безопасности и сотрудничеству в Европе|ОБСЕ|human-trafficking border-management migration-legislation|2
ilo|International Labour Organization|ILO|Beynəlxalq Əmək Təşkilatı|BƏT|Международная организация труда|МОТ|labour-migration work-permits women-migration|2
undp|United Nations Development Programme|UNDP|BMT-nin İnkişaf Proqramı|BMT İP|Программа развития ООН|ПРООН|migration-development climate-migration e-services|2
unicef|United Nations Children's Fund|UNICEF|BMT-nin Uşaq Fondu|UNİSEF|Детский фонд ООН|ЮНИСЕФ|migrant-children statelessness family-reunification|2
icrc|International Committee of the Red Cross|ICRC|Beynəlxalq Qırmızı Xaç Komitəsi|BQXK|Международный комитет Красного Креста|МККК|illegal-migration migrant-health refugees-asylum|2
world-bank|World Bank||Dünya Bankı|DB|Всемирный банк|ВБ|migration-development migration-statistics service-quality|2
giz|Deutsche Gesellschaft für Internationale Zusammenarbeit|GIZ|Almaniya Beynəlxalq Əməkdaşlıq Cəmiyyəti|GIZ|Германское общество по международному сотрудничеству|ГИЦ|capacity-building return-reintegration migration-development|2
un-rco|Office of the United Nations Resident Coordinator in Azerbaijan|UN RCO|BMT-nin Azərbaycandakı Rezident Əlaqələndiricisinin Ofisi|BMT REO|Офис Постоянного координатора ООН в Азербайджане|ОПК ООН|migration-development international-cooperation|2
unfpa|United Nations Population Fund|UNFPA|BMT-nin Əhali Fondu|BMT ƏF|Фонд ООН в области народонаселения|ЮНФПА|migration-statistics women-migration|1
un-women|United Nations Entity for Gender Equality and the Empowerment of Women|UN Women|BMT Qadınlar Təşkilatı|BMT Qadınlar|Структура ООН по вопросам гендерного равенства|ООН-женщины|women-migration human-trafficking|1
unodc|United Nations Office on Drugs and Crime|UNODC|BMT-nin Narkotiklər və Cinayətkarlıq üzrə Ofisi|BMT NCO|Управление ООН по наркотикам и преступности|УНП ООН|human-trafficking illegal-migration border-management|1
who|World Health Organization|WHO|Ümumdünya Səhiyyə Təşkilatı|ÜST|Всемирная организация здравоохранения|ВОЗ|migrant-health|1
council-of-europe|Council of Europe|CoE|Avropa Şurası|AŞ|Совет Европы|СЕ|migration-legislation data-protection human-trafficking|2
cis-executive-committee|Executive Committee of the Commonwealth of Independent States|CIS Executive Committee|MDB İcraiyyə Komitəsi|MDB İK|Исполнительный комитет Содружества Независимых Государств|Исполком СНГ|regional-cooperation labour-migration illegal-migration|2
turkic-states|Organization of Turkic States|OTS|Türk Dövlətləri Təşkilatı|TDT|Организация тюркских государств|ОТГ|regional-cooperation labour-migration|2
eco|Economic Cooperation Organization|ECO|İqtisadi Əməkdaşlıq Təşkilatı|İƏT|Организация экономического сотрудничества|ОЭС|regional-cooperation|1
bsec|Organization of the Black Sea Economic Cooperation|BSEC|Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatı|QDİƏT|Организация Черноморского экономического сотрудничества|ОЧЭС|regional-cooperation illegal-migration|1
guam|GUAM Organization for Democracy and Economic Development|GUAM|GUAM Demokratiya və İqtisadi İnkişaf Təşkilatı|GUAM|Организация за демократию и экономическое развитие ГУАМ|ГУАМ|regional-cooperation border-management|1
oic|Organisation of Islamic Cooperation|OIC|İslam Əməkdaşlıq Təşkilatı|İƏT Təşkilatı|Организация исламского сотрудничества|ОИС|refugees-asylum regional-cooperation|1
interpol|International Criminal Police Organization|INTERPOL|Beynəlxalq Kriminal Polis Təşkilatı|İnterpol|Международная организация уголовной полиции|Интерпол|illegal-migration human-trafficking|1
frontex|European Border and Coast Guard Agency|Frontex|Avropa Sərhəd və Sahil Mühafizəsi Agentliyi|Frontex|Европейское агентство пограничной и береговой охраны|Фронтекс|border-management illegal-migration|1
euaa|European Union Agency for Asylum|EUAA|Avropa İttifaqının Sığınacaq Agentliyi|AİSA|Агентство Европейского союза по вопросам убежища|EUAA|refugees-asylum capacity-building|1
adb|Asian Development Bank|ADB|Asiya İnkişaf Bankı|AİB|Азиатский банк развития|АБР|migration-development service-quality|1
ebrd|European Bank for Reconstruction and Development|EBRD|Avropa Yenidənqurma və İnkişaf Bankı|AYİB|Европейский банк реконструкции и развития|ЕБРР|investor-residence migration-development|1
jica|Japan International Cooperation Agency|JICA|Yaponiya Beynəlxalq Əməkdaşlıq Agentliyi|JICA|Японское агентство международного сотрудничества|ДЖАЙКА|capacity-building service-quality|1
koica|Korea International Cooperation Agency|KOICA|Koreya Beynəlxalq Əməkdaşlıq Agentliyi|KOICA|Корейское агентство международного сотрудничества|КОЙКА|e-services capacity-building|1
usaid|United States Agency for International Development|USAID|ABŞ-ın Beynəlxalq İnkişaf Agentliyi|USAID|Агентство США по международному развитию|ЮСАИД|human-trafficking capacity-building|1
tika|Turkish Cooperation and Coordination Agency|TIKA|Türkiyə Əməkdaşlıq və Koordinasiya Agentliyi|TİKA|Турецкое агентство по сотрудничеству и координации|ТИКА|capacity-building e-services|1
ifrc|International Federation of Red Cross and Red Crescent Societies|IFRC|Beynəlxalq Qızıl Xaç və Qızıl Aypara Cəmiyyətləri Federasiyası|BQXQAF|Международная федерация обществ Красного Креста и Красного Полумесяца|МФОКК и КП|migrant-health refugees-asylum|1
danish-refugee-council|Danish Refugee Council|DRC|Danimarka Qaçqınlar Şurası|DQŞ|Датский совет по делам беженцев|ДСБ|refugees-asylum internally-displaced|1
norwegian-refugee-council|Norwegian Refugee Council|NRC|Norveç Qaçqınlar Şurası|NQŞ|Норвежский совет по делам беженцев|НСБ|internally-displaced refugees-asylum|1
budapest-process|Secretariat of the Budapest Process|Budapest Process|Budapeşt Prosesinin Katibliyi|Budapeşt Prosesi|Секретариат Будапештского процесса|Будапештский процесс|regional-cooperation illegal-migration|1
prague-process|Secretariat of the Prague Process|Prague Process|Praqa Prosesinin Katibliyi|Praqa Prosesi|Секретариат Пражского процесса|Пражский процесс|migration-statistics regional-cooperation|1
eu4business|EU4Business Initiative|EU4Business|EU4Business Təşəbbüsü|EU4Business|Инициатива EU4Business|EU4Business|investor-residence|1
`

const GOVERNMENT = `
cabinet|Cabinet of Ministers of the Republic of Azerbaijan|Cabinet of Ministers|Azərbaycan Respublikasının Nazirlər Kabineti|Nazirlər Kabineti|Кабинет министров Азербайджанской Республики|Кабинет министров|migration-legislation covid-19|2
mia|Ministry of Internal Affairs of the Republic of Azerbaijan|Ministry of Internal Affairs|Azərbaycan Respublikasının Daxili İşlər Nazirliyi|DİN|Министерство внутренних дел Азербайджанской Республики|МВД|illegal-migration human-trafficking registration|3
mfa|Ministry of Foreign Affairs of the Republic of Azerbaijan|Ministry of Foreign Affairs|Azərbaycan Respublikasının Xarici İşlər Nazirliyi|XİN|Министерство иностранных дел Азербайджанской Республики|МИД|visa-policy readmission international-cooperation|3
labour-ministry|Ministry of Labour and Social Protection of Population|Ministry of Labour|Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi|ƏƏSMN|Министерство труда и социальной защиты населения|Минтруда|labour-migration work-permits|3
justice-ministry|Ministry of Justice of the Republic of Azerbaijan|Ministry of Justice|Azərbaycan Respublikasının Ədliyyə Nazirliyi|Ədliyyə Nazirliyi|Министерство юстиции Азербайджанской Республики|Минюст|migration-legislation citizenship|2
economy-ministry|Ministry of Economy of the Republic of Azerbaijan|Ministry of Economy|Azərbaycan Respublikasının İqtisadiyyat Nazirliyi|İqtisadiyyat Nazirliyi|Министерство экономики Азербайджанской Республики|Минэкономики|investor-residence migration-development|1
education-ministry|Ministry of Science and Education of the Republic of Azerbaijan|Ministry of Education|Azərbaycan Respublikasının Elm və Təhsil Nazirliyi|Təhsil Nazirliyi|Министерство науки и образования Азербайджанской Республики|Минобразования|foreign-students youth|2
health-ministry|Ministry of Health of the Republic of Azerbaijan|Ministry of Health|Azərbaycan Respublikasının Səhiyyə Nazirliyi|Səhiyyə Nazirliyi|Министерство здравоохранения Азербайджанской Республики|Минздрав|migrant-health covid-19|1
digital-ministry|Ministry of Digital Development and Transport|Ministry of Digital Development|Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi|RİNN|Министерство цифрового развития и транспорта|Минцифры|e-services|1
emergency-ministry|Ministry of Emergency Situations|Ministry of Emergency Situations|Fövqəladə Hallar Nazirliyi|FHN|Министерство по чрезвычайным ситуациям|МЧС|climate-migration|1
youth-ministry|Ministry of Youth and Sports|Ministry of Youth and Sports|Gənclər və İdman Nazirliyi|GİN|Министерство молодёжи и спорта|Минмолодёжи|youth|1
culture-ministry|Ministry of Culture|Ministry of Culture|Mədəniyyət Nazirliyi|Mədəniyyət Nazirliyi|Министерство культуры|Минкультуры|integration|1
state-border-service|State Border Service of the Republic of Azerbaijan|State Border Service|Azərbaycan Respublikasının Dövlət Sərhəd Xidməti|DSX|Государственная пограничная служба Азербайджанской Республики|ГПС|border-management illegal-migration|3
state-security-service|State Security Service of the Republic of Azerbaijan|State Security Service|Azərbaycan Respublikasının Dövlət Təhlükəsizliyi Xidməti|DTX|Служба государственной безопасности Азербайджанской Республики|СГБ|illegal-migration|2
customs-committee|State Customs Committee|State Customs Committee|Dövlət Gömrük Komitəsi|DGK|Государственный таможенный комитет|ГТК|border-management|1
refugees-committee|State Committee for Affairs of Refugees and Internally Displaced Persons|State Committee for Refugees and IDPs|Qaçqınların və Məcburi Köçkünlərin İşləri üzrə Dövlət Komitəsi|QMKİDK|Государственный комитет по делам беженцев и вынужденных переселенцев|ГКБВП|internally-displaced refugees-asylum|2
diaspora-committee|State Committee on Work with Diaspora|State Committee on Diaspora|Diasporla İş üzrə Dövlət Komitəsi|DİDK|Государственный комитет по работе с диаспорой|Госкомдиаспора|diaspora|2
family-committee|State Committee for Family, Women and Children Affairs|State Committee for Family, Women and Children|Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi|AQUPDK|Государственный комитет по проблемам семьи, женщин и детей|ГКПСЖД|migrant-children women-migration|1
statistics-committee|State Statistical Committee|State Statistical Committee|Dövlət Statistika Komitəsi|DSK|Государственный статистический комитет|Госкомстат|migration-statistics|2
asan|State Agency for Public Service and Social Innovations|ASAN Service|Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi|ASAN xidmət|Государственное агентство по обслуживанию граждан и социальным инновациям|АСАН хидмет|e-services service-quality|2
tourism-agency|State Tourism Agency|State Tourism Agency|Dövlət Turizm Agentliyi|DTA|Государственное агентство по туризму|Госагентство по туризму|tourism-short-stays visa-policy|1
azpromo|Azerbaijan Export and Investment Promotion Agency|AZPROMO|Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi|AZPROMO|Агентство по продвижению экспорта и инвестиций Азербайджана|АЗПРОМО|investor-residence|1
ombudsman|Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan|Ombudsman|Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman)|Ombudsman|Уполномоченный по правам человека (омбудсмен) Азербайджанской Республики|Омбудсмен|human-trafficking refugees-asylum|2
milli-majlis|Milli Majlis of the Republic of Azerbaijan|Milli Majlis|Azərbaycan Respublikasının Milli Məclisi|Milli Məclis|Милли Меджлис Азербайджанской Республики|Милли Меджлис|migration-legislation|2
prosecutor-general|Prosecutor General's Office of the Republic of Azerbaijan|Prosecutor General's Office|Azərbaycan Respublikasının Baş Prokurorluğu|Baş Prokurorluq|Генеральная прокуратура Азербайджанской Республики|Генпрокуратура|human-trafficking transparency|1
anti-corruption-commission|Commission on Combating Corruption|Anti-Corruption Commission|Korrupsiyaya qarşı Mübarizə üzrə Komissiya|KMK|Комиссия по борьбе с коррупцией|Антикоррупционная комиссия|transparency|1
media-agency|Media Development Agency|Media Development Agency|Medianın İnkişafı Agentliyi|MİA|Агентство по развитию медиа|АРМ|public-awareness|1
innovation-agency|Innovation and Digital Development Agency|IDDA|İnnovasiya və Rəqəmsal İnkişaf Agentliyi|İRİA|Агентство инноваций и цифрового развития|АИЦР|e-services|1
employment-agency|State Employment Agency|State Employment Agency|Dövlət Məşğulluq Agentliyi|DMA|Государственное агентство занятости|ГАЗ|labour-migration|1
karabakh-restoration|Karabakh Revival Fund|Karabakh Revival Fund|Qarabağ Dirçəliş Fondu|QDF|Фонд возрождения Карабаха|ФВК|internally-displaced|1
bamf|Federal Office for Migration and Refugees of Germany|BAMF|Almaniya Federal Miqrasiya və Qaçqınlar İdarəsi|BAMF|Федеральное ведомство по делам миграции и беженцев Германии|BAMF|readmission return-reintegration integration|2
turkiye-migration|Presidency of Migration Management of Türkiye|PMM|Türkiyənin Miqrasiya İdarəçiliyi Başqanlığı|Göç İdarəsi|Управление миграции Турции|Управление миграции|refugees-asylum illegal-migration e-services|3
russia-migration|Main Directorate for Migration Affairs of the Ministry of Internal Affairs of Russia|GUVM|Rusiya Daxili İşlər Nazirliyinin Miqrasiya Məsələləri üzrə Baş İdarəsi|GUVM|Главное управление по вопросам миграции МВД России|ГУВМ МВД|labour-migration readmission citizenship|3
georgia-psda|Public Service Development Agency of Georgia|PSDA|Gürcüstanın Dövlət Xidmətlərinin İnkişafı Agentliyi|PSDA|Агентство развития государственных услуг Грузии|АРГУ|citizenship e-services statelessness|2
ukraine-migration|State Migration Service of Ukraine|SMS of Ukraine|Ukraynanın Dövlət Miqrasiya Xidməti|UDMX|Государственная миграционная служба Украины|ГМС Украины|readmission citizenship|2
belarus-citizenship|Department of Citizenship and Migration of the Ministry of Internal Affairs of Belarus|DCM Belarus|Belarus Daxili İşlər Nazirliyinin Vətəndaşlıq və Miqrasiya Departamenti|VMD|Департамент по гражданству и миграции МВД Беларуси|ДГМ МВД|citizenship labour-migration|1
kazakhstan-migration|Migration Service Committee of the Ministry of Internal Affairs of Kazakhstan|Migration Service Committee|Qazaxıstan Daxili İşlər Nazirliyinin Miqrasiya Xidməti Komitəsi|MXK|Комитет миграционной службы МВД Казахстана|КМС МВД|labour-migration regional-cooperation|2
uzbekistan-labour-migration|Agency for External Labour Migration of Uzbekistan|AELM|Özbəkistanın Xarici Əmək Miqrasiyası Agentliyi|XƏMA|Агентство внешней трудовой миграции Узбекистана|АВТМ|labour-migration return-reintegration|2
lithuania-migration|Migration Department of Lithuania|Lithuanian Migration Department|Litvanın Miqrasiya Departamenti|LMD|Департамент миграции Литвы|ДМ Литвы|e-services readmission|1
estonia-ppa|Police and Border Guard Board of Estonia|PPA|Estoniyanın Polis və Sərhəd Mühafizəsi İdarəsi|PPA|Департамент полиции и погранохраны Эстонии|ДПП|e-services biometrics|1
sweden-migration|Swedish Migration Agency|Migrationsverket|İsveç Miqrasiya Agentliyi|İMA|Миграционное агентство Швеции|Мигрейшнсверкет|refugees-asylum integration|1
netherlands-ind|Immigration and Naturalisation Service of the Netherlands|IND|Niderlandın İmmiqrasiya və Naturalizasiya Xidməti|IND|Служба иммиграции и натурализации Нидерландов|IND|readmission citizenship|1
poland-foreigners|Office for Foreigners of Poland|UdSC|Polşanın Əcnəbilər üzrə İdarəsi|UdSC|Управление по делам иностранцев Польши|УДИ|legal-residence refugees-asylum|1
korea-immigration|Korea Immigration Service|KIS|Koreya İmmiqrasiya Xidməti|KİX|Иммиграционная служба Кореи|KIS|labour-migration integration biometrics|1
moldova-migration|Bureau for Migration and Asylum of Moldova|BMA|Moldovanın Miqrasiya və Sığınacaq Bürosu|MSB|Бюро по миграции и убежищу Молдовы|БМУ|readmission refugees-asylum|1
kyrgyzstan-migration|Ministry of Labour, Social Security and Migration of Kyrgyzstan|Ministry of Labour of Kyrgyzstan|Qırğızıstanın Əmək, Sosial Təminat və Miqrasiya Nazirliyi|QƏSMN|Министерство труда, социального обеспечения и миграции Кыргызстана|МТСОМ|labour-migration|1
`

const BUSINESS = `
caspian-european-club|Caspian European Club|CEC|Xəzər Avropa Klubu|XAK|Каспийский европейский клуб|КЕК|labour-migration work-permits e-services investor-residence|4
amcham|American Chamber of Commerce in Azerbaijan|AmCham|Azərbaycanda Amerika Ticarət Palatası|AmCham|Американская торговая палата в Азербайджане|АмЧам|work-permits qualified-specialists investor-residence|3
ahk|German-Azerbaijani Chamber of Commerce|AHK Azerbaijan|Alman-Azərbaycan Ticarət Palatası|AHK|Германо-Азербайджанская торговая палата|AHK|labour-migration qualified-specialists|2
british-business-group|British Business Group in Azerbaijan|BBG|Azərbaycanda Britaniya Biznes Qrupu|BBQ|Британская бизнес-группа в Азербайджане|ББГ|work-permits investor-residence|1
french-chamber|French-Azerbaijani Chamber of Commerce and Industry|CCIFA|Fransa-Azərbaycan Ticarət və Sənaye Palatası|FATSP|Франко-Азербайджанская торгово-промышленная палата|ФАТПП|work-permits|1
italian-chamber|Italian-Azerbaijani Business Council|IABC|İtaliya-Azərbaycan İşgüzar Şurası|İAİŞ|Итало-Азербайджанский деловой совет|ИАДС|investor-residence|1
turkish-business|Azerbaijan-Türkiye Business Association|ATİB|Azərbaycan-Türkiyə İşadamları Birliyi|ATİB|Ассоциация бизнесменов Азербайджана и Турции|АТИБ|labour-migration investor-residence|2
employers-confederation|National Confederation of Entrepreneurs (Employers) Organisations of Azerbaijan|ASK|Azərbaycan Respublikasının Sahibkarlar (İşəgötürənlər) Təşkilatlarının Milli Konfederasiyası|ASK|Национальная конфедерация организаций предпринимателей (работодателей) Азербайджана|НКОПР|labour-migration work-permits|3
chamber-of-commerce|Azerbaijan Chamber of Commerce and Industry|ACCI|Azərbaycan Ticarət-Sənaye Palatası|ATSP|Торгово-промышленная палата Азербайджана|ТПП|investor-residence|2
trade-unions|Azerbaijan Trade Unions Confederation|ATUC|Azərbaycan Həmkarlar İttifaqları Konfederasiyası|AHİK|Конфедерация профсоюзов Азербайджана|КПА|labour-migration migrant-health|2
banks-association|Azerbaijan Banks Association|ABA|Azərbaycan Banklar Assosiasiyası|ABA|Ассоциация банков Азербайджана|АБА|investor-residence|1
builders-association|Association of Builders of Azerbaijan|ABAz|Azərbaycan İnşaatçılar Assosiasiyası|AİA|Ассоциация строителей Азербайджана|АСА|labour-migration work-permits|1
hotels-association|Azerbaijan Hotel Association|AHA|Azərbaycan Otellər Assosiasiyası|AOA|Ассоциация отелей Азербайджана|АОА|registration tourism-short-stays|2
tourism-association|Azerbaijan Tourism Association|AZTA|Azərbaycan Turizm Assosiasiyası|AZTA|Туристическая ассоциация Азербайджана|АЗТА|tourism-short-stays visa-policy|1
it-association|Azerbaijan Association of IT Companies|AITC|Azərbaycan İT Şirkətləri Assosiasiyası|AİTŞA|Ассоциация IT-компаний Азербайджана|АИТК|qualified-specialists e-services|1
oil-gas-council|Caspian Oil and Gas Employers Council|COGEC|Xəzər Neft və Qaz İşəgötürənləri Şurası|XNQİŞ|Совет работодателей нефтегазовой отрасли Каспия|СРНГК|qualified-specialists work-permits|1
absheron-construction|Absheron Construction Holding|ACH|Abşeron Tikinti Holdinqi|ATH|Апшеронский строительный холдинг|АСХ|labour-migration work-permits|1
kura-textiles|Kura Textiles|Kura Textiles|Kür Tekstil|Kür Tekstil|Кура Текстиль|Кура Текстиль|labour-migration|1
ganja-agro|Ganja Agro Industrial Park|Ganja Agro|Gəncə Aqrosənaye Parkı|Gəncə Aqro|Гянджинский агропромышленный парк|Гянджа Агро|labour-migration|1
caspian-logistics|Caspian Gateway Logistics|CGL|Xəzər Qapısı Logistika|XQL|Каспийские ворота логистика|КВЛ|labour-migration tourism-short-stays|1
alat-port-services|Alat Port Services Company|APS|Ələt Liman Xidmətləri Şirkəti|ƏLX|Компания портовых услуг Алят|КПУА|qualified-specialists|1
sumgait-chemical-park|Sumgait Chemical Industrial Park Management|SCIP|Sumqayıt Kimya Sənaye Parkının İdarəsi|SKSP|Дирекция Сумгайытского химического промышленного парка|СХПП|qualified-specialists work-permits|1
silkroad-hotels|Silk Road Hotels Group|SRH|İpək Yolu Otelləri Qrupu|İYO|Группа отелей «Шёлковый путь»|ШПО|registration tourism-short-stays|1
shirvan-energy|Shirvan Energy Services|Shirvan Energy|Şirvan Enerji Xidmətləri|Şirvan Enerji|Ширван Энерджи Сервисез|Ширван Энерджи|qualified-specialists|1
baku-tech-hub|Baku Technology Hub|BTH|Bakı Texnologiya Mərkəzi|BTM|Бакинский технологический центр|БТЦ|qualified-specialists e-services|1
lankaran-tea|Lankaran Tea Company|Lankaran Tea|Lənkəran Çay Şirkəti|Lənkəran Çay|Ленкоранская чайная компания|Ленкоранский чай|labour-migration|1
karabakh-builders|Karabakh Reconstruction Consortium|KRC|Qarabağ Bərpa Konsorsiumu|QBK|Консорциум по восстановлению Карабаха|КВК|labour-migration work-permits|1
azerbaijan-airlines-partners|Airline Operators Committee of Baku|AOC Baku|Bakı Aviaşirkətlər Komitəsi|BAK|Комитет авиаперевозчиков Баку|КАБ|tourism-short-stays border-management|1
recruitment-association|Azerbaijan Association of Private Employment Agencies|AAPEA|Azərbaycan Özəl Məşğulluq Agentlikləri Assosiasiyası|AÖMAA|Ассоциация частных агентств занятости Азербайджана|АЧАЗ|labour-migration human-trafficking|1
women-entrepreneurs|Azerbaijan Women Entrepreneurs Association|AWEA|Azərbaycan Qadın Sahibkarlar Assosiasiyası|AQSA|Ассоциация женщин-предпринимателей Азербайджана|АЖП|women-migration investor-residence|1
young-entrepreneurs|Azerbaijan Young Entrepreneurs Union|AYEU|Azərbaycan Gənc Sahibkarlar Birliyi|AGSB|Союз молодых предпринимателей Азербайджана|СМПА|youth investor-residence|1
uk-azerbaijan-chamber|UK-Azerbaijan Chamber of Commerce|UKACC|Britaniya-Azərbaycan Ticarət Palatası|BATP|Британско-Азербайджанская торговая палата|БАТП|work-permits|1
russia-azerbaijan-business|Russian-Azerbaijani Business Council|RABC|Rusiya-Azərbaycan İşgüzar Şurası|RAİŞ|Российско-Азербайджанский деловой совет|РАДС|labour-migration|1
korea-azerbaijan-business|Korea-Azerbaijan Business Council|KABC|Koreya-Azərbaycan İşgüzar Şurası|KAİŞ|Корейско-Азербайджанский деловой совет|КАДС|qualified-specialists|1
china-azerbaijan-business|China-Azerbaijan Trade Association|CATA|Çin-Azərbaycan Ticarət Assosiasiyası|ÇATA|Китайско-Азербайджанская торговая ассоциация|КАТА|labour-migration work-permits|1
`

const NGO = `
red-crescent|Azerbaijan Red Crescent Society|AzRCS|Azərbaycan Qızıl Aypara Cəmiyyəti|AQAC|Общество Красного Полумесяца Азербайджана|ОКПА|migrant-health refugees-asylum|3
migration-centre|Migration Resource Centre Public Union|MRC|Miqrasiya Resurs Mərkəzi İctimai Birliyi|MRM|Общественное объединение «Миграционный ресурсный центр»|МРЦ|public-awareness return-reintegration|2
safe-path|Safe Path Public Union|Safe Path|Təhlükəsiz Yol İctimai Birliyi|Təhlükəsiz Yol|Общественное объединение «Безопасный путь»|Безопасный путь|human-trafficking public-awareness|2
legal-aid-union|Legal Aid for Migrants Public Union|LAMPU|Miqrantlara Hüquqi Yardım İctimai Birliyi|MHYİB|Общественное объединение «Правовая помощь мигрантам»|ППМ|refugees-asylum legal-residence|2
women-crisis-centre|Women's Crisis Centre|WCC|Qadınların Böhran Mərkəzi|QBM|Кризисный центр для женщин|КЦЖ|women-migration human-trafficking|1
child-rights-alliance|Alliance for Children's Rights|ACR|Uşaq Hüquqları Alyansı|UHA|Альянс за права детей|АПД|migrant-children|1
diaspora-youth-network|Diaspora Youth Network|DYN|Diaspor Gənclər Şəbəkəsi|DGŞ|Сеть молодёжи диаспоры|СМД|diaspora youth|1
migrant-workers-union|Union for the Protection of Migrant Workers' Rights|UPMWR|Miqrant İşçilərin Hüquqlarının Müdafiəsi Birliyi|MİHMB|Союз защиты прав трудящихся-мигрантов|СЗПТМ|labour-migration migrant-health|2
refugee-support-centre|Refugee Support Centre|RSC|Qaçqınlara Dəstək Mərkəzi|QDM|Центр поддержки беженцев|ЦПБ|refugees-asylum integration|1
statelessness-forum|Forum on Statelessness and Nationality|FSN|Vətəndaşlıq və Vətəndaşsızlıq Forumu|VVF|Форум по вопросам гражданства и безгражданства|ФГБ|statelessness citizenship|1
integration-house|House of Integration Public Union|House of Integration|İnteqrasiya Evi İctimai Birliyi|İnteqrasiya Evi|Общественное объединение «Дом интеграции»|Дом интеграции|integration|1
returnees-association|Association of Returning Migrants|ARM|Geri Qayıdan Miqrantlar Assosiasiyası|GQMA|Ассоциация вернувшихся мигрантов|АВМ|return-reintegration|1
youth-for-migration|Youth for Safe Migration Public Union|YSM|Təhlükəsiz Miqrasiya Naminə Gənclər İctimai Birliyi|TMGİB|Общественное объединение «Молодёжь за безопасную миграцию»|МБМ|youth public-awareness|1
human-rights-house|Human Rights Monitoring Centre|HRMC|İnsan Hüquqlarının Monitorinqi Mərkəzi|İHMM|Центр мониторинга прав человека|ЦМПЧ|human-trafficking migration-legislation|1
idp-council|Council of Internally Displaced Communities|CIDC|Məcburi Köçkün İcmaları Şurası|MKİŞ|Совет общин вынужденных переселенцев|СОВП|internally-displaced|1
karabakh-veterans-families|Public Union for Support of Families of Displaced Persons|SFDP|Köçkün Ailələrinə Dəstək İctimai Birliyi|KADİB|Общественное объединение поддержки семей переселенцев|ОПСП|internally-displaced|1
green-steppe|Green Steppe Environmental Society|Green Steppe|Yaşıl Çöl Ekoloji Cəmiyyəti|Yaşıl Çöl|Экологическое общество «Зелёная степь»|Зелёная степь|climate-migration|1
open-data-lab|Open Data Lab Public Union|ODL|Açıq Məlumat Laboratoriyası İctimai Birliyi|AML|Общественное объединение «Лаборатория открытых данных»|ЛОД|data-protection migration-statistics|1
consumer-rights-society|Society for the Protection of Consumer Rights|SPCR|İstehlakçı Hüquqlarının Müdafiəsi Cəmiyyəti|İHMC|Общество защиты прав потребителей|ОЗПП|service-quality|1
disability-union|Union of Organisations of Persons with Disabilities|UOPD|Əlilliyi olan şəxslərin Təşkilatları İttifaqı|ƏŞTİ|Союз организаций лиц с инвалидностью|СОЛИ|service-quality|1
volunteers-network|ASAN Volunteers Alumni Network|AVAN|Könüllülər Məzunlar Şəbəkəsi|KMŞ|Сеть выпускников-волонтёров|СВВ|youth public-awareness|1
lawyers-collegium|Collegium of Advocates of the Republic of Azerbaijan|Bar Association|Azərbaycan Respublikası Vəkillər Kollegiyası|Vəkillər Kollegiyası|Коллегия адвокатов Азербайджанской Республики|Коллегия адвокатов|migration-legislation refugees-asylum|1
journalists-union|Union of Journalists of Azerbaijan|UJA|Azərbaycan Jurnalistlər Birliyi|AJB|Союз журналистов Азербайджана|СЖА|public-awareness|1
press-council|Press Council of Azerbaijan|Press Council|Azərbaycan Mətbuat Şurası|Mətbuat Şurası|Совет прессы Азербайджана|Совет прессы|public-awareness|1
education-for-all|Education for All Public Union|EFA|Hamı üçün Təhsil İctimai Birliyi|HÜT|Общественное объединение «Образование для всех»|ОДВ|migrant-children foreign-students|1
health-bridge|Health Bridge Public Union|Health Bridge|Sağlamlıq Körpüsü İctimai Birliyi|Sağlamlıq Körpüsü|Общественное объединение «Мост здоровья»|Мост здоровья|migrant-health|1
civil-society-platform|National Platform of Civil Society|NPCS|Vətəndaş Cəmiyyətinin Milli Platforması|VCMP|Национальная платформа гражданского общества|НПГО|migration-legislation transparency|1
ngo-agency|Agency for State Support to Non-Governmental Organisations|NGO Support Agency|Qeyri-Hökumət Təşkilatlarına Dövlət Dəstəyi Agentliyi|QHT Agentliyi|Агентство государственной поддержки НПО|АГПНПО|public-awareness|2
intercultural-dialogue|Centre for Intercultural Dialogue|CID|Mədəniyyətlərarası Dialoq Mərkəzi|MDM|Центр межкультурного диалога|ЦМД|integration|1
family-support-centre|Family Support Centre Public Union|FSC|Ailəyə Dəstək Mərkəzi İctimai Birliyi|ADM|Общественное объединение «Центр поддержки семьи»|ЦПС|family-reunification migrant-children|1
hope-shelter|Hope Shelter for Victims of Trafficking|Hope Shelter|Ümid Sığınacağı|Ümid|Приют «Надежда» для жертв торговли людьми|Надежда|human-trafficking|1
migration-watch|Migration Policy Watch|MPW|Miqrasiya Siyasəti Monitorinqi|MSM|Мониторинг миграционной политики|ММП|migration-legislation migration-research|1
caucasus-research|Caucasus Migration Research Network|CMRN|Qafqaz Miqrasiya Tədqiqatları Şəbəkəsi|QMTŞ|Кавказская сеть миграционных исследований|КСМИ|migration-research regional-cooperation|1
students-union|Azerbaijan Students Union|ASU|Azərbaycan Tələbələr İttifaqı|ATİ|Союз студентов Азербайджана|ССА|youth foreign-students|1
foreign-graduates|Association of Graduates of Foreign Universities|AGFU|Xarici Universitet Məzunları Assosiasiyası|XUMA|Ассоциация выпускников зарубежных вузов|АВЗВ|diaspora youth|1
`

const ACADEMIC = `
bsu|Baku State University|BSU|Bakı Dövlət Universiteti|BDU|Бакинский государственный университет|БГУ|migration-research youth foreign-students|3
unec|Azerbaijan State University of Economics|UNEC|Azərbaycan Dövlət İqtisad Universiteti|UNEC|Азербайджанский государственный экономический университет|АГЭУ|migration-development labour-migration|2
ada|ADA University|ADA|ADA Universiteti|ADA|Университет АДА|АДА|international-cooperation migration-research|3
khazar|Khazar University|Khazar|Xəzər Universiteti|Xəzər|Университет Хазар|Хазар|foreign-students|1
beu|Baku Engineering University|BEU|Bakı Mühəndislik Universiteti|BMU|Бакинский инженерный университет|БИУ|youth|1
languages-university|Azerbaijan University of Languages|AUL|Azərbaycan Dillər Universiteti|ADU|Азербайджанский университет языков|АУЯ|integration|1
public-administration-academy|Academy of Public Administration under the President of the Republic of Azerbaijan|APA|Azərbaycan Respublikasının Prezidenti yanında Dövlət İdarəçilik Akademiyası|DİA|Академия государственного управления при Президенте Азербайджанской Республики|АГУ|capacity-building service-quality|2
police-academy|Police Academy of the Ministry of Internal Affairs|Police Academy|Daxili İşlər Nazirliyinin Polis Akademiyası|Polis Akademiyası|Полицейская академия МВД|Полицейская академия|illegal-migration capacity-building|1
border-academy|Academy of the State Border Service|Border Service Academy|Dövlət Sərhəd Xidmətinin Akademiyası|DSX Akademiyası|Академия Государственной пограничной службы|Академия ГПС|border-management|1
aztu|Azerbaijan Technical University|AzTU|Azərbaycan Texniki Universiteti|AzTU|Азербайджанский технический университет|АзТУ|qualified-specialists|1
gsu|Ganja State University|GSU|Gəncə Dövlət Universiteti|GDU|Гянджинский государственный университет|ГГУ|youth|1
ssu|Sumgait State University|SSU|Sumqayıt Dövlət Universiteti|SDU|Сумгайытский государственный университет|СГУ|youth|1
lsu|Lankaran State University|LSU|Lənkəran Dövlət Universiteti|LDU|Ленкоранский государственный университет|ЛГУ|youth|1
ndu|Nakhchivan State University|NSU|Naxçıvan Dövlət Universiteti|NDU|Нахчыванский государственный университет|НГУ|foreign-students|1
amu|Azerbaijan Medical University|AMU|Azərbaycan Tibb Universiteti|ATU|Азербайджанский медицинский университет|АМУ|foreign-students migrant-health|2
asoiu|Azerbaijan State Oil and Industry University|ASOIU|Azərbaycan Dövlət Neft və Sənaye Universiteti|ADNSU|Азербайджанский государственный университет нефти и промышленности|АГУНП|foreign-students qualified-specialists|1
pedagogical-university|Azerbaijan State Pedagogical University|ASPU|Azərbaycan Dövlət Pedaqoji Universiteti|ADPU|Азербайджанский государственный педагогический университет|АГПУ|migrant-children|1
wcu|Western Caspian University|WCU|Qərbi Kaspi Universiteti|QKU|Университет Западный Каспий|УЗК|migration-research|1
odlar-yurdu|Odlar Yurdu University|OYU|Odlar Yurdu Universiteti|OYU|Университет Одлар Юрду|УОЮ|foreign-students|1
tourism-university|Azerbaijan Tourism and Management University|ATMU|Azərbaycan Turizm və Menecment Universiteti|ATMU|Азербайджанский университет туризма и менеджмента|АУТМ|tourism-short-stays|1
msu|Mingachevir State University|MSU|Mingəçevir Dövlət Universiteti|MDU|Мингечевирский государственный университет|МГУ|youth|1
slavic-university|Baku Slavic University|BSlU|Bakı Slavyan Universiteti|BSU Slavyan|Бакинский славянский университет|БСУ|integration|1
ufaz|French-Azerbaijani University|UFAZ|Azərbaycan-Fransa Universiteti|UFAZ|Французско-Азербайджанский университет|UFAZ|foreign-students|1
bhos|Baku Higher Oil School|BHOS|Bakı Ali Neft Məktəbi|BANM|Бакинская высшая школа нефти|БВШН|qualified-specialists|1
law-institute|Institute of Law and Human Rights of the National Academy of Sciences|ILHR|AMEA-nın Hüquq və İnsan Hüquqları İnstitutu|Hİİİ|Институт права и прав человека НАНА|ИППЧ|migration-legislation|1
geography-institute|Institute of Geography of the National Academy of Sciences|Institute of Geography|AMEA-nın Coğrafiya İnstitutu|Coğrafiya İnstitutu|Институт географии НАНА|Институт географии|climate-migration migration-research|1
justice-academy|Justice Academy of the Ministry of Justice|Justice Academy|Ədliyyə Nazirliyinin Ədliyyə Akademiyası|Ədliyyə Akademiyası|Академия юстиции Министерства юстиции|Академия юстиции|migration-legislation capacity-building|1
sports-academy|Azerbaijan State Academy of Physical Education and Sport|ASAPES|Azərbaycan Dövlət Bədən Tərbiyəsi və İdman Akademiyası|ADBTİA|Азербайджанская государственная академия физической культуры и спорта|АГАФКС|youth|1
karabakh-university|Karabakh University|KU|Qarabağ Universiteti|QU|Карабахский университет|КУ|internally-displaced youth|1
azerbaijan-university|Azerbaijan University|AU|Azərbaycan Universiteti|AU|Азербайджанский университет|АУ|migration-research|1
diplomacy-centre|Centre of Analysis of International Relations|AIR Center|Beynəlxalq Münasibətlərin Təhlili Mərkəzi|BMTM|Центр анализа международных отношений|ЦАМО|international-cooperation regional-cooperation|1
istanbul-migration-institute|Migration Research Institute of Istanbul University|MRI Istanbul|İstanbul Universitetinin Miqrasiya Tədqiqatları İnstitutu|İU MTİ|Институт миграционных исследований Стамбульского университета|ИМИ|migration-research|1
oxford-migration-centre|Centre on Migration, Policy and Society|COMPAS|Miqrasiya, Siyasət və Cəmiyyət Mərkəzi|COMPAS|Центр по вопросам миграции, политики и общества|COMPAS|migration-research|1
tbilisi-university|Ivane Javakhishvili Tbilisi State University|TSU|İvane Cavaxişvili adına Tbilisi Dövlət Universiteti|TDU|Тбилисский государственный университет имени Иванэ Джавахишвили|ТГУ|migration-research regional-cooperation|1
`

const MEDIA = `
azertac|Azerbaijan State News Agency|AZERTAC|Azərbaycan Dövlət İnformasiya Agentliyi|AZƏRTAC|Азербайджанское государственное информационное агентство|АЗЕРТАДЖ|public-awareness|2
aztv|Azerbaijan Television|AzTV|Azərbaycan Televiziyası|AzTV|Азербайджанское телевидение|АзТВ|public-awareness|1
itv|Public Television of Azerbaijan|İTV|İctimai Televiziya|İTV|Общественное телевидение Азербайджана|ОТВ|public-awareness|1
trend-agency|Trend News Agency|Trend|Trend İnformasiya Agentliyi|Trend|Информационное агентство Trend|Trend|public-awareness|1
apa-agency|APA Information Agency|APA|APA İnformasiya Agentliyi|APA|Информационное агентство APA|APA|public-awareness|1
report-agency|Report News Agency|Report|Report İnformasiya Agentliyi|Report|Информационное агентство Report|Report|public-awareness|1
xalq-newspaper|Xalq Newspaper|Xalq qazeti|Xalq Qəzeti|Xalq qəzeti|Газета «Халг»|Халг|public-awareness|1
azernews|AzerNews|AzerNews|AzerNews Qəzeti|AzerNews|Газета AzerNews|AzerNews|public-awareness|1
migration-magazine|Migration Bulletin Magazine|Migration Bulletin|Miqrasiya Bülleteni Jurnalı|Miqrasiya Bülleteni|Журнал «Миграционный бюллетень»|Миграционный бюллетень|migration-research public-awareness|1
radio-azerbaijan|Azerbaijan Radio|AzR|Azərbaycan Radiosu|AzR|Азербайджанское радио|АзР|public-awareness|1
caspian-tv|Caspian Television Network|CTN|Xəzər Televiziya Şəbəkəsi|XTŞ|Каспийская телевизионная сеть|КТС|public-awareness|1
baku-post|The Baku Post|Baku Post|Bakı Postu Qəzeti|Bakı Postu|Газета «Бакинская почта»|Бакинская почта|public-awareness|1
`

function parse(block: string, kind: OrganisationKind): OrganisationEntry[] {
  return block
    .trim()
    .split('\n')
    .map((line) => {
      const [id, en, enShort, az, azShort, ru, ruShort, focus, weight] = line.split('|') as string[]
      return {
        id: id as string,
        kind,
        en: en as string,
        enShort: enShort || undefined,
        az: az as string,
        azShort: azShort || undefined,
        ru: ru as string,
        ruShort: ruShort || undefined,
        focus: (focus ?? '').split(' ').filter(Boolean),
        weight: Number(weight ?? 1) || 1,
      }
    })
}

/** The migration service itself. */
export const AGENCY: OrganisationEntry = {
  id: 'sms',
  kind: 'agency',
  en: 'State Migration Service of the Republic of Azerbaijan',
  enShort: 'SMS',
  az: 'Azərbaycan Respublikasının Dövlət Miqrasiya Xidməti',
  azShort: 'DMX',
  ru: 'Государственная миграционная служба Азербайджанской Республики',
  ruShort: 'ГМС',
  focus: [],
  weight: 0,
}

/** Every listed organisation except embassies, by kind in table order. */
export const ORGANISATION_ROWS: readonly OrganisationEntry[] = [
  ...parse(INTERNATIONAL, 'international'),
  ...parse(GOVERNMENT, 'government'),
  ...parse(BUSINESS, 'business'),
  ...parse(NGO, 'ngo'),
  ...parse(ACADEMIC, 'academic'),
  ...parse(MEDIA, 'media'),
]
