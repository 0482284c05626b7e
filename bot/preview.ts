// `npm run bot:preview`: renders the bot's Block Kit reply for the example MOU the way Slack lays it out,
// in real Chromium, to docs/bot-reply.png for the README. The reply comes from the same code the bot runs.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { escapeHtml, scanFile } from '../core/index';
import { summaryReply } from './blocks';

// Slack draws these emoji; the test machine has no emoji font, so draw them as coloured dots.
const dot = (color: string) => `<span style="color:${color}">●</span>`;
const EMOJI: Record<string, string> = { red_circle: dot('#d32f2f'), large_orange_circle: dot('#ef6c00'), large_blue_circle: dot('#1565c0'), warning: '⚠', white_check_mark: '✓' };

function mrkdwn(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const quoted = line.startsWith('&gt;') || line.startsWith('>');
      const body = escapeHtml(line.replace(/^(?:&gt;|>)/, ''))
        .replace(/&amp;(lt|gt|amp);/g, '&$1;')
        .replace(/\*([^*]+)\*/g, '<b>$1</b>')
        .replace(/(^|\s)_([^_]+)_/g, '$1<i>$2</i>')
        .replace(/`([^`]+)`/g, '<code>$1</code>')
        .replace(/:([a-z_]+):/g, (whole, name: string) => EMOJI[name] ?? whole);
      return quoted ? `<blockquote>${body}</blockquote>` : `${body}<br>`;
    })
    .join('');
}

const report = await scanFile(readFileSync(new URL('../examples/hamden-style-mou.md', import.meta.url)), 'hamden-style-mou.md');
const { blocks } = summaryReply(report, { topRisks: 3 });
const html = blocks
  .map((block) => {
    if (block.type === 'header') return `<h1>${escapeHtml(block.text.text)}</h1>`;
    if (block.type === 'divider') return '<hr>';
    if (block.type === 'section') return `<p>${mrkdwn(block.text!.text)}</p>`;
    if (block.type === 'context') return `<p class="context">${block.elements.map((e) => ('text' in e ? mrkdwn(e.text) : '')).join(' ')}</p>`;
    return '';
  })
  .join('\n');
const page = `<!doctype html><meta charset="utf-8"><style>
body{font:15px/1.46 -apple-system,"Segoe UI",Lato,sans-serif;color:#1d1c1d;margin:0;background:#fff;width:720px}
.msg{display:flex;gap:10px;padding:12px 20px}.avatar{width:36px;height:36px;border-radius:6px;background:#1b3a5c;color:#fff;font-weight:700;display:grid;place-items:center}
.name{font-weight:900}.time{color:#616061;font-size:12px;margin-left:6px}h1{font-size:18px;margin:6px 0}p{margin:6px 0}hr{border:0;border-top:1px solid #ddd;margin:10px 0}
blockquote{margin:2px 0;padding-left:10px;border-left:4px solid #ddd;color:#444}.context{color:#616061;font-size:13px}code{background:#f4f4f4;border:1px solid #ddd;border-radius:3px;padding:0 3px;font-size:12px}
.thread{color:#1264a3;font-size:13px;padding:8px 20px;border-bottom:1px solid #eee}
</style><div class="thread">Thread in #school-board — reply to hamden-style-mou.md</div>
<div class="msg"><div class="avatar">HM</div><div><span class="name">Hall Monitor</span><span class="time">APP 9:41 AM</span>${html}</div></div>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const tab = await browser.newPage({ viewport: { width: 720, height: 400 }, deviceScaleFactor: 1 });
await tab.setContent(page);
await tab.screenshot({ path: 'docs/bot-reply.png', fullPage: true });
await browser.close();
console.log('wrote docs/bot-reply.png');
