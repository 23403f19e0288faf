/**
 * `portico-conformance`: checks a backend against the Portico REST contract.
 *
 * ```sh
 * npx portico-conformance --base-url https://api.example.com/portico/v1 --config conformance.json
 * ```
 *
 * `conformance.json` names tokens of one test company (and optionally a general admin of another,
 * for the tenancy checks):
 *
 * ```json
 * { "tokens": { "generalAdmin": "…", "registrationAdmin": "…", "systemUser": "…",
 *               "otherCompanyAdmin": "…" } }
 * ```
 *
 * It prints each requirement of the contract with pass / fail and, for a failure, a one-line
 * reproduction (method, path, body, what came back), and exits 1 on any failure.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatReport, runConformance, type ConformanceTokens } from './runner.js';
import bundledDocument from '../../docs/openapi.json' with { type: 'json' };

const usage = `portico-conformance — check a backend against the Portico REST contract

  --base-url URL     where the contract is served (or "baseUrl" in the config)
  --config FILE      JSON: { "baseUrl"?, "tokens": { generalAdmin, registrationAdmin, systemUser, otherCompanyAdmin? } }
  --scope read|all   read: only checks that change nothing (GETs and refusals before any rule); default all
  --only WORDS       only checks whose title or requirement contains one of these (comma-separated)
  --openapi FILE     the OpenAPI document to check answers against (default: the one shipped)
  --verbose          print each check as it runs`;

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'base-url': { type: 'string' },
      config: { type: 'string' },
      scope: { type: 'string', default: 'all' },
      only: { type: 'string' },
      openapi: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.config) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const config = JSON.parse(readFileSync(values.config, 'utf8')) as {
    baseUrl?: string;
    tokens?: Partial<ConformanceTokens>;
  };
  const baseUrl = values['base-url'] ?? config.baseUrl;
  const tokens = config.tokens ?? {};
  if (!baseUrl || !tokens.generalAdmin || !tokens.registrationAdmin || !tokens.systemUser) {
    console.error(
      'Give --base-url (or baseUrl) and tokens for generalAdmin, registrationAdmin and systemUser.',
    );
    return 2;
  }
  if (values.scope !== 'read' && values.scope !== 'all') {
    console.error('--scope is read or all.');
    return 2;
  }
  const openapi = values.openapi
    ? (JSON.parse(readFileSync(values.openapi, 'utf8')) as Record<string, unknown>)
    : (bundledDocument as Record<string, unknown>);

  console.log(`Portico conformance against ${baseUrl} (scope: ${values.scope})\n`);
  const report = await runConformance({
    baseUrl,
    tokens: tokens as ConformanceTokens,
    openapi,
    scope: values.scope,
    ...(values.only ? { filter: values.only.split(',').map((word) => word.trim()) } : {}),
    ...(values.verbose ? { log: (line: string) => console.log(line) } : {}),
  });
  console.log(formatReport(report));
  return report.failed > 0 ? 1 : 0;
}

// Run from source (`npm run conformance`); the package's bin imports `main` from the built module.
const invokedDirectly = process.argv[1]?.endsWith('cli.ts') ?? false;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(2);
    },
  );
}
