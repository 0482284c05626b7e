import { definePatternDetector } from '../../detector';

export default definePatternDetector({
  category: 'phone',
  mode: 'value',
  organizationContact: 'phone',
  message: 'A phone number appears in the text.',
  patterns: [
    { name: 'separated', regex: /(?<![\w-])(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w-])/g, score: 0.6 },
    // ten bare digits are as often an account or order number: only with context
    { name: 'ten digits', regex: /(?<![\w-])\d{10}(?![\w-])/g, score: 0.2 },
  ],
  context: ['phone', 'tel', 'telephone', 'cell', 'mobile', 'call', 'text', 'contact', 'home', 'parent', 'guardian', 'emergency'],
  negativeContext: ['invoice', 'order', 'account', 'ssn', 'social security', 'isbn', 'routing', 'tracking', 'po'],
  // NANP: area code and exchange start 2-9 and are never N11; area 555 and 9xx are unassigned
  validate: (value) => {
    const [area = '', exchange = ''] = nanpParts(value);
    return /^[2-9]\d\d$/.test(area) && /^[2-9]\d\d$/.test(exchange) && !/^\d11$/.test(area) && !/^\d11$/.test(exchange) && !area.startsWith('9');
  },
  // 555-0100 to 555-0199 are reserved for fiction and examples
  placeholder: (value) => {
    const [, exchange, line = ''] = nanpParts(value);
    return exchange === '555' && /^01\d\d$/.test(line);
  },
});

function nanpParts(value: string): [string, string, string] {
  const digits = value.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
}
