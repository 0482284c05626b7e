import { defineClauseDetector } from '../../clauses';

const USE = '(?:use|share|disclose|provide|give|hand|pass|release|transfer|sell|license|maintain|leverage|distribute|publish|combine|anonymi[sz]e|aggregate)';
const ANONYMOUS = '(?:de-?identified|anonymi[sz]ed|anonymous|aggregated?|non-?personal(?:ly)?|non-?private|(?:usage\\s+|user\\s+)?statistics)\\b';

export default defineClauseDetector({
  category: 'deidentified-use-unrestricted',
  scored: 'The sentence reads as letting the recipient use de-identified or aggregated data without limits.',
  unless: /\b(?:not\s+(?:attempt\s+to\s+)?re-?identify|agrees?\s+in\s+writing\s+not\s+to\s+re-?identify|solely\s+to\s+provide|(?:solely|only)\s+(?:for|to)\s+(?:the\s+)?(?:purposes?\s+of\s+this|perform\w*\s+(?:this|the)\s+(?:agreement|services?))|for\s+(?:its\s+|our\s+)?(?:internal|analytics?|statistical)\s+purposes)\b/i,
  rules: {
    reuse: {
      pattern: /\b(?:de-?identified|anonymi[sz]ed|aggregated?|non-?personal)\s+(?:(?:student|user)\s+)?(?:data|information)\b[^.;]{0,160}\b(?:any\s+(?:lawful\s+)?purpose|(?:our|its)\s+own\s+purposes|without\s+(?:restriction|limitation)|commercial|sell|improv\w+|develop\w*|research|marketing|share)/gi,
      message: "Data called de-identified or aggregated may be used by the recipient for its own purposes, with no ban on re-identifying it.",
    },
    license: {
      pattern: /\b(?:sublicense|distribute|create\s+derivative\s+works|commerciali[sz]e)\b[^.;]{0,120}?\b(?:de-?identified|anonymi[sz]ed|aggregated?)\b[^.;]{0,30}?\b(?:data|information)\b/gi,
      message: "The recipient may license, distribute or build on data called anonymized or aggregated, with no ban on re-identifying it.",
    },
    anonymousUse: {
      // "may share aggregated statistics with partners", "aggregated data is leveraged to build new products":
      // the recipient acts on data it calls anonymous, and nothing limits what for
      pattern: new RegExp(
        `\\b(?:may|can|will|reserves?\\s+the\\s+right\\s+to)\\s+(?:[\\w,]+\\s+){0,4}?${USE}\\b[^.;]{0,120}?\\b${ANONYMOUS}|\\b${ANONYMOUS}[^.;]{0,80}?\\b(?:is|are|will\\s+be|may\\s+be)\\s+(?:\\w+\\s+){0,2}?(?:used|leveraged|shared|disclosed|sold|combined)\\b`,
        'gi',
      ),
      message: "The recipient may use or pass on data it calls anonymous or aggregated, for purposes the agreement does not limit.",
    },
  },
});
