/**
 * The single access matrix: every route of the application and who may use it, merged from
 * each module's `access` export. `authorize()` refuses any route missing here, and
 * test/access-matrix.test.ts walks every route as every role against it.
 * `npm run access-matrix` prints it as a Markdown table (docs/access-matrix.md).
 */
import type { AccessRules } from './http/access.ts'
import {
  access as approvalAccess,
  adminAccess as approvalAdminAccess,
} from './modules/approval/index.ts'
import { access as catalogAccess } from './modules/catalog/index.ts'
import { accountAccess, adminAccess, publicAccess } from './modules/identity/index.ts'
import { access as intakeAccess } from './modules/intake/index.ts'
import { access as issuanceAccess } from './modules/issuance/index.ts'
import { access as reviewAccess, providersAccess } from './modules/review/index.ts'
import { calendarAccess } from './modules/sla/index.ts'
import { access as signingAccess, loginAccess } from './modules/signing/index.ts'
import { kioskAccess, qualityAccess, surveyAccess } from './modules/survey/index.ts'

/** Routes of the application shell (outside the modules). */
const shell: AccessRules = {
  'GET /': 'public',
  'GET /healthz': 'public',
  'GET /assets/:file': 'public',
  'GET /:lang': 'public',
}

/** Route key → rule, for every route. */
export const accessMatrix: AccessRules = {
  ...shell,
  ...publicAccess,
  ...accountAccess,
  ...adminAccess,
  ...signingAccess,
  ...loginAccess,
  ...catalogAccess,
  ...intakeAccess,
  ...reviewAccess,
  ...providersAccess,
  ...approvalAccess,
  ...approvalAdminAccess,
  ...issuanceAccess,
  ...calendarAccess,
  ...surveyAccess,
  ...kioskAccess,
  ...qualityAccess,
}
