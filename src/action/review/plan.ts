// The review comments a run wants, as a pure function of what it judged and what the pull
// request holds: which comments to post, which of ours to keep, which of ours to delete.
// No I/O: the stage (stages/review.ts) lists, posts and deletes.
//
// A comment stands for the findings on its lines. It starts with a hidden marker naming
// them (rules, file, a key made of each finding's rule, message and the text of its line,
// and the suggested change), so that the next run recognises a comment it would write again
// and leaves it, and deletes the comments of findings that went away. The line a comment sits
// on is where it is, not what it is: a finding that moves with its line keeps its comment
// (GitHub moves the comment with the line).

import { createHash } from 'node:crypto';
import { clipText, escapeCode, messageToMarkdown, safeUrl } from '../../core/render/escape.js';
import { plural, SEVERITY_ICON } from '../../core/render/labels.js';
import type { Finding, Fix, Report, Severity } from '../../core/types.js';
import type { ReviewComment } from '../api/list-review-comments.js';
import { inOneHunk, type Hunks } from './diff.js';

/** GitHub shows a review of very many comments poorly; past this they stay in the sticky comment. */
export const MAX_REVIEW_COMMENTS = 30;
/** The longest message a review comment quotes, in characters before escaping. */
const MAX_MESSAGE = 2_000;
/** A suggested change longer than this is left out (the finding is still commented). */
const MAX_SUGGESTION = 20_000;

export type ReviewPlanMode = 'suggestions' | 'findings';

export interface PlanInput {
  report: Report;
  /** The text of each judged file, by its report path (files without one get no suggestion). */
  texts: ReadonlyMap<string, string>;
  /** The head-side lines of each changed file's diff hunks, by path. */
  hunks: ReadonlyMap<string, Hunks>;
  /** Review comments of ours (this token's identity, our marker), from every earlier run. */
  existing: readonly ReviewComment[];
  mode: ReviewPlanMode;
  /** The `comment-tag` input: two instances keep separate review comments. */
  tag: string;
  max?: number;
}

export interface PlannedComment {
  path: string;
  /** The last line it covers. */
  line: number;
  /** The first line, when it covers several. */
  startLine?: number;
  body: string;
  /** Its first line: the hidden identity of the findings it carries. */
  marker: string;
  /** How many findings it carries. */
  findings: number;
}

export interface ReviewPlan {
  /** New comments, posted together in one review. */
  post: PlannedComment[];
  /** Our comments that say what this run would say, where it would say it. */
  keep: ReviewComment[];
  /** Our comments no finding of this run stands behind (or a second copy of one). */
  remove: ReviewComment[];
  /** Findings on lines the pull request does not change: in the sticky comment only. */
  outsideDiff: number;
  /** Findings past the most comments a run keeps: in the sticky comment only. */
  overLimit: number;
  /** Findings the posted and kept comments carry. */
  commented: number;
}

/** Every review comment of ours starts with this, for this `comment-tag`. */
export function reviewMarkerPrefix(tag: string): string {
  return `<!-- stack-verdict:review tag="${tag}" `;
}

/** Whether a review comment's body starts with our marker for this tag. */
export function isReviewMarked(body: string, tag: string): boolean {
  return body.startsWith(reviewMarkerPrefix(tag)) && /^[^\n]* -->(\n|$)/.test(body);
}

/** The first line of a body: the marker of a comment of ours. */
export function firstLine(body: string): string {
  const end = body.indexOf('\n');
  return end < 0 ? body : body.slice(0, end);
}

interface Item {
  finding: Finding;
  file: string;
  /** The fix applied, when there is one that fits the file's text. */
  fix: Fix | undefined;
  first: number;
  last: number;
}

