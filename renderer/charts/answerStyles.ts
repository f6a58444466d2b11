// How ja, deels, nee and n.v.t. look in a chart: each its own pattern as well as its own colour.
import { ANSWERS, ANSWER_LABELS, type Answer } from '../../shared/domain';
import { INTERVENTION_STATUS_LABELS, type InterventionStatus } from '../../shared/registers';
import { pattern, type PatternKind } from './chartjs';

const ANSWER_STYLE: Record<Answer, { colour: string; pattern: PatternKind; description: string }> = {
  ja: { colour: '#007A5A', pattern: 'solid', description: 'effen' },
  deels: { colour: '#B36B00', pattern: 'diagonal', description: 'schuin gestreept' },
  nee: { colour: '#C0392B', pattern: 'crosshatch', description: 'geruit' },
  nvt: { colour: '#5C5C5C', pattern: 'dots', description: 'gestippeld' },
};

export function answerDatasets(counts: (answer: Answer) => number[]) {
  return ANSWERS.map((a) => ({
    label: `${ANSWER_LABELS[a]} (${ANSWER_STYLE[a].description})`,
    data: counts(a),
    backgroundColor: pattern(ANSWER_STYLE[a].pattern, ANSWER_STYLE[a].colour),
    borderColor: ANSWER_STYLE[a].colour,
    borderWidth: 2,
    stack: 'antwoorden',
  }));
}

const STATUS_STYLE: Record<InterventionStatus, { colour: string; pattern: PatternKind; description: string }> = {
  idee: { colour: '#0072B2', pattern: 'dots', description: 'gestippeld' },
  gepland: { colour: '#B36B00', pattern: 'diagonal', description: 'schuin gestreept' },
  lopend: { colour: '#007A5A', pattern: 'solid', description: 'effen' },
  structureel: { colour: '#1d3557', pattern: 'horizontal', description: 'liggend gestreept' },
  afgerond: { colour: '#A8437F', pattern: 'crosshatch', description: 'geruit' },
  gestopt: { colour: '#5C5C5C', pattern: 'diagonal-reverse', description: 'andersom gestreept' },
};

export function statusDataset(status: InterventionStatus, data: number[]) {
  const style = STATUS_STYLE[status];
  return {
    label: `${INTERVENTION_STATUS_LABELS[status]} (${style.description})`,
    data,
    backgroundColor: pattern(style.pattern, style.colour),
    borderColor: style.colour,
    borderWidth: 2,
    stack: 'statussen',
  };
}
