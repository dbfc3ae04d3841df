/**
 * Subject areas of the migration press office, with their names in three
 * languages and the talking points English releases draw on.
 *
 * A point is a clause that reads after "He noted that …"; points never name
 * an organisation or person, so they cannot add unlisted references.
 */

/** One topic of the synthetic archive. */
export interface TopicEntry {
  id: string
  name: string
  az: string
  ru: string
  /** Russian genitive, for "в сфере …". */
  ruGen: string
  /** Lower-case phrase for running English text: "in the field of …". */
  phrase: string
  /** Clauses for "X noted that …". */
  points: readonly string[]
  /** Years the topic can appear, inclusive. */
  years?: readonly [number, number]
}

/** Every topic, in table order. */
export const TOPICS: readonly TopicEntry[] = [
  {
    id: 'labour-migration', name: 'Labour migration', az: 'Əmək miqrasiyası', ru: 'Трудовая миграция', ruGen: 'трудовой миграции',
    phrase: 'labour migration',
    points: [
      'the demand for foreign workers in construction, energy and hospitality has changed noticeably over the past few years',
      'employers are expected to plan their needs for foreign labour in advance and to apply within the deadlines set by law',
      'quotas for labour migration are set each year on the basis of an analysis of the national labour market',
      'the rights of migrant workers, including decent working conditions and timely payment of wages, remain under constant control',
      'circular labour migration schemes could benefit both the countries of origin and the countries of destination',
      'regular consultations with employers help to identify the professions in which foreign specialists are most needed',
    ],
  },
  {
    id: 'legal-residence', name: 'Legal residence of foreigners', az: 'Əcnəbilərin qanuni yaşaması', ru: 'Законное проживание иностранцев', ruGen: 'законного проживания иностранцев',
    phrase: 'the legal residence of foreigners',
    points: [
      'foreigners and stateless persons may apply for temporary or permanent residence permits on the grounds set out in the Migration Code',
      'the procedures for extending the period of temporary stay have been simplified and the number of required documents reduced',
      'applications for permanent residence are considered within the time limits established by legislation',
      'a foreigner who has lived legally in the country for at least two years on the basis of a temporary residence permit may apply for permanent residence',
      'clear information on the rights and obligations of foreigners is essential for preventing unintentional violations of the rules of stay',
    ],
  },
  {
    id: 'work-permits', name: 'Work permits', az: 'İş icazələri', ru: 'Разрешения на работу', ruGen: 'разрешений на работу',
    phrase: 'the issuance of work permits',
    points: [
      'applications for work permits are now accepted electronically and the employer is informed of the decision online',
      'the list of categories of foreigners exempt from the work permit requirement has been expanded',
      'a work permit is issued for a period of up to one year and may be extended several times',
      'the fee for a work permit depends on its period of validity and is paid through electronic payment systems',
      'employers who engage foreign workers without a permit bear administrative responsibility under the law',
    ],
  },
  {
    id: 'citizenship', name: 'Citizenship', az: 'Vətəndaşlıq', ru: 'Гражданство', ruGen: 'гражданства',
    phrase: 'citizenship matters',
    points: [
      'applications for admission to citizenship are examined carefully and submitted for consideration in accordance with the established procedure',
      'the simplified procedure for restoring citizenship applies to persons who had previously held the citizenship of the country',
      'knowledge of the state language and of the Constitution is among the conditions for admission to citizenship',
      'determining the citizenship of persons whose documents were issued in the former Soviet period remains a sensitive task',
      'every application is handled individually, taking the interests of families and children into account',
    ],
  },
  {
    id: 'readmission', name: 'Readmission', az: 'Readmissiya', ru: 'Реадмиссия', ruGen: 'реадмиссии',
    phrase: 'readmission',
    points: [
      'the readmission agreement has been implemented consistently since its entry into force',
      'readmission requests are examined within the deadlines set in the agreement and the implementing protocol',
      'the electronic readmission case management system has shortened the time needed to process each request',
      'the protection of the rights of persons returned under readmission procedures is a priority for both sides',
      'exchanging information on identity documents is essential for the effective implementation of readmission procedures',
    ],
  },
  {
    id: 'illegal-migration', name: 'Illegal migration', az: 'Qanunsuz miqrasiya', ru: 'Незаконная миграция', ruGen: 'незаконной миграции',
    phrase: 'the fight against illegal migration',
    points: [
      'operational and preventive measures against illegal migration are carried out regularly across the country',
      'foreigners who violate the rules of stay are held administratively liable and in some cases expelled from the country',
      'the detention centre for illegal migrants meets international standards on the treatment of detained persons',
      'risk analysis makes it possible to direct inspections to the sectors where illegal employment is most frequent',
      'the exchange of information with partner countries is essential for tackling irregular migration routes',
    ],
  },
  {
    id: 'human-trafficking', name: 'Human trafficking', az: 'İnsan alveri', ru: 'Торговля людьми', ruGen: 'торговли людьми',
    phrase: 'the fight against human trafficking',
    points: [
      'early identification of possible victims of human trafficking among migrants is a key task for every front-line officer',
      'victims of trafficking are referred to shelters and receive legal, medical and psychological assistance',
      'the National Action Plan on combating trafficking in human beings sets concrete tasks for each state body',
      'labour exploitation has become the most common form of trafficking detected among foreign workers',
      'foreigners recognised as victims of trafficking may be granted a temporary residence permit regardless of their status',
    ],
  },
  {
    id: 'refugees-asylum', name: 'Refugees and asylum', az: 'Qaçqınlar və sığınacaq', ru: 'Беженцы и убежище', ruGen: 'беженцев и убежища',
    phrase: 'refugee status determination',
    points: [
      'applications for refugee status are examined individually, with interpreters provided where necessary',
      'asylum seekers receive a certificate that confirms their legal stay while their application is under consideration',
      'the quality of refugee status determination procedures has improved thanks to the joint training of interviewers',
      'the principle of non-refoulement is respected at every stage of the asylum procedure',
      'recognised refugees have access to employment, education and medical care on an equal footing',
    ],
  },
  {
    id: 'statelessness', name: 'Statelessness', az: 'Vətəndaşlığı olmayan şəxslər', ru: 'Безгражданство', ruGen: 'безгражданства',
    phrase: 'the reduction of statelessness',
    points: [
      'the identification and documentation of stateless persons living in the country has continued',
      'persons whose citizenship was undetermined have been documented as citizens after checks of their records',
      'preventing statelessness at birth is one of the goals of the current legislation',
      'stateless persons holding residence permits enjoy the same social rights as foreigners',
    ],
  },
  {
    id: 'covid-19', name: 'COVID-19', az: 'COVID-19 pandemiyası', ru: 'Пандемия COVID-19', ruGen: 'пандемии COVID-19',
    phrase: 'the response to the COVID-19 pandemic',
    years: [2020, 2022],
    points: [
      'the restrictions on international border crossings imposed during the pandemic created difficulties for many foreigners outside their countries of origin',
      'the period of temporary stay of foreigners unable to leave the country because of the pandemic has been extended',
      'the reception of applications was moved online so that citizens and foreigners would not have to visit service halls',
      'the protection of the life and health of migrant workers was set as a top priority during the pandemic',
      'the decisions of the Task Force were applied promptly so that foreigners would not fall into an irregular situation',
    ],
  },
  {
    id: 'e-services', name: 'E-services', az: 'Elektron xidmətlər', ru: 'Электронные услуги', ruGen: 'электронных услуг',
    phrase: 'electronic services',
    points: [
      'most migration services are now available online through the electronic portal without a visit to the Service',
      'applicants can follow the status of their application in real time and receive notifications by e-mail and text message',
      'the electronic queue system has reduced waiting times in the service halls considerably',
      'integration with other state information systems allows the Service to obtain documents without asking the applicant for them',
      'the mobile application lets foreigners register at their place of stay within minutes',
    ],
  },
  {
    id: 'migration-statistics', name: 'Migration statistics', az: 'Miqrasiya statistikası', ru: 'Миграционная статистика', ruGen: 'миграционной статистики',
    phrase: 'migration statistics',
    points: [
      'reliable migration statistics are the basis for evidence-based migration policy',
      'data on residence and work permits are published regularly in line with international recommendations',
      'the Unified Migration Information System collects data from all the bodies involved in migration management',
      'statistical indicators are disaggregated by sex, age and country of citizenship',
    ],
  },
  {
    id: 'capacity-building', name: 'Training and capacity building', az: 'Təlim və potensialın gücləndirilməsi', ru: 'Обучение и укрепление потенциала', ruGen: 'обучения и укрепления потенциала',
    phrase: 'the training of staff',
    points: [
      'the Training Centre of the Service organises regular courses for staff of all structural units',
      'the professional development of employees is directly linked to the quality of the services provided to citizens and foreigners',
      'study visits to partner countries have helped staff to learn best practices in migration management',
      'trainings on document security and interviewing techniques are in high demand among front-line staff',
      'distance learning modules allow staff of regional departments to take part in courses without leaving their duty stations',
    ],
  },
  {
    id: 'return-reintegration', name: 'Return and reintegration', az: 'Geri qayıdış və reinteqrasiya', ru: 'Возвращение и реинтеграция', ruGen: 'возвращения и реинтеграции',
    phrase: 'return and reintegration',
    points: [
      'assisted voluntary return programmes offer migrants a dignified alternative to forced removal',
      'returning citizens receive advice on employment, housing and access to social services',
      'reintegration grants have helped returnees to open small businesses in their home regions',
      'cooperation with countries of destination makes it possible to prepare the return of citizens in advance',
    ],
  },
  {
    id: 'border-management', name: 'Border management', az: 'Sərhəd idarəçiliyi', ru: 'Управление границами', ruGen: 'управления границами',
    phrase: 'integrated border management',
    points: [
      'the exchange of data on border crossings makes it possible to monitor compliance with the periods of stay',
      'integrated border management requires close coordination between all the agencies present at the border',
      'modern equipment for detecting forged documents has been installed at the main checkpoints',
      'the flow of passengers through the international airports has grown considerably in recent years',
    ],
  },
  {
    id: 'visa-policy', name: 'Visa policy', az: 'Viza siyasəti', ru: 'Визовая политика', ruGen: 'визовой политики',
    phrase: 'visa facilitation',
    points: [
      'the visa facilitation agreement has made it easier for students, business people and journalists to travel',
      'the electronic visa can be obtained within three working days without visiting a consulate',
      'citizens of a growing number of countries may obtain visas on arrival at the international airports',
      'the simplification of visa procedures has contributed to the growth of tourism and business contacts',
    ],
  },
  {
    id: 'diaspora', name: 'Diaspora', az: 'Diaspor', ru: 'Диаспора', ruGen: 'диаспоры',
    phrase: 'work with the diaspora',
    points: [
      'compatriots living abroad are kept informed about the procedures for documentation and return',
      'diaspora organisations are important partners in raising awareness of safe and legal migration',
      'the simplified procedures for compatriots wishing to settle in the country have been widely used',
      'young people of the diaspora show growing interest in studying and working in the country',
    ],
  },
  {
    id: 'integration', name: 'Integration of migrants', az: 'Miqrantların inteqrasiyası', ru: 'Интеграция мигрантов', ruGen: 'интеграции мигрантов',
    phrase: 'the integration of migrants',
    points: [
      'free language courses help foreigners who have settled in the country to integrate into society',
      'information sessions on the culture, history and laws of the country are held for newly arrived foreigners',
      'the successful integration of migrants depends on the joint efforts of the state, civil society and local communities',
      'children of migrants are admitted to schools regardless of the residence status of their parents',
    ],
  },
  {
    id: 'data-protection', name: 'Personal data protection', az: 'Fərdi məlumatların qorunması', ru: 'Защита персональных данных', ruGen: 'защиты персональных данных',
    phrase: 'the protection of personal data',
    points: [
      'access to the personal data of applicants is strictly limited and every request is logged',
      'the exchange of personal data with foreign partners takes place only on the basis of international agreements',
      'the information systems of the Service have been audited for compliance with data protection requirements',
      'applicants are informed about the purpose for which their personal data are processed',
    ],
  },
  {
    id: 'registration', name: 'Registration at the place of stay', az: 'Yaşayış yeri üzrə qeydiyyat', ru: 'Регистрация по месту пребывания', ruGen: 'регистрации по месту пребывания',
    phrase: 'registration at the place of stay',
    points: [
      'foreigners staying in the country for more than fifteen days must be registered at their place of stay',
      'hotels and other accommodation providers register their foreign guests electronically',
      'the owner of the premises where a foreigner stays is responsible for submitting the registration on time',
      'registration can be completed online, through the mobile application or in the service halls',
    ],
  },
  {
    id: 'migration-legislation', name: 'Migration legislation', az: 'Miqrasiya qanunvericiliği', ru: 'Миграционное законодательство', ruGen: 'миграционного законодательства',
    phrase: 'the improvement of migration legislation',
    points: [
      'the amendments to the Migration Code are aimed at simplifying procedures and strengthening the protection of the rights of migrants',
      'draft laws in the field of migration are discussed with civil society and international partners before adoption',
      'the legislation is regularly reviewed in light of international standards and practical experience',
      'the new rules clarify the grounds on which residence permits may be refused or cancelled',
    ],
  },
  {
    id: 'migration-development', name: 'Migration and development', az: 'Miqrasiya və inkişaf', ru: 'Миграция и развитие', ruGen: 'миграции и развития',
    phrase: 'migration and development',
    points: [
      'well-managed migration can make a significant contribution to the economic development of the country',
      'the skills and experience brought by returning migrants are a valuable resource for the regions',
      'migration policy is closely linked to the goals of the national development strategy',
      'the Global Compact for Safe, Orderly and Regular Migration provides a useful framework for national action',
    ],
  },
  {
    id: 'foreign-students', name: 'Foreign students', az: 'Əcnəbi tələbələr', ru: 'Иностранные студенты', ruGen: 'иностранных студентов',
    phrase: 'the stay of foreign students',
    points: [
      'the number of foreign students enrolled at universities of the country has grown steadily',
      'foreign students receive temporary residence permits for the full period of their studies',
      'universities are responsible for informing the Service about the enrolment and expulsion of foreign students',
      'graduates who wish to stay and work in the country may change the grounds of their residence without leaving it',
    ],
  },
  {
    id: 'family-reunification', name: 'Family reunification', az: 'Ailənin birləşdirilməsi', ru: 'Воссоединение семей', ruGen: 'воссоединения семей',
    phrase: 'family reunification',
    points: [
      'family members of foreigners holding residence permits may apply for residence on the grounds of family reunification',
      'applications involving children are given priority and examined in the shortest possible time',
      'the documents required for family reunification have been reduced to the minimum necessary',
    ],
  },
  {
    id: 'migrant-children', name: 'Migrant children', az: 'Miqrant uşaqlar', ru: 'Дети-мигранты', ruGen: 'детей-мигрантов',
    phrase: 'the protection of migrant children',
    points: [
      'the best interests of the child are the primary consideration in every decision concerning migrant children',
      'unaccompanied minors are placed under the care of the guardianship authorities and never held in detention',
      'the birth registration of children born to foreigners in the country has been simplified',
    ],
  },
  {
    id: 'women-migration', name: 'Women and migration', az: 'Qadınlar və miqrasiya', ru: 'Женщины и миграция', ruGen: 'женщин и миграции',
    phrase: 'the situation of women migrants',
    points: [
      'women migrants are particularly vulnerable to exploitation in domestic work and the service sector',
      'gender-sensitive approaches are being introduced into all stages of the migration process',
      'hotlines provide women migrants with confidential advice on their rights',
    ],
  },
  {
    id: 'public-awareness', name: 'Public awareness', az: 'İctimai maarifləndirmə', ru: 'Информирование населения', ruGen: 'информирования населения',
    phrase: 'raising public awareness',
    points: [
      'awareness campaigns warn citizens about the risks of irregular migration and offers of illegal employment abroad',
      'the call centre of the Service answers thousands of questions from citizens and foreigners every month',
      'information leaflets in several languages are distributed at airports, border checkpoints and service halls',
      'regular meetings with journalists help to deliver accurate information on migration issues to the public',
    ],
  },
  {
    id: 'transparency', name: 'Transparency and anti-corruption', az: 'Şəffaflıq və korrupsiyaya qarşı mübarizə', ru: 'Прозрачность и борьба с коррупцией', ruGen: 'прозрачности и борьбы с коррупцией',
    phrase: 'transparency and the prevention of corruption',
    points: [
      'the transfer of services to electronic form has removed direct contact between officials and applicants',
      'every complaint about the conduct of staff is examined and the applicant is informed of the outcome',
      'the anti-corruption action plan of the Service is implemented and its results are made public',
    ],
  },
  {
    id: 'service-quality', name: 'Quality of public services', az: 'Dövlət xidmətlərinin keyfiyyəti', ru: 'Качество государственных услуг', ruGen: 'качества государственных услуг',
    phrase: 'the quality of public services',
    points: [
      'applicant satisfaction surveys show a steady improvement in the quality of services',
      'the principle of a single window allows applicants to obtain several services in one visit',
      'service halls have been adapted to the needs of persons with disabilities',
      'the standards of service delivery set clear time limits for every procedure',
    ],
  },
  {
    id: 'biometrics', name: 'Biometric data and documents', az: 'Biometrik məlumatlar və sənədlər', ru: 'Биометрические данные и документы', ruGen: 'биометрических данных и документов',
    phrase: 'biometric documents',
    points: [
      'residence permits are issued as biometric cards with enhanced security features',
      'the collection of fingerprints and photographs takes only a few minutes at the service halls',
      'biometric verification has made it considerably harder to use forged or borrowed documents',
    ],
  },
  {
    id: 'migrant-health', name: 'Migrant health', az: 'Miqrantların sağlamlığı', ru: 'Здоровье мигрантов', ruGen: 'здоровья мигрантов',
    phrase: 'the health of migrants',
    points: [
      'foreign workers undergo a medical examination as part of the work permit procedure',
      'access to emergency medical care is guaranteed to every person regardless of migration status',
      'health insurance for migrant workers is being discussed with employers and insurers',
    ],
  },
  {
    id: 'migration-research', name: 'Migration research', az: 'Miqrasiya tədqiqatları', ru: 'Миграционные исследования', ruGen: 'миграционных исследований',
    phrase: 'migration research',
    points: [
      'joint research with universities helps to understand the motives and needs of migrants',
      'the findings of the survey of labour migrants will be used in drafting the next migration policy document',
      'students in law, economics and international relations show strong interest in migration studies',
    ],
  },
  {
    id: 'climate-migration', name: 'Climate and migration', az: 'İqlim və miqrasiya', ru: 'Климат и миграция', ruGen: 'климата и миграции',
    phrase: 'the links between climate change and migration',
    points: [
      'environmental change is expected to play a growing role in internal and international migration',
      'water scarcity and land degradation in rural areas may push more people to move to cities',
      'climate-related mobility should be taken into account in national development planning',
    ],
  },
  {
    id: 'internally-displaced', name: 'Internally displaced persons', az: 'Məcburi köçkünlər', ru: 'Вынужденные переселенцы', ruGen: 'вынужденных переселенцев',
    phrase: 'the situation of internally displaced persons',
    points: [
      'hundreds of thousands of internally displaced persons have been provided with housing and social support',
      'the documentation of internally displaced persons is carried out free of charge',
      'the safe and dignified return of internally displaced persons to their native lands is a national priority',
    ],
  },
  {
    id: 'regional-cooperation', name: 'Regional cooperation', az: 'Regional əməkdaşlıq', ru: 'Региональное сотрудничество', ruGen: 'регионального сотрудничества',
    phrase: 'regional cooperation on migration',
    points: [
      'migration flows in the region can only be managed effectively through joint efforts of neighbouring countries',
      'regional consultative processes offer a useful platform for exchanging experience',
      'the harmonisation of migration data across the region would support joint analysis of trends',
    ],
  },
  {
    id: 'investor-residence', name: 'Investors and business migration', az: 'İnvestorlar və biznes miqrasiyası', ru: 'Инвесторы и бизнес-миграция', ruGen: 'инвесторов и бизнес-миграции',
    phrase: 'the residence of foreign investors',
    points: [
      'foreign investors who invest in the economy above the threshold set by law may obtain a residence permit',
      'simplified procedures for business travellers support the development of trade and investment ties',
      'foreign entrepreneurs can now submit all the documents for residence online',
    ],
  },
  {
    id: 'qualified-specialists', name: 'Highly qualified specialists', az: 'Yüksək ixtisaslı mütəxəssislər', ru: 'Высококвалифицированные специалисты', ruGen: 'высококвалифицированных специалистов',
    phrase: 'attracting highly qualified specialists',
    points: [
      'highly qualified specialists are exempt from quotas and receive permits under an accelerated procedure',
      'the demand for foreign engineers and IT specialists continues to grow',
      'attracting qualified specialists should go hand in hand with training local personnel',
    ],
  },
  {
    id: 'tourism-short-stays', name: 'Tourism and short stays', az: 'Turizm və qısamüddətli səfərlər', ru: 'Туризм и краткосрочное пребывание', ruGen: 'туризма и краткосрочного пребывания',
    phrase: 'short-term stays and tourism',
    points: [
      'the number of foreign tourists visiting the country has increased markedly',
      'tourists are advised to check the permitted period of stay printed on their visa',
      'the rules of stay for participants in international sporting and cultural events have been simplified',
    ],
  },
  {
    id: 'youth', name: 'Youth and migration', az: 'Gənclər və miqrasiya', ru: 'Молодёжь и миграция', ruGen: 'молодёжи и миграции',
    phrase: 'young people and migration',
    points: [
      'young people are the group most interested in studying and working abroad',
      'schoolchildren and students take part in competitions on the theme of safe migration',
      'internships at the Service give students practical experience of public administration',
    ],
  },
  {
    id: 'international-cooperation', name: 'International cooperation', az: 'Beynəlxalq əməkdaşlıq', ru: 'Международное сотрудничество', ruGen: 'международного сотрудничества',
    phrase: 'international cooperation in the field of migration',
    points: [
      'the Service maintains cooperation with migration bodies of more than forty countries',
      'joint projects with international partners have strengthened the institutional capacity of the Service',
      'international cooperation is essential because no country can manage migration on its own',
      'the experience of the country in migration management has attracted the interest of foreign partners',
    ],
  },
]

/** Topics by id. */
export const TOPIC_BY_ID: ReadonlyMap<string, TopicEntry> = new Map(TOPICS.map((t) => [t.id, t]))
