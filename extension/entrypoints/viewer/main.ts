import { getDocument, OPS, TextLayer, type PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { annotatePdf, HallMonitorError, mayBeScanned, meanConfidence, ocrPageBlocks, paintsImage, pdfPageBlocks, placesOf, scan, type Block, type Box, type Finding, type OcrPage, type ScanResult, type Span } from '../../../core/browser';
import { reportToToolbar } from '../../lib/badge';
import { findingCard, findingLabel } from '../../lib/card';
import { download, el } from '../../lib/dom';
import { imageAsPdf } from '../../lib/image-pdf';
import { renderPanel, selectInPanel, stepOnKey } from '../../lib/panel';
import { panelCollapsed, rememberPanel } from '../../lib/panel-state';
import { severityProperties } from '../../lib/severity';
import { loadSettings, onSettingsChanged, scanOptions, type ExtensionSettings } from '../../lib/settings';
import { printView, type PrintPage } from './print';
import { ocr, PDF_ASSETS } from './pdf-setup';
import { outline, thumbnails } from './sidebar';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
document.documentElement.style.cssText += severityProperties();

const pagesView = $('pages');
const panelHost = $('panel');
const status = $('status');
const pageJump = $<HTMLInputElement>('page-jump');
const card = $('card');
// The space left around a page: #pages' padding, and the same at each side.
const GUTTER = 16;
const [MIN_SCALE, MAX_SCALE] = [0.25, 5];
let zoom: 'width' | 'page' | number = 'width';
let scale = 1.5;
/** The width of the pages' view at the last layout: a fitted zoom lays out again only when it changes. */
let fittedWidth = 0;

type Source = { url: string } | { data: Uint8Array; name: string };
const PDF_OPTIONS = { isEvalSupported: false, ...PDF_ASSETS };
interface Loaded {
  source: Source;
  name: string;
  pdf: PDFDocumentProxy;
  /** Each page's text content, read once: the scan and the text layer share it. */
  contents: Map<number, Promise<TextContent>>;
  /** The scan so far: of the first page while the rest is read, then of the whole document. */
  result?: ScanResult;
  /** Per page, the blocks the scan reads and where each sits: so a change of options scans again at once. */
  pageBlocks: Block[][];
  pagePlaces: Place[][];
  /** For each block of the scan: its page, and its text-layer span or (read with OCR) its box on that page. */
  places: Place[];
  /** Scanned pages and how far OCR has got with each, shown on the page. */
  ocr: Map<number, 'waiting' | 'reading' | 'done'>;
  ocrSummary?: { scanned: number[]; read: number[]; pages: OcrPage[] };
  /** Pages on screen, with their text layer, so highlights can be redrawn when the full scan lands. */
  rendered: Map<number, { frame: HTMLElement; textDivs: HTMLElement[] }>;
  /** The findings the panel's filters leave shown (all when unset), and the one chosen. */
  shown?: ReadonlySet<string>;
  selected?: string;
  setThumbFlags?: (findings: readonly Finding[]) => void;
}
type Place = { page: number; div: number } | { page: number; box: Box };
let loaded: Loaded | undefined;
let observer: IntersectionObserver | undefined;
const rendering = new WeakMap<HTMLElement, Promise<void>>();

// The redirect appends the original URL raw after "?file=" (a declarativeNetRequest substitution cannot
// encode it), so take everything after it; an encoded value from a link works too.
function fileFromLocation(): string | undefined {
  const raw = location.search.startsWith('?file=') ? location.search.slice(6) : undefined;
  if (!raw) return undefined;
  return /^[a-z]+%3A/i.test(raw) ? decodeURIComponent(raw) : raw;
}

/** Forgets the document shown: a new one, or a notice, never sits beside the last one's findings. */
function clearDocument(): void {
  loaded = undefined;
  $<HTMLButtonElement>('download-marked').disabled = true;
  observer?.disconnect();
  found = undefined;
  panelHost.replaceChildren();
  pagesView.replaceChildren();
  $('thumbs').replaceChildren();
  $('outline').replaceChildren();
  $('print-view').replaceChildren();
  $('page-count').textContent = '';
  pageJump.value = '1';
  pageJump.removeAttribute('max');
  card.hidden = true;
}

async function open(source: Source): Promise<void> {
  clearDocument();
  document.body.dataset.scan = 'reading';
  status.textContent = 'Reading…';
  const name = 'url' in source ? source.url : source.name;
  document.title = `${name.split('/').pop()} — Hall Monitor`;
  const task = getDocument({ ...('url' in source ? { url: source.url } : { data: source.data }), ...PDF_OPTIONS });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    const password = (error as Error).name === 'PasswordException';
    return notice(password ? 'This PDF is password-protected. Open an unlocked copy to scan it.' : `This file could not be opened as a PDF: ${(error as Error).message}`);
  }
  // A second file opened while this one is read replaces it: everything below works on `doc`, not `loaded`.
  const doc: Loaded = { source, name, pdf, contents: new Map(), pageBlocks: [], pagePlaces: [], places: [], rendered: new Map(), ocr: new Map() };
  loaded = doc;
  panelHost.replaceChildren(el('p', { class: 'reading', style: 'padding:0 12px' }, 'Reading the document… flags on the first page are shown as soon as it is read; this list fills in when every page has been read.'));
  await layout();
  doc.setThumbFlags = thumbnails(pdf, $('thumbs'), goToPage);
  void outline(pdf, $('outline'), goToPage);
  goToPage(pageFromHash() ?? 1, { quiet: !pageFromHash() });
  const settings = await loadSettings();
  const options = scanOptions(settings, name);
  // Per page, so a scanned page's words read later by OCR take its place in reading order.
  const { pageBlocks, pagePlaces } = doc;
  const scanSoFar = () => {
    doc.places = pagePlaces.flat();
    return scan(pageBlocks.flat(), options);
  };
  const scanned: number[] = [];
  for (let page = 1; page <= pdf.numPages; page++) {
    if (page % 10 === 0) status.textContent = `Reading page ${page} of ${pdf.numPages}…`;
    const built = pdfPageBlocks((await textContent(doc, page)).items, page);
    const isScan = mayBeScanned(built.blocks) && paintsImage((await (await pdf.getPage(page)).getOperatorList()).fnArray, OPS);
    if (loaded !== doc) return;
    pageBlocks.push(built.blocks);
    pagePlaces.push(built.textDivs.map((div) => ({ page, div })));
    if (isScan) scanned.push(page);
    // The first page's flags go up at once; the rest of a long PDF can take seconds to read.
    if (page === 1 && pdf.numPages > 1 && built.blocks.some((b) => b.text.trim())) {
      showResult(doc, scanSoFar());
      document.body.dataset.scan = 'partial';
    }
  }
  const toRead = ocr ? scanned.slice(0, settings.maxOcrPages) : [];
  const read: OcrPage[] = [];
  for (const n of toRead) setOcrState(doc, n, 'waiting');
  for (const [i, n] of toRead.entries()) {
    status.textContent = `Reading scanned page ${i + 1} of ${toRead.length} with OCR…`;
    setOcrState(doc, n, 'reading');
    let page: OcrPage;
    try {
      page = await ocr!.readPage(await pdf.getPage(n));
    } catch {
      return notice(`Page ${n} is a scanned image that could not be read. Ask for the original document or a sharper scan.`);
    }
    if (loaded !== doc) return;
    read.push(page);
    pageBlocks[n - 1] = ocrPageBlocks(page, n);
    pagePlaces[n - 1] = pageBlocks[n - 1]!.map((block) => ({ page: n, box: block.box! }));
    setOcrState(doc, n, 'done');
    if (i < toRead.length - 1 && pageBlocks.some((blocks) => blocks.length)) {
      showResult(doc, scanSoFar());
      document.body.dataset.scan = 'partial';
    }
  }
  if (!pageBlocks.some((blocks) => blocks.some((b) => b.text.trim()))) {
    return notice(
      !scanned.length
        ? 'No text in this PDF: its pages hold neither text nor scanned images.'
        : toRead.length
          ? 'This PDF is made of scanned images, and OCR could not read any words on them. Ask for the original document or a sharper scan.'
          : ocr
            ? 'This PDF is made of scanned images, and reading scans (OCR) is turned off in Hall Monitor’s options.'
            : 'This is a scanned image, and this web page does not read scans (OCR). Open it with the Hall Monitor browser extension or the command line, which read scans on your computer too.',
    );
  }
  doc.ocrSummary = { scanned, read: toRead, pages: read };
  finish(doc, settings);
}

