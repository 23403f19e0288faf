/**
 * Reads `custom-elements.json` from disk (Node): the raw manifest, and the public elements in it.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementsOf, type ElementDoc, type RawManifest } from './elements.js';

/** Reads the manifest of the package at `root`. */
export function readManifest(root = '.'): RawManifest {
  return JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as RawManifest;
}

/** The public elements of the package at `root`. */
export function readElements(root = '.'): ElementDoc[] {
  return elementsOf(readManifest(root));
}
