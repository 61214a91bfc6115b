import { FLAGS, type Flag } from '../../data/schema';
import type { MessageKey } from '../../lib/i18n';

/** Each flag's name in the catalog; the colour is the CSS class `flag-N` (StudyScreen). */
export const FLAG_NAMES: Record<Flag, MessageKey> = {
  1: 'study.flag.1',
  2: 'study.flag.2',
  3: 'study.flag.3',
  4: 'study.flag.4',
  5: 'study.flag.5',
  6: 'study.flag.6',
  7: 'study.flag.7',
};

export { FLAGS };