/** The whole document's scan: highlights, panel, thumbnails' flags and the toolbar badge. */
function finish(doc: Loaded, settings: ExtensionSettings): void {
  doc.places = doc.pagePlaces.flat();
  const result = scan(doc.pageBlocks.flat(), scanOptions(settings, doc.name));
  const { scanned, read, pages } = doc.ocrSummary!;
  if (scanned.length) result.report.ocr = { pages: read, confidence: meanConfidence(pages), skipped: scanned.slice(read.length) };
  doc.shown = undefined;
  showResult(doc, result);
  document.body.dataset.scan = 'complete';
  renderPanel(panelHost, result.report, {
    select: (f) => void showFinding(f),
    filter(shown) {
      doc.shown = shown;
      redrawHighlights(doc);
    },
  });
  status.textContent = `${result.report.summary.total} flag${result.report.summary.total === 1 ? '' : 's'} on ${doc.pdf.numPages} page${doc.pdf.numPages === 1 ? '' : 's'}`;
  $<HTMLButtonElement>('download-marked').disabled = false;
  void reportToToolbar(result.report);
}

/** A scanned page says on itself whether it is waiting for OCR, being read, or read. */
function setOcrState(doc: Loaded, page: number, state: 'waiting' | 'reading' | 'done'): void {
  doc.ocr.set(page, state);
  const frame = frameOf(page);
  if (frame && loaded === doc) frame.dataset.ocr = state;
}

