import { testDetector } from '../../testing/detector-tester';
import discipline from './discipline';

testDetector(discipline, {
  valid: [
    "Suspension of the rules requires a two-thirds vote.",
  ],
  invalid: [
    { text: "The district will provide daily attendance and suspensions for each student.", findings: [
      { quote: "suspensions", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
