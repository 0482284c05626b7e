import type { Span } from './finding';

/** A piece of source text as a surface sees it: a PDF text item, a DOM text node, a table cell, a paragraph. */
export interface Block {
  text: string;
  /** 1-based page number, where the source has pages. */
  page?: number;
  /** What separates this block from the next in the joined text. Default: a line break. */
  after?: '' | ' ' | '\n' | '\n\n';
  /** Set on table cells, so detectors can use the column header as context. */
  cell?: Cell;
  /** Where a word read by OCR sits on its page, as fractions of the page's width and height. */
  box?: Box;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Cell {
  table: number;
  row: number;
  column: number;
  header?: string;
}

/** Raw offsets into `blocks[block].text`, end exclusive. */
export interface BlockRange {
  block: number;
  start: number;
  end: number;
}

export interface ScanText {
  /** The normalized text every span refers to. */
  readonly text: string;
  readonly blocks: readonly Block[];
  /** The source ranges a span of `text` came from, one per block it touches. */
  toBlocks(span: Span): BlockRange[];
  /** The block the char at `offset` came from (a joining space counts for the block before it). */
  blockAt(offset: number): number;
  /** Where a block's text landed in `text`; undefined for a block that normalized to nothing. */
  spanOf(block: number): Span | undefined;
  pageAt(offset: number): number | undefined;
}

// Characters that render as nothing; dropping them also unmasks values hidden with them ("123\u200B-45-6789").
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const LINE_BREAK = /[\n\u2028\u2029\u000B\u000C\u0085]/;
const SPACE = /\s/;
// NFKC leaves typographic quotes and dashes alone; contract text is full of them and patterns expect ASCII.
const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};
const PLAIN_RUN = /[\x21-\x7e]*/y;
const JOINER_BREAKS = { '': -1, ' ': 0, '\n': 1, '\n\n': 2 } as const;
const NO_BLOCK = -1;

/** Normalizes one string the way `createScanText` does, for surfaces that compare page text with a quote. */
export function normalize(text: string): string {
  return createScanText([{ text }]).text;
}

/**
 * Joins blocks into one text: NFKC, ASCII quotes and dashes, invisible characters dropped, whitespace runs
 * collapsed to one space, one line break or one blank line. Every output char remembers its source.
 */
