import { testDetector } from '../../testing/detector-tester';
import foreignGoverningLaw from './foreign-governing-law';

testDetector(foreignGoverningLaw, {
  valid: [
    'The Provider will comply with Connecticut General Statutes section 10-234bb. This Agreement is governed by the laws of the State of Connecticut.',
    'The Board adopted the policy under state law.',
  ],
  invalid: [
    {
      text: 'These Terms are governed by the laws of the State of New York, without regard to conflict of law rules.',
      findings: [{ quote: 'These Terms are governed by the laws of the State of New York, without regard to conflict of law rules.', messageId: 'law' }],
    },
  ],
});
