import type { Span } from './finding';
import type { Sentence } from './sentences';
import { verbForms } from './verbs';

// The verbs whose object is the data: a negation on one of them ("shall not disclose any PII (e.g. name,
// date of birth)") covers every element of its object, however long the list.
const TRANSFER_VERB = new RegExp(
  `\\b(?:${verbForms('provide', 'share', 'disclose', 'transfer', 'send', 'deliver', 'collect', 'gather', 'obtain', 'receive', 'request', 'require', 'access', 'submit', 'upload', 'furnish', 'release', 'sell', 'rent', 'use', 'store', 'retain', 'keep', 'maintain', 'process')})\\b`,
  'gi',
);
// What ends a verb's reach over its object list (sentences are split already: a period inside one is "e.g.").
const OBJECT_BREAK = /[;:]|\b(?:unless|except|but|however|provided that|whereas|while)\b/i;
// Most sentences hold no negation at all: only those are searched for their verbs.
const ANY_NEGATION = /\b(?:not|never|no|none|neither|nor|cannot|without|prohibit\w*|refrain\w*)\b|n't\b/i;
const negates = new WeakMap<Sentence, boolean>();

/** Whether the verb whose object `match` is (the nearest data verb before it) is negated. */
export function governingVerbNegated(sentence: Sentence, match: Span): boolean {
  let any = negates.get(sentence);
  if (any === undefined) negates.set(sentence, (any = ANY_NEGATION.test(sentence.text)));
  if (!any) return false;
  const before = sentence.text.slice(0, match.start - sentence.span.start);
  let verb: RegExpExecArray | undefined;
  TRANSFER_VERB.lastIndex = 0;
  for (let m = TRANSFER_VERB.exec(before); m; m = TRANSFER_VERB.exec(before)) verb = m;
  if (!verb || OBJECT_BREAK.test(before.slice(verb.index + verb[0].length))) return false;
  const at = sentence.span.start + verb.index;
  return sentence.isNegated({ start: at, end: at + verb[0].length });
}
