import type { PDFDocumentProxy } from 'pdfjs-dist';
import { SEVERITIES, type Finding } from '../../../core/browser';
import { el } from '../../lib/dom';

const THUMB_WIDTH = 110;
type Outline = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>;

/** A thumbnail per page, drawn when it scrolls into the strip, with the page's number of flags on it. */
export function thumbnails(pdf: PDFDocumentProxy, strip: HTMLElement, go: (page: number) => void): (findings: readonly Finding[]) => void {
  observer?.disconnect();
  observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) void drawThumb(pdf, entry.target as HTMLElement);
    },
    { root: strip.parentElement, rootMargin: '200px' },
  );
  const items = Array.from({ length: pdf.numPages }, (_, i) => {
    const button = el('button', { type: 'button', class: 'thumb', 'data-page-number': String(i + 1), 'aria-label': `Page ${i + 1}` }, el('span', { class: 'thumb-blank', style: `width:${THUMB_WIDTH}px;height:${Math.round(THUMB_WIDTH * 1.3)}px` }), String(i + 1));
    button.addEventListener('click', () => go(i + 1));
    observer!.observe(button);
    return el('li', {}, button);
  });
  strip.replaceChildren(...items);
  return (findings) => {
    for (const [i, item] of items.entries()) {
      const button = item.firstElementChild as HTMLElement;
      button.querySelector('.thumb-flags')?.remove();
      const onPage = findings.filter((f) => f.page === i + 1);
      const top = SEVERITIES.find((s) => onPage.some((f) => f.severity === s));
      button.setAttribute('aria-label', `Page ${i + 1}${onPage.length ? `, ${onPage.length} flag${onPage.length === 1 ? '' : 's'}` : ''}`);
      if (top) button.append(el('span', { class: 'thumb-flags', 'data-severity': top, 'data-testid': 'hm-thumb-flags', 'aria-hidden': 'true' }, String(onPage.length)));
    }
  };
}
let observer: IntersectionObserver | undefined;

async function drawThumb(pdf: PDFDocumentProxy, button: HTMLElement): Promise<void> {
  if (button.dataset.drawn) return;
  button.dataset.drawn = 'true';
  const page = await pdf.getPage(Number(button.dataset.pageNumber));
  const viewport = page.getViewport({ scale: THUMB_WIDTH / page.getViewport({ scale: 1 }).width });
  const canvas = el('canvas', { width: String(Math.floor(viewport.width)), height: String(Math.floor(viewport.height)), 'aria-hidden': 'true' });
  await page.render({ canvas, viewport }).promise;
  button.querySelector('.thumb-blank')?.replaceWith(canvas);
}

/** The PDF's own outline (bookmarks), when it has one: each entry goes to its page. */
export async function outline(pdf: PDFDocumentProxy, container: HTMLElement, go: (page: number) => void): Promise<void> {
  const entries = await pdf.getOutline().catch(() => null);
  if (!entries?.length) return void container.replaceChildren();
  const list = (nodes: NonNullable<Outline>): HTMLElement =>
    el(
      'ul',
      {},
      ...nodes.map((node) => {
        const button = el('button', { type: 'button' }, node.title);
        button.addEventListener('click', async () => {
          const page = await destinationPage(pdf, node.dest);
          if (page) go(page);
        });
        return el('li', {}, button, node.items.length ? list(node.items) : undefined);
      }),
    );
  container.replaceChildren(el('h2', { class: 'outline-title', style: 'font-size:13px;margin:0 0 4px' }, 'Outline'), list(entries));
}

async function destinationPage(pdf: PDFDocumentProxy, dest: string | unknown[] | null): Promise<number | undefined> {
  const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
  const target = explicit?.[0];
  if (target === undefined) return undefined;
  const index = typeof target === 'number' ? target : await pdf.getPageIndex(target as Parameters<PDFDocumentProxy['getPageIndex']>[0]);
  return index + 1;
}
