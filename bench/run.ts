/**
 * `npm run bench`: runs every benchmark module in bench/ (each exports `run(): Promise<BenchResult[]>`)
 * and prints their figures. Select modules with arguments, e.g. `npm run bench -- policy cloudtrail`.
 * `--json` prints machine-readable output.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BenchResult } from './types';

const SKIP = new Set(['run', 'types']);

function modules(selected: readonly string[]): string[] {
  const all = readdirSync(__dirname)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => basename(f, '.ts'))
    .filter((name) => !SKIP.has(name))
    .sort();
  const unknown = selected.filter((s) => !all.includes(s));
  if (unknown.length > 0) throw new Error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${all.join(', ')}`);
  return selected.length > 0 ? [...selected] : all;
}

function format(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const results: { module: string; result: BenchResult }[] = [];
  for (const name of modules(args.filter((a) => !a.startsWith('--')))) {
    const mod = (await import(join(__dirname, name))) as { run: () => Promise<BenchResult[]> };
    process.stderr.write(`running bench/${name}.ts …\n`);
    for (const result of await mod.run()) {
      results.push({ module: name, result });
      if (!json)
        console.log(
          `${name.padEnd(11)} ${result.name.padEnd(62)} ${format(result.value).padStart(14)} ${result.unit}${result.note ? `  (${result.note})` : ''}`,
        );
    }
  }
  if (json) console.log(JSON.stringify(results, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
