/** zod schemas of the issuance forms and query strings; messages are locale keys. */
import { z } from 'zod'

const statuses = ['active', 'reissued', 'duplicate_issued', 'suspended', 'terminated'] as const

/** The registry list's query string; anything unknown is ignored rather than refused. */
export const registryQuery = z.object({
  q: z.string().max(200).catch(''),
  status: z.enum(statuses).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
}).partial()

/** Suspension, resumption or termination of a license. */
export const statusForm = z.object({
  version: z.coerce.number().int().min(0),
  reason: z.string().trim().min(1, 'issuance:admin.errors.reasonRequired')
    .max(2000, 'issuance:admin.errors.reasonTooLong'),
})

/** The outbox page's query string. */
export const outboxQuery = z.object({
  unsent: z.enum(['1']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
}).partial()
