import { testDetector } from '../../testing/detector-tester';
import financialAccount from './financial-account';

testDetector(financialAccount, {
  valid: [
    "The board approved the bank statement reconciliation.",
    // the district's own finances are not a family's account
    "The Provider will receive the district's financial information for the annual audit.",
  ],
  invalid: [
    { text: "If you buy a subscription, we will ask for financial information to bill you.", findings: [
      { quote: "financial information", messageId: 'requested', context: 'requested' },
    ] },
    { text: "We collect billing information such as your credit card number.", findings: [
      { quote: "billing information", messageId: 'requested', context: 'requested' },
      { quote: "credit card number", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