function textContent({ pdf, contents }: Loaded, page: number): Promise<TextContent> {
  if (!contents.has(page)) contents.set(page, pdf.getPage(page).then((p) => p.getTextContent()));
  return contents.get(page)!;
}

function showResult(doc: Loaded, result: ScanResult): void {
  doc.result = result;
  found = undefined;
  redrawHighlights(doc);
  doc.setThumbFlags?.(result.report.findings);
}

function redrawHighlights(doc: Loaded): void {
  for (const [n, { frame, textDivs }] of doc.rendered) {
    frame.querySelectorAll('.hm-hl').forEach((box) => box.remove());
    drawHighlights(frame, n, textDivs);
  }
}

/** A notice in place of a document: it ends every "Reading…" state, and nothing of an earlier document stays. */
function notice(message: string): void {
  clearDocument();
  status.textContent = '';
  document.body.dataset.scan = 'notice';
  pagesView.replaceChildren(el('div', { class: 'notice', role: 'alert', 'data-testid': 'hm-notice' }, message));
  panelHost.replaceChildren(el('p', { style: 'padding:0 12px', 'data-testid': 'hm-panel-notice' }, 'No findings: there is no document to scan. See the notice beside this panel.'));
}

const frameOf = (page: number) => pagesView.querySelector<HTMLElement>(`.page[data-page-number="${page}"]`);

/** The page on screen and how far down it the view is, kept across a zoom. */
function currentPlace(): { page: number; fraction: number } {
  const frames = [...pagesView.querySelectorAll<HTMLElement>('.page')];
  const top = pagesView.scrollTop;
  const frame = frames.find((f) => f.offsetTop + f.offsetHeight > top) ?? frames[0];
  if (!frame) return { page: 1, fraction: 0 };
  return { page: Number(frame.dataset.pageNumber), fraction: Math.max(0, (top - frame.offsetTop) / frame.offsetHeight) };
}

function fitScale(width: number, height: number): number {
  if (typeof zoom === 'number') return zoom;
  const toWidth = (pagesView.clientWidth - 2 * GUTTER) / width;
  return zoom === 'width' ? toWidth : Math.min(toWidth, (pagesView.clientHeight - 2 * GUTTER) / height);
}

