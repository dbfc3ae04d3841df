/**
 * The people of the synthetic archive apart from ambassadors (who come with
 * the country table): the agency's own staff and the heads of partner bodies.
 * Names marked `@m`/`@f` are composed from the Azerbaijani name lists.
 */

/** What an official does, which decides the themes they appear in. */
export type OfficialGroup =
  | 'chief'
  | 'first-deputy'
  | 'deputy'
  | 'department'
  | 'regional'
  | 'ambassador'
  | 'international'
  | 'foreign-agency'
  | 'government'
  | 'business'
  | 'academic'
  | 'ngo'
  | 'media'

/** One official row: who, where, which years, and the role in three languages. */
export interface OfficialRow {
  group: OfficialGroup
  affiliation: string
  /** `@m` / `@f` for a composed Azerbaijani name, else `Latin;Cyrillic;m|f`, or an exact Azerbaijani name `=Vüsal Hüseynov;Вусал Гусейнов;m`. */
  name: string
  from: number
  to: number
  roleEn: string
  roleAz: string
  roleRu: string
  /** Rank worn in formal introductions. */
  rank?: { en: string; az: string; ru: string }
  /** Region of a regional department head. */
  region?: string
  /** Topics of a department head's unit. */
  focus?: readonly string[]
}

const CHIEF_RANK = {
  en: 'III rank state migration service counselor',
  az: 'III dərəcəli dövlət miqrasiya xidməti müşaviri',
  ru: 'государственный советник миграционной службы III ранга',
}
const GENERAL_RANK = { en: 'major general of the migration service', az: 'miqrasiya xidməti general-mayoru', ru: 'генерал-майор миграционной службы' }
const COLONEL_RANK = { en: 'colonel of the migration service', az: 'miqrasiya xidməti polkovniki', ru: 'полковник миграционной службы' }
const LT_COLONEL_RANK = { en: 'lieutenant colonel of the migration service', az: 'miqrasiya xidməti polkovnik-leytenantı', ru: 'подполковник миграционной службы' }

const CHIEF_ROLE = { roleEn: 'Chief of the State Migration Service', roleAz: 'Dövlət Miqrasiya Xidmətinin rəisi', roleRu: 'Начальник Государственной миграционной службы' }
const FIRST_DEPUTY_ROLE = { roleEn: 'First Deputy Chief of the State Migration Service', roleAz: 'Dövlət Miqrasiya Xidməti rəisinin birinci müavini', roleRu: 'Первый заместитель начальника Государственной миграционной службы' }
const DEPUTY_ROLE = { roleEn: 'Deputy Chief of the State Migration Service', roleAz: 'Dövlət Miqrasiya Xidməti rəisinin müavini', roleRu: 'Заместитель начальника Государственной миграционной службы' }

/** The agency's leadership over the years. */
const LEADERSHIP: OfficialRow[] = [
  { group: 'chief', affiliation: 'sms', name: '=Rauf Səfərli;Рауф Сафарли;m', from: 2008, to: 2018, ...CHIEF_ROLE, rank: CHIEF_RANK },
  { group: 'chief', affiliation: 'sms', name: '=Vüsal Hüseynov;Вусал Гусейнов;m', from: 2019, to: 2026, ...CHIEF_ROLE, rank: CHIEF_RANK },
  { group: 'first-deputy', affiliation: 'sms', name: '@m', from: 2008, to: 2016, ...FIRST_DEPUTY_ROLE, rank: GENERAL_RANK },
  { group: 'first-deputy', affiliation: 'sms', name: '@m', from: 2017, to: 2026, ...FIRST_DEPUTY_ROLE, rank: GENERAL_RANK },
  { group: 'deputy', affiliation: 'sms', name: '@m', from: 2008, to: 2014, ...DEPUTY_ROLE, rank: COLONEL_RANK },
  { group: 'deputy', affiliation: 'sms', name: '@m', from: 2008, to: 2019, ...DEPUTY_ROLE, rank: COLONEL_RANK },
  { group: 'deputy', affiliation: 'sms', name: '@f', from: 2012, to: 2026, ...DEPUTY_ROLE, rank: COLONEL_RANK },
  { group: 'deputy', affiliation: 'sms', name: '@m', from: 2015, to: 2026, ...DEPUTY_ROLE, rank: COLONEL_RANK },
  { group: 'deputy', affiliation: 'sms', name: '@m', from: 2020, to: 2026, ...DEPUTY_ROLE, rank: COLONEL_RANK },
]

