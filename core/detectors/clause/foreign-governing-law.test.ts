import { testDetector } from '../../testing/detector-tester';
import foreignGoverningLaw from './foreign-governing-law';

testDetector(foreignGoverningLaw, {
  valid: [
    'The Provider will comply with Connecticut General Statutes section 10-234bb. This Agreement is governed by the laws of the State of Connecticut.',
    'The Board adopted the policy under state law.',
    'This Agreement is between the Ohio Valley School District and the Provider. Any arbitration will take place in Columbus, Ohio.',
  ],
  invalid: [
    {
      // the law and the courts of one place are one practice: the forum is a second place of the law's finding
      text: 'You agree that the laws of Norway will apply to any claim. Any action shall be brought in the courts located in Bergen, Norway.',
      findings: [
        { quote: 'You agree that the laws of Norway will apply to any claim.', messageId: 'law' },
        { quote: 'Any action shall be brought in the courts located in Bergen, Norway.', messageId: 'law' },
      ],
    },
    {
      // the vendor's own address names the country too: another country's law is foreign all the same
      text: 'Nordlys AS, Storgata 1, Oslo, Norway. These terms are governed by the laws of Norway.',
      findings: [{ quote: 'These terms are governed by the laws of Norway.', messageId: 'law' }],
    },
    {
      text: 'Disputes go to arbitration in Lyon, France.',
      findings: [{ quote: 'Disputes go to arbitration in Lyon, France.', messageId: 'forum' }],
    },
    {
      text: 'These Terms are governed by the laws of the State of New York, without regard to conflict of law rules.',
      findings: [{ quote: 'These Terms are governed by the laws of the State of New York, without regard to conflict of law rules.', messageId: 'law' }],
    },
  ],
});
