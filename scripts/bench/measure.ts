/**
 * What the benchmark measures around a build: peak memory and CPU time of all its processes
 * (sampled from /proc), output sizes, and the transfer size of pages (gzip of the HTML plus the
 * stylesheets and scripts it loads).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PAGE = 4096;

/** One process as /proc shows it: parent, start time (tells a reused pid apart), CPU ticks. */
interface ProcStat {
  ppid: number;
  start: string;
  ticks: number;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 4 (ppid), 14 and 15 (utime, stime, in clock ticks), 22 (start time).
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), start: f[19]! };
  } catch {
    return undefined; // the process ended while we looked
  }
}

/**
 * Samples the processes of a run: `root`, its descendants, and every process that once was one.
 * Pagefind's Node API kills its service and does not wait for it, so the service ends after its
 * parent, outside the tree, and no parent's "children's CPU" ever counts it (about a quarter of a
 * 10,000-entry build's CPU): it is followed by its pid until it ends.
 */
export class ProcessSampler {
  /** CPU ticks last seen, by pid and start time. */
  readonly #ticks = new Map<string, number>();
  /** The processes followed, by pid, with the start time they had when first seen. */
  readonly #followed = new Map<number, string>();
  readonly #root: number;

  constructor(root: number) {
    this.#root = root;
  }

  /** Samples once; returns the resident memory of the run's live processes, in bytes (undefined without /proc). */
  sample(): number | undefined {
    let names: string[];
    try {
      names = readdirSync('/proc');
    } catch {
      return undefined;
    }
    // Each process's stat is read once per sample: for the tree, then for the figures.
    const stats = new Map<number, ProcStat>();
    const children = new Map<number, number[]>();
    for (const name of names) {
      if (!/^\d+$/.test(name)) continue;
      const stat = readStat(Number(name));
      if (!stat) continue;
      stats.set(Number(name), stat);
      const list = children.get(stat.ppid) ?? [];
      list.push(Number(name));
      children.set(stat.ppid, list);
    }
    const queue = [this.#root];
    while (queue.length) {
      const pid = queue.pop()!;
      const stat = stats.get(pid);
      if (stat && !this.#followed.has(pid)) this.#followed.set(pid, stat.start);
      queue.push(...(children.get(pid) ?? []));
    }
    let total = 0;
    for (const [pid, start] of this.#followed) {
      const stat = stats.get(pid);
      // Ended, or ended and its pid given to another process since the last sample.
      if (stat?.start !== start) {
        this.#followed.delete(pid);
        continue;
      }
      this.#ticks.set(`${pid}@${start}`, stat.ticks);
      try {
        total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
      } catch {
        /* ended */
      }
    }
    return total;
  }

  /** CPU time (user + system, ms) of every process seen, as of its last sample (ticks of 10 ms). */
  cpuMs(): number {
    let ticks = 0;
    for (const t of this.#ticks.values()) ticks += t;
    return ticks * 10;
  }
}

/**
 * Shared memory in use on the system (bytes), which holds files in /dev/shm: where the build
 * stages its sites (scripts/build/staging.ts). Not part of any process's resident memory, but
 * memory the build takes all the same.
 */
function shmem(): number | undefined {
  try {
    const kb = /^Shmem:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

/** CPU time (user + system, ms) of this process's children that have ended and been waited for. */
export function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 (cutime, cstime), in clock ticks of 10 ms; they include grandchildren
    // that their parents waited for, so the whole build tree.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

export interface RunResult {
  code: number;
  wallMs: number;
  /** CPU time of the whole process tree (user + system), ms: less sensitive to a busy machine than wall time. */
  cpuMs: number | undefined;
  /** Highest sampled resident memory of the process tree, bytes (undefined without /proc). */
  peakRss: number | undefined;
  /** Highest sampled resident memory plus what the run added to /dev/shm (its staged output). */
  peakMemory: number | undefined;
  output: string;
}

/** Runs a command, sampling the memory of its process tree every `everyMs`. */
export function runMeasured(
  command: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; everyMs?: number },
): Promise<RunResult> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const cpuBefore = childrenCpuMs();
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    let peak: number | undefined;
    let peakMemory: number | undefined;
    const shmemBefore = shmem();
    const processes = child.pid === undefined ? undefined : new ProcessSampler(child.pid);
    const sample = () => {
      const rss = processes?.sample();
      if (rss === undefined) return;
      peak = Math.max(peak ?? 0, rss);
      const now = shmem();
      const staged = now === undefined || shmemBefore === undefined ? 0 : Math.max(0, now - shmemBefore);
      peakMemory = Math.max(peakMemory ?? 0, rss + staged);
    };
    const timer = setInterval(sample, opts.everyMs ?? 100);
    child.on('error', (e) => {
      clearInterval(timer);
      fail(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const cpuAfter = childrenCpuMs();
      const waitedFor = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      // Both count less than all: the first misses processes nobody waited for, the second the
      // last tenth of a second of each process. The larger is the closer.
      const sampled = processes?.cpuMs();
      const cpuMs = waitedFor === undefined ? sampled : Math.max(waitedFor, sampled ?? 0);
      done({ code: code ?? 1, wallMs: performance.now() - started, cpuMs, peakRss: peak, peakMemory, output });
    });
  });
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else yield full;
  }
}

/** Total size in bytes of the files below `dir` (undefined if it does not exist). */
export function dirSize(dir: string): number | undefined {
  if (!existsSync(dir)) return undefined;
  let n = 0;
  for (const f of files(dir)) n += statSync(f).size;
  return n;
}

export interface PageWeight {
  /** Site path of the page, e.g. /en/practices/x/. */
  page: string;
  /** gzip bytes of the HTML plus every stylesheet and script it loads. */
  transfer: number;
  html: number;
  assets: number;
  /** Whether the page loads or inlines any JavaScript. */
  js: boolean;
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 6 }).length;

