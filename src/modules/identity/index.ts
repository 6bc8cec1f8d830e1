/**
 * @module identity
 * Applicants (by IIN/BIN) and officers (in organisations, with roles); sessions in the
 * database; login with brute-force limits; access control hooks; administration pages;
 * the local stand-ins for the individuals, legal-entities and notary registries.
 */
export type { IdentityDeps } from './deps.ts'
export type { IdentityRouteDeps } from './http-deps.ts'
export type { PasswordHasher } from './password-hash.ts'
export type { IdentityTables } from './tables.ts'
export { access as publicAccess, requestMeta, routes } from './routes.tsx'
export { access as accountAccess, accountRoutes } from './account-routes.tsx'
export { access as adminAccess, adminRoutes, type AdminSection } from './admin-routes.tsx'
export { accessHooks, currentUser, forbidden } from './middleware.tsx'
export { resolveSession, startSession } from './sessions.ts'
export { login, type RequestMeta } from './login.ts'
export { registerApplicant } from './accounts.ts'
export { createOfficer, createOrganization, officerRoles } from './officers.ts'
export {
  DEMO_PASSWORD,
  demoApplicants,
  demoOfficers,
  demoOrganizations,
  loadIdentityDemo,
} from './demo.ts'
export { checkDigit, makeBin, makeIin, parseBin, parseIin, parseIinOrBin } from './iin.ts'
export { checkPassword, normalizePassword } from './password-policy.ts'
export { createLocalRegistries } from './registry/local.ts'
export {
  demoCompanies,
  demoPersons,
  demoPowersOfAttorney,
  demoSeed,
  demoSoleProprietors,
} from './registry/demo-seed.ts'
export type * from './registry/types.ts'
export {
  accountSummary,
  findApplicantByNumber,
  listOfficersWithRole,
  listOrganizations,
  organizationNames,
  type OrganizationSummary,
  verifyAccountPassword,
} from './queries.ts'
