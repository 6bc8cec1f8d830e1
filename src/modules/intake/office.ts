/**
 * The counters: an office specialist of a provider enters applications for that provider's
 * regulations (by review's provider mapping when wired, else the organisation's region), a
 * PSC operator for regulations that name the PSC channel in the centre's region.
 */
import type { CurrentUser } from '../../http/env.ts'
import { accountSummary } from '../identity/index.ts'
import { listRegulations, type Regulation, type RegulationVersion } from '../catalog/index.ts'
import type { IntakeDeps } from './deps.ts'

/** The channel an officer's counter is. */
export function counterChannel(user: CurrentUser): 'office' | 'psc' {
  return user.roles.has('psc_operator') && !user.roles.has('office_specialist') ? 'psc' : 'office'
}

/** The regulations (versions in force) this officer may enter applications for. */
export async function counterRegulations(
  deps: IntakeDeps,
  user: CurrentUser,
): Promise<RegulationVersion[]> {
  const org = user.organizationId
    ? (await accountSummary(deps, user.accountId))?.organization
    : undefined
  if (!org) return []
  const channel = counterChannel(user)
  const out: RegulationVersion[] = []
  for (const version of await listRegulations(deps)) {
    if (await serves(deps, org, channel, version.definition)) out.push(version)
  }
  return out
}

async function serves(
  deps: IntakeDeps,
  org: { id: string; kind: string; region: string | null; name: { kk: string } },
  channel: 'office' | 'psc',
  regulation: Regulation,
): Promise<boolean> {
  if (!regulation.channels.includes(channel)) return false
  if (channel === 'psc') return org.kind === 'psc' && org.region === regulation.region
  if (org.kind !== 'provider') return false
  if (deps.providerOf) return (await deps.providerOf(regulation.id)) === org.id
  return org.region === regulation.region && namesProvider(regulation.provider.name.kk, org.name.kk)
}

// Without review's mapping: a regulation that names its provider (in quotes, as the seeds do)
// belongs to the organisation of that name; one that only says "the oblast's local executive
// body" belongs to the provider of its region.
function namesProvider(provider: string, organization: string): boolean {
  const plain = (s: string) => s.toLocaleLowerCase('kk').replace(/["«»“”]/g, '').trim()
  return !/["«“]/.test(provider) || plain(provider).includes(plain(organization))
}