/** Placeholders for every page, at the first page's size until each renders; a page renders when it scrolls into view. */
async function layout(): Promise<void> {
  const doc = loaded!;
  const place = doc.rendered.size || pagesView.querySelector('.page') ? currentPlace() : undefined;
  observer?.disconnect();
  doc.rendered.clear();
  observer = new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) void renderPage(entry.target as HTMLElement);
  }, { root: pagesView, rootMargin: '200px' });
  const natural = (await doc.pdf.getPage(1)).getViewport({ scale: 1 });
  if (loaded !== doc) return;
  scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, fitScale(natural.width, natural.height)));
  const frames: HTMLElement[] = [];
  for (let n = 1; n <= doc.pdf.numPages; n++) {
    const frame = el('div', { class: 'page', 'data-page-number': String(n), role: 'region', 'aria-label': `Page ${n}` });
    const ocrState = doc.ocr.get(n);
    if (ocrState) frame.dataset.ocr = ocrState;
    frame.style.width = `${Math.floor(natural.width * scale)}px`;
    frame.style.height = `${Math.floor(natural.height * scale)}px`;
    frames.push(frame);
  }
  pagesView.replaceChildren(...frames);
  fittedWidth = pagesView.clientWidth;
  if (place) {
    const frame = frameOf(place.page);
    if (frame) pagesView.scrollTop = frame.offsetTop + place.fraction * frame.offsetHeight;
  }
  frames.forEach((frame) => observer!.observe(frame));
  $('page-count').textContent = `of ${doc.pdf.numPages}`;
  pageJump.max = String(doc.pdf.numPages);
  $('zoom-level').textContent = `${Math.round((scale * 72 * 100) / 96)}%`;
  $('fit-width').setAttribute('aria-pressed', String(zoom === 'width'));
  $('fit-page').setAttribute('aria-pressed', String(zoom === 'page'));
}

function renderPage(frame: HTMLElement): Promise<void> {
  if (!rendering.has(frame)) rendering.set(frame, drawPage(frame));
  return rendering.get(frame)!;
}

async function drawPage(frame: HTMLElement): Promise<void> {
  const doc = loaded;
  if (!doc) return;
  const n = Number(frame.dataset.pageNumber);
  const page = await doc.pdf.getPage(n);
  const viewport = page.getViewport({ scale });
  frame.style.width = `${Math.floor(viewport.width)}px`;
  frame.style.height = `${Math.floor(viewport.height)}px`;
  frame.style.setProperty('--scale-factor', String(scale));
  frame.style.setProperty('--total-scale-factor', String(scale));
  const canvas = el('canvas', { width: String(Math.floor(viewport.width)), height: String(Math.floor(viewport.height)), 'aria-hidden': 'true' });
  const textLayerDiv = el('div', { class: 'textLayer' });
  frame.replaceChildren(canvas, textLayerDiv);
  await page.render({ canvas, viewport }).promise;
  const textLayer = new TextLayer({ textContentSource: await textContent(doc, n), container: textLayerDiv, viewport });
  await textLayer.render();
  if (loaded !== doc || !frame.isConnected) return;
  doc.rendered.set(n, { frame, textDivs: textLayer.textDivs });
  drawHighlights(frame, n, textLayer.textDivs);
  frame.dataset.rendered = 'true';
  frame.dataset.highlighted = 'true';
}

/**
 * Boxes over the exact characters of each finding on this page. The first box of a finding is a button
 * a keyboard reaches, named for a screen reader; the others (its further lines) are decoration.
 */
