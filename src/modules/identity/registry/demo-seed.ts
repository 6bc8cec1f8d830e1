/**
 * Demo data for the local registries: people, sole proprietors and companies in Aktobe, Taraz
 * (Zhambyl region), Oskemen (Ust-Kamenogorsk) and Almaty region, and notarized powers of
 * attorney. Every IIN and BIN is made by makeIin / makeBin, so each is valid and each person's
 * IIN encodes their birth date and sex. Demo accounts and tests refer to entries by key
 * (`demoPersons.aliya.iin`), never by copying a number. None of these people or companies is
 * real; any likeness to a real IIN or BIN is chance.
 */
import { makeBin, makeIin, type Sex } from '../iin.ts'
import type {
  CompanyRecord,
  LocalizedText,
  PersonRecord,
  PowerOfAttorneyRecord,
  RegistrySeed,
  SoleProprietorRecord,
} from './types.ts'

type Seeded<T> = T & { key: string }

// `name` is "Last First Patronymic", as the Individuals database orders it (the patronymic
// may be missing); `born` is the birth date, sex and IIN serial that makeIin needs.
function person(
  key: string,
  name: string,
  [birthDate, sex, serial]: [string, Sex, number],
  address: LocalizedText,
): Seeded<PersonRecord> {
  const [lastName = '', firstName = '', middleName] = name.split(' ')
  const names = middleName === undefined
    ? { lastName, firstName }
    : { lastName, firstName, middleName }
  return { key, iin: makeIin({ birthDate, sex, serial }), ...names, birthDate, address }
}

/** Full name in the official order: last name, first name, patronymic if any. */
export function fullName(p: PersonRecord): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ')
}

/** The seeded people, by key. */
export const demoPersons = {
  aliya: person('aliya', 'Сәрсенова Әлия Нұрланқызы', ['1988-03-14', 'female', 12], {
    kk: 'Ақтөбе қаласы, Әбілқайыр хан даңғылы, 56-үй, 12-пәтер',
    ru: 'г. Актобе, проспект Абулхаир хана, д. 56, кв. 12',
  }),
  ergali: person('ergali', 'Жұмабаев Ерғали Төлеуұлы', ['1975-11-02', 'male', 30], {
    kk: 'Тараз қаласы, Төле би көшесі, 21-үй',
    ru: 'г. Тараз, ул. Толе би, д. 21',
  }),
  gulnar: person('gulnar', 'Оспанова Гүлнар Серікқызы', ['1992-06-25', 'female', 407], {
    kk: 'Өскемен қаласы, Қазақстан көшесі, 64-үй, 5-пәтер',
    ru: 'г. Усть-Каменогорск, ул. Казахстан, д. 64, кв. 5',
  }),
  nurlan: person('nurlan', 'Қасымов Нұрлан Бағдатұлы', ['1969-01-30', 'male', 215], {
    kk: 'Алматы облысы, Талғар ауданы, Талғар қаласы, Д. Қонаев көшесі, 45-үй',
    ru: 'Алматинская область, Талгарский район, г. Талгар, ул. Д. Кунаева, д. 45',
  }),
  dana: person('dana', 'Әбдірахманова Дана Маратқызы', ['2001-09-08', 'female', 1033], {
    kk: 'Ақтөбе қаласы, Мәметова көшесі, 8-үй, 41-пәтер',
    ru: 'г. Актобе, ул. Маметовой, д. 8, кв. 41',
  }),
  asqar: person('asqar', 'Төлеген Асқар Ержанұлы', ['1983-04-17', 'male', 2561], {
    kk: 'Тараз қаласы, Абай даңғылы, 150-үй, 33-пәтер',
    ru: 'г. Тараз, проспект Абая, д. 150, кв. 33',
  }),
  saule: person('saule', 'Бекқожина Сәуле Әміржанқызы', ['1979-12-05', 'female', 781], {
    kk: 'Өскемен қаласы, Абай даңғылы, 10-үй, 78-пәтер',
    ru: 'г. Усть-Каменогорск, проспект Абая, д. 10, кв. 78',
  }),
  erlan: person('erlan', 'Мұқанов Ерлан Қайратұлы', ['1990-02-28', 'male', 1290], {
    kk: 'Алматы облысы, Қарасай ауданы, Қаскелең қаласы, Наурызбай батыр көшесі, 17-үй',
    ru: 'Алматинская область, Карасайский район, г. Каскелен, ул. Наурызбай батыра, д. 17',
  }),
  igor: person('igor', 'Петров Игорь Васильевич', ['1972-08-11', 'male', 3304], {
    kk: 'Өскемен қаласы, Протозанов көшесі, 25-үй, 3-пәтер',
    ru: 'г. Усть-Каменогорск, ул. Протозанова, д. 25, кв. 3',
  }),
  olga: person('olga', 'Ковальчук Ольга Николаевна', ['1986-05-19', 'female', 1876], {
    kk: 'Ақтөбе қаласы, Бөкенбай батыр көшесі, 129-үй, 7-пәтер',
    ru: 'г. Актобе, ул. Бокенбай батыра, д. 129, кв. 7',
  }),
  zhanar: person('zhanar', 'Ыбырай Жанар', ['1995-10-03', 'female', 642], {
    kk: 'Жамбыл облысы, Байзақ ауданы, Сарыкемер ауылы, Ұлы Жібек жолы көшесі, 14-үй',
    ru: 'Жамбылская область, Байзакский район, село Сарыкемер, ул. Улы Жибек жолы, д. 14',
  }),
  timur: person('timur', 'Әлиев Тимур Русланұлы', ['2004-07-22', 'male', 58], {
    kk: 'Алматы облысы, Іле ауданы, Өтеген батыр кенті, Титов көшесі, 9-үй',
    ru: 'Алматинская область, Илийский район, пос. Отеген батыр, ул. Титова, д. 9',
  }),
} satisfies Record<string, Seeded<PersonRecord>>

