// One line per constraint whose artefact was looked at, as the comment, the summary, the
// text output and SARIF show it: what identifies the run (so a reviewer can judge the file is
// the right one), the figure against the limit, and whether the proposal agrees. Plain text:
// each output escapes it for its medium. Read defensively: a report from another run is
// untrusted data, so only numbers and short strings of it are shown, clipped.
import { figureText, limitText } from '../evidence/judge.js';
import type { LimitOp } from '../evidence/units.js';
import type { EvidenceEntry, ProposalReport } from '../types.js';
import { asText, clipText } from './escape.js';

/** Most evidence lines shown for one proposal. */
export const MAX_EVIDENCE_LINES = 20;
/** The longest string of an artefact shown (the identifier rule's 80, and room for quotes). */
const MAX_SHOWN = 90;

const OPS: readonly string[] = ['<', '<=', '≤', '>', '>=', '≥'];

const str = (v: unknown): string | null =>
  typeof v === 'string' && v !== '' ? clipText(v, MAX_SHOWN) : null;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** 12000000 → "12.0M", 43600 → "43.6k", 950 → "950". */
function compact(n: number): string {
  if (Math.abs(n) >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (Math.abs(n) >= 1e4) return `${(n / 1e3).toFixed(1)}k`;
  return String(Number(n.toPrecision(6)));
}

/** Seconds as a person reads a test's length: "10 min", "45 s", "250 ms". */
function duration(seconds: number): string {
  if (seconds >= 120) return `${Number((seconds / 60).toFixed(1))} min`;
  if (seconds >= 1) return `${Number(seconds.toPrecision(4))} s`;
  return `${Number((seconds * 1000).toPrecision(4))} ms`;
}

/** What identifies the run, in the words of docs/evidence.md. */
export function identityText(identity: unknown): string {
  const items = (Array.isArray(identity) ? identity : [])
    .filter((i): i is { key: unknown; value: unknown } => i !== null && typeof i === 'object')
    .slice(0, 20);
  const get = (key: string) => items.find((i) => i.key === key)?.value;
  const parts: string[] = [];
  for (const { key, value } of items) {
    const k = str(key);
    if (k === null) continue;
    const n = num(value);
    const s = n === null ? str(value) : null;
    if (n === null && s === null) continue;
    const shown = n !== null ? compact(n) : s!;
    switch (k) {
      case 'scenarios':
        parts.push(`${s?.includes(',') ? 'scenarios' : 'scenario'} ${shown}`);
        break;
      case 'requests': {
        const d = num(get('duration'));
        parts.push(`${shown} requests${d !== null ? ` in ${duration(d)}` : ''}`);
        break;
      }
      case 'duration':
        if (num(get('requests')) === null && n !== null) parts.push(`${duration(n)}`);
        break;
      case 'cycles': {
        const span = num(get('span'));
        parts.push(`${shown} GC cycles${span !== null ? ` over ${duration(span)}` : ''}`);
        break;
      }
      case 'span':
        if (num(get('cycles')) === null && n !== null) parts.push(`over ${duration(n)}`);
        break;
      case 'P':
        parts.push(`${shown} P`);
        break;
      case 'peak heap':
        parts.push(`peak heap ${shown} MiB`);
        break;
      case 'runs':
        parts.push(`${shown} runs`);
        break;
      case 'goos/goarch':
      case 'cpu':
      case 'go':
      case 'target':
        parts.push(shown);
        break;
      default:
        parts.push(`${k} ${shown}`);
    }
  }
  return parts.join(', ');
}

/** The figure compared against the limit, in the limit's unit: "p99.9 95.2 ms against <= 40 ms". */
function comparison(e: EvidenceEntry): string | null {
  const value = num(e.value);
  const unit = str(e.unit);
  const limit = e.limit !== null && typeof e.limit === 'object' ? e.limit : null;
  if (value === null || unit === null) return null;
  const figure = figureText(str(e.stat), value, unit);
  if (!limit) return figure;
  const lv = num(limit.value);
  const lu = str(limit.unit);
  if (lv === null || lu === null || !OPS.includes(limit.op)) return figure;
  return `${figure} against ${limitText({ stat: str(limit.stat), op: limit.op as LimitOp, value: lv, unit: lu })}`;
}

/** The line of one checked constraint; null for a link, which is not read. */
export function evidenceLine(e: EvidenceEntry): string | null {
  const status = asText(e?.status);
  if (status === 'url' || !['verified', 'contradicts', 'unchecked', 'unreadable'].includes(status))
    return null;
  const index = num(e.constraint);
  const path = str(e.path) ?? '?';
  const number = index !== null && index >= 0 ? `#${index + 1} ` : '';
  const tool = str(e.tool);
  const about = [
    tool,
    str(e.metric) !== null && tool ? str(e.metric) : null,
    identityText(e.identity),
  ]
    .filter((s) => s !== null && s !== '')
    .join(', ');
  const head = `${number}${status === 'unreadable' ? 'could not check' : status === 'unchecked' ? 'read' : 'checked'} ${path}${about ? ` (${about})` : ''}`;
  const notes: string[] = [];
  if (e.added === true) notes.push('added in this pull request');
  if (e.fewSamples === true) notes.push('few samples');
  const tail = notes.length ? `; ${notes.join('; ')}` : '';
  const reason = str(e.reason);
  if (status === 'unreadable' || status === 'unchecked') {
    const what = status === 'unchecked' ? 'not compared' : 'unreadable';
    return `${head}: ${what}${reason ? `, ${reason}` : ''}${tail}`;
  }
  const shown = comparison(e) ?? '';
  const met = e.met === true ? 'met' : e.met === false ? 'not met' : 'not compared';
  if (status === 'verified') return `${head}: ${shown} — ${met}, as stated${tail}`;
  const claims = (Array.isArray(e.contradictions) ? e.contradictions : [])
    .slice(0, 3)
    .map((c) => str(c?.claimed))
    .filter((c): c is string => c !== null);
  const claimed = claims.length ? ` (the proposal claims ${claims.join(' and ')})` : '';
  return `${head}: ${shown}${shown ? ' — ' : ''}${met}, contradicting the proposal${claimed}${tail}`;
}

/** The lines of a proposal's checked constraints, in the constraints' order. */
export function evidenceLines(p: ProposalReport): string[] {
  const list = Array.isArray(p?.evidence) ? p.evidence : [];
  return list
    .filter((e): e is EvidenceEntry => e !== null && typeof e === 'object')
    .map(evidenceLine)
    .filter((l): l is string => l !== null)
    .slice(0, MAX_EVIDENCE_LINES);
}
