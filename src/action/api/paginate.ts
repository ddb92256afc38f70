// The one way a list call reads its pages: page 1, 2, ... until a page comes back short or a
// cap is reached. Each list-* file keeps its own request (the route stays in that file) and
// hands this helper the call for one page.

import type { ApiResponse } from './types.js';

export interface Paging<T> {
  /** Items a full page holds: the request's `per_page`. */
  perPage: number;
  /** The most pages read; past them the list is cut short. */
  maxPages: number;
  /**
   * Pages asked at once before the first answer, when the caller knows how many there are
   * (the client bounds how many run together); default 1, one page at a time.
   */
  ahead?: number;
  /** One listed item as the caller keeps it; undefined: left out. */
  item: (raw: unknown) => T | undefined;
}

/** Every item of a list call, in the order the API lists them. */
export async function everyPage<T>(
  page: (n: number) => Promise<ApiResponse>,
  paging: Paging<T>,
): Promise<T[]> {
  const { perPage, maxPages, item } = paging;
  const ahead = Math.min(maxPages, Math.max(1, paging.ahead ?? 1));
  const asked = Array.from({ length: ahead }, (_, i) => page(i + 1));
  // A page asked ahead and left unread (an earlier one came back short) must not fail the run.
  for (const p of asked) p.catch(() => {});
  const items: T[] = [];
  for (let n = 1; n <= maxPages; n++) {
    const res = n <= ahead ? await asked[n - 1]! : await page(n);
    const data = Array.isArray(res.data) ? (res.data as unknown[]) : [];
    for (const raw of data) {
      const kept = item(raw);
      if (kept !== undefined) items.push(kept);
    }
    if (data.length < perPage) break;
  }
  return items;
}