/** The seeded sole proprietors, by key; each acts under a seeded person's IIN. */
export const demoSoleProprietors = {
  asqarAgro: {
    key: 'asqarAgro',
    iin: demoPersons.asqar.iin,
    name: { kk: '«Асқар-Агро» ЖК', ru: 'ИП «Асқар-Агро»' },
    registeredAt: '2012-04-03',
    address: demoPersons.asqar.address,
  },
  saule: {
    key: 'saule',
    iin: demoPersons.saule.iin,
    name: { kk: '«Сәуле» ЖК', ru: 'ИП «Сәуле»' },
    registeredAt: '2016-09-12',
    address: {
      kk: 'Өскемен қаласы, Қабанбай батыр көшесі, 118-үй',
      ru: 'г. Усть-Каменогорск, ул. Кабанбай батыра, д. 118',
    },
  },
  petrov: {
    key: 'petrov',
    iin: demoPersons.igor.iin,
    name: { kk: '«Петров И. В.» ЖК', ru: 'ИП «Петров И. В.»' },
    registeredAt: '2009-02-20',
    address: demoPersons.igor.address,
  },
} satisfies Record<string, Seeded<SoleProprietorRecord>>

const llp = {
  kk: 'Жауапкершілігі шектеулі серіктестік',
  ru: 'Товарищество с ограниченной ответственностью',
}
const jsc = { kk: 'Акционерлік қоғам', ru: 'Акционерное общество' }

function company(
  key: string,
  registeredAt: string,
  serial: number,
  parts: Pick<CompanyRecord, 'name' | 'legalForm' | 'address'> & { head: PersonRecord },
): Seeded<CompanyRecord> {
  // A BIN begins with the year and month of registration.
  const bin = makeBin({
    yymm: registeredAt.slice(2, 4) + registeredAt.slice(5, 7),
    type: 4,
    subtype: 0,
    serial,
  })
  return {
    key,
    bin,
    ...parts,
    head: { iin: parts.head.iin, fullName: fullName(parts.head) },
    registeredAt,
  }
}

