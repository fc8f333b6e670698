/**
 * The checker's rules in the order content/checker.yaml lists them (getCollection returns them
 * sorted by id): the rules table reads in that order, and the live cards break ties by it.
 * Build-time only (reads the file).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CONTENT_ROOT } from './content-root.ts';

export function inFileOrder<T extends { id: string }>(rules: readonly T[]): T[] {
  const ids = (parse(readFileSync(`${CONTENT_ROOT}/checker.yaml`, 'utf8')) as { id: string }[]).map((r) => r.id);
  return [...rules].sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
}
