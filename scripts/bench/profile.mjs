// Reads a V8 .cpuprofile (from `node --cpu-prof`) of an ncc bundle and summarises it: the
// frames with the most self time, time by part (project source, dependencies, file-system
// calls, idle, GC), and the inclusive time of the project's main steps.
//
//   node scripts/bench/profile.mjs PROFILE.cpuprofile BUNDLE.js
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** For each line of the bundle, the module it belongs to (ncc's CONCATENATED MODULE markers). */
function moduleMap(bundleText) {
  const starts = [];
  const lines = bundleText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const concat = /^;\/\/ CONCATENATED MODULE: (\S+)/.exec(line);
    if (concat) starts.push([i + 1, concat[1].replace(/^\.\//, '')]);
    else if (/^\/\*\*\*\/ \d+:$/.test(line))
      starts.push([i + 1, `dependency #${line.slice(6, -1)}`]);
  }
  const moduleOf = (lineNumber) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid][0] <= lineNumber) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const nameOf = (lineNumber) => {
    const i = moduleOf(lineNumber);
    return i < 0 ? 'bundle' : starts[i][1];
  };
  /** The text of the module around a line, to find which package it came from. */
  const textOf = (lineNumber) => {
    const i = moduleOf(lineNumber);
    const from = i < 0 ? 0 : starts[i][0];
    const to = i + 1 < starts.length ? starts[i + 1][0] - 1 : lines.length;
    return lines.slice(from, to);
  };
  return { nameOf, textOf };
}

/**
 * Which npm packages bundled dependency modules came from: for each module, the smallest
 * node_modules file that holds a few of its distinctive lines (the smallest, because some
 * packages ship bundled copies of others). One pass over node_modules for all of them.
 */
function findPackages(root, moduleTexts) {
  // Lines the bundler leaves as they were: not the ones about imports and exports it rewrites.
  const probesOf = moduleTexts.map((lines) => {
    const kept = lines
      .map((l) => l.trim())
      .filter(
        (l) =>
          l.length > 40 &&
          !/__nccwpck|exports|require\(|defineProperty|import\b/.test(l) &&
          !l.startsWith('//') &&
          !l.startsWith('*'),
      );
    if (kept.length <= 3) return kept;
    return [kept[0], kept[Math.floor(kept.length / 2)], kept[kept.length - 1]];
  });
  const best = moduleTexts.map(() => undefined);
  const visit = (dir, depth) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && depth < 8) visit(full, depth + 1);
      else if (e.isFile() && /\.(c|m)?js$/.test(e.name)) {
        let text;
        try {
          text = readFileSync(full, 'utf8');
        } catch {
          continue;
        }
        probesOf.forEach((probes, i) => {
          if (probes.length === 0 || (best[i] && best[i].size <= text.length)) return;
          if (probes.every((p) => text.includes(p))) best[i] = { file: full, size: text.length };
        });
      }
    }
  };
  if (probesOf.some((p) => p.length > 0)) visit(path.join(root, 'node_modules'), 0);
  return best.map((b) => {
    if (!b) return undefined;
    const rel = b.file.slice(b.file.lastIndexOf(`node_modules${path.sep}`) + 13).split(path.sep);
    return rel[0].startsWith('@') ? `${rel[0]}/${rel[1]}` : rel[0];
  });
}

const FS_CALLS = new Set([
  'lstat',
  'stat',
  'fstat',
  'open',
  'openFileHandle',
  'read',
  'close',
  'readdir',
  'realpath',
]);

