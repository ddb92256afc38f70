// Preloaded into the Action's process by test/e2e/proxy.test.ts (NODE_OPTIONS=--import): at exit,
// writes the CommonJS files it required (the bundle's undici.cjs, if loaded), the Node
// built-in modules it loaded, and whether any undici ran (each copy, bundled or Node's own,
// registers its global dispatcher when it loads) to the file named by STACK_VERDICT_LOAD_PROBE.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const cache = createRequire(import.meta.url).cache;
process.on('exit', () => {
  const out = process.env.STACK_VERDICT_LOAD_PROBE;
  if (!out) return;
  writeFileSync(
    out,
    JSON.stringify({
      required: Object.keys(cache),
      builtins: process.moduleLoadList,
      undici: Symbol.for('undici.globalDispatcher.1') in globalThis,
    }),
  );
});