/** Departments of the agency: English, Azerbaijani (genitive), Russian (genitive), topics. */
const DEPARTMENTS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Department of Labour Migration', 'Əmək miqrasiyası idarəsinin', 'управления трудовой миграции', 'labour-migration work-permits'],
  ['Department of Residence Permits', 'Yaşama icazələri idarəsinin', 'управления разрешений на проживание', 'legal-residence registration'],
  ['Department of Citizenship Affairs', 'Vətəndaşlıq məsələləri idarəsinin', 'управления по вопросам гражданства', 'citizenship statelessness'],
  ['Department of Refugee Affairs', 'Qaçqın məsələləri idarəsinin', 'управления по делам беженцев', 'refugees-asylum'],
  ['Department of Migration Control', 'Miqrasiya nəzarəti idarəsinin', 'управления миграционного контроля', 'illegal-migration human-trafficking'],
  ['Readmission Department', 'Readmissiya idarəsinin', 'управления реадмиссии', 'readmission return-reintegration'],
  ['International Relations Department', 'Beynəlxalq əlaqələr idarəsinin', 'управления международных связей', 'international-cooperation regional-cooperation'],
  ['Department of Information Technologies', 'İnformasiya texnologiyaları idarəsinin', 'управления информационных технологий', 'e-services data-protection'],
  ['Department of Analysis and Statistics', 'Təhlil və statistika idarəsinin', 'управления анализа и статистики', 'migration-statistics migration-research'],
  ['Legal Department', 'Hüquq idarəsinin', 'юридического управления', 'migration-legislation'],
  ['Public Relations Department', 'İctimaiyyətlə əlaqələr şöbəsinin', 'отдела по связям с общественностью', 'public-awareness'],
  ['Training Centre', 'Tədris Mərkəzinin', 'Учебного центра', 'capacity-building'],
]

/** Regional departments: English place, Azerbaijani place, Russian adjective (genitive). */
export const REGIONS: ReadonlyArray<readonly [en: string, az: string, ruAdjGen: string]> = [
  ['Ganja', 'Gəncə', 'Гянджинского'],
  ['Sumgait', 'Sumqayıt', 'Сумгайытского'],
  ['Lankaran', 'Lənkəran', 'Ленкоранского'],
  ['Shaki', 'Şəki', 'Шекинского'],
  ['Mingachevir', 'Mingəçevir', 'Мингечевирского'],
  ['Guba', 'Quba', 'Губинского'],
  ['Shirvan', 'Şirvan', 'Ширванского'],
  ['Nakhchivan', 'Naxçıvan', 'Нахчыванского'],
  ['Barda', 'Bərdə', 'Бардинского'],
  ['Khachmaz', 'Xaçmaz', 'Хачмазского'],
]

function staff(): OfficialRow[] {
  const rows: OfficialRow[] = []
  DEPARTMENTS.forEach(([en, az, ru, focus], i) => {
    rows.push({
      group: 'department',
      affiliation: 'sms',
      name: i % 4 === 2 ? '@f' : '@m',
      from: 2008,
      to: 2026,
      roleEn: `Head of the ${en} of the State Migration Service`,
      roleAz: `Dövlət Miqrasiya Xidmətinin ${az} rəisi`,
      roleRu: `Начальник ${ru} Государственной миграционной службы`,
      rank: LT_COLONEL_RANK,
      focus: focus.split(' '),
    })
  })
  for (const [en, az, ru] of REGIONS) {
    rows.push({
      group: 'regional',
      affiliation: 'sms',
      name: '@m',
      from: 2008,
      to: 2026,
      roleEn: `Head of the ${en} Regional Migration Department of the State Migration Service`,
      roleAz: `Dövlət Miqrasiya Xidmətinin ${az} Regional Miqrasiya İdarəsinin rəisi`,
      roleRu: `Начальник ${ru} регионального миграционного управления Государственной миграционной службы`,
      rank: LT_COLONEL_RANK,
      region: en,
    })
  }
  return rows
}

