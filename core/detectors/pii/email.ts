import { definePatternDetector } from '../../detector';

export default definePatternDetector({
  category: 'email',
  mode: 'value',
  organizationContact: 'email',
  message: 'An email address appears in the text.',
  patterns: [{ name: 'address', regex: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}\b/g, score: 0.85 }],
  // RFC 2606 names are reserved for examples and never reach a person
  placeholder: (value) => /@(?:[\w-]+\.)*(?:example\.(?:com|org|net|edu)|test|invalid|localhost)$/i.test(value),
});