/** The seeded legal entities, by key; all are resident head units (5th digit 4, 6th 0). */
export const demoCompanies = {
  aktobeAstyk: company('aktobeAstyk', '2008-07-15', 1234, {
    name: { kk: '«Ақтөбе Астық Терминалы» ЖШС', ru: 'ТОО «Ақтөбе Астық Терминалы»' },
    legalForm: llp,
    head: demoPersons.aliya,
    address: { kk: 'Ақтөбе қаласы, Шернияз көшесі, 30-үй', ru: 'г. Актобе, ул. Шернияза, д. 30' },
  }),
  zhambylAgrohim: company('zhambylAgrohim', '2011-03-22', 4521, {
    name: { kk: '«Жамбыл Агрохим» ЖШС', ru: 'ТОО «Жамбыл Агрохим»' },
    legalForm: llp,
    head: demoPersons.ergali,
    address: { kk: 'Тараз қаласы, Жамбыл даңғылы, 7-үй', ru: 'г. Тараз, проспект Жамбыла, д. 7' },
  }),
  shygysElevator: company('shygysElevator', '2014-10-06', 9087, {
    name: { kk: '«Шығыс Элеватор» ЖШС', ru: 'ТОО «Шығыс Элеватор»' },
    legalForm: llp,
    head: demoPersons.gulnar,
    address: {
      kk: 'Өскемен қаласы, Бажов көшесі, 333-үй',
      ru: 'г. Усть-Каменогорск, ул. Бажова, д. 333',
    },
  }),
  almatyMakta: company('almatyMakta', '2005-05-18', 312, {
    name: { kk: '«Алматы Мақта» ЖШС', ru: 'ТОО «Алматы Мақта»' },
    legalForm: llp,
    head: demoPersons.nurlan,
    address: {
      kk: 'Алматы облысы, Қарасай ауданы, Қаскелең қаласы, Абылай хан көшесі, 2-үй',
      ru: 'Алматинская область, Карасайский район, г. Каскелен, ул. Абылай хана, д. 2',
    },
  }),
  qurylysZhobalau: company('qurylysZhobalau', '1999-12-01', 77, {
    name: { kk: '«Құрылыс Жобалау» АҚ', ru: 'АО «Құрылыс Жобалау»' },
    legalForm: jsc,
    head: demoPersons.erlan,
    address: {
      kk: 'Ақтөбе қаласы, Сәңкібай батыр даңғылы, 1-үй',
      ru: 'г. Актобе, проспект Санкибай батыра, д. 1',
    },
  }),
} satisfies Record<string, Seeded<CompanyRecord>>

function asPrincipal(p: PersonRecord): PowerOfAttorneyRecord['principal'] {
  return { iinOrBin: p.iin, name: { kk: fullName(p), ru: fullName(p) } }
}

/** The seeded notarized powers of attorney: two in force, one expired on 2024-03-01. */
export const demoPowersOfAttorney = [
  {
    number: '2025-0457',
    notarized: true,
    notary: { fullName: 'Байжанова Меруерт Ахметқызы' },
    issuedOn: '2025-02-10',
    validUntil: '2028-02-10',
    principal: {
      iinOrBin: demoCompanies.zhambylAgrohim.bin,
      name: demoCompanies.zhambylAgrohim.name,
    },
    representative: { iin: demoPersons.asqar.iin, fullName: fullName(demoPersons.asqar) },
    powers: ['apply', 'sign', 'receive_result'],
  },
  {
    number: '2026-1318',
    notarized: true,
    notary: { fullName: 'Кузнецова Елена Викторовна' },
    issuedOn: '2026-05-04',
    validUntil: '2029-05-04',
    principal: asPrincipal(demoPersons.nurlan),
    representative: { iin: demoPersons.erlan.iin, fullName: fullName(demoPersons.erlan) },
    powers: ['apply', 'receive_result'],
  },
  {
    number: '2023-0112',
    notarized: true,
    notary: { fullName: 'Сейітқали Бауыржан Қанатұлы' },
    issuedOn: '2023-03-01',
    validUntil: '2024-03-01',
    principal: asPrincipal(demoPersons.aliya),
    representative: { iin: demoPersons.dana.iin, fullName: fullName(demoPersons.dana) },
    powers: ['apply', 'sign', 'receive_result'],
  },
] satisfies PowerOfAttorneyRecord[]

/** The whole demo seed, ready for createLocalRegistries. */
export const demoSeed: RegistrySeed = {
  persons: Object.values(demoPersons),
  soleProprietors: Object.values(demoSoleProprietors),
  companies: Object.values(demoCompanies),
  powersOfAttorney: demoPowersOfAttorney,
}
