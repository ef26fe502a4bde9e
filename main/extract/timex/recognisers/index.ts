/** Every recogniser, in priority order for ties between equally long spans. */
import { dateRecognisers } from './dates';
import { durationRecognisers } from './durations';
import { holidayRecognisers } from './holidays';
import { periodRecognisers } from './periods';
import { referenceRecognisers } from './references';
import { relativeRecognisers } from './relative';
import { setRecognisers } from './sets';
import { timeRecognisers } from './times';
import type { Recogniser } from './types';

export const RECOGNISERS: readonly Recogniser[] = [
  ...timeRecognisers,
  ...dateRecognisers,
  ...periodRecognisers,
  ...holidayRecognisers,
  ...relativeRecognisers,
  ...setRecognisers,
  ...durationRecognisers,
  ...referenceRecognisers,
];
