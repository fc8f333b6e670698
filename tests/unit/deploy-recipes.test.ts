import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeBase, siteUrlFromEnv } from '../../src/lib/base-path.ts';

/** The host recipes kept in the repository, checked for what they must do. */

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

describe('.github/workflows/deploy.yml (GitHub Pages)', () => {
  const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as Workflow;
  const build = workflow.jobs.build!.steps;
  const uses = (name: string) => build.find((s) => s.uses?.startsWith(`${name}@`));

  it('installs with npm ci and builds with SITE_URL and SITE_BASE from the Pages settings', () => {
    expect(build.some((s) => s.run?.startsWith('npm ci'))).toBe(true);
    const step = build.find((s) => s.run === 'npm run build');
    expect(step?.env?.SITE_URL).toBe('${{ steps.pages.outputs.origin }}');
    expect(step?.env?.SITE_BASE).toBe('${{ steps.pages.outputs.base_path }}');
    expect(uses('actions/configure-pages')?.id).toBe('pages');
    const order = build.map((s) => s.uses?.split('@')[0] ?? s.run);
    expect(order.indexOf('actions/configure-pages')).toBeLessThan(order.indexOf('npm run build'));
  });

  it('uploads dist/ and deploys it with the Pages actions and the permissions they need', () => {
    expect(uses('actions/upload-pages-artifact')?.with?.path).toBe('dist');
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  // What actions/configure-pages reports: origin, and base_path "/<repo>" or "" (user site, custom domain).
  it.each([
    ['https://you.github.io', '/my-repo', 'https://you.github.io', '/my-repo/'],
    ['https://you.github.io', '', 'https://you.github.io', '/'],
    ['https://explained.example.org', '', 'https://explained.example.org', '/'],
  ])('Pages origin %s with base_path "%s" builds for %s%s', (origin, basePath, site, base) => {
    expect(siteUrlFromEnv(origin)).toBe(site);
    expect(normalizeBase(basePath)).toBe(base);
  });
});

describe('netlify.toml', () => {
  const toml = readFileSync('netlify.toml', 'utf8');
  const value = (key: string) => new RegExp(`^\\s*${key}\\s*=\\s*(['"])(.*)\\1\\s*$`, 'm').exec(toml)?.[2];

  it('publishes dist/ and pins Node 22', () => {
    expect(value('publish')).toBe('dist');
    expect(value('NODE_VERSION')).toBe('22');
  });

  it.each([
    [{ URL: 'https://explained.netlify.app' }, 'https://explained.netlify.app'],
    [
      { URL: 'https://explained.netlify.app', SITE_URL: 'https://explained.example.org' },
      'https://explained.example.org',
    ],
  ])('its build command, run by a shell with %j, builds with SITE_URL=%s', (env, expected) => {
    // A stand-in npm on PATH records what the real one would have been given.
    const bin = mkdtempSync(join(tmpdir(), 'fake-npm-'));
    try {
      writeFileSync(join(bin, 'npm'), '#!/bin/sh\necho "$SITE_URL|$*"\n');
      chmodSync(join(bin, 'npm'), 0o755);
      const out = execFileSync('/bin/sh', ['-c', value('command')!], {
        env: { PATH: `${bin}:/usr/bin:/bin`, ...env },
        encoding: 'utf8',
      });
      expect(out.trim()).toBe(`${expected}|run build`);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
