import type { Report } from '../types.js';
import { renderMarkdown, type MarkdownOptions } from './markdown.js';

/** GitHub accepts at most 1 MiB of job summary per step. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/**
 * The job summary: the full Markdown report, without the comment's marker, cut by whole
 * proposals so that its UTF-8 size stays within `limitBytes`.
 */
export function renderSummary(
  report: Report,
  options: Omit<MarkdownOptions, 'marker' | 'maxLength'> = {},
  limitBytes: number = SUMMARY_LIMIT_BYTES,
): string {
  const budget = limitBytes - 1024; // room for what the caller may append
  let maxLength = budget;
  for (;;) {
    const text = renderMarkdown(report, { ...options, marker: undefined, maxLength });
    const bytes = new TextEncoder().encode(text).length;
    if (bytes <= budget || maxLength < 1024) return text;
    // Characters may take up to 4 bytes: shrink by the measured ratio, with some margin.
    maxLength = Math.floor(((maxLength * budget) / bytes) * 0.95);
  }
}
