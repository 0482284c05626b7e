import { testDetector } from '../../testing/detector-tester';
import homelessStatus from './homeless-status';

testDetector(homelessStatus, {
  valid: [
    "The PTA collects coats for a homeless shelter drive in December.",
  ],
  invalid: [
    { text: "The Board will provide homeless status (McKinney-Vento) for each student.", findings: [
      { quote: "homeless status", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
