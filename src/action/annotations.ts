// Writes the findings as workflow annotations: pure planning is in core/render/annotations.ts.

import {
  ANNOTATION_CAP,
  planAnnotations,
  type AnnotationPlan,
} from '../core/render/annotations.js';
import type { Report } from '../core/types.js';
import type { Sink } from './types.js';

/** Emits at most 10 annotations of each level, most severe first, and says what did not fit. */
export function writeAnnotations(report: Report, sink: Sink): AnnotationPlan {
  const plan = planAnnotations(report);
  for (const a of plan.annotations) {
    sink[a.level](a.message, {
      title: a.title,
      file: a.file,
      startLine: a.line,
      startColumn: a.column,
    });
  }
  if (plan.overflow) {
    // A notice still shows when the notices have room; otherwise the log carries the line.
    const notices = plan.annotations.filter((a) => a.level === 'notice').length;
    if (notices < ANNOTATION_CAP) sink.notice(plan.overflow);
    else sink.info(plan.overflow);
  }
  return plan;
}
