import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, toReportPath } from '../../src/io/files.js';

// toReportPath and isInside skip path.relative for paths already in normal form; whatever
// the paths look like, they must answer exactly as path.relative would.
const roots = ['/w', '/w/repo', '/w/repo/', '/w/./repo', '/w/x/../repo', '/', '//w/repo'];
const targets = [
  '/w/repo',
  '/w/repo/',
  '/w/repo/a.yaml',
  '/w/repo/proposals/team/a.yaml',
  '/w/repo/..hidden/a.yaml',
  '/w/repo/...dots/a.yaml',
  '/w/repo/.github/a.yaml',
  '/w/repo/./a.yaml',
  '/w/repo/x/../a.yaml',
  '/w/repo/../a.yaml',
  '/w/repo//a.yaml',
  '/w/repository/a.yaml',
  '/w/rep',
  '/other/a.yaml',
  '/w/repo/a/.',
  '/w/repo/a/..',
];

describe.runIf(path.sep === '/')('report paths', () => {
  for (const root of roots) {
    for (const target of targets) {
      it(`${root} → ${target}`, () => {
        const rel = path.relative(root, target);
        expect(toReportPath(root, target)).toBe(rel);
        expect(isInside(root, target)).toBe(
          rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel)),
        );
      });
    }
  }

  it('a folder whose name starts with two dots counts as outside, as before', () => {
    // path.relative gives "..hidden/a.yaml", which isInside has always read as outside.
    expect(isInside('/w/repo', '/w/repo/..hidden/a.yaml')).toBe(false);
    expect(isInside('/w/repo', '/w/repo/.hidden/a.yaml')).toBe(true);
  });
});
