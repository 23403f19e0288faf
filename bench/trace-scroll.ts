/**
 * `npx tsx bench/trace-scroll.ts [n] [ours|naive] [--no-profiler]`: what a scroll frame of `<contact-list>` spends its
 * time on. Mounts the list of `bench/pages/contact-list.html` with `n` contacts (default 100,000),
 * records a Chromium performance trace (CDP `Tracing`, the timeline and the V8 sampling profiler) while
 * it scrolls 90 frames as the benchmark does, and prints the main thread's time by kind of work
 * (script, style, layout, paint…) and the JavaScript functions with the most self time. The trace
 * itself goes to `bench/trace-scroll.json` (open it in Chrome's Performance panel).
 *
 * Beside each wall-clock figure it prints the main thread's CPU time (the trace's thread time), and the
 * CPU time of each frame (the main thread's tasks from one animation frame to the next): on a machine
 * shared with other work the wall-clock figures stretch, the CPU times much less — compare those.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startBrowserHarness } from './browser-harness.js';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event: unlike `dur`, not stretched while other processes hold the CPU. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

const args = process.argv.slice(2);
/** `--no-profiler`: no V8 sampling profiler, which adds to the script's time (the JS table is then empty). */
const profiler = !args.includes('--no-profiler');
const [size, list] = args.filter((arg) => !arg.startsWith('--'));
const n = Number(size ?? 100_000);
const which = list === 'naive' ? 'naive' : 'ours';
const harness = await startBrowserHarness();
try {
  const page = await harness.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${harness.baseUrl}/bench/pages/contact-list.html`);
  await page.waitForFunction(() => 'contactListBench' in window);
  await page.evaluate((size) => window.contactListBench.prepare(size), n);
  if (which === 'naive') await page.evaluate(() => window.contactListBench.mountNaive());
  else await page.evaluate(() => window.contactListBench.mountOurs());

  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.frame',
        'v8.execute',
        ...(profiler ? ['disabled-by-default-v8.cpu_profiler'] : []),
        'blink.user_timing',
      ],
    },
  });
  const scroll = await page.evaluate(() => window.contactListBench.scrollFrames(90, 240));
  await cdp.send('Tracing.end');
  await done;
  await writeFile(
    fileURLToPath(new URL('./trace-scroll.json', import.meta.url)),
    JSON.stringify({ traceEvents: events }),
  );

  const times = [...scroll.times].sort((a, b) => a - b);
  const at = (q: number) => times[Math.floor(times.length * q)]!.toFixed(1);
  console.log(
    `${which} at ${n}: frames median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(0.999)} ms`,
  );

  // The renderer's main thread: the thread of the most "RunTask"-free timeline events.
  const main = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain') main.set(`${e.pid}`, e.tid);
  }
  const onMain = (e: TraceEvent) => main.get(`${e.pid}`) === e.tid;
  const byName = new Map<string, { wall: number; cpu: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || !onMain(e) || e.dur === undefined) continue;
    if (e.cat.includes('devtools.timeline') && !e.cat.includes('frame')) {
      const sum = byName.get(e.name) ?? { wall: 0, cpu: 0 };
      sum.wall += e.dur / 1000;
      sum.cpu += (e.tdur ?? e.dur) / 1000;
      byName.set(e.name, sum);
    }
  }
  console.log('\nMain thread by event (nested events overlap):  wall ms    CPU ms');
  for (const [name, { wall, cpu }] of [...byName].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 18))
    console.log(
      `  ${name.padEnd(40)} ${wall.toFixed(1).padStart(8)} ${cpu.toFixed(1).padStart(9)}`,
    );

  // The main thread's CPU time per frame: its tasks from one animation frame's start to the next.
  const tasks = events
    .filter((e) => e.ph === 'X' && onMain(e) && e.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts);
  const frameStarts = events
    .filter((e) => e.ph === 'X' && onMain(e) && e.name === 'FireAnimationFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const perFrame: number[] = [];
  for (let i = 1; i < frameStarts.length; i++) {
    let cpu = 0;
    for (const task of tasks)
      if (task.ts >= frameStarts[i - 1]! && task.ts < frameStarts[i]!)
        cpu += (task.tdur ?? task.dur ?? 0) / 1000;
    perFrame.push(cpu);
  }
  perFrame.sort((a, b) => a - b);
  const cpuAt = (q: number) => (perFrame[Math.floor(perFrame.length * q)] ?? 0).toFixed(1);
  console.log(
    `\nMain thread CPU per frame (${perFrame.length} frames): median ${cpuAt(0.5)} ms, p95 ${cpuAt(0.95)} ms, max ${cpuAt(0.999)} ms`,
  );

  // JavaScript self time from the sampling profiler's chunks.
  const nodes = new Map<number, ProfileNode>();
  const self = new Map<number, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args?.data as
      | { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] }
      | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
  }
  const byFunction = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    const file = (frame.url ?? '')
      .replace(/^.*\/(node_modules\/|src\/)/, '$1')
      .replace(/\?.*$/, '');
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  console.log('\nJavaScript self time, ms (sampled):');
  for (const [name, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`);
} finally {
  await harness.close();
}
