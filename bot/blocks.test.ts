import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scan, type DocumentReport } from '../core/index';
import { CATEGORIES } from '../core/taxonomy';
import { MESSAGE_BLOCKS_MAX, quietReply, summaryReply, unreadableReply } from './blocks';
import { homeView } from './home';
import { DEFAULT_SETTINGS } from './settings';

const mou = scan(readFileSync(new URL('../examples/hamden-style-mou.md', import.meta.url), 'utf8'), { source: 'mou.md' }).report;
const texts = (blocks: { type: string; text?: { text: string }; elements?: { text?: string }[] }[]) => blocks.flatMap((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => e.text ?? '')]);

/** The largest reply there can be: a flag in every category of the taxonomy, each with a long quote. */
function everyCategory(): DocumentReport {
  const template = mou.findings.find((f) => f.kind === 'clause')!;
  const findings = CATEGORIES.map((c, i) => ({ ...template, id: `x${i}`, category: c.id, kind: c.kind, severity: 'high' as const, quote: 'x'.repeat(2000) }));
  return { ...mou, findings };
}

describe('Slack limits, by construction', () => {
  it('keeps the reply within 50 blocks and 3,000 characters a section however many top risks are asked for', () => {
    const doc = everyCategory();
    expect(doc.findings.length).toBeGreaterThan(MESSAGE_BLOCKS_MAX);
    for (const topRisks of [5, 50, 1000]) {
      const { blocks } = summaryReply(doc, { topRisks });
      expect(blocks.length).toBeLessThanOrEqual(MESSAGE_BLOCKS_MAX);
      for (const text of texts(blocks as never)) expect(text.length).toBeLessThanOrEqual(3000);
    }
    // the budget goes to risks, not lost: a thousand asked for fills the message
    expect(summaryReply(doc, { topRisks: 1000 }).blocks).toHaveLength(MESSAGE_BLOCKS_MAX);
  });

  it('keeps App Home within 100 blocks and 3,000 characters a section with 5,000 channels, and counts those it cannot show', () => {
    const channels = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`C${String(i).padStart(10, '0')}`, DEFAULT_SETTINGS]));
    const view = homeView(channels, () => 'watching files on, posting every flag, message warnings off, quiet mode off');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    for (const text of texts(view.blocks as never)) expect(text.length).toBeLessThanOrEqual(3000);
    const shown = texts(view.blocks as never).join('\n').match(/<#C\d+>/g)!.length;
    expect(JSON.stringify(view)).toContain(`…and ${5000 - shown} more channels`);
  });

  it('escapes what a file name carries in the text fallback, as in blocks', () => {
    const named = { ...mou, source: '<!channel> & <@U1>.md' };
    for (const reply of [summaryReply(named, { topRisks: 5 }), quietReply(named), unreadableReply({ ...named, error: { code: 'corrupt', message: 'damaged' } })]) {
      expect(reply.text).toContain('&lt;!channel&gt; &amp; &lt;@U1&gt;.md');
      expect(reply.text).not.toContain('<!channel>');
    }
  });
});
