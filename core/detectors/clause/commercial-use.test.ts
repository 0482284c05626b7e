import { testDetector } from '../../testing/detector-tester';
import commercialUse from './commercial-use';

testDetector(commercialUse, {
  valid: [
    "Provider shall not use student data for marketing or other commercial purposes.",
    "The District may use survey results for planning purposes.",
    "Provider shall not sell, rent or trade student data.",
    "The District may sell surplus buses and equipment.",
    "We never send promotional messages to students.",
    "We will not sell student records or use what teachers upload for marketing purposes.",
  ],
  invalid: [
    { text: "We may send parents newsletters and offers about our other titles using the email address they registered.", findings: [{ quote: "We may send parents newsletters and offers about our other titles using the email address they registered.", messageId: 'marketing' }] },
    { text: "Usage information helps us refine current, and develop new, products.", findings: [{ quote: "Usage information helps us refine current, and develop new, products.", messageId: 'products' }] },
    { text: "We may use aggregated information about students for research, analysis, advertising and other commercial purposes.", findings: [{ quote: "We may use aggregated information about students for research, analysis, advertising and other commercial purposes.", messageId: 'purposes' }] },
    { text: "The vendor may use what it learns from student data to develop new products for other markets.", findings: [{ quote: "The vendor may use what it learns from student data to develop new products for other markets.", messageId: 'products' }] },
    { text: "Provider may sell aggregated data to other organizations.", findings: [{ quote: "Provider may sell aggregated data to other organizations.", messageId: 'sale' }] },
    { text: "We may use information we collect for marketing purposes.", findings: [{ quote: "We may use information we collect for marketing purposes.", messageId: 'commercial' }] },
  ],
});
