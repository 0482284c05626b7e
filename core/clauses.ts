import { defineDetector, type Detector } from './detector';
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
}

export interface ClauseSpec {
  category: CategoryId;
  rules: Record<string, ClauseRule>;
  /** Only sentences about data or records can carry this risk. */
  aboutData?: boolean;
  /** Wording that makes the sentence safe after all ("bound by terms at least as protective"). */
  unless?: RegExp;
}

export const DATA_WORDS =
  /\b(?:data|information|records?|PII|personally identifiable|content|files?|results|work product|materials|submissions?)\b/i;

const LIST_ITEM = /^(?:[-*\u2022]\s+(?:\(?(?:[0-9]{1,2}|[ivx]{1,4}|[a-h])[.)]\s)?|\(?(?:[0-9]{1,2}|[ivx]{1,4}|[a-h])[.)]\s)/;
// "Provider shall not:" puts every item of the list that follows under its negation.
const NEGATED_LEAD = /\b(?:not|never)\b[^.;]{0,80}:\s*$|\b(?:prohibited|refrain)\s+from\b[^.;]{0,80}:\s*$/i;
// "Some of these providers are located abroad" goes on about what the sentence before it was about.
const CONTINUES = /^(?:these|those|such|they|some\s+of\s+(?:these|those|them)|(?:each|any|all)\s+of\s+(?:these|those|them))\b/i;

/**
 * A clause detector from data: each rule's wording, who must be acting, and what makes it safe.
 * A sentence yields at most one finding (its first matching rule), quoting the whole sentence.
 */
export function defineClauseDetector(spec: ClauseSpec): Detector {
  const rules = Object.entries(spec.rules);
  return defineDetector({
    meta: {
      kind: 'clause',
      category: spec.category,
      messages: Object.fromEntries(rules.map(([id, rule]) => [id, rule.message])),
    },
    detect({ sentences, report }) {
      let lead = '';
      let previous = '';
      for (const sentence of sentences) {
        // A list item ("* in a merger or acquisition") continues the sentence that introduced the list.
        const listItem = LIST_ITEM.test(sentence.text);
        if (!listItem) lead = sentence.text;
        const before = previous;
        previous = sentence.text;
        const context = listItem ? lead : CONTINUES.test(sentence.text) ? before : '';
        if (spec.aboutData && !DATA_WORDS.test(sentence.text) && !DATA_WORDS.test(context)) continue;
        // a heading ("#### Sharing with partners", "When do we share your data?") names a topic, states nothing
        if (/\?\s*$|^#{1,6}\s/.test(sentence.text)) continue;
        if (listItem && NEGATED_LEAD.test(lead)) continue;
        if (spec.unless?.test(sentence.text)) continue;
        for (const [messageId, rule] of rules) {
          if (matchesRule(sentence, rule)) {
            report({ messageId, span: sentence.span });
            break;
          }
        }
      }
    },
  });
}

// "will not disclose ... to third parties", "provide the service, and will not sell it to third parties": a
// negation inside the matched words governs the verb nearest the counterparty.
const INNER_NEGATION = /\b(?:not|never|none|prohibit\w*\s+(?:\w+\s+){0,3}?from|refrain\w*\s+from)\b|n't\b/i;

function matchesRule(sentence: Sentence, rule: ClauseRule): boolean {
  for (const match of sentence.findAll(rule.pattern)) {
    if (!rule.negative && (sentence.isNegated(match) || INNER_NEGATION.test(match.text))) continue;
    const actor = sentence.actor(match);
    const wanted = rule.actor ?? 'recipient';
    if (wanted === 'any' || actor === wanted || (wanted === 'recipient' && actor === 'unknown')) return true;
  }
  return false;
}
