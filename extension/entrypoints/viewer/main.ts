import { getDocument, GlobalWorkerOptions, OPS, TextLayer, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { browser } from 'wxt/browser';
import { mayBeScanned, meanConfidence, ocrPageBlocks, paintsImage, pdfPageBlocks, scan, type Block, type Box, type Finding, type OcrPage, type ScanResult, type Span } from '../../../core/browser';
import { el } from '../../lib/dom';
import { imageAsPdf } from '../../lib/image-pdf';
import { BrowserOcr } from '../../lib/ocr';
import { renderPanel, selectInPanel } from '../../lib/panel';
import { loadSettings, scanOptions } from '../../lib/settings';

GlobalWorkerOptions.workerSrc = workerUrl;
const asset = (dir: string) => new URL(`/pdfjs/${dir}/`, location.href).href;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const pagesView = $('pages');
const panelHost = $('panel');
const status = $('status');
let scale = 1.5;

interface Loaded {
  pdf: PDFDocumentProxy;
  /** Each page's text content, read once: the scan and the text layer share it. */
  contents: Map<number, Promise<TextContent>>;
  /** The scan so far: of the first page while the rest is read, then of the whole document. */
  result?: ScanResult;
  /** For each block of the scan: its page, and its text-layer span or (read with OCR) its box on that page. */
  places: Place[];
  /** Scanned pages and how far OCR has got with each, shown on the page. */
  ocr: Map<number, 'waiting' | 'reading' | 'done'>;
  /** Pages on screen, with their text layer, so highlights can be redrawn when the full scan lands. */
  rendered: Map<number, { frame: HTMLElement; textDivs: HTMLElement[] }>;
}
type Place = { page: number; div: number } | { page: number; box: Box };
let loaded: Loaded | undefined;
const ocr = new BrowserOcr();
let observer: IntersectionObserver | undefined;

// The redirect appends the original URL raw after "?file=" (a declarativeNetRequest substitution cannot
// encode it), so take everything after it; an encoded value from a link works too.
function fileFromLocation(): string | undefined {
  const raw = location.search.startsWith('?file=') ? location.search.slice(6) : undefined;
  if (!raw) return undefined;
  return /^[a-z]+%3A/i.test(raw) ? decodeURIComponent(raw) : raw;
}

async function open(source: { url: string } | { data: Uint8Array; name: string }): Promise<void> {
  status.textContent = 'Reading…';
  const name = 'url' in source ? source.url : source.name;
  document.title = `${name.split('/').pop()} — Hall Monitor`;
  const task = getDocument({
    ...('url' in source ? { url: source.url } : { data: source.data }),
    isEvalSupported: false,
    standardFontDataUrl: asset('standard_fonts'),
    cMapUrl: asset('cmaps'),
    cMapPacked: true,
    wasmUrl: asset('wasm'),
  });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    const password = (error as Error).name === 'PasswordException';
    return notice(password ? 'This PDF is password-protected. Open an unlocked copy to scan it.' : `This PDF could not be opened: ${(error as Error).message}`);
  }
  // A second file opened while this one is read replaces it: everything below works on `doc`, not `loaded`.
  const doc: Loaded = { pdf, contents: new Map(), places: [], rendered: new Map(), ocr: new Map() };
  loaded = doc;
  document.body.dataset.scan = 'reading';
  panelHost.replaceChildren(el('p', { class: 'reading' }, 'Reading the document… flags on the first page are shown as soon as it is read; this list fills in when every page has been read.'));
  await layout();
  const settings = await loadSettings();
  const options = scanOptions(settings, name);
  // Per page, so a scanned page's words read later by OCR take its place in reading order.
  const pageBlocks: Block[][] = [];
  const pagePlaces: Place[][] = [];
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
  const toRead = scanned.slice(0, settings.maxOcrPages);
  const read: OcrPage[] = [];
  for (const n of toRead) setOcrState(doc, n, 'waiting');
  for (const [i, n] of toRead.entries()) {
    status.textContent = `Reading scanned page ${i + 1} of ${toRead.length} with OCR…`;
    setOcrState(doc, n, 'reading');
    let page: OcrPage;
    try {
      page = await ocr.readPage(await pdf.getPage(n));
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
    void badge(0);
    return notice(
      !scanned.length
        ? 'No text in this PDF: its pages hold neither text nor scanned images.'
        : toRead.length
          ? 'This PDF is made of scanned images, and OCR could not read any words on them. Ask for the original document or a sharper scan.'
          : 'This PDF is made of scanned images, and reading scans (OCR) is turned off in Hall Monitor’s options.',
    );
  }
  const result = scanSoFar();
  if (scanned.length) result.report.ocr = { pages: toRead, confidence: meanConfidence(read), skipped: scanned.slice(toRead.length) };
  showResult(doc, result);
  document.body.dataset.scan = 'complete';
  renderPanel(panelHost, result.report, { select: (f) => void showFinding(f) });
  status.textContent = `${result.report.summary.total} flags on ${pdf.numPages} pages`;
  void badge(result.report.summary.bySeverity.high);
}

/** A scanned page says on itself whether it is waiting for OCR, being read, or read. */
function setOcrState(doc: Loaded, page: number, state: 'waiting' | 'reading' | 'done'): void {
  doc.ocr.set(page, state);
  const frame = pagesView.querySelector<HTMLElement>(`.page[data-page-number="${page}"]`);
  if (frame && loaded === doc) frame.dataset.ocr = state;
}

function textContent({ pdf, contents }: Loaded, page: number): Promise<TextContent> {
  if (!contents.has(page)) contents.set(page, pdf.getPage(page).then((p) => p.getTextContent()));
  return contents.get(page)!;
}

function showResult(doc: Loaded, result: ScanResult): void {
  doc.result = result;
  found = undefined;
  for (const [n, { frame, textDivs }] of doc.rendered) {
    frame.querySelectorAll('.hm-hl').forEach((box) => box.remove());
    drawHighlights(frame, n, textDivs);
  }
}

function notice(message: string): void {
  status.textContent = '';
  pagesView.replaceChildren(el('div', { class: 'notice', 'data-testid': 'hm-notice' }, message));
}

/** Placeholders for every page, at the first page's size until each renders; a page renders when it scrolls into view. */
async function layout(): Promise<void> {
  const { pdf, rendered } = loaded!;
  observer?.disconnect();
  rendered.clear();
  observer = new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) void renderPage(entry.target as HTMLElement);
  }, { root: pagesView, rootMargin: '200px' });
  const first = (await pdf.getPage(1)).getViewport({ scale });
  const frames: HTMLElement[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const frame = el('div', { class: 'page', 'data-page-number': String(n) });
    const ocrState = loaded!.ocr.get(n);
    if (ocrState) frame.dataset.ocr = ocrState;
    frame.style.width = `${first.width}px`;
    frame.style.height = `${first.height}px`;
    frames.push(frame);
  }
  pagesView.replaceChildren(...frames);
  frames.forEach((frame) => observer!.observe(frame));
  $('page-count').textContent = `of ${pdf.numPages}`;
  $('zoom-level').textContent = `${Math.round((scale / 1.5) * 100)}%`;
}

