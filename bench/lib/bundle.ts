/**
 * Bundles the auditor's handlers with esbuild as `lib/bundling.ts` tells aws-lambda-nodejs to (and in the
 * variants `bench/lambda.ts` compares), and measures the asset: bytes, zipped bytes, file count.
 */
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { build, type BuildOptions, type OutputFile } from 'esbuild';
import { AUDITOR_BUNDLING } from '../../lib/bundling';

/** The repository root (entry points are relative to it). */
export const REPO_ROOT = join(__dirname, '..', '..');

/** The two Lambda entry points. */
export const HANDLERS = {
  'on-denial': 'lambda/handlers/on-denial.ts',
  sweep: 'lambda/handlers/sweep.ts',
} as const;

/** A handler name. */
export type HandlerName = keyof typeof HANDLERS;

/** A bundling choice to compare. */
export interface BundleVariant {
  readonly name: string;
  readonly format: 'cjs' | 'esm';
  /** True: the AWS SDK comes from the Lambda runtime (external); false: it is bundled (tree-shaken). */
  readonly sdkFromRuntime: boolean;
}

/** The deployed choice (AUDITOR_BUNDLING: CommonJS, SDK from the runtime) and the alternatives measured. */
export const VARIANTS: readonly BundleVariant[] = [
  { name: 'cjs, SDK from runtime (deployed)', format: 'cjs', sdkFromRuntime: true },
  { name: 'esm+module fields, SDK from runtime', format: 'esm', sdkFromRuntime: true },
  { name: 'esm+module fields, SDK bundled', format: 'esm', sdkFromRuntime: false },
];

/** Lets the `require()` of an ESM bundle load external (runtime) packages, as CDK's ESM recipe does. */
const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/** esbuild options equivalent to what aws-lambda-nodejs runs for {@link AUDITOR_BUNDLING} (or a variant). */
export function esbuildOptions(handler: HandlerName, variant: BundleVariant = VARIANTS[0]): BuildOptions {
  const esm = variant.format === 'esm';
  return {
    absWorkingDir: REPO_ROOT,
    entryPoints: [HANDLERS[handler]],
    bundle: true,
    platform: 'node',
    target: AUDITOR_BUNDLING.target,
    minify: AUDITOR_BUNDLING.minify,
    sourcemap: AUDITOR_BUNDLING.sourceMap,
    format: variant.format,
    external: variant.sdkFromRuntime ? [...(AUDITOR_BUNDLING.externalModules ?? [])] : [],
    ...(esm ? { mainFields: ['module', 'main'], banner: { js: ESM_REQUIRE_BANNER } } : {}),
    outfile: esm ? 'index.mjs' : 'index.js',
    logLevel: 'silent',
  };
}

/** Size of an asset as Lambda stores it. */
export interface AssetSize {
  readonly bytes: number;
  /** Deflate (level 9) of every file plus the zip headers: the size of the asset's zip archive. */
  readonly zippedBytes: number;
  readonly files: number;
}

/** Measures the files of an asset (zip: local header 30 + central header 46 + 2× name, end record 22). */
export function assetSize(files: readonly { readonly path: string; readonly contents: Uint8Array }[]): AssetSize {
  let bytes = 0;
  let zippedBytes = 22;
  for (const f of files) {
    const name = Buffer.byteLength(f.path.split('/').pop() ?? f.path);
    bytes += f.contents.length;
    zippedBytes += deflateRawSync(f.contents, { level: 9 }).length + 30 + 46 + 2 * name;
  }
  return { bytes, zippedBytes, files: files.length };
}

/** Bundles one handler in memory (no files written) and returns its output files. */
export async function bundleInMemory(handler: HandlerName, variant?: BundleVariant): Promise<OutputFile[]> {
  const result = await build({ ...esbuildOptions(handler, variant), write: false });
  return result.outputFiles;
}

/** Bundles one handler into `outdir` and returns the bundle's path. */
export async function bundleToDir(handler: HandlerName, outdir: string, variant?: BundleVariant): Promise<string> {
  const options = esbuildOptions(handler, variant);
  const outfile = `${outdir}/${String(options.outfile)}`;
  await build({ ...options, outfile });
  return outfile;
}
