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
  const budget = Math.max(0, limitBytes - 1024); // room for what the caller may append
  const render = (maxLength: number) =>
    renderMarkdown(report, { ...options, marker: undefined, maxLength });
  let maxLength = budget;
  for (let attempt = 0; attempt < 8; attempt++) {
    const text = render(maxLength);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= budget) return text;
    // Characters may take up to 3 bytes each: shrink by the measured ratio, with some margin.
    maxLength = Math.floor(((maxLength * budget) / bytes) * 0.95);
  }
  // No UTF-16 unit takes more than 3 bytes of UTF-8, so this always fits.
  return render(Math.floor(budget / 3));
}
