import { testDetector } from '../../testing/detector-tester';
import financialAccount from './financial-account';

testDetector(financialAccount, {
  valid: [
    "The board approved the bank statement reconciliation.",
  ],
  invalid: [
    { text: "We collect billing information such as your credit card number.", findings: [
      { quote: "billing information", messageId: 'requested', context: 'requested' },
      { quote: "credit card number", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
