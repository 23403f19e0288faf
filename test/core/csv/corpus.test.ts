/**
 * The corpus: real-world files (Excel pt-BR in Windows-1252 with `sep=;`, Excel "Unicode text",
 * Google Sheets, LibreOffice, Numbers, ragged, broken…) under `test/fixtures/csv/`, each beside what
 * it must yield (`name.expect.json`), read end to end by an import session exactly as the element
 * will: preview, then the whole plan. Every row a file's expectation does not name must be a contact
 * to create with no issue at all. A generated file of 10,000 rows with known bad rows closes it.
 */
import { expect } from '@open-wc/testing';
import {
  ImportSession,
  type ExistingContact,
  type FileIssue,
  type ImportSettings,
  type PlanRowView,
  type RowIssue,
} from '../../../src/core/csv/index.js';
import { corpusFiles } from '../../fixtures/csv/index.js';
import { generateContactsCsv, generatedRoleNames } from '../../fixtures/csv/generate.js';
import { issueKey, lookupOver } from './support.js';

/** An issue as an expectation names it: `field:code`, or an object whose given keys must match. */
type ExpectedIssue = string | { field: string; code: string; column?: number; params?: object };

interface Expectation {
  file: string;
  description: string;
  settings?: ImportSettings;
  roles?: boolean;
  existing?: ExistingContact[];
  expect: {
    encoding?: string;
    encodingReason?: string;
    delimiter?: string;
    delimiterReason?: string;
    sepLine?: boolean;
    headers?: string[];
    headerRow?: number;
    mapping?: (string | null)[];
    matches?: string[];
    blocked?: boolean;
    fileIssues?: string[];
    mappingIssues?: string[];
    nulRemoved?: number;
    checkedExisting?: boolean;
    summary: Record<string, number>;
    suggestions?: { field: string; code: string; count: number }[];
    rows?: Record<
      string,
      {
        outcome: string;
        issues: ExpectedIssue[];
        cells?: string[];
        line?: number;
        cellLengths?: Record<string, number>;
        existing?: { id: string; version: number };
      }
    >;
  };
}

/** `code`, `code:field` or `code@column`, as the expectations name file and mapping issues. */
function fileIssueKey(issue: FileIssue): string {
  if (issue.field) return `${issue.code}:${issue.field}`;
  if (issue.column !== undefined) return `${issue.code}@${issue.column}`;
  return issue.code;
}

function matchesIssue(actual: RowIssue, expected: ExpectedIssue): boolean {
  if (typeof expected === 'string') return issueKey(actual) === expected;
  if (actual.field !== expected.field || actual.code !== expected.code) return false;
  if (expected.column !== undefined && actual.column !== expected.column) return false;
  if (expected.params !== undefined) {
    for (const [key, value] of Object.entries(expected.params)) {
      if (actual.params?.[key] !== value) return false;
    }
  }
  return true;
}

function checkIssues(row: PlanRowView, expected: ExpectedIssue[], where: string): void {
  expect(row.issues.map(issueKey).sort(), `${where}: issues`).to.deep.equal(
    expected.map((issue) => (typeof issue === 'string' ? issue : issueKey(issue))).sort(),
  );
  for (const wanted of expected) {
    expect(
      row.issues.some((issue) => matchesIssue(issue, wanted)),
      `${where}: ${JSON.stringify(wanted)} in ${JSON.stringify(row.issues)}`,
    ).to.equal(true);
  }
}

async function fixture(name: string): Promise<Blob> {
  const response = await fetch(`/test/fixtures/csv/${name}`);
  expect(response.ok, `${name} is served`).to.equal(true);
  return response.blob();
}

