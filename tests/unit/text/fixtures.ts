/** Short release-like passages in the three corpus languages, written for these tests. */

export const AZ_TEXT =
  'Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynov Beynəlxalq Miqrasiya Təşkilatının ölkəmizdəki ' +
  'nümayəndəliyinin rəhbəri ilə görüşüb. Görüşdə əmək miqrasiyası sahəsində əməkdaşlığın ' +
  'genişləndirilməsi məsələləri müzakirə olunub.\n\nXidmətin rəis müavini Şərifov qeyd edib ki, ' +
  'əcnəbilərin qanuni yaşaması üçün şərait yaradılıb.'

export const RU_TEXT =
  'Начальник Государственной миграционной службы Вусал Гусейнов встретился с руководителем ' +
  'представительства Международной организации по миграции (МОМ). Стороны обсудили вопросы ' +
  'трудовой миграции и защиты прав мигрантов. Заместитель начальника службы Джавид Халилов ' +
  'отметил важность сотрудничества.'

export const EN_TEXT =
  'The chief of the State Migration Service, Vusal Huseynov, met the head of the IOM office. ' +
  'The parties discussed labour migration and the protection of migrant workers. Deputy chief ' +
  'Javid Khalilov noted that temporary residence permits for foreigners are now issued online.\n\n' +
  'In 2020, the Service issued more permits than in any year before, despite the COVID-19 pandemic.'
