import { describe, expect, it } from 'vitest';
import { correctionsContactProblems, isPlaceholderContact, reportMistakeHref } from '../../src/lib/corrections.ts';

describe('corrections contact', () => {
  it('treats example and local addresses as placeholders', () => {
    expect(isPlaceholderContact('mailto:corrections@example.org')).toBe(true);
    expect(isPlaceholderContact('https://example.com/form')).toBe(true);
    expect(isPlaceholderContact('mailto:fix@news.example.net')).toBe(true);
    expect(isPlaceholderContact('mailto:corrections@meta-ai-explained.org')).toBe(false);
  });

  it('lets local and test builds keep the placeholder', () => {
    expect(correctionsContactProblems('mailto:corrections@example.org', 'http://localhost:4321')).toEqual([]);
    expect(correctionsContactProblems('mailto:corrections@example.org', 'https://example.github.io')).toEqual([]);
  });

  it('fails a build for a real site while the contact is a placeholder, naming the setting', () => {
    const [problem] = correctionsContactProblems('mailto:corrections@example.org', 'https://explainer.news');
    expect(problem).toMatch(/placeholder/);
    expect(problem).toMatch(/SITE_CORRECTIONS_CONTACT/);
    expect(correctionsContactProblems('mailto:fix@explainer.news', 'https://explainer.news')).toEqual([]);
  });

  it('rejects a contact that is neither mailto: nor https:', () => {
    expect(correctionsContactProblems('corrections@explainer.news', 'http://localhost:4321')[0]).toMatch(
      /mailto: address or an https/,
    );
  });

  it('names the page in a mailto report, and passes a form URL through', () => {
    const href = reportMistakeHref('mailto:fix@explainer.news', 'Can I opt out?', 'https://explainer.news/articles/x/');
    expect(href.startsWith('mailto:fix@explainer.news?subject=Correction:%20Can%20I%20opt%20out%3F&body=')).toBe(true);
    expect(decodeURIComponent(href)).toContain('https://explainer.news/articles/x/');
    // Only what must be is encoded: the address reads as itself; a "&" or "?" in a title cannot end the value.
    expect(href).toContain('body=Page:%20https://explainer.news/articles/x/%0A');
    expect(reportMistakeHref('mailto:a@b.example', 'Q&A? 1+1', 'U')).toContain(
      'subject=Correction:%20Q%26A%3F%201%2B1&',
    );
    expect(reportMistakeHref('https://explainer.news/fix', 'T', 'U')).toBe('https://explainer.news/fix');
  });
});
