import { defineDetector, type Detector } from './detector';
import type { Span } from './finding';
import type { Match, Sentence } from './sentences';
import { category as lookupCategory, type CategoryId } from './taxonomy';
import type { ScanText } from './text';
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

// Words that make a sentence a request for, or a transfer of, the data it names.
const REQUEST = new RegExp(
  `\\b(?:${verbForms('provide', 'share', 'disclose', 'transfer', 'send', 'deliver', 'collect', 'gather', 'obtain', 'receive', 'request', 'require', 'access', 'submit', 'upload', 'furnish', 'ask', 'maintain', 'include', 'store', 'process', 'retain', 'hold', 'keep', 'log', 'record', 'capture', 'track', 'designate', 'identify', 'indicate')}|collection|designation|indicator|mandatory|encouraged|data (?:elements?|fields?)|fields? (?:requested|required)|records? (?:requested|to be provided)|the following)\\b`,
  'i',
);
// A list that excludes the data: "other than names", "excluding SSNs", "no student names".
const EXCLUSION = new RegExp(
  `\\b(?:${verbForms('exclude', 'prohibit', 'forbid', 'remove', 'redact', 'strip')}|other than|except(?: for)?|without|de-?identif(?:y|ies|ied|ying))\\b[^.;]{0,80}$`,
  'i',
);
const MENTIONED_SCORE = 0.4;
const MAX_REPORTS = 3;

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
      for (const sentence of sentences) {
        let previous: Span | undefined;
        for (const match of termsIn(sentence, spec)) {
          if (headerSpans.some((h) => h.start <= match.start && match.end <= h.end)) continue;
          // "Unique student identifier (SASID)" names one field twice: one finding.
          const restated = previous && /^\s*[(/,-]?\s*$/.test(source.text.slice(previous.end, match.start));
          previous = match;
          if (restated) continue;
          const context = contextOf(sentence, match, source);
          if (reported[context]++ >= MAX_REPORTS) continue;
          report({
            messageId: context,
            span: match,
            context,
            data: { term: match.text },
            score: context === 'mentioned' ? MENTIONED_SCORE : 0.9,
          });
        }
      }
    },
  });
}

/** Whether the sentence asks for the data, forbids it, or only mentions it. */
export function contextOf(sentence: Sentence, match: Span, source: ScanText): Context {
  const before = sentence.text.slice(0, match.start - sentence.span.start);
  if (sentence.isNegated(match) || EXCLUSION.test(before)) return 'prohibited';
  // A data element listed in a table of an agreement is a field the parties will exchange.
  if (source.blocks[source.blockAt(match.start)]?.cell) return 'requested';
  if (REQUEST.test(sentence.text)) return 'requested';
  return 'mentioned';
}

function termsIn(sentence: Sentence, spec: ElementSpec): Match[] {
  const matches = sentence.findAll(spec.terms);
  if (!spec.listed) return matches;
  for (const intro of sentence.findAll(LIST_INTRO)) {
    const rest = sentence.text.slice(intro.end - sentence.span.start, intro.end - sentence.span.start + LIST_REACH);
    const reach = intro.end + (rest.search(/[.;:()]/) + 1 || rest.length + 1) - 1;
    for (const word of sentence.findAll(spec.listed))
      if (word.start >= intro.end && word.end <= reach && !matches.some((m) => m.start < word.end && word.start < m.end)) matches.push(word);
  }
  return matches.sort((a, b) => a.start - b.start);
}
