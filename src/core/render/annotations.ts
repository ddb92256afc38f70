import type { Finding, ProposalReport, Report, Severity } from '../types.js';
import { isPastDecision, statusKeyword } from '../status.js';
import { compareText, SEVERITY_RANK } from '../verdict.js';
import { asText, clipText, stripControl } from './escape.js';
import { plural } from './labels.js';

/** GitHub shows at most 10 annotations of each level from one step. */
export const ANNOTATION_CAP = 10;
/** Longest annotation message and title; GitHub's check-run annotations allow 64 KiB and 255. */
export const ANNOTATION_MESSAGE_MAX = 4_000;
export const ANNOTATION_TITLE_MAX = 255;
const LEVELS: readonly Severity[] = ['error', 'warning', 'notice'];

export interface Annotation {
  level: Severity;
  /** Plain text: annotations do not render Markdown. */
  message: string;
  /** The rule id. */
  title: string;
  file: string;
  line: number;
  column: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  omitted: Record<Severity, number>;
  /** One line saying how many did not fit, when some did not. */
  overflow: string | undefined;
}

/**
 * An annotation for every open (unwaived) finding, most severe first, at most `cap` of each
 * level. Waived findings are accepted by the reviewers and are not annotated.
 */
export function planAnnotations(report: Report, cap: number = ANNOTATION_CAP): AnnotationPlan {
  const all: Annotation[] = [];
  for (const p of listOf<ProposalReport>(report?.proposals)) {
    const draft =
      p.status === 'draft'
        ? '(draft proposal, never fails the run) '
        : isPastDecision(p.status)
          ? `(${statusKeyword(p.status)} decision, never fails the run) `
          : '';
    for (const f of listOf<Finding>(p.findings)) {
      if (f.waived) continue;
      // The level picks the workflow command (and the sink's method): only these three.
      if (!LEVELS.includes(f.severity)) continue;
      all.push({
        level: f.severity,
        message: clipText(`${draft}${stripControl(asText(f.message))}`, ANNOTATION_MESSAGE_MAX),
        title: clipText(stripControl(asText(f.rule)), ANNOTATION_TITLE_MAX),
        file: asText(p.file),
        line: position(f.line),
        column: position(f.column),
      });
    }
  }
  all.sort(
    (a, b) =>
      SEVERITY_RANK[a.level] - SEVERITY_RANK[b.level] ||
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column,
  );
  const shown: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  for (const a of all) {
    if (shown[a.level] < cap) {
      shown[a.level]++;
      annotations.push(a);
    } else {
      omitted[a.level]++;
    }
  }
  const total = omitted.error + omitted.warning + omitted.notice;
  let overflow: string | undefined;
  if (total > 0) {
    const parts = (['error', 'warning', 'notice'] as const)
      .filter((l) => omitted[l] > 0)
      .map((l) => plural(omitted[l], l));
    overflow = `${plural(total, 'more finding')} did not fit in the annotations (at most ${cap} of each level per step): ${parts.join(', ')}. The job summary lists them all.`;
  }
  return { annotations, omitted, overflow };
}

function listOf<T>(value: unknown): T[] {
  return Array.isArray(value)
    ? (value.filter((v) => v !== null && typeof v === 'object') as T[])
    : [];
}

function position(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 1;
}
