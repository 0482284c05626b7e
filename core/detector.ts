import type { PiiMode, Span } from './finding';
import type { Party } from './parties';
import type { Sentence } from './sentences';
import { isOrganizationContact, websiteDomains, type ContactKind } from './contact';
import type { Column } from './tables';
import { category as lookupCategory, type CategoryId, type Kind, type Severity } from './taxonomy';
import type { ScanText } from './text';

export type Doctype = 'agreement' | 'records' | 'policy' | 'other';

export interface DetectorMeta {
  kind: Kind;
  category: CategoryId;
  mode?: PiiMode;
  /** messageId -> message; `{{name}}` placeholders are filled from a report's `data`. */
  messages: Record<string, string>;
  /** Defaults to the taxonomy's basis and ask for the category. */
  basis?: string;
  ask?: string;
  severity?: Severity;
}

/** What a detector hands the engine; the engine alone turns it into a Finding. */
export interface Problem {
  messageId: string;
  /** Absent only for kind 'missing'. */
  span?: Span;
  /** 0..1; defaults to 1. Findings under the threshold are dropped. */
  score?: number;
  data?: Record<string, string | number>;
  context?: 'requested' | 'prohibited' | 'mentioned';
  count?: number;
  /** Overrides the detector's mode: an element detector also reports whole columns of values. */
  mode?: PiiMode;
  severity?: Severity;
  /** Protection detectors (kind 'missing') report what they decided; 'present' raises no finding. */
  status?: ProtectionStatus;
  /** The passages that decided a protection's status. */
  evidence?: Span[];
}

export type ProtectionStatus = 'present' | 'weak' | 'missing' | 'contradicted';

export interface DetectContext {
  source: ScanText;
  text: string;
  sentences: readonly Sentence[];
  columns: readonly Column[];
  parties: readonly Party[];
  doctype: Doctype;
  report(problem: Problem): void;
}

export interface Detector {
  meta: DetectorMeta;
  detect(context: DetectContext): void;
}

export function defineDetector(detector: Detector): Detector {
  lookupCategory(detector.meta.category); // an unknown category fails when the module loads, not mid-scan
  if (detector.meta.kind !== lookupCategory(detector.meta.category).kind)
    throw new Error(`Detector for '${detector.meta.category}' declares kind '${detector.meta.kind}'`);
  if (Object.keys(detector.meta.messages).length === 0) throw new Error(`Detector for '${detector.meta.category}' has no messages`);
  return detector;
}

export interface Pattern {
  name: string;
  regex: RegExp;
  /** Base score before context; under 0.5 the match needs a context word to be reported. */
  score: number;
  /** Report this capture group instead of the whole match. */
  group?: number;
}

export interface PatternDetectorSpec {
  category: CategoryId;
  mode: PiiMode;
  message: string;
  basis?: string;
  ask?: string;
  patterns: Pattern[];
  /** Words near a match (in a table, its column header) that make it likelier to be this category. */
  context?: string[];
  /** Words near a match (in a table, its column header) that make it unlikely ("invoice", "page", "version"). */
  negativeContext?: string[];
  /** Return false to drop a match (a failed checksum, an impossible date). */
  validate?: (match: string) => boolean;
  /** Known test or placeholder values: reported, but scored down so they only show at low thresholds. */
  placeholder?: (match: string) => boolean;
  /** How far around a match (in chars) context words count. */
  window?: number;
  /** Values of this kind can be an organization's own contact details (privacy@vendor.com): not student data. */
  organizationContact?: ContactKind;
}

export const CONTEXT_BOOST = 0.35;
export const NEGATIVE_CONTEXT_PENALTY = 0.4;
export const PLACEHOLDER_SCORE = 0.2;
// Under the threshold, so never a flag, but still masked inside other quotes like any value.
export const ORGANIZATION_SCORE = 0.2;

export function definePatternDetector(spec: PatternDetectorSpec): Detector {
  for (const pattern of spec.patterns) {
    if (!pattern.regex.global) throw new Error(`Pattern '${pattern.name}' for '${spec.category}' must use the g flag`);
    if (!(pattern.score > 0 && pattern.score <= 1)) throw new Error(`Pattern '${pattern.name}' has score ${pattern.score}, outside 0..1`);
  }
  const context = wordsPattern(spec.context);
  const negative = wordsPattern(spec.negativeContext);
  const window = spec.window ?? 60;
  return defineDetector({
    meta: {
      kind: 'pii',
      category: spec.category,
      mode: spec.mode,
      messages: { match: spec.message },
      basis: spec.basis,
      ask: spec.ask,
    },
    detect({ text, source, report }) {
      let websites: Set<string> | undefined;
      const organizational = (span: Span) =>
        spec.organizationContact !== undefined && isOrganizationContact(text, span, spec.organizationContact, (websites ??= websiteDomains(text)));
      // A table cell's context is its column header, the same for every cell of the column: test it once.
      const columnContext = new Map<string, { near: boolean; against: boolean }>();
      const contextOf = (block: number, span: Span) => {
        const cell = source.blocks[block]?.cell;
        if (!cell) {
          const around = surroundings(text, span, window);
          return { near: Boolean(context?.test(around)), against: Boolean(negative?.test(around)) };
        }
        const key = `${cell.table}:${cell.column}`;
        let known = columnContext.get(key);
        if (!known) columnContext.set(key, (known = { near: Boolean(context?.test(cell.header ?? '')), against: Boolean(negative?.test(cell.header ?? '')) }));
        return known;
      };
      for (const pattern of spec.patterns) {
        pattern.regex.lastIndex = 0;
        for (let m = pattern.regex.exec(text); m; m = pattern.regex.exec(text)) {
          if (m[0].length === 0) {
            pattern.regex.lastIndex++;
            continue;
          }
          const value = pattern.group === undefined ? m[0] : m[pattern.group];
          if (value === undefined) continue;
          const start = pattern.group === undefined ? m.index : m.index + m[0].indexOf(value);
          const span = { start, end: start + value.length };
          if (spec.validate && !spec.validate(value)) continue;
          const block = source.blockAt(span.start);
          if (acrossCells(source, block, span)) continue;
          let score = pattern.score;
          if (spec.placeholder?.(value)) score = Math.min(score, PLACEHOLDER_SCORE);
          else if (!source.blocks[block]?.cell && organizational(span)) score = Math.min(score, ORGANIZATION_SCORE);
          else {
            const { near, against } = contextOf(block, span);
            if (near) score = Math.min(1, score + CONTEXT_BOOST);
            if (against) score = Math.max(0, score - NEGATIVE_CONTEXT_PENALTY);
          }
          report({ messageId: 'match', span, score });
        }
      }
    },
  });
}

function wordsPattern(words: string[] | undefined): RegExp | undefined {
  if (!words?.length) return undefined;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s_-]*'));
  return new RegExp(`(?:^|[^A-Za-z])(?:${escaped.join('|')})(?![A-Za-z])`, 'i');
}

// Context stays on the value's own line: "DOB:" labels its line, and the next line's "effective" is another date's.
function surroundings(text: string, span: Span, window: number): string {
  const before = text.slice(Math.max(0, span.start - window), span.start);
  const after = text.slice(span.end, span.end + window);
  return `${before.slice(before.lastIndexOf('\n') + 1)} ${after.split('\n', 1)[0]}`;
}

// A value never spans two table cells: "4021 | 2012-03-04" is an id beside a date, not a card number.
function acrossCells(source: ScanText, first: number, span: Span): boolean {
  const last = source.blockAt(span.end - 1);
  return first !== last && Boolean(source.blocks[first]?.cell || source.blocks[last]?.cell);
}
