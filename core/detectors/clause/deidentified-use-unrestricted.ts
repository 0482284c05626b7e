import { defineClauseDetector } from '../../clauses';

export default defineClauseDetector({
  category: 'deidentified-use-unrestricted',
  scored: 'The sentence reads as letting the recipient use de-identified or aggregated data without limits.',
  unless: /\b(?:not\s+(?:attempt\s+to\s+)?re-?identify|agrees?\s+in\s+writing\s+not\s+to\s+re-?identify|solely\s+to\s+provide)\b/i,
  rules: {
    reuse: {
      pattern: /\b(?:de-?identified|anonymi[sz]ed|aggregated?|non-?personal)\s+(?:(?:student|user)\s+)?(?:data|information)\b[^.;]{0,160}\b(?:any\s+(?:lawful\s+)?purpose|(?:our|its)\s+own\s+purposes|without\s+(?:restriction|limitation)|commercial|sell|improv\w+|develop\w*|research|marketing|share)/gi,
      message: "Data called de-identified or aggregated may be used by the recipient for its own purposes, with no ban on re-identifying it.",
    },
    license: {
      pattern: /\b(?:sublicense|distribute|create\s+derivative\s+works|commerciali[sz]e)\b[^.;]{0,120}?\b(?:de-?identified|anonymi[sz]ed|aggregated?)\b[^.;]{0,30}?\b(?:data|information)\b/gi,
      message: "The recipient may license, distribute or build on data called anonymized or aggregated, with no ban on re-identifying it.",
    },
  },
});
