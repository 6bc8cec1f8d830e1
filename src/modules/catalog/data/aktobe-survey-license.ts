/** S4: survey (engineering survey) activity license, Aktobe 2019 (seed 001, appendix 2). */
import type { RegulationInput } from './aktobe-common.ts'
import { constructionLicense } from './aktobe-licenses-2019.ts'

/** The regulation "Іздестіру қызметіне лицензия беру" [001 L298-508]. */
export const aktobeSurveyLicense = constructionLicense({
  id: 'aktobe-survey-license',
  code: 'S4',
  name: {
    kk: 'Іздестіру қызметіне лицензия беру',
    ru: 'Выдача лицензии на изыскательскую деятельность',
  },
  lines: {
    provider: '001 L311-313',
    channel: '001 L314-316',
    result: '001 L319-336',
    documents: '001 L342-343',
    register: '001 L347-351',
    assign: '001 L352-353',
    completeness: '001 L354-358',
    classA: '001 L359-367',
    classB: '001 L368-378',
    sign: '001 L379-384',
    portal: '001 L455-499',
    route: '001 L345-384',
    approval: '001 L29-34, L42-45',
  },
}) satisfies RegulationInput
