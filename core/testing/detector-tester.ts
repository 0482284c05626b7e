import { describe, expect, it } from 'vitest';
import type { Detector, Doctype, ProtectionStatus } from '../detector';
import { detectorId } from '../detectors';
import { scanBlocks } from '../engine';
import type { Finding } from '../finding';
import { FEDERAL_BASELINE, STATES } from '../jurisdictions';
import type { Block } from '../text';

export interface ExpectedFinding {
  /** The exact text the finding covers; omitted only for a protection reported as missing. */
  quote?: string;
  messageId: string;
  context?: Finding['context'];
  count?: number;
}

export interface ValidCase {
  text: string | Block[];
  doctype?: Doctype;
  /** For protection detectors: the status the checklist must show. */
  status?: ProtectionStatus;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export interface DetectorCases {
  /** Near-misses: negations, the district acting, a bare number. Each must yield no finding from this detector. */
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

const title = (text: string | Block[]) => {
  const flat = typeof text === 'string' ? text : text.map((b) => b.text).join(' | ');
  return flat.length > 100 ? `${flat.slice(0, 97)}...` : flat;
};

/**
 * Runs each case through the real pipeline (normalize, detect, engine) and checks this detector's
 * findings strictly, as ESLint's RuleTester does: nothing for valid cases, exactly the listed
 * findings in order for invalid ones, quotes that occur in the text, known messageIds.
 */
export function testDetector(detector: Detector, cases: DetectorCases): void {
  const id = detectorId(detector);
  // A protection only a state asks for runs when that state is chosen: the first state that asks for it.
  const asks = (requirements: { protection: string }[]) => requirements.some((r) => r.protection === detector.meta.category);
  const state = detector.meta.kind === 'missing' && !asks(FEDERAL_BASELINE.requirements) ? STATES.find((s) => asks(s.requirements))?.id : undefined;
  const run = (c: ValidCase) => {
    const blocks = typeof c.text === 'string' ? [{ text: c.text }] : c.text;
    const doctype = c.doctype ?? (detector.meta.kind === 'missing' ? 'agreement' : undefined);
    const { report, source } = scanBlocks(blocks, { doctype, showValues: true, state });
    // The engine folds a repeated practice into one finding; a case lists every place the detector found.
    const places = report.findings
      .filter((f) => f.detector === id)
      .flatMap((f) => [f, ...(f.also ?? []).map(({ span }) => ({ ...f, span, quote: source.text.slice(span.start, span.end) }))])
      .sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
    return { findings: places, report };
  };
  const checkStatus = (c: ValidCase, report: ReturnType<typeof run>['report']) => {
    if (c.status === undefined) return;
    expect(report.protections?.find((p) => p.id === detector.meta.category)?.status).toBe(c.status);
  };

  const seen = new Set<string>();
  const unique = (text: string | Block[]) => {
    const key = JSON.stringify(text);
    if (seen.has(key)) throw new Error(`Duplicate case in ${id}: ${title(text)}`);
    seen.add(key);
  };

  describe(id, () => {
    if (cases.invalid.length === 0) throw new Error(`${id} needs at least one invalid case`);
    describe('valid', () => {
      for (const raw of cases.valid) {
        const c = typeof raw === 'string' ? { text: raw } : raw;
        unique(c.text);
        it(title(c.text), () => {
          const { findings, report } = run(c);
          expect(findings.map((f) => f.quote ?? f.messageId)).toEqual([]);
          checkStatus(c, report);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        unique(c.text);
        it(title(c.text), () => {
          const flat = typeof c.text === 'string' ? c.text : c.text.map((b) => b.text).join('\n');
          for (const expected of c.findings) {
            if (!(expected.messageId in detector.meta.messages)) throw new Error(`Unknown messageId '${expected.messageId}' in ${id}`);
            if (expected.quote !== undefined && !normalizedIncludes(flat, expected.quote))
              throw new Error(`Quote not in the case text: ${expected.quote}`);
          }
          const { findings, report } = run(c);
          const actual = findings.map((f) => pick(f, c.findings[0]));
          expect(actual).toEqual(c.findings.map((e) => ({ ...e })));
          checkStatus(c, report);
        });
      }
    });
  });
}

function pick(finding: Finding, shape: ExpectedFinding | undefined): ExpectedFinding {
  const out: ExpectedFinding = { messageId: finding.messageId };
  if (finding.quote !== undefined) out.quote = finding.quote;
  if (shape?.context !== undefined && finding.context !== undefined) out.context = finding.context;
  if (shape?.count !== undefined && finding.count !== undefined) out.count = finding.count;
  return out;
}

function normalizedIncludes(text: string, quote: string): boolean {
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return squash(text).includes(squash(quote));
}
