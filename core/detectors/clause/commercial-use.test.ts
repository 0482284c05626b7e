import { testDetector } from '../../testing/detector-tester';
import commercialUse from './commercial-use';

testDetector(commercialUse, {
  valid: [
    "Provider shall not sell, rent or trade student data.",
    "The District may sell surplus buses and equipment.",
  ],
  invalid: [
    { text: "Provider may sell aggregated data to other organizations.", findings: [{ quote: "Provider may sell aggregated data to other organizations.", messageId: 'sale' }] },
    { text: "We may use information we collect for marketing purposes.", findings: [{ quote: "We may use information we collect for marketing purposes.", messageId: 'commercial' }] },
  ],
});