async function renderPage(frame: HTMLElement): Promise<void> {
  if (frame.dataset.rendered || !loaded) return;
  frame.dataset.rendered = 'true';
  const n = Number(frame.dataset.pageNumber);
  const page = await loaded.pdf.getPage(n);
  const viewport = page.getViewport({ scale });
  frame.style.width = `${viewport.width}px`;
  frame.style.height = `${viewport.height}px`;
  frame.style.setProperty('--scale-factor', String(scale));
  frame.style.setProperty('--total-scale-factor', String(scale));
  const canvas = el('canvas', { width: String(Math.floor(viewport.width)), height: String(Math.floor(viewport.height)) });
  const textLayerDiv = el('div', { class: 'textLayer' });
  frame.replaceChildren(canvas, textLayerDiv);
  await page.render({ canvas, viewport }).promise;
  const textLayer = new TextLayer({ textContentSource: await textContent(loaded, n), container: textLayerDiv, viewport });
  await textLayer.render();
  loaded.rendered.set(n, { frame, textDivs: textLayer.textDivs });
  drawHighlights(frame, n, textLayer.textDivs);
  frame.dataset.highlighted = 'true';
}

/** Boxes over the exact characters of each finding on this page, from the scan's span to the text-layer spans. */
function drawHighlights(frame: HTMLElement, pageNumber: number, textDivs: HTMLElement[]): void {
  const { result } = loaded!;
  if (!result) return;
  for (const finding of result.report.findings) {
    if (!finding.span) continue;
    for (const box of boxesOver(finding.span, frame, pageNumber, textDivs, { class: 'hm-hl', 'data-category': finding.category, 'data-severity': finding.severity, 'data-id': finding.id, title: finding.category }))
      box.addEventListener('click', () => selectInPanel(panelHost, finding.id));
  }
}

