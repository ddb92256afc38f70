// The configurations shown in docs/organisation-policy.md are valid, and the shared one
// extended by the repository's gives what the page says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig, resolveExtends } from '../../src/config/index.js';

const page = readFileSync(new URL('../../docs/organisation-policy.md', import.meta.url), 'utf8');
const blocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('docs/organisation-policy.md', () => {
  it('shows a shared file and a repository file that merge as described', async () => {
    const [shared, local] = blocks;
    const repo = parseConfig('.github/stack-verdict.yml', local!);
    const merged = await resolveExtends(repo, {
      local: async () => undefined,
      remote: async (t) =>
        `${t.owner}/${t.repo}/${t.path}@${t.ref}` === 'acme/policy/stack-verdict.yml@v1'
          ? { ok: true, text: shared! }
          : { ok: false, status: 404, message: 'no' },
    });
    expect(merged.chain).toEqual(['.github/stack-verdict.yml', 'acme/policy/stack-verdict.yml@v1']);
    expect(merged.drafts).toBe('gate');
    expect(merged.rules.get('go-custom-protocol')).toBe('off');
    expect(merged.customRules.map((r) => r.id)).toEqual(['no-python-for-cpu']);
    expect(page).toContain(
      `# The configuration Stack Verdict judges with: ${merged.chain!.join(' → ')}`,
    );
  });
});
