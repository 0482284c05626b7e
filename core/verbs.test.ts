import { describe, expect, it } from 'vitest';
import { verbForms } from './verbs';

describe('verbForms', () => {
  it('gives regular and irregular forms of each verb, one word each', () => {
    const forms = verbForms('submit', 'hold', 'send').split('|');
    expect(forms).toEqual(expect.arrayContaining(['submit', 'submits', 'submitted', 'submitting', 'hold', 'held', 'holding', 'send', 'sent', 'sends']));
    expect(forms.some((form) => form.includes(' '))).toBe(false);
  });
});
