import { testDetector } from '../../testing/detector-tester';
import photoVideo from './photo-video';

testDetector(photoVideo, {
  valid: [
    "Provider shall not collect photographs of students.",
  ],
  invalid: [
    { text: "The service stores profile pictures uploaded by students.", findings: [
      { quote: "profile pictures", messageId: 'requested', context: 'requested' },
    ] },
    { text: "Teachers may upload photos and videos of student work.", findings: [
      { quote: "photos", messageId: 'requested', context: 'requested' },
      { quote: "videos", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
