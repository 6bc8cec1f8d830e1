import { describe, expect, it } from 'vitest'
import { conclusionForm, sendForm } from './schema.ts'

describe('conclusionForm', () => {
  it('conclusionForm reads one requirement per line and drops blank lines', () => {
    const r = conclusionForm.parse({
      verdict: 'objection',
      text: ' Жоқ ',
      requirements: 'Бірінші\r\n\n  Екінші  ',
    })
    expect(r).toEqual({ verdict: 'objection', text: 'Жоқ', requirements: ['Бірінші', 'Екінші'] })
  })

  it('conclusionForm requires text, a verdict, and for an objection the requirements not met', () => {
    const r = conclusionForm.safeParse({ verdict: 'objection', text: '   ' })
    expect(r.success).toBe(false)
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['text', 'approval:errors.textRequired'],
      ['requirements', 'approval:errors.requirementsRequired'],
    ])
    const missing = conclusionForm.safeParse({ verdict: 'objection', text: 'Мәтін' })
    expect(missing.error!.issues.map((i) => i.message)).toEqual([
      'approval:errors.requirementsRequired',
    ])
    const none = conclusionForm.safeParse({ text: 'Мәтін' })
    expect(none.error!.issues.map((i) => i.message)).toEqual(['approval:errors.verdictRequired'])
  })

  it('conclusionForm accepts a consent without requirements', () => {
    expect(conclusionForm.parse({ verdict: 'consent', text: 'Иә' }).requirements).toEqual([])
  })
})

describe('sendForm', () => {
  it('sendForm takes one or many values and drops empty ones', () => {
    expect(sendForm.parse({ authorities: 'a', documents: ['x', '', 'y'] })).toEqual({
      authorities: ['a'],
      documents: ['x', 'y'],
    })
    expect(sendForm.parse({})).toEqual({ authorities: [], documents: [] })
  })
})
