import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { check } from 'recheck';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../core/index';
import { MAX_SENTENCE } from '../../core/sentences';

// Every regular expression core runs is recorded while real documents are scanned, then checked by
// recheck (a ReDoS analyser) for catastrophic backtracking. Recording at run time catches patterns
// buried inside sentence detectors too, not only the ones declared as pattern data. Exponential
// backtracking always fails; polynomial backtracking fails only for patterns that ever run on more
// than one sentence, since sentences are cut at MAX_SENTENCE characters and bound the work. recheck's
// fuzzer decides our long lexicon alternations in well under its time limit, where its automaton
// checker, under the `i` flag, ran out of time on nearly half of them.
const CORE = resolve(import.meta.dirname, '../../core');
const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const recorded = new Map<string, RegExp>();
const seen = new Set<string>();
const longestInput = new Map<string, number>();
const originalExec = RegExp.prototype.exec;

function callerIsCore(): boolean {
  const frames = (new Error().stack ?? '').split('\n').slice(3);
  const caller = frames.find((f) => !f.includes('regex-safety.test'));
  return caller !== undefined && caller.includes(CORE) && !caller.includes('node_modules');
}

RegExp.prototype.exec = function (this: RegExp, input: string) {
  const key = `/${this.source}/${this.flags}`;
  if (String(input).length > (longestInput.get(key) ?? 0)) longestInput.set(key, String(input).length);
  if (!seen.has(key)) {
    seen.add(key);
    if (callerIsCore()) recorded.set(key, this);
  }
  return originalExec.call(this, input);
};
afterAll(() => {
  RegExp.prototype.exec = originalExec;
});

// Our own sentences, written to reach every detector family: values, request tables, clauses, protections.
const SAMPLE = `MEMORANDUM OF UNDERSTANDING between the Riverbend Board of Education (the "Board") and Open Futures Inc. ("Provider").
The Board will share student names, SASID, date of birth, grade, gender, race/ethnicity, ELL status, free or reduced lunch eligibility, homeless status, IEP and 504 status, attendance and test scores.
Provider shall own all data and work product and may share it with subcontractors and affiliates. Provider may sell aggregated data.
Provider shall not disclose student records except as required by law. Provider will notify the Board of a breach within 72 hours.
Data will be deleted when no longer needed. Parents will not be notified.
Student: Jane Roe, DOB 03/14/2009, SSN 536-22-8726, email jroe@student.riverbend.k12.us, phone (203) 555-0147, 14 Elm Street, Hamden, CT 06514.`;

function documents(): string[] {
  const texts = [SAMPLE];
  if (existsSync(EXAMPLES))
    for (const name of readdirSync(EXAMPLES)) if (/\.(?:md|txt|csv)$/.test(name)) texts.push(readFileSync(join(EXAMPLES, name), 'utf8'));
  return texts;
}

describe('regular expressions in core', () => {
  it('records the patterns core runs on real documents', () => {
    for (const text of documents()) {
      scan(text, { doctype: 'agreement' });
      scan(text, { doctype: 'records' });
    }
    expect(recorded.size).toBeGreaterThan(5);
  });

  it('has no pattern that backtracks catastrophically', async () => {
    const vulnerable: string[] = [];
    const undecided: string[] = [];
    // one request at a time: recheck's agent answers them in turn, so more in flight only run down their clocks
    const started = performance.now();
    for (const [key, regex] of recorded) {
      const diagnostics = await check(regex.source, regex.flags.replace(/[gyd]/g, ''), { timeout: 5000, checker: 'fuzz' });
      if (diagnostics.status === 'unknown') undecided.push(key);
      const bounded = (longestInput.get(key) ?? Infinity) <= MAX_SENTENCE;
      if (diagnostics.status === 'vulnerable' && (diagnostics.complexity.type === 'exponential' || !bounded))
        vulnerable.push(`${key}: ${diagnostics.complexity?.type ?? ''} on ${JSON.stringify(diagnostics.attack?.pattern ?? '')}`);
    }
    console.log(`recheck: ${recorded.size} patterns in ${Math.round(performance.now() - started)} ms`);
    if (undecided.length) console.warn(`recheck could not decide ${undecided.length} patterns in time:\n${undecided.join('\n')}`);
    expect(vulnerable).toEqual([]);
  }, 300_000);
});
