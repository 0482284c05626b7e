import { defineDetector, type Detector } from './detector';
import type { Span } from './finding';
import { readingsOf, type Reading } from './readings';
import type { Match, Sentence } from './sentences';
import { category as lookupCategory, type CategoryId } from './taxonomy';
import type { ScanText } from './text';
import { governingVerbNegated } from './governing-verb';
import { verbForms } from './verbs';

export interface ElementSpec {
  category: CategoryId;
  /** The wording that names this kind of data: field names, abbreviations, table headers, state names. */
  terms: RegExp;
  /** Column headers whose cells hold these values (a roster's "DOB"); defaults to `terms`. */
  header?: RegExp;
  /** Header words that look like ours but are not (a "Grade" column of letter grades is still grades). */
  notHeader?: RegExp;
  /**
   * A bare word ("name", "address", "email") that names this data only inside a list of examples:
   * "personal information such as name, address, email".
   */
  listed?: RegExp;
}

const LIST_INTRO = /\b(?:such as|including|includes|e\.g\.,?)\s/gi;
const LIST_REACH = 100;
// How far into a list item or table row its bare words are read as elements.
const MAX_ITEM = 600;

// Words that make a sentence a request for, or a transfer of, the data it names.
const REQUEST = new RegExp(
  `\\b(?:${verbForms('provide', 'share', 'disclose', 'transfer', 'send', 'deliver', 'collect', 'gather', 'obtain', 'receive', 'request', 'require', 'access', 'submit', 'upload', 'furnish', 'ask', 'maintain', 'include', 'store', 'process', 'retain', 'hold', 'keep', 'log', 'record', 'capture', 'track', 'designate', 'identify', 'indicate', 'use', 'assign')}|collection|designation|indicator|mandatory|encouraged|data (?:elements?|fields?)|fields? (?:requested|required)|records? (?:requested|to be provided)|the following)\\b`,
  'i',
);
// A list that excludes the data: "other than names", "excluding SSNs", "no student names".
const EXCLUSION = new RegExp(
  `\\b(?:${verbForms('exclude', 'prohibit', 'forbid', 'remove', 'redact', 'strip')}|other than|except(?: for)?|without|de-?identif(?:y|ies|ied|ying))\\b[^.;]{0,80}$`,
  'i',
);
// A bare listed word names the data only as a list item of its own, perhaps with words about whose it is:
// "name" and "your full name" do; "school name", "IP address" and "e-mail address" name other things.
const PERSONAL_MODIFIERS = new Set(
  'your his her their its the a an each every student child pupil parent guardian family user member full legal first last middle given home mailing postal street residential physical personal contact current permanent / &'.split(' '),
);
const ITEM_BOUNDARY = /[,;(|]|\b(?:such as|including|includes|e\.g\.,?|and|or)\s/gi;
const MENTIONED_SCORE = 0.4;
// The engine folds repeats into one finding; past this many places a reader has the point.
const MAX_REPORTS = 50;

type Context = 'requested' | 'prohibited' | 'mentioned';

/**
 * A detector for one kind of student data as an *element*: the document names, requests or forbids it.
 * It also classifies whole table columns by their header ("DOB" over dates): one finding per column,
 * with the count of its cells, so a 10,000-row roster yields one line.
 */
export function defineElementDetector(spec: ElementSpec): Detector {
  if (!spec.terms.global) throw new Error(`Element terms for '${spec.category}' must use the g flag`);
  const title = lookupCategory(spec.category).title.toLowerCase();
  const header = spec.header ?? new RegExp(spec.terms.source, spec.terms.flags.replace('g', ''));
  return defineDetector({
    meta: {
      kind: 'pii',
      category: spec.category,
      mode: 'element',
      messages: {
        requested: `The document requests or shares ${title} ("{{term}}").`,
        prohibited: `The document forbids ${title} ("{{term}}").`,
        mentioned: `The document mentions ${title} ("{{term}}").`,
        column: `A column headed "{{header}}" holds {{count}} values of ${title}.`,
      },
    },
    detect({ source, sentences, columns, report }) {
      const headerSpans: Span[] = [];
      for (const column of columns) {
        if (!column.cells.length || !header.test(column.header) || spec.notHeader?.test(column.header)) continue;
        if (column.headerSpan) headerSpans.push(column.headerSpan);
        report({
          messageId: 'column',
          span: column.cells[0]!,
          count: column.cells.length,
          mode: 'value',
          data: { header: column.header, count: column.cells.length },
          context: 'requested',
        });
      }
      const reported: Record<Context, number> = { requested: 0, prohibited: 0, mentioned: 0 };
      const readings = readingsOf(sentences);
      sentences.forEach((sentence, i) => {
        const reading = readings[i]!;
        let previous: Span | undefined;
        for (const match of termsIn(sentence, spec, reading)) {
          if (headerSpans.some((h) => h.start <= match.start && match.end <= h.end)) continue;
          // "Unique student identifier (SASID)" names one field twice: one finding.
          const restated = previous && /^\s*[(/,-]?\s*$/.test(source.text.slice(previous.end, match.start));
          previous = match;
          if (restated) continue;
          const context = contextOf(sentence, match, source, reading);
          if (reported[context]++ >= MAX_REPORTS) continue;
          report({
            messageId: context,
            span: match,
            context,
            data: { term: match.text },
            score: context === 'mentioned' ? MENTIONED_SCORE : 0.9,
          });
        }
      });
    },
  });
}

/**
 * Whether the sentence asks for the data, forbids it, or only mentions it. A list item is read with the
 * sentence that leads its list: "We collect the following:" asks for every item, "We never collect:" none.
 */
export function contextOf(sentence: Sentence, match: Span, source: ScanText, reading?: Reading): Context {
  const before = sentence.text.slice(0, match.start - sentence.span.start);
  if (sentence.isNegated(match) || EXCLUSION.test(before) || governingVerbNegated(sentence, match)) return 'prohibited';
  if (reading?.negatedLead) return 'prohibited';
  if (namesWithoutAsking(sentence, match, before)) return 'mentioned';
  // A data element listed in a table of an agreement is a field the parties will exchange.
  if (source.blocks[source.blockAt(match.start)]?.cell) return 'requested';
  if (REQUEST.test(sentence.text) || (reading?.listItem && REQUEST.test(reading.lead))) return 'requested';
  return 'mentioned';
}

// A definition says what a term covers and asks for nothing: "'Covered Information' means ... the student's
// name, home address", "personal information includes such things as your name".
const DEFINITION =
  /["”]\s*(?:\([^)]{0,40}\)\s*)?(?:means|shall\s+mean|refers\s+to)\b|\b(?:is|are)\s+defined\s+as\b|\bdefinition\s+of\b|\bincludes?\s+such\s+things\s+as\b|\bexamples\s+of\s+(?:this|such|these)\b|\b(?:is|are)\s+(?:one|those)\s+who\s+can\s+be\s+identified\b|\bthis\s+class\s+(?:of\s+data\s+)?includes\b/i;
// Whose data it is: a job title, an employer or a notice's sender are adults', with no student in sight.
const ADULT_DATA = /\b(?:employer|job\s+titles?|notifier|requestor|requester|sponsoring\s+institution|business\s+contact|researcher['’]s)\b/i;
const STUDENT_WORDS = /\b(?:students?|child(?:ren)?['’]?s?|pupils?|minors?|kids|learners?|players?)\b/i;
// A channel or a safeguard, not data taken: "by email", "in a separate email", "password protected".
const CHANNEL_BEFORE = /\b(?:by|via|through|in\s+an?|in\s+a\s+separate)\s+$/i;
const SAFEGUARD_AFTER = /^\s+(?:protected|protection|changed|reset)\b/i;

// ...except the agreement's own data term: what "Student Data" means is what the recipient will receive.
const DATA_TERM_DEFINED = /["“](?:Student|Pupil|Education(?:al)?)\s+(?:Data|Records?|Information)["”]\s*(?:means|shall\s+mean|refers\s+to)\b/i;

function namesWithoutAsking(sentence: Sentence, match: Span, before: string): boolean {
  if (DEFINITION.test(sentence.text) && !DATA_TERM_DEFINED.test(sentence.text)) return true;
  if (ADULT_DATA.test(sentence.text) && !STUDENT_WORDS.test(sentence.text)) return true;
  const after = sentence.text.slice(match.end - sentence.span.start, match.end - sentence.span.start + 20);
  return CHANNEL_BEFORE.test(before) || SAFEGUARD_AFTER.test(after);
}

// "password-protected", "name-brand": a term joined by a hyphen to the next word describes that word.
const COMPOUND_ADJECTIVE = /^-[a-z]/i;

/** The words of the list item before `word`: "your full" in "such as your full name". */
function modifiersOf(sentence: Sentence, word: Span): string[] {
  const before = sentence.text.slice(Math.max(0, word.start - sentence.span.start - LIST_REACH), word.start - sentence.span.start);
  let start = 0;
  ITEM_BOUNDARY.lastIndex = 0;
  for (let m = ITEM_BOUNDARY.exec(before); m; m = ITEM_BOUNDARY.exec(before)) start = m.index + m[0].length;
  // a list's bullet or a table's pipe is no word about the data
  return before.slice(start).split(/\s+/).filter((w) => w && !/^[-*\u2022|]+$/.test(w));
}

// "students'", "parent's", "parents" are the plain word's forms; "its" and "his" are words of their own
const isPersonal = (modifier: string) => {
  const word = modifier.toLowerCase();
  return PERSONAL_MODIFIERS.has(word) || PERSONAL_MODIFIERS.has(word.replace(/(?:'s|s'|s)$/, ''));
};

function describesNextWord(sentence: Sentence, m: Span): boolean {
  const at = m.end - sentence.span.start;
  return sentence.text.charCodeAt(at) === 45 && COMPOUND_ADJECTIVE.test(sentence.text.slice(at, at + 2));
}

/**
 * Where bare listed words name data: after "such as" or "including", up to the list's end; and in a whole
 * list item or table row under a lead that asks for data ("- Name, email, student ID" under "We collect:").
 */
function listReaches(sentence: Sentence, reading: Reading): Span[] {
  const reaches = sentence.findAll(LIST_INTRO).map((intro) => {
    const rest = sentence.text.slice(intro.end - sentence.span.start, intro.end - sentence.span.start + LIST_REACH);
    return { start: intro.end, end: intro.end + (rest.search(/[.;:()]/) + 1 || rest.length + 1) - 1 };
  });
  if (reading.listItem && !reading.negatedLead && REQUEST.test(reading.lead))
    reaches.push({ start: sentence.span.start, end: Math.min(sentence.span.end, sentence.span.start + MAX_ITEM) });
  return reaches;
}

function termsIn(sentence: Sentence, spec: ElementSpec, reading: Reading): Match[] {
  const matches = sentence.findAll(spec.terms);
  for (let i = matches.length - 1; i >= 0; i--) if (describesNextWord(sentence, matches[i]!)) matches.splice(i, 1);
  if (!spec.listed) return matches;
  for (const reach of listReaches(sentence, reading)) {
    for (const word of sentence.findAll(spec.listed))
      if (
        word.start >= reach.start &&
        word.end <= reach.end &&
        !matches.some((m) => m.start < word.end && word.start < m.end) &&
        !describesNextWord(sentence, word) &&
        modifiersOf(sentence, word).every(isPersonal)
      )
        matches.push(word);
  }
  return matches.sort((a, b) => a.start - b.start);
}
