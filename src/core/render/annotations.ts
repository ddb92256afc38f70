import type { Report, Severity } from '../types.js';
import { SEVERITY_RANK } from '../verdict.js';
import { stripControl } from './escape.js';
import { plural } from './labels.js';

/** GitHub shows at most 10 annotations of each level from one step. */
export const ANNOTATION_CAP = 10;

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
  for (const p of report.proposals) {
    const draft = p.status === 'draft' ? '(draft proposal, never fails the run) ' : '';
    for (const f of p.findings) {
      if (f.waived) continue;
      all.push({
        level: f.severity,
        message: `${draft}${stripControl(f.message)}`,
        title: f.rule,
        file: p.file,
        line: Math.max(1, f.line),
        column: Math.max(1, f.column),
      });
    }
  }
  all.sort(
    (a, b) =>
      SEVERITY_RANK[a.level] - SEVERITY_RANK[b.level] ||
      a.file.localeCompare(b.file) ||
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
