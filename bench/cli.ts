/**
 * CLI benchmarks: the whole `demo` pipeline in-process (snapshot assembly, validation, CloudTrail
 * parsing, every check, rendering) and the renderers alone.
 */
import { performance } from 'node:perf_hooks';
import { main } from '../lambda/cli/main';
import type { CliIo } from '../lambda/cli/io';
import { defaultDeps } from '../lambda/cli/default-deps';
import { audit } from '../lambda/core/audit';
import { renderAllDetails } from '../lambda/core/render/details';
import { renderJson } from '../lambda/core/render/json';
import { renderMarkdown } from '../lambda/core/render/markdown';
import { renderSarif } from '../lambda/core/render/sarif';
import { summarize } from '../lambda/core/render/summary';
import { renderFindingsTable } from '../lambda/core/render/table';
import type { BenchResult } from './types';

function silentIo(): CliIo {
  return {
    stdout: { write: () => undefined },
    stderr: { write: () => undefined },
    env: {},
    readFile: () => Buffer.from(''),
    writeFile: () => undefined,
    now: () => new Date(),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Runs the CLI benchmarks. */
export async function run(): Promise<BenchResult[]> {
  const deps = defaultDeps();
  await main(['demo'], silentIo(), deps); // warm-up: module loading and the action catalog
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await main(['demo'], silentIo(), deps);
    times.push(performance.now() - t0);
  }
  const demo = await deps.demoAccount();
  const outcome = audit(demo.snapshot, [], {
    checks: deps.checks,
    now: new Date(demo.snapshot.provenance.takenAt),
    catalog: deps.loadCatalog(),
  });
  const findings = outcome.findings;
  const summary = summarize({ findings, runs: outcome.runs, functionsAudited: demo.snapshot.functions.length });
  const rounds = 200;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) {
    renderFindingsTable(findings);
    renderAllDetails(findings);
    renderJson({ tool: { name: 'b', version: '0' }, summary, findings, runs: outcome.runs });
    renderSarif(findings, { toolVersion: '0', rules: deps.checks });
    renderMarkdown(findings, { summary });
  }
  const perSecond = (rounds * Math.max(1, findings.length)) / ((performance.now() - t0) / 1000);
  return [
    {
      name: 'demo: whole pipeline in-process (median of 5)',
      value: Math.round(median(times)),
      unit: 'ms',
      note: `${demo.snapshot.functions.length} functions, ${demo.scenarios.length} scenarios, ${deps.checks.length} checks, warm`,
    },
    {
      name: 'render: findings rendered in all 5 formats',
      value: Math.round(perSecond),
      unit: 'findings/s',
      note: `${findings.length} demo sweep findings × ${rounds} rounds`,
    },
  ];
}
