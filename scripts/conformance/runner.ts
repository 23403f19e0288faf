import { AdapterError } from '../../src/core/adapter/errors.js';
import { RestAdapter } from '../../src/core/adapter/rest/index.js';
import type { PortalAdapter } from '../../src/core/adapter/types.js';
import { checks, type Check } from './checks.js';
import {
  CheckSkipped,
  type ConformanceTokens,
  type Person,
  type RawAnswer,
  type Tester,
} from './tester.js';
import { requirementIds, requirements, unproven } from './requirements.js';
import { ShapeChecker } from './shapes.js';

export { CheckSkipped, type ConformanceTokens, type Person, type RawAnswer, type Tester };

/**
 * Runs the conformance checks against a backend over HTTP, through `RestAdapter` (what the elements
 * use) and through plain `fetch` for what the adapter never sends (no token, no If-Match, a malformed
 * query). Every exchange is recorded: a failed check prints the last one as its reproduction, and
 * every answer is checked against the OpenAPI document (`SHAPES`).
 */

export interface ConformanceOptions {
  /** Where the contract is served (`https://api.example.com/portico/v1`). */
  baseUrl: string;
  tokens: ConformanceTokens;
  /** The OpenAPI document the answers are checked against. */
  openapi: Record<string, unknown>;
  /** `read`: only the checks that change nothing on a conforming backend. Default `all`. */
  scope?: 'read' | 'all';
  /** Only the checks whose title or requirement contains one of these (case-insensitive). */
  filter?: string[];
  /** Where progress lines go (default: nowhere). */
  log?: (line: string) => void;
  fetch?: typeof fetch;
}

/** One HTTP exchange, as a reproduction shows it. */
export interface Exchange {
  method: string;
  path: string;
  body?: string;
  status: number;
  answer: string;
}

export interface CheckResult {
  check: Check;
  outcome: 'pass' | 'fail' | 'skip';
  /** Why it failed or was skipped. */
  reason?: string;
  /** What a passing check could not cover here ({@link Tester.note}). */
  notes: string[];
  /** The exchange to reproduce the failure with. */
  reproduction?: Exchange;
  exchanges: number;
  /** The first answer that did not fit the OpenAPI document, if any. */
  shapeProblem?: { problem: string; exchange: Exchange };
}

export interface ConformanceReport {
  results: CheckResult[];
  /** Per requirement: its checks' results. */
  byRequirement: Map<string, CheckResult[]>;
  failed: number;
}

/** A check's expectation that did not hold. */
export class CheckFailure extends Error {
  constructor(
    message: string,
    readonly exchange?: Exchange,
  ) {
    super(message);
    this.name = 'CheckFailure';
  }
}

const short = (text: string, max = 240): string =>
  text.length > max ? `${text.slice(0, max)}…` : text;

/** The exchange as one line: `PUT /contacts/x If-Match "3" {"role":…} → 409 {"error":…}`. */
export function reproductionLine(exchange: Exchange): string {
  const body = exchange.body ? ` ${short(exchange.body, 160)}` : '';
  return `${exchange.method} ${exchange.path}${body} → ${exchange.status} ${short(exchange.answer)}`;
}

