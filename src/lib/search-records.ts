/**
 * Search records for entries that live inside a longer page (timeline events, glossary terms,
 * questions), so each is findable on its own and its result lands on its own anchor.
 * Pure: takes plain data, returns what Pagefind's addCustomRecord expects (minus language).
 */
import { PAGE_TYPE_LABELS, type PageType } from './vocabulary.ts';

export interface SearchRecord {
  url: string;
  content: string;
  meta: { title: string };
  filters: Record<string, string[]>;
}

export const SEARCH_RECORDS_FILE = 'search-records.json';

export interface RecordInput {
  url: string;
  title: string;
  text: string;
  type: PageType;
  topics: string[];
  platforms: string[];
}

export function toSearchRecord(input: RecordInput): SearchRecord {
  const filters: Record<string, string[]> = { type: [PAGE_TYPE_LABELS[input.type]] };
  if (input.topics.length) filters.topic = input.topics;
  if (input.platforms.length) filters.platform = input.platforms;
  return { url: input.url, content: `${input.title}. ${input.text}`, meta: { title: input.title }, filters };
}
