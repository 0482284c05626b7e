import { testDetector } from '../../testing/detector-tester';
import facilitySecurity from './facility-security';

testDetector(facilitySecurity, {
  valid: [
    "The facilities committee reviewed roof replacement bids.",
  ],
  invalid: [
    { text: "The Board will also provide floor plans and campus maps for each school.", findings: [
      { quote: "floor plans", messageId: 'requested', context: 'requested' },
      { quote: "campus maps", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
