// Runs once before the e2e suite: Node 24 (installed from the npm registry when missing; in
// the network namespace run.mjs has already installed it) and the committed bundle.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureNode24, ROOT } from './node24.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Node 24 binary that runs dist/index.js. */
    node24: string;
    node24Version: string;
  }
}

export default function setup(project: TestProject): void {
  const node = ensureNode24();
  const dist = path.join(ROOT, 'dist', 'index.js');
  if (!existsSync(dist)) throw new Error(`${dist} is missing: run npm run build`);
  project.provide('node24', node.path);
  project.provide('node24Version', node.version);
}
