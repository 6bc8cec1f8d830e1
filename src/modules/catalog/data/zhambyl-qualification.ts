/**
 * Qualification requirements (App. 2) that the three pesticide regulations word alike:
 * pesticide storage premises, dangerous-goods transport, and the staff-table evidence.
 */
import type { QualificationInput, TextInput } from './zhambyl-common.ts'

/** "(N)": notarized copies unless the originals are shown for comparison. */
export const notarized = {
  kk: 'салыстырып тексеру үшін түпнұсқалары ұсынылмаған жағдайда нотариалды расталған',
  ru: 'нотариально засвидетельствованные в случае непредставления оригиналов для сверки',
}

/** Title documents for premises held in ownership or on another legal basis. */
export const titleDocuments: TextInput = {
  kk:
    `Құқық белгілейтін құжаттардың немесе тиісті құқығын растайтын өзге де құжаттардың көшірмелері (${notarized.kk})`,
  ru:
    `Копии правоустанавливающих документов или иных документов, подтверждающих соответствующее право (${notarized.ru})`,
}

/** Pesticide storage premises: S8 (within the production base), S9 item 1, S10 item 3. */
export function storagePremises(source: string): QualificationInput {
  return {
    id: 'storage-premises',
    text: {
      kk:
        'Меншік құқығындағы немесе өзге де заңды негіздегі пестицидтерді (улы химикаттарды) сақтауға арналған қоймалық үй-жайлар',
      ru:
        'Складские помещения для хранения пестицидов (ядохимикатов), принадлежащие на праве собственности или ином законном основании',
    },
    evidence: titleDocuments,
    source,
  }
}

/** Dangerous-goods transport: S8 item 2, S9 item 2, S10 item 4. */
export function dangerousGoodsTransport(source: string): QualificationInput {
  return {
    id: 'dangerous-goods-transport',
    text: {
      kk:
        'Қауіпті жүктерді тасымалдау құқығына берілген лицензия (қауіпті жүктерді тасымалдау жөніндегі қызметті жүзеге асыру кезінде) немесе қауіпті жүктерді тасымалдау құқығына берілген лицензиясы бар жеке немесе заңды тұлғамен жасалған қауіпті жүктерді тасымалдау бойынша көлік қызметін көрсетуге арналған шарт',
      ru:
        'Лицензия на право перевозки опасных грузов (при осуществлении деятельности по перевозке опасных грузов) либо договор на оказание транспортных услуг по перевозке опасных грузов с физическим или юридическим лицом, имеющим лицензию на право перевозки опасных грузов',
    },
    evidence: {
      kk:
        `Лицензияның немесе тиісті лицензия қоса берілген қауіпті жүктерді тасымалдау жөніндегі көлік қызметін көрсетуге арналған шарттың көшірмелері (${notarized.kk})`,
      ru:
        `Копии лицензии или договора на оказание транспортных услуг по перевозке опасных грузов с приложением соответствующей лицензии (${notarized.ru})`,
    },
    source,
  }
}

/**
 * The staff evidence of S8–S10. Z1 and Z2 write "жұмыс өтімін", a slip for "жұмыс өтілін"
 * (length of service) that Z3 spells right.
 */
export const staffTable: TextInput = {
  kk:
    'Өтінім берушінің қолы қойылған және мөрімен бекітілген тегін, атын, әкесінің атын, мамандығы бойынша білімін, лауазымын, мамандығы бойынша осы саладағы жұмыс өтілін қамтитын штат кестесінен үзінді және жиынтық кесте',
  ru:
    'Выписка из штатного расписания и сводная таблица с указанием фамилии, имени, отчества, образования по специальности, должности и стажа работы по специальности в данной области, подписанные заявителем и заверенные его печатью',
}
