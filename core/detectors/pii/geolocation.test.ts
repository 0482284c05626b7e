import { testDetector } from '../../testing/detector-tester';
import geolocation from './geolocation';

testDetector(geolocation, {
  valid: [
    "The meeting location is the high school library.",
  ],
  invalid: [
    { text: "The app collects GPS location data from student devices.", findings: [
      { quote: "GPS location", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
