// The job summary, the full report (the comment may be cut short to fit).

import { messageToMarkdown } from '../../core/render/escape.js';
import type { Changes } from '../../core/state/changes.js';
import { renderSummary } from '../../core/render/summary.js';
import type { Report } from '../../core/types.js';
import { errorMessage } from '../github.js';
import type { CommentResult, Rendering, Sink } from '../types.js';

export async function writeSummary(
  sink: Sink,
  report: Report,
  rendering: Rendering,
  comment: CommentResult,
  changes: Changes | undefined,
  text: { emptyText: string; overflowHint: string },
): Promise<string> {
  const notes = [...rendering.notes];
  if (comment.action === 'failed') {
    notes.push(
      `> [!NOTE]\n> No pull request comment was written: ${messageToMarkdown(comment.reason)}`,
    );
  }
  const summary = renderSummary(report, {
    ...rendering,
    notes,
    ...text,
    ...(changes ? { changes } : {}),
  });
  try {
    await sink.summary(summary);
  } catch (err) {
    sink.info(`The job summary was not written: ${errorMessage(err)}`);
  }
  return summary;
}
