/**
 * The ids of the sections every article's frame adds around its MDX (the short version box, the
 * updates log, the reference list). Content may link to them ("article:x#references"), so the
 * integrity check knows them as well as the article's own headings.
 */
export const FRAME_SECTIONS = {
  shortVersion: 'the-short-version',
  updates: 'updates',
  references: 'references',
} as const;
