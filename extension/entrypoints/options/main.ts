import { CATEGORIES, OptionsError, parseOptions, STATES, type CategoryId, type Severity } from '../../../core/browser';
import { el } from '../../lib/dom';
import { DEFAULTS, loadSettings, saveSettings, type ExtensionSettings } from '../../lib/settings';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('options');
const saved = $('saved');
const problem = $('problem');

// A category is shown by its name, with the id the command line and the reports use beside it.
const boxes = CATEGORIES.map((c) => {
  const box = el('input', { type: 'checkbox', value: c.id, 'data-category': c.id });
  $('categories').append(el('label', {}, box, ` ${c.title} `, el('code', {}, c.id)));
  return box;
});

$('state').append(...STATES.map((s) => el('option', { value: s.id }, `${s.name} (${s.law})`)));

function termRow(term?: ExtensionSettings['customTerms'][number]): HTMLElement {
  const category = el('select', { 'aria-label': 'Category of the term', 'data-field': 'category' }, ...CATEGORIES.map((c) => el('option', { value: c.id }, `${c.title} (${c.id})`)));
  category.value = term?.category ?? 'student-id';
  const pattern = el('input', { type: 'text', 'aria-label': 'Term or pattern', 'data-field': 'pattern', placeholder: 'a word, a phrase or a pattern' });
  pattern.value = term?.pattern ?? '';
  const remove = el('button', { type: 'button', 'aria-label': 'Remove this term' }, 'Remove');
  const row = el('div', { class: 'term' }, category, pattern, remove);
  remove.addEventListener('click', () => {
    row.remove();
    edited();
  });
  return row;
}

function fill(settings: ExtensionSettings): void {
  for (const box of boxes) box.checked = !settings.ignore.includes(box.value as CategoryId);
  $<HTMLSelectElement>('min-severity').value = settings.minSeverity;
  $<HTMLInputElement>('district-size').value = String(settings.districtSize);
  $<HTMLInputElement>('max-ocr-pages').value = String(settings.maxOcrPages);
  $<HTMLSelectElement>('state').value = settings.state;
  $('custom-terms').replaceChildren(...settings.customTerms.map(termRow));
  $<HTMLTextAreaElement>('allow').value = settings.allow.join('\n');
}

/** The form as settings, or the first thing wrong with it, in the words core's option schema uses everywhere. */
function read(): ExtensionSettings | string {
  const terms = [...$('custom-terms').querySelectorAll('.term')]
    .map((row) => ({ category: row.querySelector<HTMLSelectElement>('[data-field=category]')!.value, pattern: row.querySelector<HTMLInputElement>('[data-field=pattern]')!.value.trim() }))
    .filter((term) => term.pattern)
    .map((term) => ({ ...term, label: term.pattern }));
  const state = $<HTMLSelectElement>('state').value;
  try {
    const parsed = parseOptions({
      state,
      districtSize: $<HTMLInputElement>('district-size').value,
      maxOcrPages: $<HTMLInputElement>('max-ocr-pages').value,
      customTerms: terms,
    });
    if (parsed.districtSize === undefined) return 'Students in your district must be a whole number, 1 or more.';
    if (parsed.maxOcrPages === undefined) return 'Scanned pages to read with OCR must be a whole number, 0 or more (0 turns OCR off).';
    return {
      ignore: boxes.filter((b) => !b.checked).map((b) => b.value as CategoryId),
      minSeverity: $<HTMLSelectElement>('min-severity').value as Severity,
      districtSize: parsed.districtSize,
      customTerms: parsed.customTerms ?? [],
      allow: $<HTMLTextAreaElement>('allow').value.split('\n').map((l) => l.trim()).filter(Boolean),
      maxOcrPages: parsed.maxOcrPages,
      state: (parsed.state as string | undefined) ?? '',
    };
  } catch (error) {
    if (error instanceof OptionsError) return error.message;
    throw error;
  }
}

async function save(settings: ExtensionSettings, done: string): Promise<void> {
  try {
    await saveSettings(settings);
    saved.textContent = done;
  } catch (error) {
    problem.textContent = `Not saved: ${(error as Error).message}`;
  }
}

// "Saved." describes the form as it is: any later edit clears it until the next save.
function edited(): void {
  saved.textContent = '';
}

form.addEventListener('input', edited);
form.addEventListener('change', edited);
$('add-term').addEventListener('click', () => {
  const row = termRow();
  $('custom-terms').append(row);
  row.querySelector('input')!.focus();
  edited();
});
$('reset').addEventListener('click', async () => {
  problem.textContent = '';
  fill(DEFAULTS);
  await save(DEFAULTS, 'Defaults restored and saved.');
});
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  edited();
  problem.textContent = '';
  const settings = read();
  if (typeof settings === 'string') return void (problem.textContent = `Not saved: ${settings}`);
  await save(settings, 'Saved.');
});

fill(await loadSettings());
