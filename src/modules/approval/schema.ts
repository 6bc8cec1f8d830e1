/** The forms and query strings of the approval pages; messages are locale keys. */
import { z } from 'zod'

const list = z.union([z.string(), z.array(z.string())]).optional()
  .transform((v) =>
    (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean).slice(0, 100)
  )

/** One requirement per line, blank lines dropped. */
const lines = z.string().max(4000, 'approval:errors.tooLong').optional()
  .transform((v) => (v ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 30))

/** A conclusion: the verdict, its text, and for an objection the requirements not met. */
export const conclusionForm = z.object({
  verdict: z.enum(['consent', 'objection'], { message: 'approval:errors.verdictRequired' }),
  text: z.string({ message: 'approval:errors.textRequired' }).trim()
    .min(1, 'approval:errors.textRequired').max(8000, 'approval:errors.tooLong'),
  requirements: lines,
}).superRefine((v, ctx) => {
  if (v.verdict === 'objection' && v.requirements.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['requirements'],
      message: 'approval:errors.requirementsRequired',
    })
  }
})

/** Sending a signed conclusion: which one, at the request version the page showed. */
export const answerForm = z.object({
  conclusion: z.string().min(1).max(64),
  version: z.coerce.number().int().positive(),
})

/** The executor's choice of authorities and documents. */
export const sendForm = z.object({ authorities: list, documents: list })

/** The inbox tab. */
export const inboxQuery = z.object({ tab: z.enum(['waiting', 'answered']).catch('waiting') })
