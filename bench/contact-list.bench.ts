/**
 * `<contact-list>` at 1,000 / 10,000 / 100,000 contacts in a MemoryAdapter (headless Chromium), each
 * figure beside its anchor measured in the same run, on `bench/pages/contact-list.html`:
 *
 * - `list.first-rows.100k` — ms from mounting the element (adapter given, data already in memory) to its
 *   first rows on screen, at 100k; anchor: the same at 1k (goal: within 1.2×, ratio ≥ 0.83);
 * - `list.dom-rows.100k` — contact rows in the DOM at 100k; anchor: 200 (goal: under it);
 * - `list.search.100k` — ms from one keystroke in the search box (debounce 0) to the answer's rows on
 *   screen; anchor: a plain scan of the 100k contacts' name, e-mail, CPF and phone (goal: ≥ 5× faster);
 * - `list.first-rows.naive.10k` — our time to first rows at 10k; anchor: a plain Lit list that renders
 *   every row of the 10k;
 * - `list.scroll-frame.100k` — the 95th percentile frame time while scrolling ours at 100k (pages load by
 *   cursor as it goes); anchor: the same for the plain Lit list at 10k.
 *
 * The data (`createDemoData`) and the adapter are made before timing; the adapter answers one query first
 * so its index is built, as a server's would be. Medians of several rounds.
 */
import type { Page } from 'playwright-core';
import { lowerIsBetter, median, type Benchmark, type Figure } from './types.js';

const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]!;

/** Search terms typed one per keystroke: common surnames and first names of the demo data. */
const terms = ['silva', 'souza', 'maria', 'costa', 'pereira', 'lima', 'oliveira'];

interface SizeResult {
  firstRows: number;
  domRows: number;
  search: number;
  scan: number;
  scrollP95: number;
  scrollMedian: number;
}

async function measure(page: Page, n: number): Promise<SizeResult> {
  await page.evaluate((size) => window.contactListBench.prepare(size), n);
  const firstRows: number[] = [];
  let domRows = 0;
  // One mount first, not timed: the code is compiled and warm for every size alike.
  await page.evaluate(() => window.contactListBench.mountOurs());
  for (let round = 0; round < 9; round++) {
    const mounted = await page.evaluate(() => window.contactListBench.mountOurs());
    firstRows.push(mounted.ms);
    domRows = Math.max(domRows, mounted.domRows);
  }
  const search: number[] = [];
  const scan: number[] = [];
  for (const term of terms) {
    search.push((await page.evaluate((text) => window.contactListBench.keystroke(text), term)).ms);
    scan.push((await page.evaluate((text) => window.contactListBench.plainScan(text), term)).ms);
  }
  // Back to the whole list, then scroll through it.
  await page.evaluate(() => window.contactListBench.keystroke(''));
  const scroll = await page.evaluate(() => window.contactListBench.scrollFrames(90, 240));
  domRows = Math.max(domRows, scroll.domRows);
  await page.evaluate(() => window.contactListBench.unmount());
  return {
    firstRows: median(firstRows),
    domRows,
    search: median(search),
    scan: median(scan),
    scrollP95: p95(scroll.times),
    scrollMedian: median(scroll.times),
  };
}

const bench: Benchmark = {
  name: '<contact-list> at 1k, 10k and 100k contacts',
  where: 'browser',
  async run({ page, baseUrl }) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/bench/pages/contact-list.html`);
    await page.waitForFunction(() => 'contactListBench' in window);

    const sizes = new Map<number, SizeResult>();
    for (const n of [1_000, 10_000, 100_000]) sizes.set(n, await measure(page, n));

    // The anchor list renders every row: 10k only (100k takes tens of seconds).
    await page.evaluate(() => window.contactListBench.prepare(10_000));
    const naive: number[] = [];
    let naiveRows = 0;
    for (let round = 0; round < 3; round++) {
      const mounted = await page.evaluate(() => window.contactListBench.mountNaive());
      naive.push(mounted.ms);
      naiveRows = mounted.domRows;
    }
    const naiveScroll = await page.evaluate(() => window.contactListBench.scrollFrames(90, 240));
    await page.evaluate(() => window.contactListBench.unmount());

    const k1 = sizes.get(1_000)!;
    const k10 = sizes.get(10_000)!;
    const k100 = sizes.get(100_000)!;
    for (const [n, r] of sizes)
      console.log(
        `  contact-list ${n}: first rows ${r.firstRows.toFixed(1)} ms, DOM rows ${r.domRows}, keystroke ${r.search.toFixed(1)} ms` +
          ` (plain scan ${r.scan.toFixed(1)} ms), scroll frames median ${r.scrollMedian.toFixed(1)} ms, p95 ${r.scrollP95.toFixed(1)} ms`,
      );
    console.log(
      `  plain Lit list 10k: first rows ${median(naive).toFixed(0)} ms, DOM rows ${naiveRows}, scroll frame p95 ${p95(naiveScroll.times).toFixed(1)} ms`,
    );

    const figures: Figure[] = [
      lowerIsBetter('list.first-rows.100k', k100.firstRows, k1.firstRows, 'ms', 'same at 1k'),
      lowerIsBetter('list.first-rows.10k', k10.firstRows, k1.firstRows, 'ms', 'same at 1k'),
      lowerIsBetter('list.dom-rows.100k', k100.domRows, 200, 'rows', 'budget'),
      lowerIsBetter('list.search.100k', k100.search, k100.scan, 'ms', 'plain array scan'),
      lowerIsBetter('list.search.10k', k10.search, k10.scan, 'ms', 'plain array scan'),
      lowerIsBetter(
        'list.first-rows.naive.10k',
        k10.firstRows,
        median(naive),
        'ms',
        'plain Lit list',
      ),
      lowerIsBetter(
        'list.scroll-frame.100k',
        k100.scrollP95,
        p95(naiveScroll.times),
        'ms',
        'plain Lit list at 10k',
      ),
    ];
    return figures;
  },
};

export default bench;
