import { definePatternDetector } from '../../detector';

// Published examples and obvious fillers that appear in forms and training material.
const PLACEHOLDERS = new Set(['078051120', '123456789', '219099999', '457555462']);

export default definePatternDetector({
  category: 'ssn',
  mode: 'value',
  message: 'A Social Security number appears in the text.',
  patterns: [
    { name: 'dashed or spaced', regex: /(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])/g, score: 0.6 },
    // nine bare digits are as often an order or account number: only with context
    { name: 'nine digits', regex: /(?<![\d-])\d{9}(?![\d-])/g, score: 0.2 },
  ],
  context: ['ssn', 'social security', 'soc sec', 'ss#', 'ss #', 'taxpayer id', 'tin'],
  negativeContext: ['invoice', 'order', 'account', 'routing', 'phone', 'fax', 'tracking', 'isbn'],
  // SSA never issues area 000, 666 or 9xx, group 00 or serial 0000
  validate: (value) => {
    const digits = value.replace(/\D/g, '');
    const area = Number(digits.slice(0, 3));
    return area !== 0 && area !== 666 && area < 900 && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
  },
  placeholder: (value) => {
    const digits = value.replace(/\D/g, '');
    return PLACEHOLDERS.has(digits) || /^(\d)\1{8}$/.test(digits);
  },
});
