import { definePatternDetector } from '../../detector';

export default definePatternDetector({
  category: 'online-identifier',
  mode: 'value',
  message: 'An IP address appears in the text.',
  basis: 'COPPA, 16 CFR 312.2 (persistent identifiers such as an IP address); FERPA, 34 CFR 99.3',
  patterns: [
    {
      name: 'IPv4',
      regex: /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.])/g,
      score: 0.45,
    },
  ],
  context: ['ip', 'address', 'logged', 'login', 'device', 'host', 'client', 'connection', 'session'],
  negativeContext: ['section', 'sec', 'version', 'v', 'release', 'paragraph', 'clause', 'article', 'build'],
  // private, loopback and documentation ranges never point to a family's connection
  placeholder: (value) => /^(?:10\.|127\.|192\.168\.|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|0\.)/.test(value),
});
