/** zod schemas of the identity forms; messages are locale keys. */
import { z } from 'zod'

const text = (max: number, required: string) =>
  z.string().trim().min(1, required).max(max, 'identity:errors.tooLong')

/** The login form. */
export const loginForm = z.object({
  login: text(64, 'identity:login.errors.loginRequired'),
  password: z.string().min(1, 'identity:login.errors.passwordRequired').max(
    1024,
    'identity:errors.tooLong',
  ),
  next: z.string().max(500).optional(),
  resume: z.string().max(100).optional(),
})

/** The applicant registration form. */
export const registerForm = z.object({
  type: z.enum(['individual', 'sole_proprietor', 'legal_entity'], {
    message: 'identity:register.errors.typeRequired',
  }),
  iinOrBin: z.string().max(64, 'identity:errors.tooLong'),
  password: z.string().max(1024, 'identity:errors.tooLong'),
  email: z.union([z.literal(''), z.email('identity:register.errors.email').max(200)]).optional(),
  phone: z.union([
    z.literal(''),
    z.string().trim().regex(/^\+?[0-9 ()-]{10,20}$/, 'identity:register.errors.phone'),
  ]).optional(),
})

/** The password change form. */
export const passwordForm = z.object({
  currentPassword: z.string().min(1, 'identity:password.errors.currentRequired').max(
    1024,
    'identity:errors.tooLong',
  ),
  newPassword: z.string().max(1024, 'identity:errors.tooLong'),
})

/** The administrator's new-officer form. */
export const officerForm = z.object({
  login: z.string().trim().toLowerCase().regex(
    /^[a-z][a-z0-9._-]{2,39}$/,
    'identity:admin.errors.login',
  ),
  displayName: text(200, 'identity:admin.errors.nameRequired'),
  organizationId: z.string().min(1, 'identity:admin.errors.organizationRequired').max(64),
  password: z.string().max(1024, 'identity:errors.tooLong'),
  /** Optional: with it, the officer's EDS signatures must carry this IIN. */
  iin: z.string().max(64, 'identity:errors.tooLong').optional(),
  roles: z.union([z.string(), z.array(z.string())]).optional(),
})

/** The administrator's new-organisation form. */
export const organizationForm = z.object({
  kind: z.enum(['provider', 'authority', 'psc', 'administration'], {
    message: 'identity:admin.errors.kindRequired',
  }),
  nameKk: text(300, 'identity:admin.errors.nameRequired'),
  nameRu: text(300, 'identity:admin.errors.nameRequired'),
  region: z.union([z.literal(''), z.enum(['aktobe', 'east-kazakhstan', 'zhambyl', 'almaty'])])
    .optional(),
})

/** Grant or revoke one role. */
export const roleForm = z.object({
  role: z.enum([
    'office_specialist',
    'head',
    'deputy_head',
    'department_head',
    'executor',
    'authority_reviewer',
    'psc_operator',
    'quality_analyst',
    'administrator',
  ]),
  granted: z.enum(['true', 'false']),
})

/** Disable or enable an account. */
export const statusForm = z.object({ disabled: z.enum(['true', 'false']) })
