/**
 * Countries with an embassy in Baku, in three languages, with the (invented)
 * ambassadors who appear in synthetic releases.
 */

/** Grammatical gender, for pronouns and Russian/Azerbaijani word forms. */
export type Gender = 'm' | 'f'

/** An ambassador: Latin name, Cyrillic name, gender, and the years in office. */
export interface EnvoyEntry {
  name: string
  cyrillic: string
  gender: Gender
  from: number
  to: number
}

/** One country of the diplomatic corps. */
export interface CountryEntry {
  /** Slug used in ids: `embassy-<slug>`. */
  slug: string
  en: string
  /** Azerbaijani name, nominative. */
  az: string
  /** Russian name, nominative. */
  ru: string
  /** Russian name, genitive ("Посольство Германии"). */
  ruGen: string
  /** How often the country's envoys appear, relative to 1. */
  weight: number
  envoys: EnvoyEntry[]
}

type Row = [slug: string, en: string, az: string, ru: string, ruGen: string, weight: number, ...envoys: string[]]

// Envoy cells: "Latin name|Cyrillic name|gender|from-to" (years inclusive).
const ROWS: Row[] = [
  ['germany', 'Germany', 'Almaniya', 'Германия', 'Германии', 4, 'Matthias Ehrlich|Маттиас Эрлих|m|2008-2016', 'Katrin Vollmer|Катрин Фолльмер|f|2017-2026'],
  ['france', 'France', 'Fransa', 'Франция', 'Франции', 3, 'Pascal Durieux|Паскаль Дюрьё|m|2008-2017', 'Hélène Marchand|Элен Маршан|f|2018-2026'],
  ['turkiye', 'Türkiye', 'Türkiyə', 'Турция', 'Турции', 5, 'Kemal Yıldırımoğlu|Кемаль Йылдырымоглу|m|2008-2015', 'Murat Ekinci|Мурат Экинджи|m|2016-2026'],
  ['russia', 'Russia', 'Rusiya', 'Россия', 'Российской Федерации', 4, 'Sergei Vorontsov|Сергей Воронцов|m|2008-2016', 'Andrei Kalmykov|Андрей Калмыков|m|2017-2026'],
  ['georgia', 'Georgia', 'Gürcüstan', 'Грузия', 'Грузии', 4, 'Levan Chkheidze|Леван Чхеидзе|m|2008-2018', 'Nino Abashidze|Нино Абашидзе|f|2019-2026'],
  ['iran', 'Iran', 'İran', 'Иран', 'Ирана', 3, 'Mahmoud Rezaei|Махмуд Резаи|m|2008-2016', 'Hossein Karimi|Хосейн Карими|m|2017-2026'],
  ['kazakhstan', 'Kazakhstan', 'Qazaxıstan', 'Казахстан', 'Казахстана', 3, 'Yerlan Nurtayev|Ерлан Нуртаев|m|2008-2026'],
  ['uzbekistan', 'Uzbekistan', 'Özbəkistan', 'Узбекистан', 'Узбекистана', 3, 'Bakhtiyor Rakhimov|Бахтиёр Рахимов|m|2008-2026'],
  ['ukraine', 'Ukraine', 'Ukrayna', 'Украина', 'Украины', 3, 'Oleksandr Kravets|Александр Кравец|m|2008-2017', 'Iryna Bondar|Ирина Бондарь|f|2018-2026'],
  ['belarus', 'Belarus', 'Belarus', 'Беларусь', 'Беларуси', 2, 'Viktor Shevchuk|Виктор Шевчук|m|2008-2026'],
  ['poland', 'Poland', 'Polşa', 'Польша', 'Польши', 2, 'Tomasz Wiśniewski|Томаш Вишневский|m|2008-2026'],
  ['italy', 'Italy', 'İtaliya', 'Италия', 'Италии', 3, 'Giulio Ferrante|Джулио Ферранте|m|2008-2017', 'Chiara Bellini|Кьяра Беллини|f|2018-2026'],
  ['spain', 'Spain', 'İspaniya', 'Испания', 'Испании', 1, 'Javier Montoya|Хавьер Монтоя|m|2008-2026'],
  ['united-kingdom', 'the United Kingdom', 'Böyük Britaniya', 'Великобритания', 'Великобритании', 3, 'Edward Haworth|Эдвард Хоуорт|m|2008-2017', 'Fiona Caldwell|Фиона Колдуэлл|f|2018-2026'],
  ['united-states', 'the United States', 'Amerika Birləşmiş Ştatları', 'США', 'США', 3, 'Richard Langford|Ричард Лэнгфорд|m|2008-2016', 'Karen Whitfield|Карен Уитфилд|f|2017-2026'],
  ['japan', 'Japan', 'Yaponiya', 'Япония', 'Японии', 2, 'Hiroshi Tanabe|Хироси Танабэ|m|2008-2026'],
  ['china', 'China', 'Çin', 'Китай', 'Китая', 2, 'Wang Jianhua|Ван Цзяньхуа|m|2008-2026'],
  ['korea', 'the Republic of Korea', 'Koreya Respublikası', 'Республика Корея', 'Республики Корея', 2, 'Park Sung-ho|Пак Сон Хо|m|2008-2026'],
  ['india', 'India', 'Hindistan', 'Индия', 'Индии', 2, 'Rajesh Malhotra|Раджеш Малхотра|m|2008-2026'],
  ['pakistan', 'Pakistan', 'Pakistan', 'Пакистан', 'Пакистана', 2, 'Imran Qureshi|Имран Куреши|m|2008-2026'],
  ['israel', 'Israel', 'İsrail', 'Израиль', 'Израиля', 2, 'Daniel Ben-Ami|Даниэль Бен-Ами|m|2008-2026'],
  ['egypt', 'Egypt', 'Misir', 'Египет', 'Египта', 1, 'Ahmed El-Sayed|Ахмед Эль-Сайед|m|2008-2026'],
  ['saudi-arabia', 'Saudi Arabia', 'Səudiyyə Ərəbistanı', 'Саудовская Аравия', 'Саудовской Аравии', 1, 'Faisal Al-Harbi|Фейсал аль-Харби|m|2008-2026'],
  ['uae', 'the United Arab Emirates', 'Birləşmiş Ərəb Əmirlikləri', 'ОАЭ', 'ОАЭ', 1, 'Khalid Al-Mansoori|Халид аль-Мансури|m|2008-2026'],
  ['qatar', 'Qatar', 'Qətər', 'Катар', 'Катара', 1, 'Hamad Al-Kuwari|Хамад аль-Кувари|m|2008-2026'],
  ['kuwait', 'Kuwait', 'Küveyt', 'Кувейт', 'Кувейта', 1, 'Nasser Al-Ajmi|Насер аль-Аджми|m|2008-2026'],
  ['jordan', 'Jordan', 'İordaniya', 'Иордания', 'Иордании', 1, 'Omar Haddad|Омар Хаддад|m|2008-2026'],
  ['netherlands', 'the Netherlands', 'Niderland', 'Нидерланды', 'Нидерландов', 2, 'Pieter van Dam|Питер ван Дам|m|2008-2026'],
  ['canada', 'Canada', 'Kanada', 'Канада', 'Канады', 1, 'Laura McAllister|Лора Макаллистер|f|2008-2026'],
  ['estonia', 'Estonia', 'Estoniya', 'Эстония', 'Эстонии', 1, 'Margus Tamm|Маргус Тамм|m|2008-2026'],
  ['lithuania', 'Lithuania', 'Litva', 'Литва', 'Литвы', 2, 'Darius Petrauskas|Дариус Петраускас|m|2008-2026'],
  ['latvia', 'Latvia', 'Latviya', 'Латвия', 'Латвии', 1, 'Ilze Ozola|Илзе Озола|f|2008-2026'],
  ['finland', 'Finland', 'Finlandiya', 'Финляндия', 'Финляндии', 1, 'Jukka Lehtonen|Юкка Лехтонен|m|2008-2026'],
  ['sweden', 'Sweden', 'İsveç', 'Швеция', 'Швеции', 1, 'Anna Lindqvist|Анна Линдквист|f|2008-2026'],
  ['norway', 'Norway', 'Norveç', 'Норвегия', 'Норвегии', 1, 'Erik Haugland|Эрик Хаугланд|m|2008-2026'],
  ['denmark', 'Denmark', 'Danimarka', 'Дания', 'Дании', 1, 'Lars Kjærgaard|Ларс Кьергор|m|2008-2026'],
  ['hungary', 'Hungary', 'Macarıstan', 'Венгрия', 'Венгрии', 2, 'Gábor Szalai|Габор Салаи|m|2008-2026'],
  ['czechia', 'the Czech Republic', 'Çexiya', 'Чехия', 'Чехии', 1, 'Tomáš Novák|Томаш Новак|m|2008-2026'],
  ['slovakia', 'Slovakia', 'Slovakiya', 'Словакия', 'Словакии', 1, 'Martin Kováčik|Мартин Ковачик|m|2008-2026'],
  ['romania', 'Romania', 'Rumıniya', 'Румыния', 'Румынии', 2, 'Adrian Popescu|Адриан Попеску|m|2008-2026'],
  ['bulgaria', 'Bulgaria', 'Bolqarıstan', 'Болгария', 'Болгарии', 1, 'Stefan Dimitrov|Стефан Димитров|m|2008-2026'],
  ['serbia', 'Serbia', 'Serbiya', 'Сербия', 'Сербии', 1, 'Dragan Marković|Драган Маркович|m|2008-2026'],
  ['croatia', 'Croatia', 'Xorvatiya', 'Хорватия', 'Хорватии', 1, 'Ivana Horvat|Ивана Хорват|f|2008-2026'],
  ['greece', 'Greece', 'Yunanıstan', 'Греция', 'Греции', 1, 'Nikos Papadakis|Никос Пападакис|m|2008-2026'],
  ['austria', 'Austria', 'Avstriya', 'Австрия', 'Австрии', 2, 'Wolfgang Huber|Вольфганг Хубер|m|2008-2026'],
  ['switzerland', 'Switzerland', 'İsveçrə', 'Швейцария', 'Швейцарии', 2, 'Beat Zürcher|Беат Цюрхер|m|2008-2026'],
  ['belgium', 'Belgium', 'Belçika', 'Бельгия', 'Бельгии', 1, 'Luc Vermeulen|Люк Вермёлен|m|2008-2026'],
  ['portugal', 'Portugal', 'Portuqaliya', 'Португалия', 'Португалии', 1, 'João Carvalho|Жуан Карвалью|m|2008-2026'],
  ['ireland', 'Ireland', 'İrlandiya', 'Ирландия', 'Ирландии', 1, 'Siobhán Byrne|Шивон Бирн|f|2008-2026'],
  ['moldova', 'Moldova', 'Moldova', 'Молдова', 'Молдовы', 2, 'Vasile Ciobanu|Василе Чобану|m|2008-2026'],
  ['kyrgyzstan', 'Kyrgyzstan', 'Qırğızıstan', 'Кыргызстан', 'Кыргызстана', 2, 'Almazbek Toktogulov|Алмазбек Токтогулов|m|2008-2026'],
  ['tajikistan', 'Tajikistan', 'Tacikistan', 'Таджикистан', 'Таджикистана', 2, 'Rustam Nazarov|Рустам Назаров|m|2008-2026'],
  ['turkmenistan', 'Turkmenistan', 'Türkmənistan', 'Туркменистан', 'Туркменистана', 2, 'Gurbanmyrat Atayev|Гурбанмырат Атаев|m|2008-2026'],
  ['afghanistan', 'Afghanistan', 'Əfqanıstan', 'Афганистан', 'Афганистана', 1, 'Ahmad Wali Sadiqi|Ахмад Вали Садики|m|2008-2021'],
  ['bangladesh', 'Bangladesh', 'Banqladeş', 'Бангладеш', 'Бангладеш', 1, 'Mohammad Rahman|Мохаммад Рахман|m|2008-2026'],
  ['iraq', 'Iraq', 'İraq', 'Ирак', 'Ирака', 1, 'Ali Al-Jubouri|Али аль-Джубури|m|2008-2026'],
  ['libya', 'Libya', 'Liviya', 'Ливия', 'Ливии', 1, 'Mustafa Ben Omran|Мустафа Бен Омран|m|2008-2026'],
  ['algeria', 'Algeria', 'Əlcəzair', 'Алжир', 'Алжира', 1, 'Karim Belkacem|Карим Белкасем|m|2008-2026'],
  ['morocco', 'Morocco', 'Mərakeş', 'Марокко', 'Марокко', 1, 'Youssef Bennani|Юсеф Беннани|m|2008-2026'],
  ['tunisia', 'Tunisia', 'Tunis', 'Тунис', 'Туниса', 1, 'Hichem Jebali|Хишем Джебали|m|2008-2026'],
  ['nigeria', 'Nigeria', 'Nigeriya', 'Нигерия', 'Нигерии', 1, 'Chinedu Okafor|Чинеду Окафор|m|2008-2026'],
  ['south-africa', 'South Africa', 'Cənubi Afrika Respublikası', 'ЮАР', 'ЮАР', 1, 'Thabo Nkosi|Табо Нкоси|m|2008-2026'],
  ['brazil', 'Brazil', 'Braziliya', 'Бразилия', 'Бразилии', 1, 'Rodrigo Almeida|Родригу Алмейда|m|2008-2026'],
  ['argentina', 'Argentina', 'Argentina', 'Аргентина', 'Аргентины', 1, 'Martín Echeverría|Мартин Эчеверрия|m|2008-2026'],
  ['mexico', 'Mexico', 'Meksika', 'Мексика', 'Мексики', 1, 'Alejandra Ruiz|Алехандра Руис|f|2008-2026'],
  ['cuba', 'Cuba', 'Kuba', 'Куба', 'Кубы', 1, 'Raúl Cabrera|Рауль Кабрера|m|2008-2026'],
  ['vietnam', 'Vietnam', 'Vyetnam', 'Вьетнам', 'Вьетнама', 1, 'Nguyen Van Thanh|Нгуен Ван Тхань|m|2008-2026'],
  ['indonesia', 'Indonesia', 'İndoneziya', 'Индонезия', 'Индонезии', 1, 'Budi Santoso|Буди Сантосо|m|2008-2026'],
  ['malaysia', 'Malaysia', 'Malayziya', 'Малайзия', 'Малайзии', 1, 'Azlan Ibrahim|Азлан Ибрагим|m|2008-2026'],
  ['thailand', 'Thailand', 'Tailand', 'Таиланд', 'Таиланда', 1, 'Somchai Wongsakul|Сомчай Вонгсакул|m|2008-2026'],
  ['philippines', 'the Philippines', 'Filippin', 'Филиппины', 'Филиппин', 1, 'Maria Santos-Reyes|Мария Сантос-Рейес|f|2008-2026'],
  ['australia', 'Australia', 'Avstraliya', 'Австралия', 'Австралии', 1, 'James Thornton|Джеймс Торнтон|m|2008-2026'],
  ['mongolia', 'Mongolia', 'Monqolustan', 'Монголия', 'Монголии', 1, 'Batbayar Ganbold|Батбаяр Ганболд|m|2008-2026'],
  ['oman', 'Oman', 'Oman', 'Оман', 'Омана', 1, 'Said Al-Busaidi|Саид аль-Бусаиди|m|2008-2026'],
  ['bahrain', 'Bahrain', 'Bəhreyn', 'Бахрейн', 'Бахрейна', 1, 'Yousif Al-Khalifa|Юсиф аль-Халифа|m|2008-2026'],
  ['sudan', 'Sudan', 'Sudan', 'Судан', 'Судана', 1, 'Osman Abdelrahim|Осман Абдельрахим|m|2008-2026'],
  ['kenya', 'Kenya', 'Keniya', 'Кения', 'Кении', 1, 'Grace Wanjiru|Грейс Ванджиру|f|2008-2026'],
  ['slovenia', 'Slovenia', 'Sloveniya', 'Словения', 'Словении', 1, 'Janez Kranjc|Янез Краньц|m|2008-2026'],
  ['bosnia', 'Bosnia and Herzegovina', 'Bosniya və Herseqovina', 'Босния и Герцеговина', 'Боснии и Герцеговины', 1, 'Emir Hadžić|Эмир Хаджич|m|2008-2026'],
  ['north-macedonia', 'North Macedonia', 'Şimali Makedoniya', 'Северная Македония', 'Северной Македонии', 1, 'Goran Trajkovski|Горан Трайковски|m|2008-2026'],
  ['albania', 'Albania', 'Albaniya', 'Албания', 'Албании', 1, 'Arben Hoxha|Арбен Ходжа|m|2008-2026'],
  ['montenegro', 'Montenegro', 'Monteneqro', 'Черногория', 'Черногории', 1, 'Milica Vuković|Милица Вукович|f|2008-2026'],
  ['luxembourg', 'Luxembourg', 'Lüksemburq', 'Люксембург', 'Люксембурга', 1, 'Claude Weber|Клод Вебер|m|2008-2026'],
  ['malta', 'Malta', 'Malta', 'Мальта', 'Мальты', 1, 'Joseph Camilleri|Джозеф Камиллери|m|2008-2026'],
]

function parseEnvoy(cell: string): EnvoyEntry {
  const [name, cyrillic, gender, years] = cell.split('|') as [string, string, string, string]
  const [from, to] = years.split('-').map(Number) as [number, number]
  return { name, cyrillic, gender: gender === 'f' ? 'f' : 'm', from, to }
}

/** Every country of the table, in table order. */
export const COUNTRIES: readonly CountryEntry[] = ROWS.map(([slug, en, az, ru, ruGen, weight, ...envoys]) => ({
  slug,
  en,
  az,
  ru,
  ruGen,
  weight,
  envoys: envoys.map(parseEnvoy),
}))
