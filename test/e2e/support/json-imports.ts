// A setup file of the e2e suite. @actions/workflow-parser imports its JSON schemas without an
// import attribute, which Node refuses; this loader hook adds `type: 'json'` for that
// package's JSON files only (as test/docs/workflows.test.ts does), so that the test files can
// import the parser statically.
import { register } from 'node:module';

const hook = `export async function load(url, context, next) {
  if (url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) {
    return next(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
