import type { Span } from './finding';
import type { Party, Side } from './parties';

/** A regex match inside a sentence, with offsets into the whole normalized text. */
export interface Match extends Span {
  text: string;
  groups: (string | undefined)[];
}

export interface Sentence {
  span: Span;
  text: string;
  /** The first match of `pattern` in this sentence, offsets into the whole text. */
  find(pattern: RegExp): Match | undefined;
  findAll(pattern: RegExp): Match[];
  /** True when a negation governs the words of `match` ("shall not sell", "will never share", "no ... may"). */
  isNegated(match: Span): boolean;
  /** Who performs the verb at `match`: the party named as its subject, resolved through defined names. */
  actor(match: Span): Side | 'unknown';
}

// Abbreviations whose period does not end a sentence in agreements.
const ABBREVIATIONS = new Set(
  'e.g i.e etc inc co corp ltd llc no nos sec secs art arts para cf v vs mr mrs ms dr st jr sr u.s u.s.c c.f.r c.g.s ed ann stat pub seq ch fig approx dept govt univ assn est ex p pp vol al'.split(' '),
);
const TERMINATOR = /[.!?;]["')\]]*(?=\s)|\n\n|\n/g;
// A single line break ends a sentence only before a list item or an all-caps heading...
const NEXT_LINE_ITEM = /[ \t]*(?:[-*\u2022]|\(?[0-9ivxa-z]{1,4}[.)]\s|[A-Z][A-Z &/-]{3,}(?:\n|$))/y;
// ...or after a heading: a short capitalized line with no punctuation ("3. Ownership of data").
const HEADING_LINE = /^(?:\d{1,2}\.\s+)?[A-Z][^.;:!?,]{0,50}$/;
export const MAX_SENTENCE = 1500;

export function splitSentences(text: string, parties: readonly Party[] = []): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    // Very long runs (a table flattened to one line) are cut so no detector walks a megabyte at once.
    for (let from = s; from < e; from += MAX_SENTENCE) {
      const to = Math.min(e, from + MAX_SENTENCE);
      if (/[A-Za-z0-9]/.test(text.slice(from, to))) sentences.push(makeSentence(text, { start: from, end: to }, parties));
    }
    start = end;
  };
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    if (m[0][0] === '.' && (endsWithAbbreviation(text, m.index) || isEnumeration(text, m.index))) continue;
    if (m[0] === '\n' && !breaksSentence(text, m.index)) continue;
    // "1.5" or "Section 3.2" never reach here: the lookahead needs whitespace after the period
    push(m.index + m[0].length);
  }
  push(text.length);
  return sentences;
}

function breaksSentence(text: string, newlineAt: number): boolean {
  NEXT_LINE_ITEM.lastIndex = newlineAt + 1;
  if (NEXT_LINE_ITEM.test(text)) return true;
  const line = text.slice(text.lastIndexOf('\n', newlineAt - 1) + 1, newlineAt);
  return /[A-Z]/.test(text[newlineAt + 1] ?? '') && HEADING_LINE.test(line);
}

// "3. Ownership" at the start of a line numbers a heading or an item; the period ends nothing.
function isEnumeration(text: string, periodAt: number): boolean {
  const lineStart = text.lastIndexOf('\n', periodAt) + 1;
  return /^\s*\d{1,2}$/.test(text.slice(lineStart, periodAt));
}

function endsWithAbbreviation(text: string, periodAt: number): boolean {
  let i = periodAt;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1]!)) i--;
  const word = text.slice(i, periodAt).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single capital initials ("J. Smith", "U. S.") do not end sentences
  return /^[a-z]$/.test(word) && /[A-Z]/.test(text[i]!);
}

// "including but not limited to" and "not later than" qualify a list or a deadline; they negate nothing.
// "prohibit us from sharing" and "none of it is shared" negate too.
const NEGATOR =
  /\b(?:not(?!\s+(?:limited\s+to|only|later\s+than|more\s+than|less\s+than|to\s+exceed|exceeding))|never|no|none|neither|nor|cannot|without|prohibit(?:s|ed)?(?:\s+\w+){0,3}?\s+from|refrain(?:s|ed)?\s+from)\b|n't\b/gi;
// A negation reaches the verb unless a clause boundary or a new subject intervenes. A negation covers every
// verb it coordinates ("will not sell, rent, or share"): ", and" or ", or" break it only before a new
// subject with its own modal ("..., and we may share").
const CLAUSE_BREAK =
  /[;:]|,\s*(?:but|except|provided|unless|however)\b|,\s*(?:and|or)\s+(?:\w+\s+){1,2}?(?:may|will|shall|can|must|might|could|would|reserves?)\b|\b(?:except|unless|but|other than|provided that)\b/i;
const NEGATION_WINDOW = 60;

function makeSentence(text: string, span: Span, parties: readonly Party[]): Sentence {
  const body = text.slice(span.start, span.end);
  const findAll = (pattern: RegExp): Match[] => {
    const re = globalCopy(pattern);
    re.lastIndex = 0;
    const matches: Match[] = [];
    for (let m = re.exec(body); m; m = re.exec(body)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      matches.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0], groups: m.slice(1) });
    }
    return matches;
  };
  return {
    span,
    text: body,
    findAll,
    find: (pattern) => findAll(pattern)[0],
    isNegated(match) {
      const from = Math.max(0, match.start - span.start - NEGATION_WINDOW);
      const before = body.slice(from, match.start - span.start);
      NEGATOR.lastIndex = 0;
      let last: RegExpExecArray | undefined;
      for (let m = NEGATOR.exec(before); m; m = NEGATOR.exec(before)) last = m;
      if (!last) return false;
      return !CLAUSE_BREAK.test(before.slice(last.index + last[0].length));
    },
    actor(match) {
      const before = body.slice(0, match.start - span.start);
      // The subject is the nearest party named before the verb, within the same clause.
      const clauseStart = lastClauseStart(before);
      const clause = before.slice(clauseStart);
      let best: { at: number; side: Side } | undefined;
      for (const party of parties) {
        for (const name of [party.name, ...party.aliases]) {
          const at = lastIndexOfWord(clause, name);
          if (at >= 0 && (!best || at > best.at)) best = { at, side: party.side };
        }
      }
      if (best) return best.side;
      // Vendor terms speak as "we" to "you"; the subject is the pronoun that comes first ("You grant us").
      // Only subject pronouns count: in "your information may be shared" nobody named acts.
      const we = clause.search(/\bwe\b/i);
      const you = clause.search(/\byou\b/i);
      if (we < 0 && you < 0) return 'unknown';
      return you < 0 || (we >= 0 && we < you) ? 'recipient' : 'district';
    },
  };
}

// Detectors call findAll on every sentence: compile each pattern's global copy once, not per sentence.
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

function globalCopy(pattern: RegExp): RegExp {
  let copy = GLOBAL_COPIES.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    GLOBAL_COPIES.set(pattern, copy);
  }
  return copy;
}

function lastClauseStart(before: string): number {
  const re = /[;:]|\.\s|\b(?:and|but|or|except|unless|provided that|if|when|where|that)\b\s+(?=\w+\s+(?:\w+\s+)?(?:shall|will|may|must|can|agrees?)\b)/gi;
  let at = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) at = m.index + m[0].length;
  return at;
}

function lastIndexOfWord(haystack: string, word: string): number {
  if (!word) return -1;
  const re = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
  let at = -1;
  for (let m = re.exec(haystack); m; m = re.exec(haystack)) at = m.index;
  return at;
}
