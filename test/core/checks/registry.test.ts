import { CHECKS, OPTIONAL_CHECKS } from '../../../lambda/core/checks/registry';

const all = [...CHECKS, ...OPTIONAL_CHECKS];

describe('check registry', () => {
  it('has unique, well-formed IDs', () => {
    const ids = all.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^LAA-[A-Z0-9-]+$/);
  });

  it.each(all.map((c) => [c.id, c] as const))('%s has metadata and a docs link', (_id, check) => {
    expect(check.title.length).toBeGreaterThan(5);
    expect(check.docsUrl).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(['function', 'account', 'event']).toContain(check.scope);
  });

  it('keeps the confused-deputy trust check opt-in, at low severity only', () => {
    const check = OPTIONAL_CHECKS.find((c) => c.id === 'LAA-ROLE-TRUST-CONFUSED-DEPUTY');
    expect(check?.defaultSeverity).toBe('low');
    expect(CHECKS.map((c) => c.id)).not.toContain('LAA-ROLE-TRUST-CONFUSED-DEPUTY');
  });

  it('has unique check IDs across default and optional checks', () => {
    const ids = [...CHECKS, ...OPTIONAL_CHECKS].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
