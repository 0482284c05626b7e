import { describe, expect, it } from 'vitest';
import { createScanText, normalize } from './text';

describe('createScanText', () => {
  it('collapses whitespace to one space, one break or one blank line', () => {
    expect(normalize('a  \t b\r\nc\n\n\n d')).toBe('a b\nc\n\nd');
  });

  it('turns typographic quotes and dashes into ASCII and applies NFKC', () => {
    expect(normalize('\u201CProvider\u201D \u2014 the \uFB01rm\u2019s data')).toBe('"Provider" - the firm\'s data');
  });

  it('drops zero-width and bidi characters, so a hidden SSN reads as one', () => {
    expect(normalize('512\u200B-44\u202E-8830\u00AD')).toBe('512-44-8830');
  });

  it('joins blocks with their separators and maps spans back to each block', () => {
    const source = createScanText([
      { text: 'Student  SSN:', page: 1, after: ' ' },
      { text: '512-44-8830', page: 2 },
      { text: 'next line', page: 2 },
    ]);
    expect(source.text).toBe('Student SSN: 512-44-8830\nnext line');
    const start = source.text.indexOf('SSN');
    expect(source.toBlocks({ start, end: start + 'SSN: 512'.length })).toEqual([
      { block: 0, start: 9, end: 13 },
      { block: 1, start: 0, end: 3 },
    ]);
    expect(source.pageAt(source.text.indexOf('512'))).toBe(2);
    expect(source.pageAt(0)).toBe(1);
    expect(source.spanOf(1)).toEqual({ start: 13, end: 24 });
  });

  it('maps an expanded ligature and a surrogate pair back to whole source characters', () => {
    const source = createScanText([{ text: 'x \uFB01le \u{1D400}B' }]);
    expect(source.text).toBe('x file AB');
    expect(source.toBlocks({ start: 2, end: 4 })).toEqual([{ block: 0, start: 2, end: 3 }]);
    expect(source.toBlocks({ start: 7, end: 9 })).toEqual([{ block: 0, start: 6, end: 9 }]);
  });

  it('skips empty blocks without losing the mapping of the next one', () => {
    const source = createScanText([{ text: 'one' }, { text: '  ' }, { text: '' }, { text: 'two' }]);
    expect(source.text).toBe('one\ntwo');
    expect(source.toBlocks({ start: 4, end: 7 })).toEqual([{ block: 3, start: 0, end: 3 }]);
    expect(source.spanOf(1)).toBeUndefined();
  });
});