function drawHighlights(frame: HTMLElement, pageNumber: number, textDivs: HTMLElement[]): void {
  const doc = loaded!;
  if (!doc.result) return;
  for (const finding of doc.result.report.findings) {
    if (!finding.span) continue;
    // every place of the finding, its folded repeats included, is marked; the first box is its button
    const boxes = placesOf(finding).flatMap((span) =>
      boxesOver(span, frame, pageNumber, textDivs, { class: 'hm-hl', 'data-category': finding.category, 'data-severity': finding.severity, 'data-id': finding.id }),
    );
    for (const [i, box] of boxes.entries()) {
      if (i === 0) Object.entries({ tabindex: '0', role: 'button', 'aria-label': findingLabel(finding), 'aria-describedby': 'card' }).forEach(([k, v]) => box.setAttribute(k, v));
      else box.setAttribute('aria-hidden', 'true');
      box.hidden = Boolean(doc.shown && !doc.shown.has(finding.id));
      box.classList.toggle('selected', doc.selected === finding.id);
      const choose = () => {
        markChosen(finding.id);
        selectInPanel(panelHost, finding.id);
      };
      box.addEventListener('click', choose);
      box.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        choose();
      });
      box.addEventListener('mouseenter', () => showCard(box, finding));
      box.addEventListener('focus', () => showCard(box, finding));
      box.addEventListener('mouseleave', () => (card.hidden = true));
      box.addEventListener('blur', () => (card.hidden = true));
    }
  }
}

/** The highlight the card describes: a focused one keeps its card while the pages scroll it into view. */
let cardFor: HTMLElement | undefined;

function showCard(box: HTMLElement, finding: Finding): void {
  card.replaceChildren(...findingCard(finding));
  card.hidden = false;
  cardFor = box;
  placeCard(box);
}

function placeCard(box: HTMLElement): void {
  const r = box.getBoundingClientRect();
  const below = r.bottom + 8 + card.offsetHeight < innerHeight;
  Object.assign(card.style, { left: `${Math.max(8, Math.min(r.left, innerWidth - card.offsetWidth - 8))}px`, top: `${below ? r.bottom + 8 : Math.max(8, r.top - card.offsetHeight - 8)}px` });
}

function markChosen(id: string): void {
  if (!loaded) return;
  loaded.selected = id;
  pagesView.querySelectorAll<HTMLElement>('.hm-hl').forEach((box) => box.classList.toggle('selected', box.dataset.id === id));
}

