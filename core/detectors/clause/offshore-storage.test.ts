import { testDetector } from '../../testing/detector-tester';
import offshoreStorage from './offshore-storage';

testDetector(offshoreStorage, {
  valid: [
    "Student data shall be stored only in data centers located in the United States.",
    "Provider will not store student data outside the United States.",
  ],
  invalid: [
    { text: "Some of our contractors who process student data may be located outside of your home country.", findings: [{ quote: "Some of our contractors who process student data may be located outside of your home country.", messageId: 'abroad' }] },
    { text: "Your information may be transferred to and stored in countries other than the one you live in.", findings: [{ quote: "Your information may be transferred to and stored in countries other than the one you live in.", messageId: 'abroad' }] },
  ],
});
