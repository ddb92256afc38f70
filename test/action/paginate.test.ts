import { describe, expect, it } from 'vitest';
import { everyPage } from '../../src/action/api/paginate.js';

/** A list of `total` numbered items served `perPage` at a time; records the pages asked. */
function lister(total: number, perPage: number, fail: readonly number[] = []) {
  const asked: number[] = [];
  const page = async (n: number) => {
    asked.push(n);
    if (fail.includes(n)) throw new Error(`page ${n} failed`);
    const start = (n - 1) * perPage;
    const data = Array.from({ length: Math.max(0, Math.min(perPage, total - start)) }, (_, i) => ({
      id: start + i,
    }));
    return { status: 200, data };
  };
  return { page, asked };
}

const id = (raw: unknown) => (raw as { id: number }).id;

describe('everyPage', () => {
  it('reads pages until one comes back short, keeping the order', async () => {
    const l = lister(25, 10);
    expect(await everyPage(l.page, { perPage: 10, maxPages: 9, item: id })).toEqual(
      Array.from({ length: 25 }, (_, i) => i),
    );
    expect(l.asked).toEqual([1, 2, 3]);
  });

  it('asks one page more when the last full page ends the list', async () => {
    const l = lister(20, 10);
    expect(await everyPage(l.page, { perPage: 10, maxPages: 9, item: id })).toHaveLength(20);
    expect(l.asked).toEqual([1, 2, 3]);
  });

  it('stops at maxPages', async () => {
    const l = lister(1000, 10);
    expect(await everyPage(l.page, { perPage: 10, maxPages: 3, item: id })).toHaveLength(30);
    expect(l.asked).toEqual([1, 2, 3]);
  });

  it('leaves out what item maps to undefined, and a page that is not a list', async () => {
    const items = await everyPage(
      async () => ({ status: 200, data: [{ id: 1 }, null, { id: 3 }] }),
      {
        perPage: 10,
        maxPages: 5,
        item: (raw) => (raw ? id(raw) : undefined),
      },
    );
    expect(items).toEqual([1, 3]);
    const none = await everyPage(async () => ({ status: 200, data: { message: 'x' } }), {
      perPage: 10,
      maxPages: 5,
      item: id,
    });
    expect(none).toEqual([]);
  });

  it('asks `ahead` pages at once, and a page asked ahead but never needed does not fail', async () => {
    const l = lister(15, 10, [3]);
    const items = await everyPage(l.page, { perPage: 10, maxPages: 9, ahead: 3, item: id });
    expect(items).toHaveLength(15);
    expect(l.asked).toEqual([1, 2, 3]);
  });

  it('fails when a page it needs fails', async () => {
    const l = lister(100, 10, [2]);
    await expect(everyPage(l.page, { perPage: 10, maxPages: 9, item: id })).rejects.toThrow(
      'page 2 failed',
    );
  });
});
