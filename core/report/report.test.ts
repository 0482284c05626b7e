import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { CATEGORIES, EmptyDocumentError, renderBrief, renderHtml, renderJson, renderMarkdown, renderText, scan, scanFile, toReport, unreadable } from '../index';
import schema from './schema.json';

const AGREEMENT = [
  { text: 'DATA SHARING AGREEMENT between the Lakeview School District (the "District") and Brightpath Analytics LLC ("Provider").', page: 1 },
  { text: 'The Provider shall own all data it receives under this Agreement. Questions go to records@lakeview.k12.us.', page: 1 },
  { text: 'The student file lists SSN 536-22-8726.', page: 2 },
];

const report = () => toReport([scan(AGREEMENT, { source: 'lakeview <script>x</script>.pdf', doctype: 'agreement' }).report, unreadable('blank.txt', new EmptyDocumentError('blank.txt'))]);

describe('report schema', () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it('accepts real scan output, including an unreadable document', () => {
    const value = JSON.parse(renderJson(report()));
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    expect(value.documents[0].findings.length).toBeGreaterThan(2);
  });

  it('accepts the reports of every bundled example, with their schedules, meters, legal basis and deadlines', async () => {
    const dir = new URL('../../examples/', import.meta.url);
    const documents = await Promise.all(readdirSync(dir).map((file) => scanFile(readFileSync(new URL(file, dir)), file)));
    const value = JSON.parse(renderJson(toReport(documents)));
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    const fields = new Set(documents.flatMap((d) => Object.keys(d)));
    for (const field of ['dataSchedule', 'reidentification', 'legalBasis', 'obligations', 'protections', 'parties']) expect(fields).toContain(field);
  });

  it('accepts a report whose tables were read up to the cell limit, and every format says what was left out', async () => {
    const csv = new TextEncoder().encode('Name,Grade\nAna Ruiz,7\nBo Li,8\n');
    const read = toReport([await scanFile(csv, 'roster.csv', { maxCells: 4 })]);
    const value = JSON.parse(renderJson(read));
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    expect(value.documents[0].cellLimit).toEqual({ limit: 4, notRead: 2 });
    for (const render of [renderText, renderMarkdown, renderHtml, renderBrief])
      expect(render(read)).toContain('Tables were read up to the limit of 4 cells; 2 more cells were not read');
  });

  it('accepts a report checked under a state, with its law, deadlines and new protection ids', () => {
    const text = readFileSync(new URL('../../test/fixtures/states/ny.md', import.meta.url), 'utf8');
    const value = JSON.parse(renderJson(toReport([scan(text, { doctype: 'agreement', state: 'NY' }).report, scan(text, { doctype: 'agreement' }).report])));
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    expect(value.documents[0].jurisdiction.state.id).toBe('NY');
    expect(value.documents[1].jurisdiction.suggested.id).toBe('NY');
  });

  it('rejects a report whose finding lacks its reason', () => {
    const value = JSON.parse(renderJson(report()));
    delete value.documents[0].findings[0].basis;
    expect(validate(value)).toBe(false);
  });

  it('lists exactly the taxonomy ids as categories', () => {
    expect(schema.definitions.category.enum).toEqual(CATEGORIES.map((c) => c.id));
  });
});

describe('renderers', () => {
  const r = report();
  const findings = r.documents[0]!.findings;

  it('text shows every finding with its quote, page, basis and ask, and the unreadable file', () => {
    const text = renderText(r);
    for (const f of findings) {
      if (f.quote) expect(text).toContain(f.quote.slice(0, 40));
      expect(text).toContain(f.basis);
      expect(text).toContain(f.ask);
    }
    expect(text).toContain('page 2');
    expect(text).toContain('Could not read blank.txt');
    expect(text).not.toContain('536-22-8726');
    expect(text).not.toContain('\x1b[');
    expect(renderText(r, { color: true })).toContain('\x1b[31m');
  });

  it('markdown groups by severity and lists the protections checklist', () => {
    const md = renderMarkdown(r);
    expect(md).toMatch(/^#### High \(\d+\)$/m);
    expect(md).toContain('### Protections checklist');
    for (const p of r.documents[0]!.protections!) expect(md).toContain(`| ${p.status} |`);
  });

  it('html is one self-contained page with every value escaped', () => {
    const html = renderHtml(r);
    expect(html).toContain('lakeview &lt;script&gt;x&lt;/script&gt;.pdf');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/\b(?:src|href)=/);
  });
});
