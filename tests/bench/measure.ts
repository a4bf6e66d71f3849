/**
 * Runs one command and measures it the way the benchmark reports it: wall
 * time, and the CPU time and peak resident memory of its whole process tree,
 * with Pagefind's binary (which the Node API runs as a separate process)
 * counted apart from everything else. Linux only: figures come from /proc.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Per kind of process: Pagefind's binary, and everything else (Node, Astro, esbuild...). */
export interface ByKind {
  pagefind: number;
  other: number;
}

/** What one measured command did. */
export interface Measured {
  exitCode: number;
  /** Everything it printed, stdout and stderr interleaved, without colour codes. */
  output: string;
  wallMs: number;
  /** User plus system CPU time, summed over processes, each as last sampled (within POLL_MS of its end). */
  cpuMs: ByKind;
  /** Highest resident memory of any one process of each kind, in bytes. */
  peakRss: ByKind;
}

const POLL_MS = 100;
/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ): 100 on Linux x86 and ARM. */
const TICKS_PER_SECOND = 100;

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** A process and all its descendants, found through each thread's `children` list. */
function processTree(root: number): number[] {
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    found.push(pid);
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      const children = read(`/proc/${pid}/task/${task}/children`) ?? '';
      queue.push(...children.split(' ').filter(Boolean).map(Number));
    }
  }
  return found;
}

function statusKb(status: string, field: 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : 0;
}

/** User plus system ticks of a process (all its threads), from /proc/<pid>/stat. */
function cpuTicks(pid: number): number | undefined {
  // After the parenthesised name: state is field [0], utime [11], stime [12].
  const fields = (read(`/proc/${pid}/stat`) ?? '').replace(/^.*\)\s+/s, '').split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks : undefined;
}

/**
 * Samples a process tree. Peak memory is each process's own high-water mark
 * (VmHWM, kept by the kernel, so no peak falls between samples), the highest
 * per kind: one process does nearly all the work of each kind, and adding up
 * sampled totals would count twice a child caught between fork and exec.
 * CPU is read per process rather than from the parent's rusage: Node does not
 * always reap Pagefind's binary before it exits, and an unreaped child's time
 * never reaches its parent's.
 */
class TreeSampler {
  private readonly processes = new Map<number, { kind: keyof ByKind; hwmKb: number; ticks: number }>();

  sample(root: number): void {
    for (const pid of processTree(root)) {
      const status = read(`/proc/${pid}/status`);
      if (!status) continue;
      const name = /^Name:\s+(\S+)/m.exec(status)?.[1] ?? '';
      // The binary is `pagefind_extended` (cut to 15 characters in /proc) or `pagefind`.
      const kind = name.startsWith('pagefind') ? 'pagefind' : 'other';
      // Between fork and exec a child still shows its parent's name and memory;
      // once it execs, its record starts again under its own name.
      let known = this.processes.get(pid);
      if (!known || known.kind !== kind) known = { kind, hwmKb: 0, ticks: 0 };
      known.hwmKb = Math.max(known.hwmKb, statusKb(status, 'VmHWM'));
      known.ticks = cpuTicks(pid) ?? known.ticks;
      this.processes.set(pid, known);
    }
  }

  /** Bytes. */
  peakRss(): ByKind {
    const peak: ByKind = { pagefind: 0, other: 0 };
    for (const { kind, hwmKb } of this.processes.values()) peak[kind] = Math.max(peak[kind], hwmKb * 1024);
    return peak;
  }

  cpuMs(): ByKind {
    const ms: ByKind = { pagefind: 0, other: 0 };
    for (const { kind, ticks } of this.processes.values()) ms[kind] += (ticks * 1000) / TICKS_PER_SECOND;
    return ms;
  }
}

/** Runs `command args` in `cwd` with `env`, printing nothing, and measures it. Never throws for a failed exit. */
export async function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const sampler = new TreeSampler();
  const timer = setInterval(() => sampler.sample(child.pid!), POLL_MS);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(timer);
  return {
    exitCode,
    // eslint-disable-next-line no-control-regex -- matching the terminal's colour codes is the point
    output: output.replace(/\u001b\[[0-9;]*m/g, ''),
    wallMs: performance.now() - started,
    cpuMs: sampler.cpuMs(),
    peakRss: sampler.peakRss(),
  };
}

/** Total size in bytes of every file under a folder. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}
