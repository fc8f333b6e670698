import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ogCacheDir } from '../../src/lib/og-image.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}

describe('the GitHub workflow keeps the Open Graph image cache between runs', () => {
  const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  const steps = workflow.jobs.build!.steps;
  const cache = steps.find((s) => s.uses?.startsWith('actions/cache@'));

  it('caches the folder the build uses, after npm ci (which empties node_modules) and before the build', () => {
    expect(cache?.with?.path).toBe(ogCacheDir({}).slice(process.cwd().length + 1));
    const at = (pred: (s: Step) => boolean) => steps.findIndex(pred);
    expect(at((s) => s === cache)).toBeGreaterThan(at((s) => !!s.run?.startsWith('npm ci')));
    expect(at((s) => s === cache)).toBeLessThan(at((s) => s.run === 'npm run build'));
  });

  it('keys the cache on the template file (OG_TEMPLATE_VERSION) and the fonts, and restores by prefix', () => {
    expect(cache?.with?.key).toContain("hashFiles('src/lib/og-image.ts', 'src/assets/fonts/**')");
    expect(cache?.with?.key?.startsWith(cache?.with?.['restore-keys'] ?? '∅')).toBe(true);
  });
});
