/**
 * The CDK context keys the app reads are the ones the deployment docs list: every key of
 * {@link CONTEXT_KEYS} (docs/deploying.md) and {@link ORG_CONTEXT_KEYS} (docs/organization.md) appears
 * there in backticks, so a new key cannot ship undocumented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXT_KEYS } from '../../lib/context';
import { ORG_CONTEXT_KEYS } from '../../lib/org-context';

const doc = (name: string): string => readFileSync(join(__dirname, '..', '..', 'docs', name), 'utf8');

describe('context keys are documented', () => {
  const deploying = doc('deploying.md');
  const organization = doc('organization.md');

  it.each(CONTEXT_KEYS)('%s in docs/deploying.md', (key) => {
    expect(deploying).toContain(`\`${key}\``);
  });

  it.each(ORG_CONTEXT_KEYS)('%s in docs/organization.md', (key) => {
    expect(organization).toContain(`\`${key}\``);
  });
});
