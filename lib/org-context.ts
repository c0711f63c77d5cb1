/**
 * Context of the organization modes (`cdk synth -c mode=central …`), turned into stack props. Pure:
 * `bin/app.ts` is the only place that reads context and passes a getter in. Keys are documented in
 * docs/organization.md ("Context keys").
 */
import type { CentralStackProps, AlertRoute } from './central-stack';
import { auditorPropsFromContext } from './context';
import type { MemberStackProps } from './member-stack';

/** Deployment modes of the app. */
export const MODES = ['single', 'central', 'member'] as const;
/** One deployment mode. */
export type Mode = (typeof MODES)[number];

/** Context keys of the organization modes. */
export const ORG_CONTEXT_KEYS = [
  'mode',
  'organizationId',
  'memberRoleName',
  'routes',
  'sweepAccounts',
  'sweepRegions',
  'sweepShards',
  'sweepMaxConcurrency',
  'centralBusArn',
  'centralAuditorRoleArns',
  'roleRegion',
] as const;

type Getter = (key: string) => unknown;

function text(value: unknown): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : String(value);
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return (text(value) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function json<T>(key: string, value: unknown): T | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') return value as T;
  try {
    return JSON.parse(value) as T;
  } catch (e) {
    throw new Error(`Context ${key} is not JSON (${(e as Error).message}); see docs/organization.md.`);
  }
}

function requiredText(get: Getter, key: string, mode: Mode): string {
  const v = text(get(key));
  if (v === undefined) throw new Error(`Context ${key} is required with mode=${mode} (see docs/organization.md).`);
  return v;
}

/** The deployment mode (default `single`). */
export function modeFromContext(get: Getter): Mode {
  const raw = text(get('mode')) ?? 'single';
  if (!(MODES as readonly string[]).includes(raw)) {
    throw new Error(`Context mode is ${JSON.stringify(raw)}: expected one of ${MODES.join(', ')}.`);
  }
  return raw as Mode;
}

/** Central stack props from context (the single-account keys configure its auditor). */
export function centralPropsFromContext(get: Getter): CentralStackProps {
  const accounts = list(get('sweepAccounts'));
  const concurrency = text(get('sweepMaxConcurrency'));
  return {
    organizationId: requiredText(get, 'organizationId', 'central'),
    memberRoleName: text(get('memberRoleName')),
    auditor: auditorPropsFromContext(get),
    routes: json<AlertRoute[]>('routes', get('routes')),
    sweep:
      accounts.length > 0
        ? {
            accounts,
            regions: list(get('sweepRegions')).length ? list(get('sweepRegions')) : ['us-east-1'],
            shards: json<Record<string, number>>('sweepShards', get('sweepShards')),
            maxConcurrency: concurrency === undefined ? undefined : Number(concurrency),
          }
        : undefined,
  };
}

/** Member stack props from context. */
export function memberPropsFromContext(get: Getter): MemberStackProps {
  return {
    centralBusArn: requiredText(get, 'centralBusArn', 'member'),
    centralAuditorRoleArns: list(requiredText(get, 'centralAuditorRoleArns', 'member')),
    organizationId: requiredText(get, 'organizationId', 'member'),
    memberRoleName: text(get('memberRoleName')),
    roleRegion: text(get('roleRegion')),
  };
}
