/**
 * S9: license for selling pesticides, Zhambyl oblast — regulation Z2 of seed 004
 * (lines 1385–2668). Shares the production license's legal basis (Resolution No. 1754).
 */
import { type RegulationInput, type ZhambylLines, zhambylRegulation } from './zhambyl-common.ts'
import { resultCopyNote } from './zhambyl-notes.ts'
import { dangerousGoodsTransport, staffTable, storagePremises } from './zhambyl-qualification.ts'

const lines: ZhambylLines = {
  approval: '004 L1385-1391',
  provider: '004 L1394-1397, L1873-1890',
  recipients: '004 L1420-1421',
  legalBasis: {
    licensing: '004 L1402-1403',
    informatization: '004 L1407-1408',
    standards: '004 L1414-1419',
  },
  deadlines: {
    issue: '004 L1422-1425',
    reissue: '004 L1422-1424, L1426',
    duplicate: '004 L1422-1424, L1427',
    queueSubmit: '004 L1428-1429',
    queueResult: '004 L1430-1431',
    completeness: '004 L1432-1434',
    deemed: '004 L1435-1437',
  },
  fee: '004 L1438-1446',
  result: '004 L1450-1460',
  channels: '004 L1464-1472, L1720-1767',
  hours: '004 L1473-1478',
  submission: '004 L1582-1586',
  receipt: '004 L1587-1601',
  delivery: '004 L1602-1607',
  refusal: {
    list: '004 L1608-1628',
    grounds: [
      '004 L1609-1610',
      '004 L1611-1612',
      '004 L1613',
      '004 L1614-1615',
      '004 L1619-1621',
      '004 L1622-1623',
      '004 L1624-1625',
    ],
  },
  powerOfAttorney: '004 L1729-1732',
  callCenter: '004 L1804-1805',
  survey: '004 L2653-2667',
  documents: {
    all: '004 L1485-1570',
    officeIssue: {
      application: '004 L1489',
      charter: '004 L1493-1496',
      identity: '004 L1497-1498',
      entrepreneur: '004 L1499-1501',
      tax: '004 L1502-1504',
      fee: '004 L1505-1507',
      qualification: '004 L1508-1509',
    },
    officeReissue: { application: '004 L1511', fee: '004 L1512-1514', license: '004 L1515' },
    officeDuplicate: { application: '004 L1517', fee: '004 L1518-1520' },
    portalIssue: {
      request: '004 L1523-1524',
      charter: '004 L1525-1526',
      qualification: '004 L1527-1528',
      identity: '004 L1529-1530',
      legalEntity: '004 L1531-1535',
      entrepreneur: '004 L1536-1537',
      tax: '004 L1538-1539',
      fee: '004 L1540-1541',
      registry: '004 L1542-1545',
    },
    portalReissue: {
      request: '004 L1547-1548',
      tax: '004 L1549-1550',
      fee: '004 L1551-1552',
      license: '004 L1553-1555',
      registry: '004 L1556-1559',
    },
    portalDuplicate: {
      request: '004 L1561-1562',
      tax: '004 L1563-1564',
      fee: '004 L1565-1566',
      registry: '004 L1567-1570',
    },
  },
}

/** The Zhambyl pesticide sale license regulation, version 1. */
export const zhambylPesticideSaleLicense = zhambylRegulation({
  id: 'zhambyl-pesticide-sale-license',
  code: 'S9',
  sector: 'plant-protection',
  name: {
    kk:
      'Пестицидтерді (улы химикаттарды) сату жөніндегі қызметті жүзеге асыруға лицензия беру, қайта ресімдеу, лицензияның телнұсқасын беру',
    ru:
      'Выдача лицензии, переоформление, выдача дубликата лицензии на осуществление деятельности по реализации пестицидов (ядохимикатов)',
  },
  sectorLaw: {
    text: {
      kk:
        '"Өсімдіктерді қорғау туралы" Қазақстан Республикасының 2002 жылғы 3 шілдедегі Заңының 9-бабының 5) тармақшасы',
      ru:
        'Подпункт 5) статьи 9 Закона Республики Казахстан от 3 июля 2002 года «О защите растений»',
    },
    source: '004 L1400-1401',
  },
  licensingRules: {
    text: {
      kk:
        '"Пестицидтерді (улы химикаттарды) өндіру (формуляциялау), пестицидтерді (улы химикаттарды) өткізу, пестицидтерді (улы химикаттарды) аэрозольдік және фумигациялық тәсілдермен қолдану жөніндегі қызметті лицензиялаудың кейбір мәселелері туралы" Қазақстан Республикасы Үкіметінің 2012 жылғы 29 желтоқсандағы № 1754 қаулысы',
      ru:
        'Постановление Правительства Республики Казахстан от 29 декабря 2012 года № 1754 «О некоторых вопросах лицензирования деятельности по производству (формуляции) пестицидов (ядохимикатов), реализации пестицидов (ядохимикатов), применению пестицидов (ядохимикатов) аэрозольным и фумигационным способами»',
    },
    source: '004 L1409-1413',
  },
  qualification: {
    source: '004 L1905-1932',
    items: [
      storagePremises('004 L1909-1916'),
      dangerousGoodsTransport('004 L1917-1924'),
      {
        id: 'qualified-staff',
        text: {
          kk:
            'Тиісті білімі (басшылар үшін – жоғары білім, мамандар үшін – жоғары немесе орта арнаулы агрономиялық білім) және мамандығы бойынша практикалық жұмыс тәжірибесі (басшы үшін – 2 жылдан кем емес, маман үшін – 1 жылдан кем емес) бар техникалық басшының және маманның білікті құрамы',
          ru:
            'Квалифицированный состав из технического руководителя и специалиста с соответствующим образованием (для руководителя — высшее, для специалиста — высшее или среднее специальное агрономическое) и практическим опытом работы по специальности (для руководителя — не менее 2 лет, для специалиста — не менее 1 года)',
        },
        evidence: staffTable,
        source: '004 L1925-1932',
      },
    ],
  },
  notes: [resultCopyNote('004 L1450-1456')],
  lines,
}) satisfies RegulationInput
