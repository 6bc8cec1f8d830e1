/** S3: design activity license, Aktobe 2019 (seed 001, appendix 1 of resolution No. 436). */
import type { RegulationInput } from './aktobe-common.ts'
import { constructionLicense } from './aktobe-licenses-2019.ts'

/** The regulation "Жобалау қызметіне лицензия беру" [001 L81-296]. */
export const aktobeDesignLicense = constructionLicense({
  id: 'aktobe-design-license',
  code: 'S3',
  name: {
    kk: 'Жобалау қызметіне лицензия беру',
    ru: 'Выдача лицензии на проектную деятельность',
  },
  lines: {
    provider: '001 L98-100',
    channel: '001 L101-103',
    result: '001 L106-120',
    documents: '001 L126-127',
    register: '001 L131-135',
    assign: '001 L139-140',
    completeness: '001 L141-145',
    classA: '001 L146-154',
    classB: '001 L155-162',
    sign: '001 L163-168',
    portal: '001 L240-284',
    route: '001 L129-168',
    approval: '001 L29-38',
  },
}) satisfies RegulationInput
