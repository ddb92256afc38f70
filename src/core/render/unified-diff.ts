// A unified diff (as `diff -u` and git print it) of a file before and after its fixes, for
// `check --fix-dry-run`. Lines are compared with their line breaks, so a CRLF file shows as
// changed only where a fix changed it.

/** Lines of context around each change, as `diff -u`. */
const CONTEXT = 3;
/** Above this many cells the middle of a diff is shown as replaced whole (no LCS table). */
const MAX_TABLE = 4_000_000;

type Op = { kind: ' ' | '-' | '+'; line: string };

/** The diff of `before` and `after` under the name `file`; empty when they are the same. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  let out = `--- a/${file}\n+++ b/${file}\n`;
  // Hunks: runs of changes with CONTEXT lines around them, merged when they come close.
  let i = 0;
  while (i < ops.length) {
    if (ops[i]!.kind === ' ') {
      i++;
      continue;
    }
    let start = i;
    let context = 0;
    while (start > 0 && ops[start - 1]!.kind === ' ' && context < CONTEXT) {
      start--;
      context++;
    }
    let end = i;
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== ' ') end++;
      let gap = 0;
      while (end + gap < ops.length && ops[end + gap]!.kind === ' ') gap++;
      if (end + gap < ops.length && gap <= 2 * CONTEXT) {
        end += gap;
        continue;
      }
      end += Math.min(gap, CONTEXT);
      break;
    }
    const hunk = ops.slice(start, end);
    const oldStart = 1 + ops.slice(0, start).filter((o) => o.kind !== '+').length;
    const newStart = 1 + ops.slice(0, start).filter((o) => o.kind !== '-').length;
    const oldCount = hunk.filter((o) => o.kind !== '+').length;
    const newCount = hunk.filter((o) => o.kind !== '-').length;
    out += `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n`;
    for (const op of hunk) {
      const ends = op.line.endsWith('\n');
      out += `${op.kind}${ends ? op.line : `${op.line}\n\\ No newline at end of file\n`}`;
    }
    i = end;
  }
  return out;
}

function range(start: number, count: number): string {
  // An empty side is named by the line before it, as diff -u does.
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

/** The lines of a text, each with its line break. */
function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const ops: Op[] = a.slice(0, head).map((line) => ({ kind: ' ', line }));
  ops.push(...middle(midA, midB));
  ops.push(...a.slice(a.length - tail).map((line): Op => ({ kind: ' ', line })));
  return ops;
}

/** The changed middle, by a longest common subsequence when small enough. */
function middle(a: readonly string[], b: readonly string[]): Op[] {
  if ((a.length + 1) * (b.length + 1) > MAX_TABLE) {
    return [
      ...a.map((line): Op => ({ kind: '-', line })),
      ...b.map((line): Op => ({ kind: '+', line })),
    ];
  }
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i++]! });
      j++;
    } else if (
      j < b.length &&
      (i === a.length || table[i * width + j + 1]! >= table[(i + 1) * width + j]!)
    ) {
      ops.push({ kind: '+', line: b[j++]! });
    } else {
      ops.push({ kind: '-', line: a[i++]! });
    }
  }
  // Removals before additions within each run of changes, as diff -u prints them.
  const sorted: Op[] = [];
  let run: Op[] = [];
  for (const op of [...ops, { kind: ' ', line: '' } as Op]) {
    if (op.kind === ' ') {
      sorted.push(...run.filter((o) => o.kind === '-'), ...run.filter((o) => o.kind === '+'));
      run = [];
      sorted.push(op);
    } else {
      run.push(op);
    }
  }
  sorted.pop();
  return sorted;
}
