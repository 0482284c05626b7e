import nlp from 'compromise';

// compromise's conjugator, without parsing any text: a lookup in its model, about a microsecond a verb.
const conjugate = (nlp.methods() as { two: { transform: { verb: { conjugate(verb: string, model: object): Record<string, string> } } } }).two.transform.verb
  .conjugate;
const model = nlp.model();

/**
 * Every one-word form of each verb, as a regex alternation: "submit" gives submits, submitted, submitting.
 * compromise knows the irregular ones ("hold", "held"; "send", "sent") that hand-written suffixes miss.
 */
export function verbForms(...infinitives: string[]): string {
  const forms = new Set<string>();
  for (const verb of infinitives)
    for (const form of [verb, ...Object.values(conjugate(verb, model))]) if (!form.includes(' ')) forms.add(form.toLowerCase());
  return [...forms].join('|');
}