// group|affiliation|name|years|English role|Azerbaijani role|Russian role
const PARTNERS = `
international|iom|Nathalie Brunner;Натали Бруннер;f|2008-2015|Chief of Mission of the IOM Office in Azerbaijan|BMqT-nin Azərbaycan Nümayəndəliyinin rəhbəri|Глава представительства МОМ в Азербайджане
international|iom|Marco Bianchetti;Марко Бьянкетти;m|2016-2026|Chief of Mission of the IOM Office in Azerbaijan|BMqT-nin Azərbaycan Nümayəndəliyinin rəhbəri|Глава представительства МОМ в Азербайджане
international|unhcr|Ahmed Karaoui;Ахмед Караи;m|2008-2016|UNHCR Representative in Azerbaijan|BMT QAK-ın Azərbaycandakı nümayəndəsi|Представитель УВКБ ООН в Азербайджане
international|unhcr|Ingrid Solberg;Ингрид Сульберг;f|2017-2026|UNHCR Representative in Azerbaijan|BMT QAK-ın Azərbaycandakı nümayəndəsi|Представитель УВКБ ООН в Азербайджане
international|icmpd|Florian Steiner;Флориан Штайнер;m|2010-2026|Head of the ICMPD Project Office in Azerbaijan|BMSİM-in Azərbaycandakı layihə ofisinin rəhbəri|Руководитель проектного офиса МЦРМП в Азербайджане
international|icmpd|@f|2012-2026|ICMPD National Project Coordinator in Azerbaijan|BMSİM-in Azərbaycan üzrə milli layihə koordinatoru|Национальный координатор проектов МЦРМП в Азербайджане
international|eu-delegation|Jan Kowalczyk;Ян Ковальчик;m|2008-2016|Head of the Delegation of the European Union to Azerbaijan, Ambassador|Avropa İttifaqının Azərbaycandakı Nümayəndəliyinin rəhbəri, səfir|Глава Представительства Европейского союза в Азербайджане, посол
international|eu-delegation|Sophie Lemaire;Софи Лемер;f|2017-2026|Head of the Delegation of the European Union to Azerbaijan, Ambassador|Avropa İttifaqının Azərbaycandakı Nümayəndəliyinin rəhbəri, səfir|Глава Представительства Европейского союза в Азербайджане, посол
international|osce|Henrik Dahl;Хенрик Даль;m|2008-2017|Head of the OSCE Project Co-ordinator's Office in Baku|ATƏT-in Bakıdakı Layihə Koordinatoru Ofisinin rəhbəri|Руководитель Офиса координатора проектов ОБСЕ в Баку
international|ilo|@f|2010-2026|ILO National Coordinator in Azerbaijan|BƏT-in Azərbaycan üzrə milli koordinatoru|Национальный координатор МОТ в Азербайджане
international|undp|Alessandro Conti;Алессандро Конти;m|2008-2026|UNDP Resident Representative in Azerbaijan|BMT İP-nin Azərbaycandakı rezident nümayəndəsi|Постоянный представитель ПРООН в Азербайджане
international|unicef|Claire Dubois;Клэр Дюбуа;f|2008-2026|UNICEF Representative in Azerbaijan|UNİSEF-in Azərbaycandakı nümayəndəsi|Представитель ЮНИСЕФ в Азербайджане
international|icrc|Thomas Keller;Томас Келлер;m|2008-2026|Head of the ICRC Delegation in Azerbaijan|BQXK-nın Azərbaycandakı nümayəndəliyinin rəhbəri|Глава делегации МККК в Азербайджане
international|world-bank|Sarah Whitmore;Сара Уитмор;f|2008-2026|World Bank Country Manager for Azerbaijan|Dünya Bankının Azərbaycan üzrə ölkə meneceri|Руководитель представительства Всемирного банка в Азербайджане
international|giz|Stefan Brandt;Штефан Брандт;m|2008-2026|Country Director of GIZ in Azerbaijan|GIZ-in Azərbaycan üzrə ölkə direktoru|Директор ГИЦ в Азербайджане
international|un-rco|Elena Moretti;Елена Моретти;f|2008-2018|United Nations Resident Coordinator in Azerbaijan (UN RCO)|BMT-nin Azərbaycandakı rezident əlaqələndiricisi (BMT REO)|Постоянный координатор ООН в Азербайджане (ОПК ООН)
international|un-rco|David Osei;Дэвид Осеи;m|2019-2026|United Nations Resident Coordinator in Azerbaijan (UN RCO)|BMT-nin Azərbaycandakı rezident əlaqələndiricisi (BMT REO)|Постоянный координатор ООН в Азербайджане (ОПК ООН)
international|council-of-europe|Paolo Ricci;Паоло Риччи;m|2008-2026|Head of the Council of Europe Office in Baku|Avropa Şurasının Bakı ofisinin rəhbəri|Глава Офиса Совета Европы в Баку
international|unfpa|@f|2008-2026|Head of the UNFPA Office in Azerbaijan|BMT ƏF-nin Azərbaycan ofisinin rəhbəri|Глава офиса ЮНФПА в Азербайджане
international|unodc|Mikhail Orlov;Михаил Орлов;m|2008-2026|UNODC Regional Programme Coordinator|BMT NCO-nun regional proqram koordinatoru|Региональный координатор программ УНП ООН
international|cis-executive-committee|Viktor Lebedev;Виктор Лебедев;m|2008-2026|Deputy Chairman of the CIS Executive Committee|MDB İcraiyyə Komitəsi sədrinin müavini|Заместитель председателя Исполкома СНГ
international|turkic-states|Serik Zhumabekov;Серик Жумабеков;m|2010-2026|Deputy Secretary General of the Organization of Turkic States|Türk Dövlətləri Təşkilatının Baş katibinin müavini|Заместитель генерального секретаря Организации тюркских государств
international|jica|Kenji Morita;Кэндзи Морита;m|2008-2026|Chief Representative of the JICA Azerbaijan Office|JICA-nın Azərbaycan ofisinin baş nümayəndəsi|Главный представитель офиса ДЖАЙКА в Азербайджане
international|usaid|Rebecca Hall;Ребекка Холл;f|2008-2026|USAID Mission Director in Azerbaijan|USAID-in Azərbaycandakı missiyasının direktoru|Директор миссии ЮСАИД в Азербайджане
international|tika|Ayşe Demirtaş;Айше Демирташ;f|2008-2026|Coordinator of the TIKA Baku Programme Office|TİKA-nın Bakı Proqram Ofisinin koordinatoru|Координатор бакинского офиса ТИКА
international|danish-refugee-council|Mette Rasmussen;Метте Расмуссен;f|2008-2026|Country Director of the Danish Refugee Council|Danimarka Qaçqınlar Şurasının ölkə direktoru|Директор Датского совета по делам беженцев в стране
international|frontex|Pierre Vasseur;Пьер Вассёр;m|2012-2026|Head of the Frontex International Cooperation Unit|Frontex-in Beynəlxalq əməkdaşlıq bölməsinin rəhbəri|Руководитель отдела международного сотрудничества Фронтекс
foreign-agency|bamf|Jürgen Hoffmann;Юрген Хофман;m|2008-2026|Vice-President of the Federal Office for Migration and Refugees of Germany (BAMF)|Almaniya Federal Miqrasiya və Qaçqınlar İdarəsinin (BAMF) vitse-prezidenti|Вице-президент Федерального ведомства по делам миграции и беженцев Германии (BAMF)
foreign-agency|turkiye-migration|Mehmet Aksoy;Мехмет Аксой;m|2013-2026|Head of the Presidency of Migration Management of Türkiye|Türkiyənin Miqrasiya İdarəçiliyi Başqanlığının rəhbəri|Руководитель Управления миграции Турции
foreign-agency|russia-migration|Valentina Kuznetsova;Валентина Кузнецова;f|2008-2026|Head of the Main Directorate for Migration Affairs of the Ministry of Internal Affairs of Russia (GUVM)|Rusiya Daxili İşlər Nazirliyinin Miqrasiya Məsələləri üzrə Baş İdarəsinin (GUVM) rəisi|Начальник Главного управления по вопросам миграции МВД России (ГУВМ МВД)
foreign-agency|georgia-psda|Giorgi Beridze;Георгий Беридзе;m|2010-2026|Chairman of the Public Service Development Agency of Georgia|Gürcüstanın Dövlət Xidmətlərinin İnkişafı Agentliyinin sədri|Председатель Агентства развития государственных услуг Грузии
foreign-agency|ukraine-migration|Natalia Hrytsenko;Наталия Гриценко;f|2008-2026|Head of the State Migration Service of Ukraine|Ukraynanın Dövlət Miqrasiya Xidmətinin rəisi|Глава Государственной миграционной службы Украины
foreign-agency|kazakhstan-migration|Askar Baimukhanov;Аскар Баймуханов;m|2008-2026|Chairman of the Migration Service Committee of the Ministry of Internal Affairs of Kazakhstan|Qazaxıstan Daxili İşlər Nazirliyinin Miqrasiya Xidməti Komitəsinin sədri|Председатель Комитета миграционной службы МВД Казахстана
foreign-agency|uzbekistan-labour-migration|Sherzod Tursunov;Шерзод Турсунов;m|2017-2026|Director of the Agency for External Labour Migration of Uzbekistan|Özbəkistanın Xarici Əmək Miqrasiyası Agentliyinin direktoru|Директор Агентства внешней трудовой миграции Узбекистана
foreign-agency|belarus-citizenship|Andrei Zhuk;Андрей Жук;m|2008-2026|Head of the Department of Citizenship and Migration of the Ministry of Internal Affairs of Belarus|Belarus Daxili İşlər Nazirliyinin Vətəndaşlıq və Miqrasiya Departamentinin rəisi|Начальник Департамента по гражданству и миграции МВД Беларуси
foreign-agency|korea-immigration|Lee Ji-won;Ли Чжи Вон;f|2008-2026|Commissioner of the Korea Immigration Service|Koreya İmmiqrasiya Xidmətinin komissarı|Комиссар Иммиграционной службы Кореи
foreign-agency|moldova-migration|Ion Rusu;Ион Русу;m|2008-2026|Director of the Bureau for Migration and Asylum of Moldova|Moldovanın Miqrasiya və Sığınacaq Bürosunun direktoru|Директор Бюро по миграции и убежищу Молдовы
foreign-agency|lithuania-migration|Rasa Jankauskienė;Раса Янкаускене;f|2008-2026|Director of the Migration Department of Lithuania|Litvanın Miqrasiya Departamentinin direktoru|Директор Департамента миграции Литвы
government|mia|@m|2008-2026|Deputy Minister of Internal Affairs|Daxili işlər nazirinin müavini|Заместитель министра внутренних дел
government|mfa|@m|2008-2026|Deputy Minister of Foreign Affairs|Xarici işlər nazirinin müavini|Заместитель министра иностранных дел
government|labour-ministry|@f|2008-2026|Deputy Minister of Labour and Social Protection of Population|Əmək və əhalinin sosial müdafiəsi nazirinin müavini|Заместитель министра труда и социальной защиты населения
government|state-border-service|@m|2008-2026|Deputy Chief of the State Border Service|Dövlət Sərhəd Xidməti rəisinin müavini|Заместитель начальника Государственной пограничной службы
government|refugees-committee|@m|2008-2026|Chairman of the State Committee for Affairs of Refugees and Internally Displaced Persons|Qaçqınların və Məcburi Köçkünlərin İşləri üzrə Dövlət Komitəsinin sədri|Председатель Государственного комитета по делам беженцев и вынужденных переселенцев
government|diaspora-committee|@m|2008-2026|Chairman of the State Committee on Work with Diaspora|Diasporla İş üzrə Dövlət Komitəsinin sədri|Председатель Государственного комитета по работе с диаспорой
government|ombudsman|@f|2008-2026|Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan|Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman)|Уполномоченный по правам человека (омбудсмен) Азербайджанской Республики
government|asan|@m|2013-2026|Chairman of the State Agency for Public Service and Social Innovations|Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyinin sədri|Председатель Государственного агентства по обслуживанию граждан и социальным инновациям
government|milli-majlis|@f|2008-2026|Chair of the Human Rights Committee of the Milli Majlis|Milli Məclisin insan hüquqları komitəsinin sədri|Председатель комитета Милли Меджлиса по правам человека
government|statistics-committee|@m|2008-2026|Deputy Chairman of the State Statistical Committee|Dövlət Statistika Komitəsi sədrinin müavini|Заместитель председателя Государственного статистического комитета
government|education-ministry|@m|2008-2026|Deputy Minister of Science and Education|Elm və təhsil nazirinin müavini|Заместитель министра науки и образования
government|ngo-agency|@f|2014-2026|Executive Director of the Agency for State Support to Non-Governmental Organisations|Qeyri-Hökumət Təşkilatlarına Dövlət Dəstəyi Agentliyinin icraçı direktoru|Исполнительный директор Агентства государственной поддержки НПО
government|family-committee|@f|2008-2026|Chair of the State Committee for Family, Women and Children Affairs|Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsinin sədri|Председатель Государственного комитета по проблемам семьи, женщин и детей
business|caspian-european-club|@m|2008-2026|Chairman and CEO of the Caspian European Club|Xəzər Avropa Klubunun sədri və baş icraçı direktoru|Председатель и генеральный директор Каспийского европейского клуба
business|amcham|Jennifer Collins;Дженнифер Коллинз;f|2008-2026|Executive Director of the American Chamber of Commerce in Azerbaijan|Azərbaycanda Amerika Ticarət Palatasının icraçı direktoru|Исполнительный директор Американской торговой палаты в Азербайджане
business|ahk|Markus Feldmann;Маркус Фельдманн;m|2008-2026|Managing Director of the German-Azerbaijani Chamber of Commerce|Alman-Azərbaycan Ticarət Palatasının idarəedici direktoru|Управляющий директор Германо-Азербайджанской торговой палаты
business|employers-confederation|@m|2008-2026|President of the National Confederation of Entrepreneurs (Employers) Organisations of Azerbaijan|Azərbaycan Respublikasının Sahibkarlar (İşəgötürənlər) Təşkilatlarının Milli Konfederasiyasının prezidenti|Президент Национальной конфедерации организаций предпринимателей (работодателей) Азербайджана
business|turkish-business|@m|2008-2026|Chairman of the Azerbaijan-Türkiye Business Association|Azərbaycan-Türkiyə İşadamları Birliyinin sədri|Председатель Ассоциации бизнесменов Азербайджана и Турции
business|chamber-of-commerce|@m|2008-2026|President of the Azerbaijan Chamber of Commerce and Industry|Azərbaycan Ticarət-Sənaye Palatasının prezidenti|Президент Торгово-промышленной палаты Азербайджана
business|trade-unions|@m|2008-2026|Chairman of the Azerbaijan Trade Unions Confederation|Azərbaycan Həmkarlar İttifaqları Konfederasiyasının sədri|Председатель Конфедерации профсоюзов Азербайджана
business|british-business-group|Oliver Pemberton;Оливер Пембертон;m|2008-2026|Chair of the British Business Group in Azerbaijan|Azərbaycanda Britaniya Biznes Qrupunun sədri|Председатель Британской бизнес-группы в Азербайджане
business|hotels-association|@f|2008-2026|Chair of the Azerbaijan Hotel Association|Azərbaycan Otellər Assosiasiyasının sədri|Председатель Ассоциации отелей Азербайджана
business|it-association|@m|2012-2026|Chairman of the Board of the Azerbaijan Association of IT Companies|Azərbaycan İT Şirkətləri Assosiasiyasının idarə heyətinin sədri|Председатель правления Ассоциации IT-компаний Азербайджана
business|french-chamber|Camille Girard;Камилла Жирар;f|2008-2026|President of the French-Azerbaijani Chamber of Commerce and Industry|Fransa-Azərbaycan Ticarət və Sənaye Palatasının prezidenti|Президент Франко-Азербайджанской торгово-промышленной палаты
academic|bsu|@m|2008-2026|Rector of Baku State University|Bakı Dövlət Universitetinin rektoru|Ректор Бакинского государственного университета
academic|unec|@m|2008-2026|Rector of the Azerbaijan State University of Economics (UNEC)|Azərbaycan Dövlət İqtisad Universitetinin (UNEC) rektoru|Ректор Азербайджанского государственного экономического университета (АГЭУ)
academic|ada|@m|2008-2026|Rector of ADA University|ADA Universitetinin rektoru|Ректор Университета АДА
academic|khazar|@f|2008-2026|Rector of Khazar University|Xəzər Universitetinin rektoru|Ректор Университета Хазар
academic|public-administration-academy|@m|2008-2026|Rector of the Academy of Public Administration under the President of the Republic of Azerbaijan|Azərbaycan Respublikasının Prezidenti yanında Dövlət İdarəçilik Akademiyasının rektoru|Ректор Академии государственного управления при Президенте Азербайджанской Республики
academic|amu|@m|2008-2026|Rector of Azerbaijan Medical University|Azərbaycan Tibb Universitetinin rektoru|Ректор Азербайджанского медицинского университета
academic|asoiu|@m|2008-2026|Rector of the Azerbaijan State Oil and Industry University|Azərbaycan Dövlət Neft və Sənaye Universitetinin rektoru|Ректор Азербайджанского государственного университета нефти и промышленности
academic|gsu|@m|2008-2026|Rector of Ganja State University|Gəncə Dövlət Universitetinin rektoru|Ректор Гянджинского государственного университета
academic|ssu|@f|2008-2026|Rector of Sumgait State University|Sumqayıt Dövlət Universitetinin rektoru|Ректор Сумгайытского государственного университета
academic|languages-university|@f|2008-2026|Rector of the Azerbaijan University of Languages|Azərbaycan Dillər Universitetinin rektoru|Ректор Азербайджанского университета языков
academic|ufaz|Bernard Lefèvre;Бернар Лефевр;m|2016-2026|Rector of the French-Azerbaijani University (UFAZ)|Azərbaycan-Fransa Universitetinin (UFAZ) rektoru|Ректор Французско-Азербайджанского университета (UFAZ)
academic|karabakh-university|@m|2023-2026|Rector of Karabakh University|Qarabağ Universitetinin rektoru|Ректор Карабахского университета
academic|lsu|@m|2008-2026|Rector of Lankaran State University|Lənkəran Dövlət Universitetinin rektoru|Ректор Ленкоранского государственного университета
ngo|red-crescent|@m|2008-2026|President of the Azerbaijan Red Crescent Society|Azərbaycan Qızıl Aypara Cəmiyyətinin prezidenti|Президент Общества Красного Полумесяца Азербайджана
ngo|migration-centre|@f|2008-2026|Chair of the Migration Resource Centre Public Union|Miqrasiya Resurs Mərkəzi İctimai Birliyinin sədri|Председатель Общественного объединения «Миграционный ресурсный центр»
ngo|safe-path|@f|2008-2026|Chair of the Safe Path Public Union|Təhlükəsiz Yol İctimai Birliyinin sədri|Председатель Общественного объединения «Безопасный путь»
ngo|legal-aid-union|@m|2008-2026|Chairman of the Legal Aid for Migrants Public Union|Miqrantlara Hüquqi Yardım İctimai Birliyinin sədri|Председатель Общественного объединения «Правовая помощь мигрантам»
ngo|migrant-workers-union|@m|2008-2026|Chairman of the Union for the Protection of Migrant Workers' Rights|Miqrant İşçilərin Hüquqlarının Müdafiəsi Birliyinin sədri|Председатель Союза защиты прав трудящихся-мигрантов
ngo|women-crisis-centre|@f|2008-2026|Director of the Women's Crisis Centre|Qadınların Böhran Mərkəzinin direktoru|Директор Кризисного центра для женщин
ngo|child-rights-alliance|@f|2008-2026|Coordinator of the Alliance for Children's Rights|Uşaq Hüquqları Alyansının koordinatoru|Координатор Альянса за права детей
ngo|refugee-support-centre|@m|2008-2026|Director of the Refugee Support Centre|Qaçqınlara Dəstək Mərkəzinin direktoru|Директор Центра поддержки беженцев
ngo|journalists-union|@m|2008-2026|Chairman of the Union of Journalists of Azerbaijan|Azərbaycan Jurnalistlər Birliyinin sədri|Председатель Союза журналистов Азербайджана
ngo|hope-shelter|@f|2008-2026|Director of the Hope Shelter for Victims of Trafficking|Ümid Sığınacağının direktoru|Директор приюта «Надежда» для жертв торговли людьми
media|azertac|@m|2008-2026|Chairman of the Board of the Azerbaijan State News Agency (AZERTAC)|Azərbaycan Dövlət İnformasiya Agentliyinin (AZƏRTAC) İdarə Heyətinin sədri|Председатель правления Азербайджанского государственного информационного агентства (АЗЕРТАДЖ)
media|migration-magazine|@f|2012-2026|Editor-in-Chief of the Migration Bulletin Magazine|Miqrasiya Bülleteni Jurnalının baş redaktoru|Главный редактор журнала «Миграционный бюллетень»
`

function parsePartners(): OfficialRow[] {
  return PARTNERS.trim()
    .split('\n')
    .map((line) => {
      const [group, affiliation, name, years, roleEn, roleAz, roleRu] = line.split('|') as string[]
      const [from, to] = (years as string).split('-').map(Number) as [number, number]
      return {
        group: group as OfficialGroup,
        affiliation: affiliation as string,
        name: name as string,
        from,
        to,
        roleEn: roleEn as string,
        roleAz: roleAz as string,
        roleRu: roleRu as string,
      }
    })
}

/** Every official row except ambassadors. */
export const OFFICIAL_ROWS: readonly OfficialRow[] = [...LEADERSHIP, ...staff(), ...parsePartners()]
