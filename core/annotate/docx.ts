import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ScanResult } from '../engine';
import { CorruptFileError } from '../errors';
import { placesOf, type Finding, type Span } from '../finding';
import { createScanText, type BlockRange, type ScanText } from '../text';
import { escapeXml, readDocumentXml, type DocumentXml, type TextNode } from './docx-xml';
import { findingNote, summaryNote } from './notes';
import type { AnnotateOptions } from './pdf';
import { SUGGESTED_WORDING } from './suggested-wording';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const AUTHOR = 'Hall Monitor';
const UNPLACED = 'Hall Monitor could not find these words in the Word text, so this note sits at the start.';
const INSERTED = 'Suggested wording is added at the end of the document as a tracked change.';

interface Comment {
  id: number;
  lines: string[];
}

/** A point in document.xml between two characters of a text node, where range marks go. */
interface Boundary {
  node: TextNode;
  offset: number;
}

/**
 * A copy of a Word document with a comment on each flagged passage (what, why, what to ask), the summary
 * and the missing protections as comments on the first paragraph, and the clause a missing protection
 * needs as a tracked insertion at the end. Only word/document.xml, word/comments.xml and the two package
 * lists that name the comments part change; every other part keeps its bytes. `scan` is the scan of these
 * same bytes (read through mammoth): each flagged passage is found again in the XML's runs by its text.
 */
export async function annotateDocx(bytes: Uint8Array, scan: ScanResult, options: AnnotateOptions): Promise<Uint8Array> {
  const files = unzip(bytes, options.fileName);
  const document = readDocumentXml(strFromU8(files['word/document.xml']!));
  if (!document || !document.blocks.length) throw new CorruptFileError(options.fileName, 'its document part has no body text');
  const existing = files['word/comments.xml'] ? strFromU8(files['word/comments.xml']) : undefined;
  let nextId = [...(existing ?? '').matchAll(/\bw:id="(\d+)"/g)].reduce((most, m) => Math.max(most, Number(m[1])), document.maxId) + 1;
  const date = (options.date ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');

  const text = createScanText(document.blocks);
  const find = finder(scan.source, text);
  const placed: { finding: Finding; ranges: BlockRange[] }[] = [];
  const startNotes: string[][] = [summaryNote(scan.report)];
  const insertions: string[] = [];
  for (const finding of scan.report.findings) {
    // a repeated practice is one finding: each of its places gets its comment
    let anchored = false;
    for (const place of placesOf(finding)) {
      const span = find(place);
      const ranges = span ? text.toBlocks(span).filter((r) => r.end > r.start) : [];
      if (!ranges.length) continue;
      placed.push({ finding, ranges });
      anchored = true;
    }
    if (anchored) continue;
    const wording = finding.kind === 'missing' && finding.messageId === 'missing' ? SUGGESTED_WORDING[finding.category] : undefined;
    if (wording) insertions.push(wording);
    startNotes.push([...findingNote(finding), ...(finding.span ? [UNPLACED] : wording ? [INSERTED] : [])]);
  }

  const comments: Comment[] = [];
  const marks: { at: Boundary; mark: string }[] = [];
  const boundary = (range: BlockRange, offset: number): Boundary => ({ node: document.texts[document.blockText[range.block]!]!, offset });
  // The summary and the notes that belong to no passage span the first paragraph, so Word lists them first.
  const firstParagraph = text.toBlocks({ start: 0, end: Math.max(1, text.text.indexOf('\n\n')) });
  const [first, last] = [firstParagraph[0]!, firstParagraph.at(-1)!];
  for (const lines of startNotes) {
    const id = nextId++;
    comments.push({ id, lines });
    marks.push({ at: boundary(first, first.start), mark: rangeStart(id) }, { at: boundary(last, last.end), mark: rangeEnd(id) });
  }
  for (const { finding, ranges } of placed) {
    const id = nextId++;
    comments.push({ id, lines: findingNote(finding) });
    marks.push({ at: boundary(ranges[0]!, ranges[0]!.start), mark: rangeStart(id) }, { at: boundary(ranges.at(-1)!, ranges.at(-1)!.end), mark: rangeEnd(id) });
  }

  const appended = insertions.map((sentence) => insertedParagraph(sentence, nextId++, nextId++, date)).join('');
  files['word/document.xml'] = strToU8(splice(document, marks, appended));
  const part = comments.map((c) => comment(c, date)).join('');
  if (existing) files['word/comments.xml'] = strToU8(appendComments(existing, part, options.fileName));
  else {
    files['word/comments.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}">${part}</w:comments>`);
    register(files, options.fileName);
  }
  return zipSync(files as Zippable);
}

// A comments part Word left empty may be self-closing; one that neither closes nor self-closes is damaged.
function appendComments(existing: string, part: string, fileName: string): string {
  if (/<\/w:comments>\s*$/.test(existing)) return existing.replace(/<\/w:comments>\s*$/, `${part}</w:comments>`);
  if (/<w:comments\b[^>]*\/>\s*$/.test(existing)) return existing.replace(/<(w:comments\b[^>]*?)\s*\/>\s*$/, `<$1>${part}</w:comments>`);
  throw new CorruptFileError(fileName, 'its comments part is damaged');
}

function unzip(bytes: Uint8Array, fileName: string): Record<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new CorruptFileError(fileName, 'it is not a readable Word document');
  }
  if (!files['word/document.xml'] || !files['[Content_Types].xml'] || !files['word/_rels/document.xml.rels'])
    throw new CorruptFileError(fileName, 'it is not a readable Word document');
  return files;
}

