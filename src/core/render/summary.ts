import type { Report, SkippedFile } from '../types.js';
import { asText, clipText, escapeCode, escapeMarkdown } from './escape.js';
import { plural } from './labels.js';
import { renderMarkdown, type MarkdownOptions } from './markdown.js';

/** GitHub accepts at most 1 MiB of job summary per step. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Most skipped files listed by name. */
const MAX_SKIPPED = 100;

/**
 * The job summary: the full Markdown report, without the comment's marker, then the files that
 * were looked at but skipped, cut by whole proposals so that its UTF-8 size stays within
 * `limitBytes`.
 */
export function renderSummary(
  report: Report,
  options: Omit<MarkdownOptions, 'marker' | 'maxLength'> = {},
  limitBytes: number = SUMMARY_LIMIT_BYTES,
): string {
  const budget = Math.max(0, limitBytes - 1024); // room for what the caller may append
  const skipped = skippedSection(report?.skipped);
  const skippedBytes = Buffer.byteLength(skipped, 'utf8');
  // The skipped list is short (at most 100 names clipped to 400 characters); the report comes first.
  const tail = skippedBytes <= budget / 4 ? skipped : '';
  const room = budget - Buffer.byteLength(tail, 'utf8');
  const render = (maxLength: number) =>
    `${renderMarkdown(report, { ...options, marker: undefined, maxLength })}${tail}`;
  let maxLength = room;
  for (let attempt = 0; attempt < 8; attempt++) {
    const text = render(maxLength);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= budget) return text;
    // Characters may take up to 3 bytes each: shrink by the measured ratio, with some margin.
    maxLength = Math.floor(((maxLength * room) / bytes) * 0.95);
  }
  // No UTF-16 unit takes more than 3 bytes of UTF-8, so this always fits.
  return render(Math.floor(room / 3));
}

/** The files that were looked at but are not proposals, with the reason; empty when none. */
function skippedSection(value: unknown): string {
  const list = Array.isArray(value)
    ? (value.filter((v) => v !== null && typeof v === 'object') as SkippedFile[])
    : [];
  if (list.length === 0) return '';
  const lines = [
    '',
    `**${plural(list.length, 'file')} skipped**, not judged as proposals:`,
    '',
    ...list
      .slice(0, MAX_SKIPPED)
      .map(
        (s) =>
          `- <code>${escapeCode(clipText(asText(s.file), 400))}</code>: ${escapeMarkdown(clipText(asText(s.reason), 400))}`,
      ),
  ];
  if (list.length > MAX_SKIPPED)
    lines.push(`- … and ${plural(list.length - MAX_SKIPPED, 'more file')}`);
  return `${lines.join('\n')}\n`;
}
