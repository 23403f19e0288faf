/**
 * The conformance command speaks the docs' numbering: every `MUST n` it prints is item n of "What your
 * backend MUST enforce" in docs/rest-api.md, under the same heading, and every item of that list is
 * either proven by a check or named as not proven. Runs in Node: `npm run test:build`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { checks } from '../../scripts/conformance/checks.js';
import { requirements, unproven } from '../../scripts/conformance/requirements.js';
import { formatReport } from '../../scripts/conformance/runner.js';

const repo = resolve(import.meta.dirname, '../..');
const docs = readFileSync(join(repo, 'docs/rest-api.md'), 'utf8');

interface Item {
  number: number;
  /** The bold heading of its group (`**Contacts**`) and the bold words it opens with, if any. */
  headings: string[];
  text: string;
}

/** The numbered items of "What your backend MUST enforce", each with its group heading. */
function mustList(): Item[] {
  const start = docs.indexOf('## What your backend MUST enforce');
  assert.ok(start >= 0, 'docs/rest-api.md has the MUST list');
  const end = docs.indexOf('\n## ', start + 1);
  const items: Item[] = [];
  let group = '';
  for (const line of docs.slice(start, end).split('\n')) {
    const heading = /^\*\*([^*]+)\*\*/.exec(line);
    if (heading) group = heading[1]!.trim();
    const item = /^(\d+)\. (.*)$/.exec(line);
    if (item) {
      const lead = /^\*\*([^*]+?)\*\*/.exec(item[2]!);
      items.push({
        number: Number(item[1]),
        headings: [group, ...(lead ? [lead[1]!.trim()] : [])],
        text: item[2]!,
      });
    }
  }
  return items;
}

/** The numbers an id names: `MUST 17-20` → 17…20; not a `MUST n` id → none. */
function numbers(id: string): number[] {
  const match = /^MUST (\d+)(?:-(\d+))?$/.exec(id);
  if (!match) return [];
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe('conformance numbering (scripts/conformance vs docs/rest-api.md)', () => {
  const items = mustList();

  it('the docs number their MUST list 1, 2, 3… without a gap', () => {
    assert.ok(items.length >= 31, `${items.length} items`);
    assert.deepEqual(
      items.map((item) => item.number),
      items.map((_, i) => i + 1),
    );
  });

  it('each MUST id names the docs item of that number, under the same heading', () => {
    for (const requirement of [...requirements, ...unproven]) {
      for (const number of numbers(requirement.id)) {
        const item = items.find((candidate) => candidate.number === number);
        assert.ok(item, `${requirement.id}: the docs have no item ${number}`);
        const headings = items
          .filter((candidate) => numbers(requirement.id).includes(candidate.number))
          .flatMap((candidate) => candidate.headings);
        assert.ok(
          headings.includes(requirement.section),
          `${requirement.id} says "${requirement.section}", the docs' item ${number} is under ${JSON.stringify(item.headings)}: ${item.text.slice(0, 80)}`,
        );
      }
    }
  });

  it('every item of the docs is proven by a check or named as not proven, once', () => {
    const proven = requirements.flatMap((r) => numbers(r.id));
    const named = unproven.flatMap((r) => numbers(r.id));
    const all = [...proven, ...named].sort((a, b) => a - b);
    assert.deepEqual(
      all,
      items.map((item) => item.number),
    );
    for (const requirement of unproven) {
      assert.ok(
        !checks.some((check) => check.proves.includes(requirement.id)),
        `${requirement.id} has a check: move it to requirements`,
      );
    }
  });

  it('the ids the command prints are the docs’ numbers', () => {
    const text = formatReport({
      results: [],
      byRequirement: new Map(requirements.map((r) => [r.id, []])),
      failed: 0,
    });
    const printed = [...text.matchAll(/^\S[^\n]*? (MUST \d+(?:-\d+)?) — /gm)].map((m) => m[1]!);
    const expected = [...requirements, ...unproven]
      .map((r) => r.id)
      .filter((id) => id.startsWith('MUST'));
    assert.deepEqual([...printed].sort(), [...expected].sort());
    for (const id of printed) {
      for (const number of numbers(id)) {
        assert.ok(
          items.some((item) => item.number === number),
          `${id} is not in the docs`,
        );
      }
    }
  });
});
