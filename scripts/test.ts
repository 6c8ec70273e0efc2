// `npm test`: the whole suite, as `npm run` steps. Each step starts as soon as the steps it waits for have
// passed, so that the two cores of these machines are both busy and the first failure shows early:
//   build and the unit tests start at once (the unit tests need no build);
//   the type check waits for the build (both write Astro's generated types), then the format check;
//   Lighthouse starts once the build is done and runs beside everything up to the browser tests: it mostly
//   waits (its quiet periods), and with one stylesheet per page the slowest page scores 100 with margin
//   while the checks over dist/ run beside it (its table shows each run's raw score, so a narrowing margin
//   shows before it fails);
//   the checks over dist/ wait for the unit tests and the format check;
//   last, once those checks and Lighthouse are done, the two more builds (one core) beside the browser tests
//   (two files at a time): the builds alone, waiting for their end, left a core idle for half a minute.
// Each step's output is printed whole when it ends, with its time; the first failure stops the rest.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Each step, and the steps it waits for. */
const STEPS: Record<string, string[]> = {
  build: [],
  'test:unit': [],
  typecheck: ['build'],
  'format:check': ['typecheck'],
  'test:lighthouse': ['build'],
  'test:site': ['test:unit', 'format:check'],
  'test:builds': ['test:site'],
  'test:e2e': ['test:site', 'test:lighthouse'],
};

/**
 * The step that measures time (Lighthouse's performance score comes from how long the page's work took). Every
 * other step runs at a lower priority (`nice -n 10`), so beside them Lighthouse gets a core whenever it asks for one
 * and its timings stay its own: in a fresh clone, where the other steps fill their caches, it took 148 s instead of
 * about 110 s.
 */
const TIMED = 'test:lighthouse';

const running = new Set<ChildProcess>();
let failed = false;
const started = Date.now();
const secs = (since: number) => `${Math.round((Date.now() - since) / 1000)}s`;

/**
 * CPU seconds used by the child processes that have ended (Linux: cutime + cstime in /proc/self/stat,
 * at 100 ticks a second), so a step's line can show its CPU time beside its wall time: on a busy
 * machine the wall time grows, the CPU time does not. Undefined elsewhere.
 */
const childCpu = (): number | undefined => {
  if (!existsSync('/proc/self/stat')) return undefined;
  const fields = readFileSync('/proc/self/stat', 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  // After "pid (comm) ", field 3 is index 0: cutime is field 16, cstime field 17.
  return (Number(fields[13]) + Number(fields[14])) / 100;
};

/** CPU seconds of the steps ended so far: a step's own CPU time is the growth since the last step ended. */
let cpuSoFar = childCpu();

function step(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (failed) return resolve(); // another step failed: start nothing more
    const t = Date.now();
    // Its own process group, so stopping it stops what it started (vitest, java, chromium) too.
    const npm = ['npm', 'run', '--silent', name];
    const command = name === TIMED ? npm : ['nice', '-n', '10', ...npm];
    const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running.add(child);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => {
      running.delete(child);
      if (failed) return resolve(); // stopped because another step failed
      process.stdout.write(`\n── npm run ${name} ──\n${out.trimEnd()}\n`);
      // A step's CPU time is counted when it ends, so the growth since the last ending is this step's.
      const now = childCpu();
      const used = now === undefined || cpuSoFar === undefined ? '' : ` (CPU ${Math.round(now - cpuSoFar)}s)`;
      cpuSoFar = now;
      console.log(`test: ${name} ${code === 0 ? 'passed' : 'FAILED'} in ${secs(t)}${used}`);
      if (code === 0) resolve();
      else reject(new Error(`npm run ${name} failed`));
    });
  });
}

/** Stops every step still running, with everything it started. */
const stopAll = () => {
  failed = true;
  for (const child of running) if (child.pid) process.kill(-child.pid, 'SIGTERM');
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });

/** Each step's run, started once every step it waits for has passed. */
const runs = new Map<string, Promise<void>>();
const run = (name: string): Promise<void> => {
  let pending = runs.get(name);
  if (!pending) {
    pending = Promise.all(STEPS[name]!.map(run)).then(() => step(name));
    runs.set(name, pending);
  }
  return pending;
};
try {
  await Promise.all(Object.keys(STEPS).map(run));
} catch (e) {
  stopAll();
  console.error(`test: ${(e as Error).message}; stopped after ${secs(started)}`);
  process.exit(1);
}
console.log(`test: every step passed in ${secs(started)}`);
