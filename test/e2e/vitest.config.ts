// The end-to-end suite: the bundled Action (dist/index.js) under Node 24 against a local GitHub
// API that checks every request and response against GitHub's OpenAPI description. Run it
// with `npm run test:e2e` (test/e2e/run.mjs), which installs Node 24 and, where the machine
// allows it, runs the suite in a network namespace that has only loopback.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // @actions/workflow-parser imports its JSON without import attributes: a loader hook.
    setupFiles: ['test/e2e/support/json-imports.ts'],
  },
});
