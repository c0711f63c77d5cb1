import { readFileSync, readdirSync } from 'node:fs';
import { parseDenial } from '/work/wt/cases/lambda/core/cloudtrail';
import { audit } from '/work/wt/cases/lambda/core/audit';
import { emptySnapshot } from '/work/wt/cases/lambda/core/snapshot/empty';
const dir = '/work/wt/cases/test/fixtures/cloudtrail';
const only = process.argv[2] ?? 'special-';
for (const f of readdirSync(dir).filter((f) => f.startsWith(only) && !f.endsWith('.expected.json'))) {
  const r = parseDenial(readFileSync(`${dir}/${f}`, 'utf8'));
  if (!r.ok) { console.log(f, 'ERR', r.error.code); continue; }
  const snap = (h: any) => emptySnapshot({ accountId: h.account, region: h.region, provenance: { takenAt: "2026-01-15T12:00:00Z", mode: "fixture", collectorVersion: "t", failedReads: [], partial: false } });
  const s = typeof snap === 'function' ? snap({ account: r.value.account, region: r.value.region }) : snap;
  const res = audit(s, [r.value], { now: new Date('2026-01-15T12:00:00Z'), functions: 'none', accountChecks: false });
  console.log(f, r.value.classification.class, (r.value.classification.flags ?? []).map((x) => x.code).join(','), '=>', res.findings.map((x) => `${x.checkId}[${x.severity}] ${(x.fix as any)?.kind ?? (x.fix as any)?.changes?.map((c: any) => c.kind).join('+') ?? ''} :: ${x.title}`).join(' || '));
}