/** One box per line of a span of the scanned text: over this page's text layer, or over the words OCR read. */
function boxesOver(span: Span, frame: HTMLElement, pageNumber: number, textDivs: HTMLElement[], attributes: Record<string, string>): HTMLElement[] {
  const { result, places } = loaded!;
  const origin = frame.getBoundingClientRect();
  const boxes: HTMLElement[] = [];
  const addBox = (left: number, top: number, width: number, height: number) => {
    const box = el('div', attributes);
    Object.assign(box.style, { left: `${left}px`, top: `${top}px`, width: `${width}px`, height: `${height}px` });
    frame.append(box);
    boxes.push(box);
  };
  for (const range of result!.source.toBlocks(span)) {
    const place = places[range.block];
    if (place?.page !== pageNumber) continue;
    if ('box' in place) {
      // A word's box is all OCR gives: its characters are taken as equally wide.
      const length = result!.source.blocks[range.block]!.text.length || 1;
      const { box } = place;
      addBox(
        (box.left + (box.width * range.start) / length) * origin.width,
        box.top * origin.height,
        ((box.width * (range.end - range.start)) / length) * origin.width,
        box.height * origin.height,
      );
      continue;
    }
    const node = textDivs[place.div]?.firstChild;
    if (!node) continue;
    const dom = document.createRange();
    dom.setStart(node, Math.min(range.start, node.textContent!.length));
    dom.setEnd(node, Math.min(range.end, node.textContent!.length));
    for (const rect of dom.getClientRects()) addBox(rect.left - origin.left, rect.top - origin.top, rect.width, rect.height);
  }
  return boxes;
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
  if (!finding.page) return;
  const frame = pagesView.querySelector<HTMLElement>(`.page[data-page-number="${finding.page}"]`);
  frame?.scrollIntoView({ block: 'start' });
  if (frame) await renderPage(frame);
  frame?.querySelector<HTMLElement>(`.hm-hl[data-id="${CSS.escape(finding.id)}"]`)?.scrollIntoView({ block: 'center' });
}

async function badge(high: number): Promise<void> {
  await browser.runtime.sendMessage({ type: 'findings', high }).catch(() => undefined);
}

function rezoom(factor: number): void {
  if (!loaded) return;
  scale = Math.min(4, Math.max(0.5, scale * factor));
  void layout();
}

$('zoom-in').addEventListener('click', () => rezoom(1.25));
$('zoom-out').addEventListener('click', () => rezoom(0.8));
$<HTMLInputElement>('page-jump').addEventListener('change', (event) => {
  const n = Number((event.target as HTMLInputElement).value);
  pagesView.querySelector(`.page[data-page-number="${n}"]`)?.scrollIntoView({ block: 'start' });
});
// The page box follows the scroll: the page at the middle of the view is the one being read.
let pageTick = 0;
pagesView.addEventListener('scroll', () => {
  if (pageTick) return;
  pageTick = requestAnimationFrame(() => {
    pageTick = 0;
    const view = pagesView.getBoundingClientRect();
    const page = document.elementFromPoint(view.left + view.width / 2, view.top + view.height / 2)?.closest<HTMLElement>('.page');
    if (page) $<HTMLInputElement>('page-jump').value = page.dataset.pageNumber!;
  });
});
const findInput = $<HTMLInputElement>('find');
findInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') void findNext(findInput.value, event.shiftKey ? -1 : 1);
});
document.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
    event.preventDefault();
    findInput.focus();
    findInput.select();
  }
});
const fileInput = $<HTMLInputElement>('file-input');
$('open-file').addEventListener('click', () => fileInput.click());
// A photo or scan saved as an image is opened as a one-page scanned PDF.
const openLocal = async (file: File) => {
  if (!/^image\/|\.(?:png|jpe?g|webp|tiff?)$/i.test(file.type || file.name)) return open({ data: new Uint8Array(await file.arrayBuffer()), name: file.name });
  try {
    await open({ data: await imageAsPdf(file), name: file.name });
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

const file = fileFromLocation();
if (file) {
  const original = $<HTMLAnchorElement>('view-original');
  // The redirect rules skip URLs that carry this marker, so the original opens in the browser's own viewer.
  original.href = `${file}${file.includes('?') ? '&' : '?'}hallmonitor=original`;
  original.hidden = false;
  void open({ url: file });
} else pagesView.replaceChildren(el('div', { class: 'drop' }, 'Drop a PDF or a scanned page (PNG, JPEG) here, or use “Open file…”. It is read on this computer only.'));
