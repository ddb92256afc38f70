import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TechRadarLoaderResponseParser } from '@backstage-community/plugin-tech-radar-common';
import { runCli } from '../../src/cli/main.js';
import { localRepositoryCode } from '../../src/cli/drift.js';
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

  it('a bad catalog glob is a configuration error naming the key', async () => {
    const cwd = tempTree({
      '.github/stack-verdict.yml': "catalog:\n  - '../x/catalog-info.yaml'\n",
    });
    await expect(loadConfig(cwd, undefined)).rejects.toThrow(
      /catalog\[0\].*cannot leave the repository/,
    );
  });
});
