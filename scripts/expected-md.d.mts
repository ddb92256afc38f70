import type { Report } from '../src/core/types.ts';

export const NOTES_HEADING: string;
export function renderExpected(report: Report, notes: string): Promise<string>;
export function notesOf(text: string): string;
