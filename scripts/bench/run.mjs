// Runs one command and measures it: wall time (taken here, around spawn → exit) and peak
// resident memory (GNU time's "Maximum resident set size" when /usr/bin/time is there, else
// a probe preloaded into the Node child that records process.resourceUsage().maxRSS).
// Always asynchronous, so a loopback server in this process keeps answering meanwhile.
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const PROBE = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url));

let gnuTime;
/** True when /usr/bin/time is GNU time and takes -v (checked once). */
export async function hasGnuTime() {
  if (gnuTime !== undefined) return gnuTime;
  gnuTime = false;
  if (existsSync(GNU_TIME)) {
    const r = await spawnWait(GNU_TIME, ['-v', 'true'], { stdio: ['ignore', 'ignore', 'pipe'] });
    gnuTime = r.code === 0 && /Maximum resident set size/.test(r.stderr);
  }
  return gnuTime;
}

/** How peak memory is measured, for the report. */
export async function memoryMethod() {
  return (await hasGnuTime())
    ? '`/usr/bin/time -v` (maximum resident set size)'
    : '`process.resourceUsage().maxRSS` recorded at exit by a probe preloaded with `--import`';
}

function spawnWait(cmd, args, options) {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout ends the command and everything it started.
    const child = spawn(cmd, args, { ...options, detached: Boolean(options.timeoutMs) });
    let stderr = '';
    child.stderr?.on('data', (d) => {
      if (stderr.length < 64 * 1024) stderr += d;
    });
    let timer;
    if (options.timeoutMs) {
      timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }, options.timeoutMs);
    }
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

/**
 * Runs `node [nodeArgs] script [args]` (or any command when `node` is false) in `cwd`.
 * stdout goes to `stdoutFile` (or is dropped). Resolves to
 * { ms, cpuMs (user + system), rssMB, code, timedOut, stderr }. Exit codes in `okCodes` are expected; others throw.
 */
export async function measure({
  script,
  args = [],
  node = process.execPath,
  nodeArgs = [],
  cwd,
  env = process.env,
  stdoutFile,
  tmpDir,
  okCodes = [0, 1],
  timeoutMs,
}) {
  const rssFile = path.join(
    tmpDir,
    `rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`,
  );
  const useTime = await hasGnuTime();
  const nodeCmd = [node, ...nodeArgs];
  if (!useTime) nodeCmd.push('--import', pathToFileURL(PROBE).href);
  const command = [...nodeCmd, ...(script ? [script] : []), ...args];
  const [cmd, ...cmdArgs] = useTime ? [GNU_TIME, '-v', '-o', rssFile, ...command] : command;
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  const childEnv = useTime ? env : { ...env, BENCH_RSS_FILE: rssFile };
  const start = performance.now();
  let r;
  try {
    r = await spawnWait(cmd, cmdArgs, {
      cwd,
      env: childEnv,
      stdio: ['ignore', out, 'pipe'],
      timeoutMs,
    });
  } finally {
    if (typeof out === 'number') closeSync(out);
  }
  const ms = performance.now() - start;
  let rssMB = NaN;
  let cpuMs = NaN;
  try {
    const text = readFileSync(rssFile, 'utf8');
    if (useTime) {
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1];
      const user = /User time \(seconds\): ([\d.]+)/.exec(text)?.[1];
      const sys = /System time \(seconds\): ([\d.]+)/.exec(text)?.[1];
      if (kb) rssMB = Number(kb) / 1024;
      if (user && sys) cpuMs = (Number(user) + Number(sys)) * 1000;
      // GNU time reports the child's status in its own output, and exits with it.
      const status = /Exit status: (\d+)/.exec(text)?.[1];
      if (status !== undefined && r.code !== null) r.code = Number(status);
    } else {
      const [kb, cpuMicros] = text.trim().split(/\s+/).map(Number);
      rssMB = kb / 1024;
      cpuMs = cpuMicros / 1000;
    }
  } catch {
    // no record: the run was killed
  }
  rmSync(rssFile, { force: true });
  const timedOut =
    r.signal === 'SIGKILL' || (useTime && /Command terminated by signal 9/.test(r.stderr));
  if (!timedOut && !okCodes.includes(r.code)) {
    throw new Error(
      `${command.join(' ')} exited with ${r.code ?? r.signal} in ${cwd}\n${r.stderr.slice(-2000)}`,
    );
  }
  return { ms, cpuMs, rssMB, code: r.code, timedOut, stderr: r.stderr };
}

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export function max(values) {
  const v = values.filter((x) => Number.isFinite(x));
  return v.length ? Math.max(...v) : NaN;
}
