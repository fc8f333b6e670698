import { describe, expect, it } from 'vitest';
import { byLetter, compareTerms, indexLetter, sortKey } from '../../src/lib/glossary-sort.ts';

describe('glossary A to Z', () => {
  it('ignores quotation marks and other leading punctuation when sorting', () => {
    const terms = [
      '“Hey Meta”',
      'Metadata',
      '/reset-ai',
      'Accounts Center',
      '"Quoted"',
      'Generative AI',
      'Ray-Ban Meta glasses',
    ];
    expect([...terms].sort(compareTerms)).toEqual([
      'Accounts Center',
      'Generative AI',
      '“Hey Meta”',
      'Metadata',
      '"Quoted"',
      'Ray-Ban Meta glasses',
      '/reset-ai',
    ]);
    expect(sortKey('‘Hey’')).toBe('Hey’');
  });
  it('files each term under its first letter, without accents, digits under #', () => {
    expect(['“Hey Meta”', '/reset-ai', 'Éclair', 'end-to-end', '3D', '(DMA)'].map(indexLetter)).toEqual([
      'H',
      'R',
      'E',
      'E',
      '#',
      'D',
    ]);
  });
  it('groups terms by letter in order, each letter once', () => {
    const groups = byLetter(['Meta AI', '“Hey Meta”', 'Muse Spark', 'Accounts Center', '/reset-ai'], (t) => t);
    expect(groups.map((g) => [g.letter, g.items])).toEqual([
      ['A', ['Accounts Center']],
      ['H', ['“Hey Meta”']],
      ['M', ['Meta AI', 'Muse Spark']],
      ['R', ['/reset-ai']],
    ]);
  });
});
