// The configurations shown in docs/organisation-policy.md are valid, and the shared one
// extended by the repository's gives what the page says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { marked, type Tokens } from 'marked';
import {
  ConfigError,
  formatConfigProblem,
  parseConfig,
  resolveExtends,
} from '../../src/config/index.js';
import { SETTING_DIRECTIONS, SETTING_KEYS } from '../../src/config/settings.js';

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

  it('lists every setting with the direction the loader enforces', () => {
    const tables = marked.lexer(page).filter((t): t is Tokens.Table => t.type === 'table');
    const table = tables.find((t) => t.header[0]!.text === 'setting')!;
    const rows = table.rows.map((r) => [r[0]!.text.replace(/`/g, ''), r[1]!.text]);
    expect(rows.map((r) => r[0])).toEqual(Object.values(SETTING_KEYS));
    for (const [field, key] of Object.entries(SETTING_KEYS)) {
      const shown = rows.find((r) => r[0] === key)![1]!;
      expect(shown.startsWith(SETTING_DIRECTIONS[field as keyof typeof SETTING_KEYS].tighter)).toBe(
        true,
      );
    }
  });

  it('shows the error the loader gives for measured-sources: [.., estimate]', async () => {
    const shared = 'extends: recommended\nunwaivable: [rust-without-measured-constraint]\n';
    const local =
      'extends: acme/policy/stack-verdict.yml@v1\nsettings:\n  measured-sources: [production, load-test, estimate]\n';
    const error = await resolveExtends(parseConfig('.github/stack-verdict.yml', local), {
      local: async () => undefined,
      remote: async () => ({ ok: true, text: shared }),
    }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(ConfigError);
    const line = formatConfigProblem((error as ConfigError).problems[0]!);
    expect(page).toContain(line);
  });
});