/**
 * Where a finding's words are in the Word text: its text in the scan, found again whitespace-blind (mammoth
 * joins table cells and breaks differently), at the same occurrence when a phrase repeats.
 */
function finder(scanned: ScanText, word: ScanText): (span: Span) => Span | undefined {
  const source = squeeze(scanned.text);
  const target = squeeze(word.text);
  return (span) => {
    const needle = squeeze(scanned.text.slice(span.start, span.end)).text.trim();
    if (!needle) return undefined;
    const before = source.text.slice(0, source.from(span.start));
    let occurrence = 0;
    for (let i = before.indexOf(needle); i >= 0; i = before.indexOf(needle, i + 1)) occurrence++;
    let at = -1;
    for (let n = 0, i = target.text.indexOf(needle); i >= 0; i = target.text.indexOf(needle, i + 1), n++) {
      at = i;
      if (n === occurrence) break;
    }
    if (at < 0) return undefined;
    return { start: target.at[at]!, end: target.at[at + needle.length - 1]! + 1 };
  };
}

/** Text with whitespace runs as one space, and for each of its chars the offset it came from. */
function squeeze(text: string): { text: string; at: number[]; from(offset: number): number } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]!);
    if (space && out.endsWith(' ')) continue;
    out += space ? ' ' : text[i];
    at.push(i);
  }
  return {
    text: out,
    at,
    from: (offset) => {
      const k = at.findIndex((i) => i >= offset);
      return k < 0 ? out.length : k;
    },
  };
}

const rangeStart = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
const rangeEnd = (id: number) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;

/**
 * Puts each mark at its boundary. Range marks live between runs, so a boundary inside a run splits it in
 * two, the second half keeping the run's properties; a boundary at a run's edge goes beside the run.
 * `appended` (new paragraphs) goes at the end of the body.
 */
function splice(document: DocumentXml, marks: { at: Boundary; mark: string }[], appended: string): string {
  const edits = new Map<number, { remove: number; insert: string }>();
  const add = (at: number, insert: string, remove = 0) => {
    const edit = edits.get(at) ?? { remove: 0, insert: '' };
    edits.set(at, { remove: Math.max(edit.remove, remove), insert: edit.insert + insert });
  };
  const split = new Map<number, { node: TextNode; marks: string[] }>();
  const preserved = new Set<TextNode>();
  for (const { at, mark } of marks) {
    const { node, offset } = at;
    const children = node.run.children;
    if (offset === 0 && children[0] === node.index) add(node.run.start, mark);
    else if (offset === node.text.length && children.at(-1) === node.index) add(node.run.end, mark);
    else {
      const position = node.textStart + node.rawAt[offset]!;
      // The first half may now end in a space, which Word drops without xml:space="preserve".
      if (!preserved.has(node) && !/xml:space="preserve"/.test(node.openTag)) {
        preserved.add(node);
        add(node.openStart, node.openTag.replace(/^<w:t\b/, '<w:t xml:space="preserve"'), node.openTag.length);
      }
      split.set(position, { node, marks: [...(split.get(position)?.marks ?? []), mark] });
    }
  }
  if (appended) add(document.bodyEnd, appended);
  for (const [position, { node, marks: inserted }] of split)
    add(position, `</w:t></w:r>${inserted.join('')}${node.run.openTag}${node.run.properties}<w:t xml:space="preserve">`);
  let xml = document.xml;
  for (const at of [...edits.keys()].sort((a, b) => b - a)) {
    const { remove, insert } = edits.get(at)!;
    xml = xml.slice(0, at) + insert + xml.slice(at + remove);
  }
  return xml;
}

function comment({ id, lines }: Comment, date: string): string {
  const paragraphs = lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join('');
  return `<w:comment w:id="${id}" w:author="${AUTHOR}" w:initials="HM" w:date="${date}">${paragraphs}</w:comment>`;
}

// A tracked insertion of a whole paragraph: its mark (pPr) and its run are both marked inserted.
function insertedParagraph(sentence: string, markId: number, runId: number, date: string): string {
  const who = `w:author="${AUTHOR}" w:date="${date}"`;
  return `<w:p><w:pPr><w:rPr><w:ins w:id="${markId}" ${who}/></w:rPr></w:pPr><w:ins w:id="${runId}" ${who}><w:r><w:t xml:space="preserve">${escapeXml(sentence)}</w:t></w:r></w:ins></w:p>`;
}

/** Names the new comments part in the package's content types and the document's relationships. */
function register(files: Record<string, Uint8Array>, fileName: string): void {
  const types = strFromU8(files['[Content_Types].xml']!);
  const rels = strFromU8(files['word/_rels/document.xml.rels']!);
  if (!types.includes('</Types>') || !rels.includes('</Relationships>')) throw new CorruptFileError(fileName, 'its package lists are damaged');
  let n = 1;
  while (rels.includes(`Id="rIdHallMonitor${n}"`)) n++;
  files['[Content_Types].xml'] = strToU8(types.replace('</Types>', `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_TYPE}"/></Types>`));
  files['word/_rels/document.xml.rels'] = strToU8(rels.replace('</Relationships>', `<Relationship Id="rIdHallMonitor${n}" Type="${COMMENTS_REL}" Target="comments.xml"/></Relationships>`));
}
