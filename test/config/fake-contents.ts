// A loopback fake of GET /repos/{owner}/{repo}/contents/{path}?ref= for the CLI's shared
// configurations: files by "owner/repo/path@ref", statuses to refuse with, and what was asked.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeContents {
  url: string;
  requests: { path: string; auth: string | undefined }[];
  close(): Promise<void>;
}

export async function fakeContents(
  files: Record<string, string>,
  statuses: Record<string, number> = {},
): Promise<FakeContents> {
  const requests: FakeContents['requests'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ path: `${url.pathname}${url.search}`, auth: req.headers.authorization });
    const m = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(url.pathname);
    const key = m
      ? `${m[1]}/${m[2]}/${decodeURIComponent(m[3]!)}@${url.searchParams.get('ref') ?? ''}`
      : '';
    const status = statuses[key];
    const text = files[key];
    res.setHeader('content-type', 'application/json');
    if (status !== undefined || text === undefined) {
      res.statusCode = status ?? 404;
      res.end(JSON.stringify({ message: status === 403 ? 'Forbidden' : 'Not Found' }));
      return;
    }
    res.end(
      JSON.stringify({
        type: 'file',
        size: Buffer.byteLength(text),
        encoding: 'base64',
        content: Buffer.from(text).toString('base64'),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
