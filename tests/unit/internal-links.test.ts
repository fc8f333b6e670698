import { describe, expect, it } from 'vitest';
import { hrefProblem, parseInternalLink } from '../../src/lib/internal-links.ts';

const slugs = new Set(['can-you-opt-out', 'what-meta-announced']);

describe('internal links', () => {
  it('resolves article: and page: links to site-relative paths', () => {
    expect(parseInternalLink('article:can-you-opt-out')?.path).toBe('articles/can-you-opt-out/');
    expect(parseInternalLink('article:can-you-opt-out#who')?.path).toBe('articles/can-you-opt-out/#who');
    expect(parseInternalLink('page:glossary#meta-ai')?.path).toBe('glossary/#meta-ai');
    expect(parseInternalLink('page:home')?.path).toBe('');
    expect(parseInternalLink('https://example.org')).toBeUndefined();
  });
  it('accepts known targets, fragments and https links', () => {
    for (const ok of ['article:can-you-opt-out#x', 'page:timeline', '#local', 'https://www.bbc.com/news']) {
      expect(hrefProblem(ok, slugs), ok).toBeUndefined();
    }
  });
  it('names the fix for broken or base-escaping links', () => {
    expect(hrefProblem('article:nope', slugs)).toMatch(/unknown article "nope".*can-you-opt-out/);
    expect(hrefProblem('page:nope', slugs)).toMatch(/unknown page "nope"/);
    expect(hrefProblem('/articles/can-you-opt-out/', slugs)).toMatch(/root-relative/);
    expect(hrefProblem('../can-you-opt-out/', slugs)).toMatch(/relative link/);
    expect(hrefProblem('http://example.org', slugs)).toMatch(/https/);
  });
});
