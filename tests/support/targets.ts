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
  /** SITE_URL of the build: the origin of canonical links, Open Graph URLs, the feed and the sitemap. */
  site: string;
}

const SUB_PATH = '/project/sub/';
/** The sub-path build's SITE_URL (package.json `build:sub`), as for a GitHub Pages project site. */
const SUB_SITE = 'https://example.github.io';
/** The root build's SITE_URL: none is set, so the local placeholder (src/lib/base-path.ts). */
const ROOT_SITE = 'http://localhost:4321';

export const TARGETS: BuildTarget[] = [
  { name: 'root', dist: resolve('dist'), base: '/', site: ROOT_SITE },
  { name: 'sub-path', dist: resolve('dist-sub'), base: SUB_PATH, site: SUB_SITE },
];

export function assertBuilt(target: BuildTarget): void {
  if (!existsSync(resolve(target.dist, 'index.html'))) {
    throw new Error(
      `No build in ${target.dist}. Run \`npm run build\` (root) and \`npm run build:sub\` (sub-path) first, or just \`npm test\`.`,
    );
  }
}
