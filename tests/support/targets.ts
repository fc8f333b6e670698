import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The two builds every end-to-end test and sweep runs against: one at the domain root and one
 * under a sub-path, as on a GitHub Pages project site. `npm test` makes both.
 */
export interface BuildTarget {
  name: string;
  dist: string;
  base: string;
}

export const SUB_PATH = '/project/sub/';

export const TARGETS: BuildTarget[] = [
  { name: 'root', dist: resolve('dist'), base: '/' },
  { name: 'sub-path', dist: resolve('dist-sub'), base: SUB_PATH },
];

export function assertBuilt(target: BuildTarget): void {
  if (!existsSync(resolve(target.dist, 'index.html'))) {
    throw new Error(
      `No build in ${target.dist}. Run \`npm run build\` (root) and \`npm run build:sub\` (sub-path) first, or just \`npm test\`.`,
    );
  }
}
