import { definePatternDetector } from '../../detector';

// Card networks publish these numbers for testing; they never charge anyone.
const TEST_CARDS = new Set(['4111111111111111', '4242424242424242', '5555555555554444', '378282246310005', '6011111111111117', '4000056655665556']);

export default definePatternDetector({
  category: 'financial-account',
  mode: 'value',
  message: 'A payment card number appears in the text.',
  patterns: [
    // Visa, Mastercard, Amex and Discover ranges, 13 to 19 digits with optional space or dash groups
    { name: 'card number', regex: /(?<![\d-])(?:4\d{3}|5[1-5]\d{2}|2[2-7]\d{2}|3[47]\d{2}|6(?:011|5\d{2}))(?:[ -]?\d){9,15}(?![\d-])/g, score: 0.75 },
  ],
  context: ['card', 'visa', 'mastercard', 'amex', 'discover', 'credit', 'debit', 'payment', 'lunch account'],
  negativeContext: ['isbn', 'tracking', 'order', 'invoice'],
  validate: (value) => luhn(value.replace(/\D/g, '')),
  placeholder: (value) => TEST_CARDS.has(value.replace(/\D/g, '')),
});

function luhn(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
