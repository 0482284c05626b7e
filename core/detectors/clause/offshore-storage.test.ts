import { testDetector } from '../../testing/detector-tester';
import offshoreStorage from './offshore-storage';

testDetector(offshoreStorage, {
  valid: [
    "Student data shall be stored only in data centers located in the United States.",
    "Provider will not store student data outside the United States.",
    // "these" points back to a sentence that is not about data
    "Our staff attend teaching conferences each year. Some of these conferences are held outside the United States.",
  ],
  invalid: [
    // "these providers" are the ones the sentence before said receive student information
    {
      text: "We share student information with service providers that host the service. Some of these providers may be located outside of your home country.",
      findings: [{ quote: "Some of these providers may be located outside of your home country.", messageId: 'abroad' }],
    },
    { text: "Some of our contractors who process student data may be located outside of your home country.", findings: [{ quote: "Some of our contractors who process student data may be located outside of your home country.", messageId: 'abroad' }] },
    { text: "Your information may be transferred to and stored in countries other than the one you live in.", findings: [{ quote: "Your information may be transferred to and stored in countries other than the one you live in.", messageId: 'abroad' }] },
  ],
});
