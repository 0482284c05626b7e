import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'academic-record',
  // "grades" are marks unless a number or a school level follows ("grades 4 and 8" are grade levels)
  terms: /\b(?:grades(?!\s+(?:\d|K\b|pre-?k|kindergarten|levels?\b))|(?:student|class|quiz|test|exam|lesson|course|assignment)\s+(?:scores?|results|marks|responses|answers|work|completions?)|(?:student|academic|learning)\s+progress|progress\s+(?:reports?|data|scores?|results|monitoring)|(?:completed|graded)\s+(?:assessments?|assignments?|work)|assessments?\s+(?:scores?|results|data|responses)|(?:state\s+)?(?:test|assessment|exam)\s+(?:scores?|results)|assessment\s+data|transcripts?|report\s+cards?|GPA|grade\s+point\s+averages?|course\s+(?:grades|marks|history)|academic\s+(?:records?|performance|history)|standardi[sz]ed\s+test(?:\s+scores?|s)?|reading\s+(?:levels?|scores?)|math\s+scores?)\b/gi,
  header: /score|^GPA$|grade\s*point|assessment|proficiency|reading\s*level/i,
});
