/**
 * The installed command (`bin/cli.js`) run as a real process from another directory: the in-process CLI
 * tests cannot catch module-loading problems of the entry script itself.
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'cli.js');
const SNAPSHOT = join(ROOT, 'examples', 'demo-account', 'snapshot.json');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: tmpdir(), encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('bin/cli.js', () => {
  it('prints the help and exits 0', () => {
    const run = cli('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: lambda-access-auditor <command> [options]');
  });

  it('audits a snapshot from another working directory (lazy-loaded dependencies included)', () => {
    const run = cli('audit', '--snapshot', SNAPSHOT, '--format', 'json', '--fail-on', 'critical');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { findings: { checkId: string }[] };
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it.each([
    [['audit', '--snapshot', SNAPSHOT, '--fail-on', 'high', '--no-details'], 1],
    [['audit', '--no-such-option'], 2],
  ])('passes the exit code through (%j → %i)', (args, status) => {
    expect(cli(...args).status).toBe(status);
  });
});
