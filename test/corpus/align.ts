import { normalize } from '../../core/index';

// Label offsets index the document file; findings index the scanned text (normalized, tables turned into
// cells). A quote is found again in the scanned text with white space, table pipes and commas (CSV) ignored.

const IGNORED = /[\s|,]/;

interface Squeezed {
  text: string;
  /** Offset in the original text of each char of `text`. */
  at: Int32Array;
}

function squeeze(text: string): Squeezed {
  const at = new Int32Array(text.length);
  let out = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (IGNORED.test(text[i]!)) continue;
    out += text[i];
    at[n++] = i;
  }
  return { text: out, at: at.subarray(0, n) };
}

export class Aligner {
  private readonly scanned: Squeezed;

  constructor(scannedText: string, private readonly fileLength: number) {
    this.scanned = squeeze(scannedText);
  }

  /** Where `quote` (from offset `fileStart` of the file) lies in the scanned text; the occurrence nearest its place. */
  locate(quote: string, fileStart: number): { start: number; end: number } | undefined {
    const needle = squeeze(normalize(quote)).text;
    if (!needle) return undefined;
    const haystack = this.scanned.text;
    const expected = (fileStart / Math.max(1, this.fileLength)) * haystack.length;
    let best = -1;
    for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1))
      if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) best = i;
    if (best < 0) return undefined;
    return { start: this.scanned.at[best]!, end: this.scanned.at[best + needle.length - 1]! + 1 };
  }
}