/** One box per line of a span of the scanned text: over this page's text layer, or over the words OCR read. */
function boxesOver(span: Span, frame: HTMLElement, pageNumber: number, textDivs: HTMLElement[], attributes: Record<string, string>): HTMLElement[] {
  const { result, places } = loaded!;
  const origin = frame.getBoundingClientRect();
  const rects: { left: number; top: number; right: number; bottom: number }[] = [];
  const words: typeof rects = [];
  for (const range of result!.source.toBlocks(span)) {
    const place = places[range.block];
    if (place?.page !== pageNumber) continue;
    if ('box' in place) {
      // A word's box is all OCR gives: its characters are taken as equally wide.
      const length = result!.source.blocks[range.block]!.text.length || 1;
      const { box } = place;
      const left = (box.left + (box.width * range.start) / length) * origin.width;
      words.push({ left, top: box.top * origin.height, right: left + ((box.width * (range.end - range.start)) / length) * origin.width, bottom: (box.top + box.height) * origin.height });
      continue;
    }
    const node = textDivs[place.div]?.firstChild;
    if (!node) continue;
    const dom = document.createRange();
    dom.setStart(node, Math.min(range.start, node.textContent!.length));
    dom.setEnd(node, Math.min(range.end, node.textContent!.length));
    for (const rect of dom.getClientRects()) rects.push({ left: rect.left - origin.left, top: rect.top - origin.top, right: rect.right - origin.left, bottom: rect.bottom - origin.top });
  }
  return [...rects, ...lines(words)].map((r) => {
    const box = el('div', attributes);
    Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.right - r.left}px`, height: `${r.bottom - r.top}px` });
    frame.append(box);
    return box;
  });
}

/** OCR's words in reading order, joined into one box per line: a word starts a new line when it overlaps the last line by less than half its height. */
function lines<R extends { left: number; top: number; right: number; bottom: number }>(words: readonly R[]): R[] {
  const joined: R[] = [];
  for (const word of words) {
    const line = joined.at(-1);
    const overlap = line ? Math.min(line.bottom, word.bottom) - Math.max(line.top, word.top) : 0;
    if (line && overlap > (word.bottom - word.top) / 2 && word.left >= line.left) {
      line.right = Math.max(line.right, word.right);
      line.top = Math.min(line.top, word.top);
      line.bottom = Math.max(line.bottom, word.bottom);
    } else joined.push({ ...word });
  }
  return joined;
}

// Find in the whole document, not only the pages on screen: the browser's own Ctrl+F sees rendered pages only.
let found: { query: string; matches: Span[]; index: number } | undefined;

async function findNext(query: string, step: 1 | -1): Promise<void> {
  const result = loaded?.result;
  const needle = query.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!result || !needle) return;
  if (found?.query !== needle) {
    const haystack = result.source.text.toLowerCase();
    const matches: Span[] = [];
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) matches.push({ start: at, end: at + needle.length });
    found = { query: needle, matches, index: step === 1 ? -1 : 0 };
  }
  const { matches } = found;
  pagesView.querySelectorAll('.hm-find').forEach((box) => box.remove());
  $('find-count').textContent = matches.length ? '' : 'not found';
  if (!matches.length) return;
  found.index = (found.index + step + matches.length) % matches.length;
  $('find-count').textContent = `${found.index + 1} of ${matches.length}`;
  const match = matches[found.index]!;
  const page = result.source.pageAt(match.start) ?? 1;
  const frame = pagesView.querySelector<HTMLElement>(`.page[data-page-number="${page}"]`);
  if (!frame) return;
  frame.scrollIntoView({ block: 'start' });
  await renderPage(frame);
  const rendered = loaded!.rendered.get(page);
  if (!rendered) return;
  boxesOver(match, frame, page, rendered.textDivs, { class: 'hm-find', 'data-testid': 'hm-find-match' })[0]?.scrollIntoView({ block: 'center' });
}

async function showFinding(finding: Finding): Promise<void> {
  if (finding.id) markChosen(finding.id);
  if (!finding.page) return;
  const frame = frameOf(finding.page);
  frame?.scrollIntoView({ block: 'start' });
  if (frame) await renderPage(frame);
  frame?.querySelector<HTMLElement>(`.hm-hl[data-id="${CSS.escape(finding.id)}"]`)?.scrollIntoView({ block: 'center' });
}

/** `#page=N`, as Chrome's and Firefox's own viewers take it. */
function pageFromHash(): number | undefined {
  const n = Number(new URLSearchParams(location.hash.slice(1)).get('page'));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Goes to a page that exists; for one that does not, says so and stays where it is. */
function goToPage(n: number, { quiet = false } = {}): void {
  const total = loaded?.pdf.numPages ?? 0;
  const problem = $('page-problem');
  if (!Number.isInteger(n) || n < 1 || n > total) {
    pageJump.value = String(currentPlace().page);
    pageJump.setAttribute('aria-invalid', 'true');
    if (!quiet) problem.textContent = `There is no page ${n || pageJump.value}: this document has ${total} page${total === 1 ? '' : 's'}.`;
    return;
  }
  pageJump.removeAttribute('aria-invalid');
  problem.textContent = '';
  pageJump.value = String(n);
  frameOf(n)?.scrollIntoView({ block: 'start' });
}

function setZoom(next: typeof zoom): void {
  if (!loaded) return;
  zoom = typeof next === 'number' ? Math.min(MAX_SCALE, Math.max(MIN_SCALE, next)) : next;
  void layout();
}

/**
 * Every page drawn with its highlights, a numbered mark in the margin per finding, then the findings list,
 * into the print view; then the browser's own print dialog.
 */
async function printDocument(): Promise<void> {
  const doc = loaded;
  if (!doc?.result || document.body.dataset.scan !== 'complete') return void (status.textContent = 'Printing waits until every page has been read.');
  status.textContent = 'Preparing every page for printing…';
  // A zoom or a resized window meanwhile lays the pages out anew: draw until every page on screen is drawn.
  let frames: HTMLElement[];
  do {
    frames = [...pagesView.querySelectorAll<HTMLElement>('.page')];
    await Promise.all(frames.map(renderPage));
    if (loaded !== doc) return;
  } while (!frames.every((frame) => frame.isConnected && frame.dataset.rendered));
  $('print-view').replaceChildren(...printView(doc.result.report, frames.map(printPage)));
  status.textContent = '';
  document.body.dataset.print = 'ready';
  window.print();
}

/**
 * A copy of the open PDF with a highlight annotation and a note on each flag, and the summary on page 1,
 * written here by core from the same scan the highlights show; the bytes never leave the page.
 */
async function downloadMarkedUp(): Promise<void> {
  const doc = loaded;
  if (!doc?.result || document.body.dataset.scan !== 'complete') return void (status.textContent = 'The marked-up copy waits until every page has been read.');
  status.textContent = 'Writing the marked-up copy…';
  const base = doc.name.split(/[/?#]/).filter(Boolean).pop()?.replace(/\.[^.]*$/, '') || 'document';
  try {
    const bytes = await annotatePdf(await doc.pdf.getData(), doc.result, { fileName: base, openPdf: (data) => getDocument({ data, ...PDF_OPTIONS }).promise });
    if (loaded !== doc) return;
    download(`${base}-marked-up.pdf`, new Uint8Array(bytes), 'application/pdf');
    status.textContent = 'Marked-up copy saved: each flag is a highlight with a note, the summary is on page 1.';
  } catch (error) {
    status.textContent = error instanceof HallMonitorError ? error.message : 'The marked-up copy could not be written from this PDF.';
  }
}

function printPage(frame: HTMLElement): PrintPage {
  const origin = frame.getBoundingClientRect();
  const boxes = [...frame.querySelectorAll<HTMLElement>('.hm-hl:not([hidden])')].map((box) => {
    const r = box.getBoundingClientRect();
    return { id: box.dataset.id!, severity: box.dataset.severity as Finding['severity'], left: (r.left - origin.left) / origin.width, top: (r.top - origin.top) / origin.height, width: r.width / origin.width, height: r.height / origin.height };
  });
  return { image: frame.querySelector('canvas')!.toDataURL('image/jpeg', 0.92), boxes };
}

// The toolbar wraps on a narrow window: the pages start below it.
new ResizeObserver(() => document.documentElement.style.setProperty('--toolbar-height', `${document.querySelector('.toolbar')!.clientHeight}px`)).observe(document.querySelector('.toolbar')!);
// A fitted page follows the window, the panel and the sidebar.
new ResizeObserver(() => {
  if (!loaded || typeof zoom === 'number' || Math.abs(pagesView.clientWidth - fittedWidth) < 2) return;
  fittedWidth = pagesView.clientWidth;
  void layout();
}).observe(pagesView);

$('zoom-in').addEventListener('click', () => setZoom(scale * 1.25));
$('zoom-out').addEventListener('click', () => setZoom(scale * 0.8));
$('fit-width').addEventListener('click', () => setZoom('width'));
$('fit-page').addEventListener('click', () => setZoom('page'));
$('print').addEventListener('click', () => void printDocument());
$('download-marked').addEventListener('click', () => void downloadMarkedUp());
addEventListener('afterprint', () => {
  $('print-view').replaceChildren();
  delete document.body.dataset.print;
});
addEventListener('hashchange', () => {
  const n = pageFromHash();
  if (n) goToPage(n);
});
pageJump.addEventListener('change', () => goToPage(Number(pageJump.value)));

const setPanel = (collapsed: boolean) => {
  document.body.dataset.panel = collapsed ? 'collapsed' : 'open';
  $('panel-toggle').setAttribute('aria-expanded', String(!collapsed));
  $('panel-toggle').textContent = collapsed ? 'Show findings' : 'Hide findings';
};
void panelCollapsed().then(setPanel);
$('panel-toggle').addEventListener('click', () => {
  const collapsed = document.body.dataset.panel !== 'collapsed';
  setPanel(collapsed);
  void rememberPanel(collapsed);
});
$('sidebar-toggle').addEventListener('click', () => {
  const sidebar = $('sidebar');
  sidebar.hidden = !sidebar.hidden;
  $('sidebar-toggle').setAttribute('aria-expanded', String(!sidebar.hidden));
});

// The page box follows the scroll: the page at the middle of the view is the one being read.
let pageTick = 0;
pagesView.addEventListener('scroll', () => {
  if (cardFor && cardFor === document.activeElement) placeCard(cardFor);
  else card.hidden = true;
  if (pageTick) return;
  pageTick = requestAnimationFrame(() => {
    pageTick = 0;
    const view = pagesView.getBoundingClientRect();
    const page = document.elementFromPoint(view.left + view.width / 2, view.top + view.height / 2)?.closest<HTMLElement>('.page');
    if (!page) return;
    pageJump.value = page.dataset.pageNumber!;
    document.querySelectorAll('.thumb').forEach((t) => (t as HTMLElement).dataset.pageNumber === page.dataset.pageNumber ? t.setAttribute('aria-current', 'page') : t.removeAttribute('aria-current'));
  });
});
const findInput = $<HTMLInputElement>('find');
findInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') void findNext(findInput.value, event.shiftKey ? -1 : 1);
});
document.addEventListener('keydown', (event) => {
  const key = event.key.toLowerCase();
  if ((event.ctrlKey || event.metaKey) && key === 'f') {
    event.preventDefault();
    findInput.focus();
    findInput.select();
  } else if ((event.ctrlKey || event.metaKey) && key === 'p') {
    event.preventDefault();
    void printDocument();
  } else if (!event.defaultPrevented && !(event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement)) stepOnKey(panelHost, event);
});
const fileInput = $<HTMLInputElement>('file-input');
$('open-file').addEventListener('click', () => fileInput.click());
// A photo or scan saved as an image is opened as a one-page scanned PDF, a Word or text file as a PDF of its words.
const openLocal = async (file: File) => {
  // Say at once that a new file is being read: turning a Word file or a photo into pages takes a moment.
  document.body.dataset.scan = 'reading';
  status.textContent = 'Reading…';
  const isImage = /^image\/|\.(?:png|jpe?g|webp|tiff?)$/i.test(file.type || file.name);
  const { documentAsPdf, isDocument } = await import('../../lib/document-pdf');
  if (!isImage && !isDocument(file)) return open({ data: new Uint8Array(await file.arrayBuffer()), name: file.name });
  try {
    await open({ data: await (isImage ? imageAsPdf(file) : documentAsPdf(file)), name: file.name });
  } catch (error) {
    notice((error as Error).message);
  }
};
fileInput.addEventListener('change', () => fileInput.files?.[0] && void openLocal(fileInput.files[0]));
document.addEventListener('dragover', (event) => event.preventDefault());
document.addEventListener('drop', (event) => {
  event.preventDefault();
  const file = event.dataTransfer?.files[0];
  if (file) void openLocal(file);
});

// A change on the options page applies at once: the document is scanned again with the new options, and
// read again only when the OCR page limit changed (which pages are read with OCR depends on it).
let lastOcrLimit: number | undefined;
void loadSettings().then((s) => (lastOcrLimit = s.maxOcrPages));
onSettingsChanged(async () => {
  const settings = await loadSettings();
  const doc = loaded;
  const ocrChanged = settings.maxOcrPages !== lastOcrLimit;
  lastOcrLimit = settings.maxOcrPages;
  if (!doc || document.body.dataset.scan !== 'complete') return;
  if (ocrChanged && doc.ocrSummary?.scanned.length) return void open(doc.source);
  finish(doc, settings);
  status.textContent += ' (options changed: scanned again)';
});

const file = fileFromLocation();
if (file) {
  const original = $<HTMLAnchorElement>('view-original');
  // The redirect rules skip URLs that carry this marker, so the original opens in the browser's own viewer.
  original.href = `${file}${file.includes('?') ? '&' : '?'}hallmonitor=original`;
  original.hidden = false;
  void open({ url: file });
} else pagesView.replaceChildren(el('div', { class: 'drop' }, 'Drop a PDF, a Word or text file, or a scanned page (PNG, JPEG) here, or use “Open file…”. It is read on this computer only.'));
