// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryReply } from '../../bot/blocks';
import { documentView, renderBrief, renderHtml, renderMarkdown, renderText, scan, SECTION_ORDER, toReport } from '../../core/index';
import { renderPanel } from '../../extension/lib/panel';

// One real report with every section: an agreement that asks for student data, states deadlines and a FERPA
// basis, scanned under Connecticut's list.
const doc = scan(readFileSync(resolve(import.meta.dirname, '../../examples/model-dpa-style.md'), 'utf8'), { source: 'mou.md', state: 'CT' }).report;
const report = toReport([doc]);
const titles = documentView(doc).sections.map((s) => s.title);
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where each title's heading first appears in `output`, each after the one before; -1 when missing or out of order. */
function positions(output: string, heading: (title: string) => RegExp): number[] {
  let from = 0;
  return titles.map((title) => {
    const match = heading(title).exec(output.slice(from));
    if (!match) return -1;
    from += match.index + match[0].length;
    return from;
  });
}

function panelTitles(): string[] {
  const root = document.createElement('div');
  renderPanel(root, doc);
  return [...root.querySelectorAll('h3[data-section]')].map((h) => h.textContent!.replace(/ \(\d+\)$/, ''));
}

function slackText(): string {
  return summaryReply(doc, { topRisks: 5 }).blocks.map((b) => (b as { text?: { text: string } }).text?.text ?? '').join('\n');
}

describe('one report view, every format', () => {
  it('the report has every section, in the one order', () => {
    expect(documentView(doc).sections.map((s) => s.id)).toEqual([...SECTION_ORDER]);
    expect(documentView(doc, { topRisks: 3 }).sections.map((s) => s.id)).toEqual([...SECTION_ORDER]);
  });

  const formats: [string, () => string, (title: string) => RegExp][] = [
    ['text', () => renderText(report), (t) => new RegExp(`^${escapeRe(t)}`, 'm')],
    ['markdown', () => renderMarkdown(report), (t) => new RegExp(`^### ${escapeRe(t)}$`, 'm')],
    // The HTML report opens with the board brief; its own sections follow it.
    ['html', () => renderHtml(report).split('This brief is not legal advice.')[1]!, (t) => new RegExp(`<h3>${escapeRe(t)}</h3>`)],
    ['brief', () => renderBrief(report), (t) => new RegExp(`<h3>${escapeRe(t)}</h3>`)],
    ['slack', slackText, (t) => new RegExp(`\\*${escapeRe(t)}\\*`)],
  ];
  for (const [name, render, heading] of formats)
    it(`${name} shows the same sections in the same order`, () => {
      expect(positions(render(), heading).every((p) => p > 0), `${name}: ${positions(render(), heading).join(', ')}`).toBe(true);
    });

  it('the extension panel shows the same sections in the same order', () => {
    expect(panelTitles()).toEqual(titles);
  });

  it('every format names the state law the checklist used and a Connecticut citation', () => {
    const outputs = [renderText(report), renderMarkdown(report), renderHtml(report), renderBrief(report), slackText()];
    const root = document.createElement('div');
    renderPanel(root, doc);
    outputs.push(root.textContent!);
    for (const output of outputs) {
      expect(output).toContain('Checked against federal law and Connecticut');
      expect(output).toContain('C.G.S. 10-234bb(a)(');
    }
  });
});