describe('CSV corpus', () => {
  it('has at least 40 real-world files, each with its expectations', () => {
    expect(corpusFiles.length).to.be.at.least(40);
  });

  for (const name of corpusFiles) {
    const stem = name.slice(0, name.lastIndexOf('.'));
    it(name, async () => {
      const expectation = (await (
        await fetch(`/test/fixtures/csv/${stem}.expect.json`)
      ).json()) as Expectation;
      const want = expectation.expect;
      const settings: ImportSettings = {
        ...expectation.settings,
        ...(expectation.roles ? { roles: generatedRoleNames } : {}),
      };
      const session = new ImportSession();
      const preview = await session.open(await fixture(name), settings);
      const lookup = expectation.existing ? lookupOver(expectation.existing) : undefined;
      const result = await session.run(settings, { lookup });
      const where = `${name} (${expectation.description})`;

      for (const view of [preview, result]) {
        if (want.encoding)
          expect(view.encoding.encoding, `${where}: encoding`).to.equal(want.encoding);
        if (want.encodingReason) {
          expect(view.encoding.reason, `${where}: encoding reason`).to.equal(want.encodingReason);
        }
        if (want.delimiter)
          expect(view.dialect.delimiter, `${where}: delimiter`).to.equal(want.delimiter);
        if (want.delimiterReason) {
          expect(view.dialect.reason, `${where}: delimiter reason`).to.equal(want.delimiterReason);
        }
        if (want.sepLine !== undefined)
          expect(view.dialect.sepLine, `${where}: sep line`).to.equal(want.sepLine);
        if (want.headers) expect(view.headers, `${where}: headers`).to.deep.equal(want.headers);
        if (want.mapping) expect(view.mapping, `${where}: mapping`).to.deep.equal(want.mapping);
        if (want.matches) expect(view.matches, `${where}: matches`).to.deep.equal(want.matches);
        if (want.mappingIssues) {
          expect(
            view.mappingIssues.map(fileIssueKey).sort(),
            `${where}: mapping issues`,
          ).to.deep.equal([...want.mappingIssues].sort());
        }
        if (want.blocked !== undefined)
          expect(view.blocked, `${where}: blocked`).to.equal(want.blocked);
      }
      if (want.headerRow !== undefined)
        expect(result.headerRow, `${where}: header row`).to.equal(want.headerRow);
      if (want.fileIssues) {
        expect(
          result.fileIssues.map((issue) => issue.code).sort(),
          `${where}: file issues`,
        ).to.deep.equal([...want.fileIssues].sort());
      }
      if (want.nulRemoved !== undefined) {
        const nul = result.fileIssues.find((issue) => issue.code === 'csv-nul-removed');
        expect(nul?.params?.count, `${where}: NULs removed`).to.equal(want.nulRemoved);
      }
      if (want.checkedExisting !== undefined) {
        expect(result.summary.checkedExisting, `${where}: checked existing`).to.equal(
          want.checkedExisting,
        );
      }
      for (const [key, value] of Object.entries(want.summary)) {
        expect(
          result.summary[key as keyof typeof result.summary],
          `${where}: summary.${key}`,
        ).to.equal(value);
      }
      const { create, update, skip, error, rows } = result.summary;
      expect(create + update + skip + error, `${where}: every row has one outcome`).to.equal(rows);
      if (want.suggestions) {
        expect(
          result.summary.suggestions.map(({ field, code, count }) => ({ field, code, count })),
          `${where}: suggestions`,
        ).to.deep.equal(want.suggestions);
      }

      const page = session.rows({ limit: 1_000 });
      expect(page.total, `${where}: rows`).to.equal(rows);
      const byRow = new Map(page.rows.map((row) => [row.row, row]));
      expect(byRow.size, `${where}: row numbers are unique`).to.equal(page.rows.length);
      const named = want.rows ?? {};
      for (const [number, wanted] of Object.entries(named)) {
        const row = byRow.get(Number(number));
        const at = `${where}, row ${number}`;
        expect(row, `${at} exists`).to.not.equal(undefined);
        expect(row!.outcome, `${at}: outcome`).to.equal(wanted.outcome);
        checkIssues(row!, wanted.issues, at);
        if (wanted.cells) expect(row!.cells, `${at}: cells`).to.deep.equal(wanted.cells);
        if (wanted.line !== undefined) expect(row!.line, `${at}: line`).to.equal(wanted.line);
        if (wanted.existing)
          expect(row!.existing, `${at}: existing`).to.deep.equal(wanted.existing);
        for (const [column, length] of Object.entries(wanted.cellLengths ?? {})) {
          expect(row!.cells[Number(column)]!.length, `${at}: cell ${column} length`).to.equal(
            length,
          );
        }
      }
      for (const row of page.rows) {
        if (named[String(row.row)]) continue;
        expect(
          { outcome: row.outcome, issues: row.issues },
          `${where}, row ${row.row} (not named): a clean create`,
        ).to.deep.equal({ outcome: 'create', issues: [] });
      }
    });
  }

  it('a generated file of 10,000 rows yields exactly its known bad rows', async () => {
    const generated = generateContactsCsv(10_000, 3);
    const session = new ImportSession();
    await session.open(new Blob([generated.text]));
    const result = await session.run({ roles: generatedRoleNames });
    expect(result.encoding.encoding).to.equal('utf-8');
    expect(result.dialect.delimiter).to.equal(';');
    expect(result.blocked).to.equal(false);
    expect(generated.leadingZeroCpfs).to.be.above(3000);
    const errors = generated.expected.filter((row) => row.outcome === 'error').length;
    const skips = generated.expected.filter((row) => row.outcome === 'skip').length;
    expect(result.summary).to.include({
      rows: 10_000,
      create: 10_000 - generated.expected.length,
      update: 0,
      skip: skips,
      error: errors,
      blank: 0,
    });
    const bad = [
      ...session.rows({ outcome: 'error', limit: 10_000 }).rows,
      ...session.rows({ outcome: 'skip', limit: 10_000 }).rows,
    ].sort((a, b) => a.row - b.row);
    expect(bad.length).to.equal(generated.expected.length);
    generated.expected.forEach((wanted, i) => {
      const row = bad[i]!;
      expect(row.row, `bad row ${i}`).to.equal(wanted.row);
      expect(row.outcome, `row ${wanted.row}`).to.equal(wanted.outcome);
      expect(row.issues.map(issueKey), `row ${wanted.row}`).to.deep.equal([
        `${wanted.field}:${wanted.code}`,
      ]);
      for (const [key, value] of Object.entries(wanted.params ?? {})) {
        expect(row.issues[0]!.params?.[key], `row ${wanted.row} ${key}`).to.equal(value);
      }
    });
    const leadingZeros = result.summary.suggestions.find(
      (group) => group.code === 'cpf-leading-zeros',
    );
    expect(leadingZeros?.count).to.equal(
      generated.expected.filter((row) => row.code === 'cpf-leading-zeros').length,
    );
  });
});