export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const shapes = new ShapeChecker(options.openapi);
  const realFetch = options.fetch ?? globalThis.fetch;
  const scope = options.scope ?? 'all';
  const filters = (options.filter ?? []).map((f) => f.toLowerCase());
  const log = options.log ?? (() => undefined);
  const results: CheckResult[] = [];

  for (const check of checks) {
    for (const id of check.proves) {
      if (!requirementIds.has(id)) throw new Error(`check "${check.title}" proves unknown "${id}"`);
    }
    if (scope === 'read' && check.scope !== 'read') continue;
    if (
      filters.length &&
      !filters.some(
        (f) =>
          check.title.toLowerCase().includes(f) ||
          check.proves.some((id) => id.toLowerCase().includes(f)),
      )
    ) {
      continue;
    }

    const exchanges: Exchange[] = [];
    const shapeProblems: { problem: string; exchange: Exchange }[] = [];
    const cleanups: (() => Promise<unknown>)[] = [];
    const notes: string[] = [];

    /** `fetch` that records each exchange and checks its answer against the document. */
    const recording: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const sent = request.body ? await request.clone().text() : undefined;
      const response = await realFetch(request);
      const text = await response.clone().text();
      const url = new URL(request.url);
      const path = url.pathname.startsWith(basePath)
        ? url.pathname.slice(basePath.length)
        : url.pathname;
      const ifMatch = request.headers.get('If-Match');
      const exchange: Exchange = {
        method: request.method,
        path: `${path}${url.search}${ifMatch ? ` [If-Match ${ifMatch}]` : ''}`,
        ...(sent ? { body: sent } : {}),
        status: response.status,
        answer: text,
      };
      exchanges.push(exchange);
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = text;
      }
      if (response.status !== 204) {
        const problem = shapes.check(
          request.method,
          decodeURIComponent(path),
          response.status,
          parsed,
        );
        if (problem) shapeProblems.push({ problem, exchange });
      }
      return response;
    };

    const token = (person: Person): string => {
      const value = options.tokens[person];
      if (!value) throw new CheckSkipped(`no token for ${person} in the configuration`);
      return value;
    };
    const adapters = new Map<Person, PortalAdapter>();
    const tester: Tester = {
      token,
      mayWrite: scope === 'all',
      as(person) {
        let adapter = adapters.get(person);
        if (!adapter) {
          const value = token(person);
          adapter = new RestAdapter({
            baseUrl,
            getToken: () => value,
            fetch: recording,
            retries: 0,
          });
          adapters.set(person, adapter);
        }
        return adapter;
      },
      async http(person, method, path, init = {}) {
        const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
        const bearer = init.token ?? (person ? token(person) : undefined);
        if (bearer) headers.Authorization = `Bearer ${bearer}`;
        let body: string | undefined;
        if (init.body !== undefined) {
          body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
          headers['Content-Type'] ??= 'application/json';
        }
        const response = await recording(`${baseUrl}${path}`, { method, headers, body });
        const text = await response.text();
        let parsed: unknown;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          parsed = text;
        }
        return { status: response.status, headers: response.headers, body: parsed };
      },
      expect(condition, message) {
        if (!condition) throw new CheckFailure(message, exchanges.at(-1));
      },
      async refusal(promise, kind, code) {
        let caught: unknown;
        try {
          await promise;
        } catch (error) {
          caught = error;
        }
        if (caught === undefined) {
          throw new CheckFailure(
            `expected a ${kind}${code ? ` (${code})` : ''} refusal, but it succeeded`,
            exchanges.at(-1),
          );
        }
        if (!AdapterError.is(caught)) {
          throw caught instanceof Error
            ? caught
            : new Error('the call failed with a non-error value');
        }
        if (caught.kind !== kind || (code !== undefined && caught.code !== code)) {
          throw new CheckFailure(
            `expected ${kind}${code ? ` / ${code}` : ''}, got ${caught.kind} / ${caught.code}`,
            exchanges.at(-1),
          );
        }
        return caught;
      },
      note(message) {
        notes.push(message);
      },
      cleanup(work) {
        cleanups.push(work);
      },
    };

    const result: CheckResult = { check, outcome: 'pass', exchanges: 0, notes };
    try {
      await check.run(tester);
      const shape = shapeProblems[0];
      if (shape) {
        result.outcome = 'fail';
        result.reason = `an answer does not fit the OpenAPI document: ${shape.problem}`;
        result.reproduction = shape.exchange;
      }
    } catch (error) {
      if (error instanceof CheckSkipped) {
        result.outcome = 'skip';
        result.reason = error.message;
      } else {
        result.outcome = 'fail';
        result.reason =
          error instanceof CheckFailure
            ? error.message
            : AdapterError.is(error)
              ? `unexpected ${error.kind} / ${error.code}: ${error.message}`
              : String(error instanceof Error ? (error.stack ?? error.message) : error);
        const exchange = error instanceof CheckFailure ? error.exchange : exchanges.at(-1);
        if (exchange) result.reproduction = exchange;
      }
    }
    for (const work of cleanups.reverse()) {
      try {
        await work();
      } catch (error) {
        log(`  (cleanup of "${check.title}" failed: ${String(error)})`);
      }
    }
    result.exchanges = exchanges.length;
    if (shapeProblems[0]) result.shapeProblem = shapeProblems[0];
    results.push(result);
    const unchecked = result.outcome === 'pass' ? notChecked(result) : '';
    log(
      `${result.outcome === 'pass' ? 'PASS' : result.outcome === 'skip' ? 'SKIP' : 'FAIL'}  ${check.title}${unchecked}`,
    );
  }

  const byRequirement = new Map<string, CheckResult[]>();
  for (const requirement of requirements) byRequirement.set(requirement.id, []);
  for (const result of results) {
    for (const id of result.check.proves) byRequirement.get(id)!.push(result);
    // Every answer of every check is checked against the document.
    const { shapeProblem } = result;
    byRequirement.get('SHAPES')!.push(
      shapeProblem
        ? {
            ...result,
            outcome: 'fail',
            reason: shapeProblem.problem,
            reproduction: shapeProblem.exchange,
          }
        : { ...result, outcome: result.exchanges ? 'pass' : 'skip', reason: undefined },
    );
  }
  return { results, byRequirement, failed: results.filter((r) => r.outcome === 'fail').length };
}

