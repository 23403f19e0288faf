import { expect } from '@open-wc/testing';

/** A module the test server serves (TypeScript compiled), with the modules it imports. */
export interface Source {
  code: string;
  /** Paths of the `src/` and `demo/` modules it imports (static and dynamic). */
  imports: string[];
  /** Paths of the packages it imports (`/node_modules/…`). */
  packages: string[];
}

/**
 * Every module reachable from `entries` (paths such as `/src/index.ts`), read as the test server
 * serves them, by path. Type-only imports are gone from the served code, so they are not followed.
 */
export async function reachable(entries: readonly string[]): Promise<Map<string, Source>> {
  const sources = new Map<string, Source>();
  const queue = [...entries];
  while (queue.length) {
    const path = queue.shift()!;
    if (sources.has(path)) continue;
    const response = await fetch(path);
    expect(response.ok, `${path} is served`).to.equal(true);
    const code = await response.text();
    const imports: string[] = [];
    const packages: string[] = [];
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([./][^'"]+)['"]/g)) {
      const next = new URL(match[1]!, new URL(path, location.origin)).pathname;
      if (next.startsWith('/src/') || next.startsWith('/demo/')) imports.push(next);
      else if (next.startsWith('/node_modules/')) packages.push(next);
    }
    sources.set(path, { code, imports, packages });
    queue.push(...imports);
  }
  return sources;
}
