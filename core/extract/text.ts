import { CorruptFileError, EmptyDocumentError } from '../errors';
import type { Block } from '../text';
import { TableBuilder, type CellBudget } from './table';

/**
 * Decodes text the way editors do: a byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise strict
 * UTF-8, falling back to Windows-1252 (old Word exports). Bytes that are not text at all are refused
 * rather than scanned as mojibake.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Windows-1252 text is mostly ASCII with the odd accented letter or curly quote; bytes that are not
      // UTF-8 and mostly above 0x7F are binary, however they decode.
      if (highByteShare(bytes) > MAX_HIGH_BYTES) throw new CorruptFileError(fileName, 'it holds binary data, not text');
      text = decodeWindows1252(bytes);
    }
  }
  if (looksBinary(text)) throw new CorruptFileError(fileName, 'it holds binary data, not text');
  return text;
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, the euro sign). Node
// builds without full ICU decode 'windows-1252' as Latin-1, so those 32 characters are mapped here.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? CP1252[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

const SAMPLE = 65536;
const MAX_HIGH_BYTES = 0.3;

// A few bytes ("quoted" in curly quotes) say nothing about the share.
const MIN_SAMPLE = 64;

function highByteShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, SAMPLE);
  if (sample.length < MIN_SAMPLE) return 0;
  let high = 0;
  for (const byte of sample) if (byte > 0x7f) high++;
  return high / Math.max(1, sample.length);
}

// Control characters other than tab, line feed, form feed and carriage return do not occur in text files,
// nor do C1 controls or the replacement character a decoder leaves for an invalid sequence.
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  if (!sample) return false;
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/g)?.length ?? 0;
  return controls > 0 && controls / sample.length > 0.01;
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Plain text and Markdown: paragraphs as blocks, and Markdown pipe tables as cells with their headers. */
export function extractText(bytes: Uint8Array, fileName: string, budget: CellBudget): Block[] {
  const text = decodeText(bytes, fileName);
  if (!text.trim()) throw new EmptyDocumentError(fileName);
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let tables = 0;
  const flush = () => {
    if (paragraph.length) blocks.push({ text: paragraph.join('\n'), after: '\n\n' });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (TABLE_ROW.test(lines[i]!) && TABLE_RULE.test(lines[i + 1] ?? '')) {
      flush();
      const table = new TableBuilder(blocks, tables++, budget);
      table.add(cellsOf(lines[i]!));
      for (i += 2; i < lines.length && TABLE_ROW.test(lines[i]!); i++) table.add(cellsOf(lines[i]!));
      i--;
      table.end();
    } else if (!lines[i]!.trim()) flush();
    else paragraph.push(lines[i]!);
  }
  flush();
  return blocks;
}

function cellsOf(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());
}
