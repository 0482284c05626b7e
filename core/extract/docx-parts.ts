import { strFromU8, unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import type { Block } from '../text';

// mammoth converts the body (with footnotes, endnotes and text boxes) but not these parts, where a
// roster's SSN in a header, or a reviewer's comment quoting one, would go unread.
const EXTRA_PARTS = /^word\/(?:header\d*|footer\d*|comments)\.xml$/;

/** The paragraphs of a Word document's headers, footers and comments, as text blocks. */
export function extraPartBlocks(bytes: Uint8Array): Block[] {
  const parts = unzipSync(bytes, { filter: (file) => EXTRA_PARTS.test(file.name) });
  return Object.keys(parts)
    .sort()
    .flatMap((name) => paragraphs(strFromU8(parts[name]!)).map((text): Block => ({ text, after: '\n\n' })));
}

function paragraphs(xml: string): string[] {
  const found: string[] = [];
  let paragraph = '';
  let inText = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'w:t') inText = true;
        else if (name === 'w:tab' || name === 'w:br') paragraph += ' ';
      },
      ontext(text) {
        if (inText) paragraph += text;
      },
      onclosetag(name) {
        if (name === 'w:t') inText = false;
        else if (name === 'w:p') {
          if (paragraph.trim()) found.push(paragraph.trim());
          paragraph = '';
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return found;
}
