// The lawful bases (grondslagen) for keeping residents' personal data: a leaf, so register entries and the AVG
// pages can both name them without importing each other.
/** The lawful bases (AVG art. 6 lid 1) that fit a coalition of public bodies and residents. */
export const GRONDSLAGEN = ['toestemming', 'publieke-taak', 'wettelijke-plicht'] as const;
export type Grondslag = (typeof GRONDSLAGEN)[number];
export const GRONDSLAG_LABELS: Record<Grondslag, string> = {
  toestemming: 'Toestemming van de bewoner',
  'publieke-taak': 'Publieke taak',
  'wettelijke-plicht': 'Wettelijke verplichting',
};
export const GRONDSLAG_ARTICLES: Record<Grondslag, string> = {
  toestemming: 'AVG art. 6 lid 1 sub a',
  'publieke-taak': 'AVG art. 6 lid 1 sub e',
  'wettelijke-plicht': 'AVG art. 6 lid 1 sub c',
};