/** A passing check's notes as a suffix: ` — partly checked: …`, or nothing. */
const notChecked = (result: CheckResult): string =>
  result.notes.length ? ` — partly checked: ${result.notes.join('; ')}` : '';

/**
 * The report as text: each requirement with its checks, pass / fail / skip, and reproductions; a
 * passing check that could not cover everything says so beside it and in the summary.
 */
export function formatReport(report: ConformanceReport): string {
  const lines: string[] = [];
  for (const requirement of requirements) {
    const results = report.byRequirement.get(requirement.id) ?? [];
    const failed = results.filter((r) => r.outcome === 'fail').length;
    const passed = results.filter((r) => r.outcome === 'pass').length;
    const status =
      results.length === 0 ? 'NOT CHECKED' : failed ? 'FAIL' : passed ? 'PASS' : 'SKIP';
    lines.push(`${status.padEnd(11)} ${requirement.id} — ${requirement.text}`);
    if (requirement.id === 'SHAPES') {
      const answers = results.reduce((sum, r) => sum + (r.shapeProblem ? 0 : r.exchanges), 0);
      lines.push(`    ✓ ${answers} answers of ${passed} checks fit the document`);
    }
    for (const result of requirement.id === 'SHAPES'
      ? results.filter((r) => r.outcome === 'fail')
      : results) {
      const mark = result.outcome === 'pass' ? '✓' : result.outcome === 'skip' ? '–' : '✗';
      const why = result.reason ? `: ${short(result.reason, 300)}` : '';
      lines.push(
        `    ${mark} ${result.check.title}${why}${result.outcome === 'pass' ? notChecked(result) : ''}`,
      );
      if (result.outcome === 'fail' && result.reproduction) {
        lines.push(`        repro: ${reproductionLine(result.reproduction)}`);
      }
    }
  }
  for (const requirement of unproven) {
    lines.push(
      `${'NO CHECK'.padEnd(11)} ${requirement.id} — ${requirement.text} (test it yourself)`,
    );
  }
  const counts = { pass: 0, fail: 0, skip: 0 };
  for (const result of report.results) counts[result.outcome]++;
  const partial = report.results.filter((r) => r.outcome === 'pass' && r.notes.length).length;
  lines.push('');
  if (partial) {
    lines.push(
      `${partial} passed ${partial === 1 ? 'check was' : 'checks were'} only partly checked here ("partly checked" above).`,
    );
  }
  lines.push(`${counts.pass} passed, ${counts.fail} failed, ${counts.skip} skipped`);
  return lines.join('\n');
}