export function createScanText(blocks: readonly Block[]): ScanText {
  // The offset map lives in typed arrays: a 10,000-row roster is over a million chars.
  const out: string[] = [];
  let length = 0;
  let capacity = 1024;
  for (const block of blocks) capacity += block.text.length + 2;
  let srcBlock = new Int32Array(capacity);
  let srcStart = new Int32Array(capacity);
  let srcEnd = new Int32Array(capacity);
  let pending: { breaks: number; block: number; start: number; end: number } | undefined;

  const reserve = (units: number) => {
    if (length + units <= capacity) return;
    capacity = (length + units) * 2;
    const grow = (from: Int32Array) => {
      const to = new Int32Array(capacity);
      to.set(from.subarray(0, length));
      return to;
    };
    [srcBlock, srcStart, srcEnd] = [grow(srcBlock), grow(srcStart), grow(srcEnd)];
  };
  const emit = (ch: string, block: number, start: number, end: number) => {
    reserve(1);
    out.push(ch);
    srcBlock[length] = block;
    srcStart[length] = start;
    srcEnd[length] = end;
    length++;
  };
  // Printable ASCII maps one to one: copy a whole run at once.
  const emitRun = (text: string, block: number, from: number, to: number) => {
    reserve(to - from);
    out.push(text.slice(from, to));
    for (let k = from; k < to; k++, length++) {
      srcBlock[length] = block;
      srcStart[length] = k;
      srcEnd[length] = k + 1;
    }
  };
  const flush = () => {
    if (pending && out.length > 0) {
      const chars = pending.breaks >= 2 ? '\n\n' : pending.breaks === 1 ? '\n' : ' ';
      for (const ch of chars) emit(ch, pending.block, pending.start, pending.end);
    }
    pending = undefined;
  };
  const addSpace = (breaks: number, block: number, start: number, end: number) => {
    if (!pending) pending = { breaks, block, start, end };
    else {
      pending.breaks += breaks;
      if (pending.block === block) pending.end = end;
    }
  };

  blocks.forEach((block, b) => {
    const text = block.text;
    for (let i = 0; i < text.length; ) {
      const code = text.codePointAt(i)!;
      if (code > 0x20 && code < 0x7f) {
        let end = i;
        for (;;) {
          PLAIN_RUN.lastIndex = end;
          PLAIN_RUN.exec(text);
          end = PLAIN_RUN.lastIndex;
          // a single space between printable chars stays as it is, so it rides along in the run
          const next = text.charCodeAt(end + 1);
          if (text.charCodeAt(end) !== 0x20 || !(next > 0x20 && next < 0x7f)) break;
          end++;
        }
        flush();
        emitRun(text, b, i, end);
        i = end;
        continue;
      }
      const width = code > 0xffff ? 2 : 1;
      if (code <= 0x20 || (code >= 0x80 && code <= 0xffff && SPACE.test(text[i]!))) {
        if (code <= 0x20 && !SPACE.test(text[i]!)) {
          i += width; // control characters carry no text
          continue;
        }
        // "\r\n" counts as one break; a lone "\r" as one too
        const isBreak = code === 0x0d ? text[i + 1] !== '\n' : LINE_BREAK.test(text[i]!);
        addSpace(isBreak ? 1 : 0, b, i, i + width);
        i += width;
        continue;
      }
      const ch = text.slice(i, i + width);
      if (code >= 0x80 && INVISIBLE.test(ch)) {
        i += width;
        continue;
      }
      flush();
      const normalized = code < 0x80 ? ch : (PUNCTUATION[ch] ?? ch.normalize('NFKC'));
      // NFKC may expand one char ("ﬁ" -> "fi"): every unit maps back to the same source char
      for (let u = 0; u < normalized.length; u++) emit(normalized[u]!, b, i, i + width);
      i += width;
    }
    const breaks = JOINER_BREAKS[block.after ?? '\n'];
    // A joiner only guarantees its separator: "line\n" plus a line joiner stays one break, and empty blocks add nothing.
    if (b < blocks.length - 1 && breaks >= 0) {
      if (pending) pending.breaks = Math.max(pending.breaks, breaks);
      else pending = { breaks, block: NO_BLOCK, start: 0, end: 0 };
    }
  });

  const joined = out.join('');
  const blockAt = (offset: number): number => {
    for (let i = Math.min(offset, length - 1); i >= 0; i--) if (srcBlock[i] !== NO_BLOCK) return srcBlock[i]!;
    return srcBlock.subarray(0, length).find((b) => b !== NO_BLOCK) ?? 0;
  };

  const spans: (Span | undefined)[] = blocks.map(() => undefined);
  for (let i = 0; i < length; i++) {
    const block = srcBlock[i]!;
    if (block === NO_BLOCK || joined[i] === ' ' || joined[i] === '\n') continue;
    const span = spans[block];
    if (span) span.end = i + 1;
    else spans[block] = { start: i, end: i + 1 };
  }

  return {
    text: joined,
    blocks,
    blockAt,
    spanOf: (block) => spans[block],
    pageAt: (offset) => blocks[blockAt(offset)]?.page,
    toBlocks(span) {
      const ranges: BlockRange[] = [];
      const end = Math.min(joined.length, span.end);
      for (let i = Math.max(0, span.start); i < end; i++) {
        const block = srcBlock[i]!;
        if (block === NO_BLOCK) continue;
        const last = ranges[ranges.length - 1];
        if (last && last.block === block) last.end = Math.max(last.end, srcEnd[i]!);
        else ranges.push({ block, start: srcStart[i]!, end: srcEnd[i]! });
      }
      return ranges;
    },
  };
}
