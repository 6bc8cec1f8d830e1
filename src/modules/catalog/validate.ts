/**
 * Checks a regulation version beyond its shape: routes that lead somewhere, ids that are
 * unique, roles that fit the step. Every message names the regulation, the version and the
 * step, so a broken catalog stops start-up with something a person can fix.
 */
import { type Regulation, regulation, type SubService } from './definition.ts'

/** The result of validating one regulation version. */
export type Validation = { ok: true; value: Regulation } | { ok: false; errors: string[] }

/** Validates shape and integrity. */
export function validateRegulation(raw: unknown): Validation {
  const parsed = regulation.safeParse(raw)
  const label = describe(raw)
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${label}: ${pathOf(raw, i.path)}: ${i.message}`),
    }
  }
  const errors = integrityErrors(parsed.data).map((e) => `${label}: ${e}`)
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.data }
}

function integrityErrors(r: Regulation): string[] {
  const errors: string[] = []
  const kinds = new Set<string>()
  for (const s of r.subServices) {
    if (kinds.has(s.kind)) errors.push(`sub-service "${s.kind}" appears twice`)
    kinds.add(s.kind)
    errors.push(...routeErrors(r, s))
  }
  if (r.deemedIssued.applies && !r.deemedIssued.source) {
    errors.push('deemedIssued.applies needs a source')
  }
  return errors
}

function routeErrors(r: Regulation, s: SubService): string[] {
  const errors: string[] = []
  const ids = new Set<string>()
  for (const st of s.route.steps) {
    const at = `sub-service "${s.kind}", step "${st.id}"`
    if (ids.has(st.id)) errors.push(`${at}: duplicate step id`)
    ids.add(st.id)
    if (st.kind === 'assign' && !st.assigns) {
      errors.push(`${at}: an assign step must say whom it assigns`)
    }
    if (st.kind === 'approval' && st.role !== 'authority_reviewer') {
      errors.push(`${at}: an approval step is taken by "authority_reviewer", not "${st.role}"`)
    }
    if (st.kind === 'approval' && r.interestedAuthorities.length === 0) {
      errors.push(`${at}: an approval step needs an interested authority in the regulation`)
    }
    if (st.normByReissueClass && s.kind !== 'reissue') {
      errors.push(`${at}: normByReissueClass is only for re-issue`)
    }
    if (st.norm === null && !st.note) {
      errors.push(`${at}: a step without a norm needs a note saying why`)
    }
    if (st.assumed && !st.note) errors.push(`${at}: an assumed step needs a note`)
  }
  for (const st of s.route.steps) {
    for (const o of st.outcomes) {
      if (o.to !== 'end' && !ids.has(o.to)) {
        errors.push(
          `sub-service "${s.kind}", step "${st.id}": outcome "${o.id}" leads to unknown step "${o.to}"`,
        )
      }
    }
  }
  const reached = reachable(s)
  if (!reached.has('end')) errors.push(`sub-service "${s.kind}": the route never reaches "end"`)
  for (const st of s.route.steps) {
    if (!reached.has(st.id)) {
      errors.push(`sub-service "${s.kind}", step "${st.id}": no outcome leads to it`)
    }
  }
  return errors
}

/** The step ids (and "end") reachable from the first step. */
function reachable(s: SubService): Set<string> {
  const byId = new Map(s.route.steps.map((st) => [st.id, st]))
  const seen = new Set<string>()
  const queue = [s.route.steps[0]?.id ?? '']
  while (queue.length) {
    const id = queue.shift()!
    if (seen.has(id)) continue
    seen.add(id)
    for (const o of byId.get(id)?.outcomes ?? []) queue.push(o.to)
  }
  return seen
}

function describe(raw: unknown): string {
  const r = (raw ?? {}) as { id?: unknown; version?: unknown }
  return `regulation "${String(r.id ?? '?')}" version ${String(r.version ?? '?')}`
}

/** A zod path made readable: step indexes become step ids where possible. */
function pathOf(raw: unknown, path: ReadonlyArray<PropertyKey>): string {
  const parts: string[] = []
  let node: unknown = raw
  for (const key of path) {
    node = node && typeof node === 'object'
      ? (node as Record<PropertyKey, unknown>)[key]
      : undefined
    const id = node && typeof node === 'object'
      ? (node as { id?: unknown; kind?: unknown })
      : undefined
    if (
      typeof key === 'number' && id && (typeof id.id === 'string' || typeof id.kind === 'string')
    ) {
      parts.push(`[${String(id.id ?? id.kind)}]`)
    } else parts.push(typeof key === 'number' ? `[${key}]` : `.${String(key)}`)
  }
  return parts.join('').replace(/^\./, '') || '(root)'
}