/** Transfer size of one built page: gzip of the HTML and of the CSS/JS files it references. */
export function pageWeight(siteDir: string, file: string): PageWeight {
  const html = readFileSync(file, 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*>/g)) {
    const href = /href="?([^"\s>]+)/.exec(m[0])?.[1];
    if (href?.startsWith('/')) refs.add(href);
  }
  for (const m of html.matchAll(/<script\b[^>]*src="?([^"\s>]+)/g)) if (m[1]!.startsWith('/')) refs.add(m[1]!);
  let assets = 0;
  for (const ref of refs) {
    const path = join(siteDir, decodeURIComponent(ref.split(/[?#]/)[0]!));
    if (existsSync(path)) assets += gz(readFileSync(path));
  }
  const htmlGz = gz(html);
  const page = `/${file.slice(siteDir.length + 1).replace(/index\.html$/, '')}`;
  return { page, transfer: htmlGz + assets, html: htmlGz, assets, js: /<script\b/i.test(html) };
}

/**
 * The heaviest of the pages whose path matches `filter`: the largest HTML files are gzipped
 * (transfer size follows raw size closely; gzipping every page of a 20,000-page site would take long).
 */
export function heaviestPage(
  siteDir: string,
  filter: (rel: string) => boolean,
  candidates = 8,
): PageWeight | undefined {
  if (!existsSync(siteDir)) return undefined;
  const pages: { file: string; size: number }[] = [];
  for (const f of files(siteDir)) {
    if (!f.endsWith('.html') || !filter(f.slice(siteDir.length + 1))) continue;
    pages.push({ file: f, size: statSync(f).size });
  }
  pages.sort((a, b) => b.size - a.size);
  let best: PageWeight | undefined;
  for (const p of pages.slice(0, candidates)) {
    const w = pageWeight(siteDir, p.file);
    if (!best || w.transfer > best.transfer) best = w;
  }
  return best;
}

/** A practice page (not a facet listing below /practices/). */
export const isPracticePage = (rel: string) =>
  /^(en|fr)\/practices\/[^/]+\/index\.html$/.test(rel) && !/\/practices\/(theme|gcm|language)\//.test(rel);

/**
 * The one script every page may load: the frame's colour switch and menu keys (public/site.js,
 * held to 2 KB compressed by tests/architecture/frame-script.test.ts).
 */
export const FRAME_SCRIPT = /<script src="\/site\.js"><\/script>/g;

/** Pages that load or inline JavaScript beyond the frame's script, among the practice pages. */
export function practicePagesWithJs(siteDir: string): number {
  if (!existsSync(siteDir)) return 0;
  let n = 0;
  for (const f of files(join(siteDir))) {
    if (!isPracticePage(f.slice(siteDir.length + 1))) continue;
    if (/<script\b/i.test(readFileSync(f, 'utf8').replace(FRAME_SCRIPT, ''))) n++;
  }
  return n;
}

/** The median of the defined values (undefined if there are none). */
export function median(values: (number | undefined)[]): number | undefined {
  const v = values.filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1]! + v[mid]!) / 2;
}
