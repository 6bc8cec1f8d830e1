/** S5: construction-installation works license, Aktobe 2019 (seed 001, appendix 3). */
import type { RegulationInput } from './aktobe-common.ts'
import { constructionLicense } from './aktobe-licenses-2019.ts'

/** The regulation "Құрылыс-монтаждау жұмыстарына лицензия беру" [001 L511-722]. */
export const aktobeConstructionLicense = constructionLicense({
  id: 'aktobe-construction-license',
  code: 'S5',
  name: {
    kk: 'Құрылыс-монтаждау жұмыстарына лицензия беру',
    ru: 'Выдача лицензии на строительно-монтажные работы',
  },
  lines: {
    provider: '001 L526-528',
    channel: '001 L529-531',
    result: '001 L537-551',
    documents: '001 L557-558',
    register: '001 L562-566',
    assign: '001 L567-568',
    completeness: '001 L569-573',
    classA: '001 L574-585',
    classB: '001 L586-593',
    sign: '001 L594-599',
    portal: '001 L669-713',
    route: '001 L560-599',
    approval: '001 L29-34, L46-49',
  },
}) satisfies RegulationInput
