import { Parser } from 'htmlparser2';
import type { Block } from '../text';

// document.xml read as positions, not as a tree: every edit splices the original string, so the markup a
// marked-up copy does not touch stays byte for byte what Word wrote.

export interface Run {
  /** Offset of `<w:r`. */
  start: number;
  /** Offset just past `</w:r>`. */
  end: number;
  openTag: string;
  /** The run's `<w:rPr>…</w:rPr>`, copied onto the second half when a run is split. */
  properties: string;
  /** Content children (w:t, w:tab, w:br, …) in order, as indexes into `texts` or -1 for others. */
  children: number[];
}

export interface TextNode {
  /** Its index in `texts`, as the run's `children` name it. */
  index: number;
  run: Run;
  /** The `<w:t …>` tag and its offsets. */
  openTag: string;
  openStart: number;
  /** Offset of the first raw character of the text (just past the open tag). */
  textStart: number;
  /** Decoded text, and for each decoded offset (and one past the end) the raw offset from textStart. */
  text: string;
  rawAt: number[];
}

export interface DocumentXml {
  xml: string;
  texts: TextNode[];
  /** One block per text node with text, in order; `blockText[i]` is its index in `texts`. */
  blocks: Block[];
  blockText: number[];
  /** Where a new last paragraph goes: before the body's own w:sectPr, or before `</w:body>`. */
  bodyEnd: number;
  /** The highest w:id in use, so new comments and insertions take fresh ones. */
  maxId: number;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Reads the runs and text of word/document.xml; undefined when it has no w:body. */
export function readDocumentXml(xml: string): DocumentXml | undefined {
  const texts: TextNode[] = [];
  const blocks: Block[] = [];
  const blockText: number[] = [];
  const stack: string[] = [];
  let run: Run | undefined;
  let text: { node: TextNode; raw: string } | undefined;
  let propertiesStart = -1;
  let bodyEnd = -1;
  let sawBody = false;
  const parser = new Parser(
    {
      onopentag(name) {
        // htmlparser2's startIndex can sit one char early after a processing instruction; the tag's '>' is exact.
        const tagEnd = parser.endIndex + 1;
        const tagStart = xml.lastIndexOf('<', parser.endIndex);
        const parent = stack.at(-1);
        stack.push(name);
        if (name === 'w:body') sawBody = true;
        if (name === 'w:sectPr' && parent === 'w:body') bodyEnd = tagStart;
        if (name === 'w:r') run = { start: tagStart, end: -1, openTag: xml.slice(tagStart, tagEnd), properties: '', children: [] };
        else if (run && parent === 'w:r') {
          if (name === 'w:rPr') propertiesStart = tagStart;
          else if (name === 'w:t') {
            const node: TextNode = { index: texts.length, run, openTag: xml.slice(tagStart, tagEnd), openStart: tagStart, textStart: tagEnd, text: '', rawAt: [0] };
            run.children.push(texts.length);
            texts.push(node);
            text = { node, raw: '' };
          } else {
            run.children.push(-1);
            const last = blocks.at(-1);
            if (last && (name === 'w:tab' || name === 'w:br' || name === 'w:cr')) last.after = name === 'w:tab' ? ' ' : '\n';
          }
        }
      },
      ontext(data) {
        if (text && stack.at(-1) === 'w:t') text.raw += data;
      },
      onclosetag(name) {
        stack.pop();
        const closeEnd = parser.endIndex + 1;
        if (name === 'w:rPr' && run && propertiesStart >= 0) {
          run.properties = xml.slice(propertiesStart, closeEnd);
          propertiesStart = -1;
        } else if (name === 'w:t' && text) {
          Object.assign(text.node, decode(text.raw));
          if (text.node.text) {
            blockText.push(texts.length - 1);
            blocks.push({ text: text.node.text, after: '' });
          }
          text = undefined;
        } else if (name === 'w:r' && run) {
          run.end = closeEnd;
          run = undefined;
        } else if (name === 'w:p') {
          const last = blocks.at(-1);
          if (last) last.after = '\n\n';
        } else if (name === 'w:body' && bodyEnd < 0) bodyEnd = xml.lastIndexOf('<', parser.endIndex);
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.end(xml);
  if (!sawBody || bodyEnd < 0) return undefined;
  let maxId = 0;
  for (const match of xml.matchAll(/\bw:id="(\d+)"/g)) maxId = Math.max(maxId, Number(match[1]));
  return { xml, texts, blocks, blockText, bodyEnd, maxId };
}

/** XML character data to text, remembering where each character came from. */
function decode(raw: string): { text: string; rawAt: number[] } {
  let text = '';
  const rawAt: number[] = [];
  for (let i = 0; i < raw.length; ) {
    const entity = raw[i] === '&' ? /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(raw.slice(i, i + 12)) : null;
    const name = entity?.[1];
    const char = !name ? undefined : name[0] === '#' ? String.fromCodePoint(parseInt(name.slice(name[1] === 'x' || name[1] === 'X' ? 2 : 1), name[1] === 'x' || name[1] === 'X' ? 16 : 10)) : ENTITY[name];
    const piece = char ?? raw[i]!;
    for (let k = 0; k < piece.length; k++) rawAt.push(i);
    text += piece;
    i += char ? entity![0].length : 1;
  }
  rawAt.push(raw.length);
  return { text, rawAt };
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