interface Group {
  file: string;
  first: number;
  last: number;
  items: Item[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function planReview(input: PlanInput): ReviewPlan {
  const max = input.max ?? MAX_REVIEW_COMMENTS;
  const items: Item[] = [];
  for (const p of input.report.proposals) {
    const text = input.texts.get(p.file);
    const lines = text === undefined ? undefined : lineStarts(text);
    for (const f of p.findings) {
      if (f.waived) continue;
      const fix = text === undefined ? undefined : f.fixes?.find((x) => fits(x, text));
      const wanted =
        fix !== undefined ||
        (input.mode === 'findings' && (f.severity === 'error' || f.severity === 'warning'));
      if (!wanted) continue;
      if (fix && lines) {
        const [first, last] = spanOf(fix, text!, lines);
        items.push({ finding: f, file: p.file, fix, first, last });
      } else {
        items.push({ finding: f, file: p.file, fix: undefined, first: f.line, last: f.line });
      }
    }
  }

  let outsideDiff = 0;
  const groups: Group[] = [];
  for (const g of groupsOf(items)) {
    if (g.first >= 1 && inOneHunk(input.hunks.get(g.file), g.first, g.last)) groups.push(g);
    else outsideDiff += g.items.length;
  }
  groups.sort(
    (a, b) =>
      rankOf(a) - rankOf(b) ||
      Number(hasFix(b)) - Number(hasFix(a)) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.first - b.first,
  );
  const shown = groups.slice(0, Math.max(0, max));
  const overLimit = groups.slice(shown.length).reduce((n, g) => n + g.items.length, 0);

  const wanted = shown.map((g) => commentOf(g, input.texts.get(g.file), input.tag));
  const mine = input.existing
    .filter((c) => isReviewMarked(c.body, input.tag))
    .slice()
    .sort((a, b) => a.id - b.id);
  const claimed = new Set<number>();
  const post: PlannedComment[] = [];
  const keep: ReviewComment[] = [];
  for (const w of wanted) {
    const same = mine.find(
      (c) =>
        !claimed.has(c.id) &&
        c.body === w.body &&
        c.path === w.path &&
        c.line === w.line &&
        (c.startLine ?? undefined) === w.startLine,
    );
    if (same) {
      claimed.add(same.id);
      keep.push(same);
    } else {
      post.push(w);
    }
  }
  const remove = mine.filter((c) => !claimed.has(c.id));
  const commented = wanted.reduce((n, w) => n + w.findings, 0);
  return { post, keep, remove, outsideDiff, overLimit, commented };
}

/**
 * The sticky comment's line about the findings that are not review comments, or undefined
 * when every finding that should be one is.
 */
export function reviewNote(plan: ReviewPlan, max = MAX_REVIEW_COMMENTS): string | undefined {
  const parts: string[] = [];
  if (plan.outsideDiff > 0) {
    parts.push(
      `${plural(plan.outsideDiff, 'finding')} ${plan.outsideDiff === 1 ? 'is' : 'are'} on lines this pull request does not change, where GitHub takes no review comment`,
    );
  }
  if (plan.overLimit > 0) {
    parts.push(
      `${plural(plan.overLimit, 'finding')} ${parts.length ? 'more are' : plan.overLimit === 1 ? 'is' : 'are'} past the ${max} review comments a run keeps`,
    );
  }
  if (parts.length === 0) return undefined;
  const them = plan.outsideDiff + plan.overLimit === 1 ? 'it is' : 'they are';
  return `> [!NOTE]\n> Review comments: ${parts.join(', and ')}; ${them} in this comment only.`;
}

/** Items whose lines overlap become one comment: GitHub applies one suggestion per line. */
function groupsOf(items: Item[]): Group[] {
  const sorted = items
    .slice()
    .sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : a.first - b.first || a.last - b.last,
    );
  const out: Group[] = [];
  for (const item of sorted) {
    const cur = out.at(-1);
    if (cur && cur.file === item.file && item.first <= cur.last) {
      cur.last = Math.max(cur.last, item.last);
      cur.items.push(item);
    } else {
      out.push({ file: item.file, first: item.first, last: item.last, items: [item] });
    }
  }
  return out;
}

function rankOf(g: Group): number {
  return Math.min(...g.items.map((i) => RANK[i.finding.severity] ?? 3));
}

function hasFix(g: Group): boolean {
  return g.items.some((i) => i.fix !== undefined);
}

function commentOf(g: Group, text: string | undefined, tag: string): PlannedComment {
  const suggestion = text === undefined ? undefined : suggestionOf(g, text);
  const lineText =
    text === undefined
      ? []
      : text
          .split('\n')
          .slice(g.first - 1, g.last)
          .map((l) => l.trim());
  const rules = [...new Set(g.items.map((i) => i.finding.rule))];
  const key = digest([
    g.file,
    lineText,
    g.items.map((i) => [i.finding.rule, i.finding.severity, i.finding.message]),
  ]);
  const marker =
    `${reviewMarkerPrefix(tag)}rule="${rules.map(encodeURIComponent).join(',')}" ` +
    `file="${encodeURIComponent(g.file)}" key="${key}" fix="${suggestion === undefined ? '' : digest(suggestion)}" -->`;
  const lines = [marker];
  for (const { finding: f, fix } of g.items) {
    const docs = typeof f.docs === 'string' ? safeUrl(f.docs) : undefined;
    const rule = `<code>${escapeCode(clipText(f.rule, 100))}</code>`;
    const said = `${SEVERITY_ICON[f.severity] ?? ''} **${f.severity}** ${docs ? `[${rule}](${docs})` : rule}: ${messageToMarkdown(clipText(f.message, MAX_MESSAGE))}`;
    const how =
      fix && suggestion !== undefined && fix.description
        ? ` Suggested change: ${messageToMarkdown(clipText(fix.description, 200))}.`
        : '';
    lines.push(`${said}${how}`, '');
  }
  if (suggestion !== undefined) {
    const fence = '`'.repeat(Math.max(3, longestRun(suggestion, '`') + 1));
    lines.push(`${fence}suggestion`, ...(suggestion === '' ? [] : [suggestion]), fence);
  } else {
    lines.pop();
  }
  return {
    path: g.file,
    line: g.last,
    ...(g.first !== g.last ? { startLine: g.first } : {}),
    body: `${lines.join('\n')}\n`,
    marker,
    findings: g.items.length,
  };
}

/**
 * The group's whole lines with its fixes applied (those that overlap an earlier one are left
 * out: each was meant to be applied alone). undefined when no fix changes anything.
 */
function suggestionOf(g: Group, text: string): string | undefined {
  const fixes = g.items
    .map((i) => i.fix)
    .filter((f): f is Fix => f !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  if (fixes.length === 0) return undefined;
  const starts = lineStarts(text);
  const from = starts[g.first - 1] ?? text.length;
  const to = starts[g.last] ?? text.length;
  const applied: Fix[] = [];
  for (const f of fixes) {
    const prev = applied.at(-1);
    if (prev && f.range[0] < prev.range[1]) continue;
    if (f.range[0] < from || f.range[1] > to) continue;
    applied.push(f);
  }
  let out = '';
  let at = from;
  for (const f of applied) {
    out += text.slice(at, f.range[0]) + f.text;
    at = f.range[1];
  }
  out += text.slice(at, to);
  const before = text.slice(from, to);
  if (out === before) return undefined;
  // The lines replace the commented lines, whose own line break stays.
  if (/\n$/.test(before)) out = out.replace(/\r?\n$/, '');
  const lines = out.replace(/\r\n/g, '\n');
  return lines.length > MAX_SUGGESTION ? undefined : lines;
}

/** The offset each line starts at (line n at index n - 1). */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** The 1-based line holding offset `at`. */
function lineAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The lines a fix touches: a range that ends with a line break ends on that line. */
function spanOf(fix: Fix, text: string, starts: readonly number[]): [number, number] {
  const [start, end] = fix.range;
  const first = lineAt(starts, start);
  const last =
    end > start && text[end - 1] === '\n' ? lineAt(starts, end - 1) : lineAt(starts, end);
  return [first, Math.max(first, last)];
}

/** A fix whose range lies in the text and does not split a line break or a character. */
function fits(fix: Fix, text: string): boolean {
  const r = fix?.range;
  if (!Array.isArray(r) || typeof fix.text !== 'string') return false;
  const [start, end] = r;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return false;
  if (start < 0 || end < start || end > text.length) return false;
  const splits = (at: number) =>
    at > 0 &&
    at < text.length &&
    ((text[at - 1] === '\r' && text[at] === '\n') ||
      (/[\ud800-\udbff]/.test(text[at - 1]!) && /[\udc00-\udfff]/.test(text[at]!)));
  return !splits(start) && !splits(end);
}

function longestRun(text: string, c: string): number {
  let best = 0;
  let run = 0;
  for (const ch of text) {
    run = ch === c ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}
