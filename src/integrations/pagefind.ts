import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFile, rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { SEARCH_RECORDS_FILE, type SearchRecord } from '../lib/search-records.ts';

/**
 * Indexes the built site with Pagefind's Node API right after `astro build`, so `npm run build`
 * always ships a fresh index in `dist/pagefind/`. Pages are indexed where they mark
 * `data-pagefind-body`; timeline events, glossary terms and questions are added as records of
 * their own from the build-time file `search-records.json`, which is then removed.
 * Any indexing error fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
        };
        const recordsFile = join(site, SEARCH_RECORDS_FILE);
        const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
        await rm(recordsFile);
        try {
          // Citation markers ("[1 4]") are numbers, not words to find: left out here rather than by
          // a data-pagefind-ignore on each of the dozens of markers a page has (Cite.astro).
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ['.cite'] });
          if (!index || errors.length) fail('createIndex', errors);
          const added = await index!.addDirectory({ path: site });
          if (added.errors.length) fail('addDirectory', added.errors);
          for (const record of records) {
            const result = await index!.addCustomRecord({ ...record, language: 'en' });
            if (result.errors.length) fail(`addCustomRecord (${record.url})`, result.errors);
          }
          const written = await index!.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) fail('writeFiles', written.errors);
          logger.info(
            `Indexed ${added.page_count} HTML files and ${records.length} records into ${join(site, 'pagefind')}`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