export function summariseProfile(profilePath, bundlePath, { top = 12, root = process.cwd() } = {}) {
  const prof = JSON.parse(readFileSync(profilePath, 'utf8'));
  const modules = moduleMap(readFileSync(bundlePath, 'utf8'));
  const moduleOf = modules.nameOf;
  const bundleName = bundlePath.split(/[\\/]/).pop();
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const selfById = new Map();
  let total = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const dt = prof.timeDeltas[i] ?? 0;
    selfById.set(prof.samples[i], (selfById.get(prof.samples[i]) ?? 0) + dt);
    total += dt;
  }
  const describe = (node) => {
    const f = node.callFrame;
    const name = f.functionName || '(anonymous)';
    const inBundle = f.url.endsWith(`/${bundleName}`);
    let part;
    if (name === '(idle)') part = 'idle (waiting for I/O)';
    else if (name === '(garbage collector)') part = 'garbage collection';
    else if (name === '(program)' || name === '(root)') part = 'V8 / Node internals';
    else if (!f.url && FS_CALLS.has(name)) part = 'file-system calls';
    else if (inBundle)
      part = moduleOf(f.lineNumber + 1).startsWith('src/')
        ? 'project source'
        : 'bundled dependencies';
    else part = 'V8 / Node internals';
    if (inBundle && name.startsWith('__nccwpck_require__')) {
      // ncc's module loader: its self time is the bundled modules' top-level code running.
      return {
        key: `${name}\tloader`,
        name,
        where: "ncc's module loader (bundled modules' top-level code)",
        part,
      };
    }
    const where = inBundle
      ? `${moduleOf(f.lineNumber + 1)} (bundle line ${f.lineNumber + 1})`
      : f.url.replace(/^node:/, 'node:') || 'native';
    return { key: `${name}\t${where}`, name, where, part };
  };

  const self = new Map();
  const parts = new Map();
  const inclusive = new Map();
  for (const [id, t] of selfById) {
    const d = describe(byId.get(id));
    const s = self.get(d.key) ?? { ...d, ms: 0 };
    s.ms += t / 1000;
    self.set(d.key, s);
    parts.set(d.part, (parts.get(d.part) ?? 0) + t / 1000);
    // Inclusive time of project functions: each distinct project frame on the stack.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const c = describe(byId.get(cur));
      if (c.part !== 'project source' || seen.has(c.key)) continue;
      seen.add(c.key);
      const e = inclusive.get(c.key) ?? { ...c, ms: 0 };
      e.ms += t / 1000;
      inclusive.set(c.key, e);
    }
  }
  const totalMs = total / 1000;
  const sortMs = (m) => [...m.values()].sort((a, b) => b.ms - a.ms);
  const topSelf = sortMs(self).slice(0, top);
  const deps = topSelf
    .map((e) => ({ e, m: /^dependency #\d+ \(bundle line (\d+)\)$/.exec(e.where) }))
    .filter((d) => d.m);
  const packages = findPackages(
    root,
    deps.map((d) => modules.textOf(Number(d.m[1]))),
  );
  deps.forEach((d, i) => {
    if (packages[i]) d.e.where = `${packages[i]} (bundle line ${d.m[1]})`;
  });
  return {
    totalMs,
    topSelf,
    parts: [...parts].map(([part, ms]) => ({ part, ms })).sort((a, b) => b.ms - a.ms),
    topInclusive: sortMs(inclusive).slice(0, top),
  };
}

/** The summary as Markdown tables. */
export function profileMarkdown(summary) {
  const pct = (ms) => `${((100 * ms) / summary.totalMs).toFixed(1)}%`;
  const rows = (list, label) =>
    list.map((e) => `| ${label(e)} | ${e.ms.toFixed(0)} | ${pct(e.ms)} |`).join('\n');
  return [
    `Sampled ${summary.totalMs.toFixed(0)} ms.`,
    '',
    '| where the time goes | ms | share |',
    '|---|---:|---:|',
    rows(summary.parts, (e) => e.part),
    '',
    '| top frames, self time | ms | share |',
    '|---|---:|---:|',
    rows(summary.topSelf, (e) => `\`${e.name}\` — ${e.where}`),
    '',
    '| project functions, inclusive time | ms | share |',
    '|---|---:|---:|',
    rows(summary.topInclusive, (e) => `\`${e.name}\` — ${e.where}`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [profile, bundle] = process.argv.slice(2);
  if (!profile || !bundle) {
    console.error('usage: node scripts/bench/profile.mjs PROFILE.cpuprofile BUNDLE.js');
    process.exit(2);
  }
  console.log(profileMarkdown(summariseProfile(profile, bundle)));
}
