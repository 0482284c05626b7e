import { CATEGORIES, isCategoryId, type CategoryId, type CustomTerm, type Severity } from '../../../core/browser';
import { el } from '../../lib/dom';
import { DEFAULTS, loadSettings, saveSettings } from '../../lib/settings';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const settings = await loadSettings();

const boxes = CATEGORIES.map((c) => {
  const box = el('input', { type: 'checkbox', value: c.id, 'data-category': c.id });
  box.checked = !settings.ignore.includes(c.id as CategoryId);
  $('categories').append(el('label', {}, box, ` ${c.title} `, el('span', { class: 'hint' }, `(${c.kind})`)));
  return box;
});
$<HTMLSelectElement>('min-severity').value = settings.minSeverity;
$<HTMLInputElement>('district-size').value = String(settings.districtSize);
$<HTMLInputElement>('max-ocr-pages').value = String(settings.maxOcrPages);
$<HTMLTextAreaElement>('custom-terms').value = settings.customTerms.map((t) => `${t.category}: ${t.pattern}`).join('\n');
$<HTMLTextAreaElement>('allow').value = settings.allow.join('\n');

$('options').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('problem').textContent = '';
  const terms: CustomTerm[] = [];
  for (const line of $<HTMLTextAreaElement>('custom-terms').value.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const [, category = '', pattern = ''] = /^([\w-]+)\s*:\s*(.+)$/.exec(line) ?? [];
    if (!isCategoryId(category)) return void ($('problem').textContent = `"${line}": start with a category id such as student-id.`);
    try {
      new RegExp(pattern);
    } catch {
      return void ($('problem').textContent = `"${pattern}" is not a valid pattern.`);
    }
    terms.push({ category, pattern, label: pattern });
  }
  await saveSettings({
    ignore: boxes.filter((b) => !b.checked).map((b) => b.value as CategoryId),
    minSeverity: $<HTMLSelectElement>('min-severity').value as Severity,
    districtSize: Math.max(1, Number($<HTMLInputElement>('district-size').value) || 2000),
    customTerms: terms,
    allow: $<HTMLTextAreaElement>('allow').value.split('\n').map((l) => l.trim()).filter(Boolean),
    maxOcrPages: wholeNumber($<HTMLInputElement>('max-ocr-pages').value, DEFAULTS.maxOcrPages),
  });
  $('saved').textContent = 'Saved.';
});

function wholeNumber(value: string, fallback: number): number {
  const n = Math.floor(Number(value));
  return value.trim() && Number.isFinite(n) && n >= 0 ? n : fallback;
}
