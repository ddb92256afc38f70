// The diff `check --fix-dry-run` prints: what `diff -u` prints for the same two texts.
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/core/render/unified-diff.js';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}\n`).join('');

describe('unifiedDiff', () => {
  it('is empty when nothing changes', () => {
    expect(unifiedDiff('a.yml', 'x\n', 'x\n')).toBe('');
  });

  it('shows distant changes as separate hunks with three lines of context', () => {
    const before = lines(20);
    const after = before.replace('line 2\n', 'LINE 2\n').replace('line 18\n', 'LINE 18\n');
    expect(unifiedDiff('p/a.yml', before, after)).toBe(
      [
        '--- a/p/a.yml',
        '+++ b/p/a.yml',
        '@@ -1,5 +1,5 @@',
        ' line 1',
        '-line 2',
        '+LINE 2',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -15,6 +15,6 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '-line 18',
        '+LINE 18',
        ' line 19',
        ' line 20',
        '',
      ].join('\n'),
    );
  });

  it('joins changes closer than twice the context into one hunk', () => {
    const before = lines(12);
    const after = before.replace('line 3\n', 'x\n').replace('line 9\n', 'y\n');
    const diff = unifiedDiff('a', before, after);
    expect(diff.match(/^@@/gm)).toHaveLength(1);
    expect(diff).toContain('@@ -1,12 +1,12 @@\n');
  });

  it('says when the last line has no line break, and keeps CR in CRLF lines', () => {
    expect(unifiedDiff('a', 'k: 1\r\nv: A', 'k: 1\r\nv: a')).toBe(
      '--- a/a\n+++ b/a\n@@ -1,2 +1,2 @@\n k: 1\r\n-v: A\n\\ No newline at end of file\n+v: a\n\\ No newline at end of file\n',
    );
  });

  it('counts added and removed lines in the ranges', () => {
    expect(unifiedDiff('a', 'a\nb\nc\n', 'a\nc\n')).toBe(
      '--- a/a\n+++ b/a\n@@ -1,3 +1,2 @@\n a\n-b\n c\n',
    );
    expect(unifiedDiff('a', '', 'a\n')).toBe('--- a/a\n+++ b/a\n@@ -0,0 +1 @@\n+a\n');
  });
});
