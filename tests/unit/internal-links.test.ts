import { describe, expect, it } from 'vitest';
import { hrefProblem, parseInternalLink } from '../../src/lib/internal-links.ts';

describe('internal links', () => {
  it('resolves article: and page: links to site-relative paths', () => {
    expect(parseInternalLink('article:can-you-opt-out')?.path).toBe('articles/can-you-opt-out/');
    expect(parseInternalLink('article:can-you-opt-out#who')?.path).toBe('articles/can-you-opt-out/#who');
    expect(parseInternalLink('page:glossary#meta-ai')?.path).toBe('glossary/#meta-ai');
    expect(parseInternalLink('page:home')?.path).toBe('');
    expect(parseInternalLink('https://example.org')).toBeUndefined();
  });
  it('accepts scheme links, known pages, fragments and https links', () => {
    for (const ok of ['article:can-you-opt-out#x', 'page:timeline', '#local', 'https://www.bbc.com/news']) {
      expect(hrefProblem(ok), ok).toBeUndefined();
    }
  });
  // Whether an article: link's target exists is checked with the other ids (content-integrity.test.ts).
  it('names the fix for unknown pages and base-escaping links', () => {
    expect(hrefProblem('page:nope')).toMatch(/unknown page "nope"/);
    expect(hrefProblem('/articles/can-you-opt-out/')).toMatch(/root-relative/);
    expect(hrefProblem('../can-you-opt-out/')).toMatch(/relative link/);
    expect(hrefProblem('http://example.org')).toMatch(/https/);
  });
});
