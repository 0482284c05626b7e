import { defineDetector, type Detector } from './detector';
import { governingVerbNegated } from './governing-verb';
import { readingsOf, type Reading } from './readings';
import { scoredAs } from './scorer/model';
import type { Sentence } from './sentences';
import type { CategoryId } from './taxonomy';

export interface ClauseRule {
  /** The wording of the risk, e.g. "may share ... with third parties". */
  pattern: RegExp;
  message: string;
  /**
   * Who must be acting for this to be a risk. 'recipient' (the default) also accepts a sentence with no
   * named actor, since passive risks ("data may be disclosed to affiliates") are the recipient's.
   */
  actor?: 'recipient' | 'district' | 'any';
  /** The pattern carries its own negation ("will not notify parents"): do not treat it as negated. */
  negative?: boolean;
  /** Wording that makes this rule's match safe ("for the District's own negligence"). */
  unless?: RegExp;
  /** The rule reads list items only, under a lead with this wording ("We may share your information:"). */
  lead?: RegExp;
}

export interface ClauseSpec {
  category: CategoryId;
  rules: Record<string, ClauseRule>;
  /** Only sentences about data or records can carry this risk. */
  aboutData?: boolean;
  /** Wording that makes the sentence safe after all ("bound by terms at least as protective"). */
  unless?: RegExp;
  /** The message for a sentence the learned scorer (core/scorer) reads as this risk in words no rule lists. */
  scored: string;
}

// A subprocessor is by definition a company that processes the data for the recipient; details and email
// addresses are personal data in the words of policies.
export const DATA_WORDS =
  /\b(?:data|information|records?|PII|personally identifiable|content|files?|results|work product|materials|submissions?|details|e-?mail\s+address(?:es)?|sub-?processors?|sub-?processing)\b/i;

/** The messageId of a finding the learned scorer read, with no rule's wording behind it. */
export const SCORED_MESSAGE = 'scored';

/**
 * A clause detector from data: each rule's wording, who must be acting, and what makes it safe.
 * A sentence yields at most one finding (its first matching rule, else the learned scorer's reading),
 * quoting the whole sentence. The items of a list carry the flag of the sentence that leads them, unless
 * an item is safe on its own ("- with your consent"): the engine folds them into one finding.
 */
export function defineClauseDetector(spec: ClauseSpec): Detector {
  const rules = Object.entries(spec.rules);
  return defineDetector({
    meta: {
      kind: 'clause',
      category: spec.category,
      messages: { ...Object.fromEntries(rules.map(([id, rule]) => [id, rule.message])), [SCORED_MESSAGE]: spec.scored },
    },
    detect({ sentences, parties, report }) {
      const readings = readingsOf(sentences);
      // What the sentence that leads a list was flagged as: its items and rows spell the practice out.
      let leadFlag: string | undefined;
      sentences.forEach((sentence, i) => {
        const reading = readings[i]!;
        const safe = excluded(sentence, reading);
        const messageId = safe ? undefined : ruleOf(sentence, reading) ?? (scoredAs(spec.category, sentences, i, parties) ? SCORED_MESSAGE : undefined);
        if (!reading.listItem) leadFlag = messageId;
        const id = safe ? undefined : messageId ?? (reading.listItem ? leadFlag : undefined);
        if (id) report({ messageId: id, span: sentence.span });
      });
    },
  });

  function excluded(sentence: Sentence, { context, negatedLead }: Reading): boolean {
    if (spec.aboutData && !DATA_WORDS.test(sentence.text) && !DATA_WORDS.test(context)) return true;
    // a heading ("#### Sharing with partners", "When do we share your data?") names a topic, states nothing
    if (/\?\s*$|^#{1,6}\s/.test(sentence.text)) return true;
    if (negatedLead) return true;
    return spec.unless?.test(sentence.text) ?? false;
  }

  function ruleOf(sentence: Sentence, { listItem, lead }: Reading): string | undefined {
    return rules.find(([, r]) => (!r.lead || (listItem && r.lead.test(lead))) && matchesRule(sentence, r))?.[0];
  }
}

// "will not disclose ... to third parties", "provide the service, and will not sell it to third parties": a
// negation inside the matched words governs the verb nearest the counterparty.
const INNER_NEGATION = /\b(?:not|never|none|prohibit\w*\s+(?:\w+\s+){0,3}?from|refrain\w*\s+from)\b|n't\b/i;

function matchesRule(sentence: Sentence, rule: ClauseRule): boolean {
  if (rule.unless?.test(sentence.text)) return false;
  for (const match of sentence.findAll(rule.pattern)) {
    // "will not sell records or use them for marketing purposes": the negated verb governs the purpose too
    if (!rule.negative && (sentence.isNegated(match) || INNER_NEGATION.test(match.text) || governingVerbNegated(sentence, match))) continue;
    const actor = sentence.actor(match);
    const wanted = rule.actor ?? 'recipient';
    if (wanted === 'any' || actor === wanted || (wanted === 'recipient' && actor === 'unknown')) return true;
  }
  return false;
}
