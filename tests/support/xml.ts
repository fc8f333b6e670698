import type { Page } from 'playwright-core';

/** What Chromium's XML parser makes of a document. */
export interface ParsedXml {
  /** The parser's error text, or null when the document is well-formed. */
  error: string | null;
  root: string;
  namespace: string | null;
  /** Text of every element with each asked-for local name, in document order. */
  texts: Record<string, string[]>;
}

/** Parses `text` with the browser's own XML parser (DOMParser, application/xml) in `page`. */
export function parseXml(page: Page, text: string, names: string[] = []): Promise<ParsedXml> {
  return page.evaluate(
    ({ text, names }) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      const texts: Record<string, string[]> = {};
      for (const name of names)
        texts[name] = [...doc.getElementsByTagName(name)].map((e) => e.textContent?.trim() ?? '');
      return {
        error: error ? (error.textContent ?? 'parse error') : null,
        root: doc.documentElement.localName,
        namespace: doc.documentElement.namespaceURI,
        texts,
      };
    },
    { text, names },
  );
}
