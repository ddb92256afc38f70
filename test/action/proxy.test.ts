// Whether the Action's requests go through a proxy (src/action/proxy.ts), and so which fetch
// octokit gets (transport in src/action/octokit.ts): the rule of @actions/github's own
// @actions/http-client, which carries the requests when a proxy applies.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeFetch } from '../../src/action/http-fetch.js';
import { transport } from '../../src/action/octokit.js';
import { usesProxy } from '../../src/action/proxy.js';

const VARS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];

function withEnv(env: Partial<Record<(typeof VARS)[number], string>>): void {
  for (const name of VARS) vi.stubEnv(name, env[name] ?? '');
}
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('usesProxy', () => {
  const PROXY = 'http://proxy.corp:3128';
  const cases: [string, string, Parameters<typeof withEnv>[0], boolean][] = [
    ['HTTPS_PROXY, https API', 'https://api.github.com', { HTTPS_PROXY: PROXY }, true],
    ['https_proxy (lower case)', 'https://api.github.com', { https_proxy: PROXY }, true],
    ['HTTPS_PROXY does not apply to http', 'http://ghe.corp/api/v3', { HTTPS_PROXY: PROXY }, false],
    ['HTTP_PROXY, http API', 'http://ghe.corp/api/v3', { HTTP_PROXY: PROXY }, true],
    ['HTTP_PROXY does not apply to https', 'https://api.github.com', { HTTP_PROXY: PROXY }, false],
    ['no proxy variable', 'https://api.github.com', {}, false],
    [
      'NO_PROXY names the host',
      'https://api.github.com',
      { HTTPS_PROXY: PROXY, NO_PROXY: 'api.github.com' },
      false,
    ],
    [
      'NO_PROXY names a parent domain',
      'https://api.github.com',
      { HTTPS_PROXY: PROXY, NO_PROXY: 'x.org, github.com' },
      false,
    ],
    ['NO_PROXY=*', 'https://api.github.com', { HTTPS_PROXY: PROXY, no_proxy: '*' }, false],
    [
      'NO_PROXY names another host',
      'https://api.github.com',
      { HTTPS_PROXY: PROXY, NO_PROXY: 'ghe.corp' },
      true,
    ],
    [
      'NO_PROXY with the port',
      'https://ghe.corp:8443/api/v3',
      { HTTPS_PROXY: PROXY, NO_PROXY: 'ghe.corp:8443' },
      false,
    ],
    ['a loopback API never', 'http://127.0.0.1:8080', { HTTP_PROXY: PROXY }, false],
    ['a proxy without a scheme', 'https://api.github.com', { HTTPS_PROXY: 'proxy.corp' }, true],
  ];
  for (const [name, url, env, expected] of cases) {
    it(name, () => {
      withEnv(env);
      expect(usesProxy(url)).toBe(expected);
      expect(transport(url)).toEqual(expected ? {} : { request: { fetch: nodeFetch } });
    });
  }

  it("decides as @actions/github's own @actions/http-client does, for any environment", () => {
    const github = createRequire(import.meta.resolve('@actions/github'));
    const theirs = github('@actions/http-client/lib/proxy.js') as {
      getProxyUrl(url: URL): URL | undefined;
    };
    const host = fc.constantFrom(
      'api.github.com',
      'ghe.corp',
      'localhost',
      '127.0.0.1',
      'x.github.com',
    );
    const value = fc.option(
      fc.oneof(
        fc.constantFrom('http://proxy:3128', 'proxy:3128', 'https://u:p@proxy', '', '*'),
        fc
          .array(fc.oneof(host, fc.constantFrom('.github.com', 'ghe.corp:443', '*', ' ')), {
            maxLength: 3,
          })
          .map((l) => l.join(',')),
      ),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.constantFrom('https:', 'http:'),
        host,
        fc.option(fc.constantFrom(':443', ':80', ':8443'), { nil: '' }),
        fc.record(Object.fromEntries(VARS.map((v) => [v, value]))),
        (scheme, h, port, env) => {
          withEnv(env as Record<string, string>);
          const url = `${scheme}//${h}${port}/api/v3`;
          // A variable that is no URL (" ") throws in both, failing the requests alike.
          const outcome = (decide: () => boolean) => {
            try {
              return decide();
            } catch (err) {
              return (err as Error).message;
            }
          };
          expect(outcome(() => usesProxy(url))).toEqual(
            outcome(() => Boolean(theirs.getProxyUrl(new URL(url))?.hostname)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
