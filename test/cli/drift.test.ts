import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { TechRadarLoaderResponseParser } from '@backstage-community/plugin-tech-radar-common';
import { runCli } from '../../src/cli/main.js';
import { MAX_CATALOG_FILES } from '../../src/core/drift/index.js';
import { catalogFiles, localRepositoryCode, repositoryCode } from '../../src/io/repository-code.js';
import { loadConfig } from '../../src/config/index.js';
import { fakeIo, proposal, tempTree } from '../helpers.js';

async function cli(args: string[], cwd: string) {
  const t = fakeIo(cwd, {}, false);
  const code = await runCli(args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

const ledger = proposal({ language: 'rust' }).replace('service: svc', 'service: ledger');
const api = proposal().replace('service: svc', 'service: api');

describe('portfolio --format backstage-radar', () => {
  it('writes a Tech Radar the Backstage plugin loads, rings from the policy', async () => {
    const cwd = tempTree({
      'proposals/ledger.yaml': ledger,
      'proposals/api.yaml': api,
      'go.mod': 'module example.com/api\n',
    });
    const r = await cli(['portfolio', '--format', 'backstage-radar'], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const radar = TechRadarLoaderResponseParser.parse(JSON.parse(r.stdout));
    const rings = Object.fromEntries(radar.entries.map((e) => [e.title, e.timeline[0]!.ringId]));
    expect(rings).toEqual({ Go: 'adopt', Rust: 'trial' });
    const go = radar.entries.find((e) => e.title === 'Go')!;
    expect(go.description).toBe('1 decision (1 proposed); code in 1 repository.');
  });

  it("takes the configuration's rings", async () => {
    const cwd = tempTree({
      'proposals/ledger.yaml': ledger,
      '.github/stack-verdict.yml': 'portfolio:\n  radar:\n    rust: hold\n',
    });
    const r = await cli(['portfolio', '--format', 'backstage-radar'], cwd);
    expect(r.code).toBe(0);
    const radar = JSON.parse(r.stdout) as {
      entries: { title: string; timeline: { ringId: string }[] }[];
    };
    expect(radar.entries.map((e) => [e.title, e.timeline[0]!.ringId])).toEqual([['Rust', 'hold']]);
  });

  it('refuses a ring that is not one of the four, pointing at the line', async () => {
    const cwd = tempTree({
      'proposals/ledger.yaml': ledger,
      '.github/stack-verdict.yml': 'portfolio:\n  radar:\n    rust: maybe\n',
    });
    const r = await cli(['portfolio', '--format', 'backstage-radar'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.github/stack-verdict.yml:3');
  });
});

describe('the code and catalog of a checkout', () => {
  it('finds marker files and the catalog globs, and reads catalog files through the guard', async () => {
    const cwd = tempTree({
      'services/ledger/Cargo.toml': '[package]\nname = "ledger"\n',
      'services/ledger/catalog-info.yaml':
        'kind: Component\nmetadata:\n  name: ledger\n  tags: [go]\n',
      'portal/entities.yaml': 'kind: Component\nmetadata:\n  name: api\n  tags: [rust]\n',
      'outside/catalog-info.yaml': 'kind: Component\nmetadata:\n  name: x\n  tags: [rust]\n',
      '.github/stack-verdict.yml':
        "catalog:\n  - 'services/**/catalog-info.yaml'\n  - portal/entities.yaml\n",
    });
    const secret = tempTree({
      'catalog-info.yaml': 'kind: Component\nmetadata:\n  name: s\n  tags: [go]\n',
    });
    mkdirSync(path.join(cwd, 'services/linked'));
    symlinkSync(
      path.join(secret, 'catalog-info.yaml'),
      path.join(cwd, 'services/linked/catalog-info.yaml'),
    );
    const config = await loadConfig(cwd, undefined);
    const local = localRepositoryCode(cwd, config);
    expect(local.code.rustCrates).toEqual(['services/ledger']);
    expect(local.catalog.map((c) => [c.file, c.name, c.languages])).toEqual([
      ['portal/entities.yaml', 'api', ['rust']],
      ['services/ledger/catalog-info.yaml', 'ledger', ['go']],
    ]);
  });

  it('the paths of a tree listing and what was read of its catalog files, as the Action gives them', () => {
    const paths = [
      'svc/a/Cargo.toml',
      'vendor/x/go.mod',
      'go.mod',
      'a/catalog-info.yaml',
      'b/catalog-info.yaml',
    ];
    expect(catalogFiles(paths, ['**/catalog-info.yaml'])).toEqual([
      'a/catalog-info.yaml',
      'b/catalog-info.yaml',
    ]);
    const code = repositoryCode(
      paths,
      [
        {
          file: 'a/catalog-info.yaml',
          read: { ok: true, text: 'kind: Component\nmetadata:\n  name: a\n  tags: [go]\n' },
        },
        { file: 'b/catalog-info.yaml', read: { ok: false, message: 'the file is binary' } },
      ],
      'acme/one',
    );
    expect(code).toEqual({
      repository: 'acme/one',
      code: { goModules: ['.'], rustCrates: ['svc/a'] },
      catalog: [
        expect.objectContaining({ file: 'a/catalog-info.yaml', name: 'a', languages: ['go'] }),
      ],
      unread: [{ file: 'b/catalog-info.yaml', message: 'the file is binary' }],
    });
    const many = Array.from({ length: MAX_CATALOG_FILES + 3 }, (_, i) => `s${i}/catalog-info.yaml`);
    expect(catalogFiles(many, ['**/catalog-info.yaml'])).toHaveLength(MAX_CATALOG_FILES);
  });

  it('a catalog file that cannot be read is named on stderr with why, and nothing of it', async () => {
    const cwd = tempTree({
      'proposals/api.yaml': api,
      'go.mod': 'module x\n',
      'portal/catalog-info.yaml': 'kind: Component\nmetadata:\n  name: hidden-name\0\n',
    });
    const r = await cli(['portfolio', '--format', 'json'], cwd);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'portal/catalog-info.yaml: not read for the drift check: the file is binary (it contains NUL bytes), not YAML or Markdown\n',
    );
    expect(r.stdout + r.stderr).not.toContain('hidden-name');
  });

  it('a bad catalog glob is a configuration error naming the key', async () => {
    const cwd = tempTree({
      '.github/stack-verdict.yml': "catalog:\n  - '../x/catalog-info.yaml'\n",
    });
    await expect(loadConfig(cwd, undefined)).rejects.toThrow(
      /catalog\[0\].*cannot leave the repository/,
    );
  });
});

describe('portfolio drift on a checkout', () => {
  type Page = {
    drift?: { kind: string; message: string; folders?: string[]; locations?: unknown[] }[];
  };
  const page = async (cwd: string): Promise<Page> => {
    const r = await cli(['portfolio', '--format', 'json'], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as Page;
  };

  it('flags a Cargo.toml when only Go is decided, in the JSON and the rendered page', async () => {
    const cwd = tempTree({
      'proposals/api.yaml': api,
      'go.mod': 'module x\n',
      'services/ledger/Cargo.toml': '[package]\n',
    });
    const p = await page(cwd);
    expect(p.drift).toEqual([
      expect.objectContaining({ kind: 'rust-without-decision', folders: ['services/ledger'] }),
    ]);
    const md = (await cli(['portfolio'], cwd)).stdout;
    const html = await marked.parse(md, { gfm: true });
    const text = html
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"');
    expect(text).toContain(`Rust without a decision: ${p.drift![0]!.message}`);
  });

  it('flags a catalog entry tagged go for a Rust decision, with both files and lines', async () => {
    const cwd = tempTree({
      'proposals/ledger.yaml': ledger,
      'Cargo.toml': '[package]\n',
      'catalog-info.yaml':
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ledger\n  tags:\n    - go\n',
    });
    const p = await page(cwd);
    expect(p.drift).toEqual([
      expect.objectContaining({
        kind: 'portal-disagrees',
        locations: [
          { file: 'catalog-info.yaml', line: 6, column: 7 },
          { file: 'proposals/ledger.yaml', line: 1, column: 10 },
        ],
      }),
    ]);
  });

  it('flags nothing when code, portal and decisions agree', async () => {
    const cwd = tempTree({
      'proposals/ledger.yaml': ledger,
      'proposals/api.yaml': api,
      'Cargo.toml': '[package]\n',
      'api/go.mod': 'module x\n',
      'catalog-info.yaml': 'kind: Component\nmetadata:\n  name: ledger\n  tags: [rust]\n',
    });
    expect((await page(cwd)).drift).toEqual([]);
    expect((await cli(['portfolio'], cwd)).stdout).toContain(
      'The code and the developer portal agree with the decisions.',
    );
  });
});
