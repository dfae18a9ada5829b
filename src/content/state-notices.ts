import { pick } from './lang';
import type { Lang } from './types';

interface StateNotices {
  /** Shown once when a stored conversation or profile could not be read and was started afresh. */
  readonly reset: string;
}

const en: StateNotices = {
  reset:
    'Part of what I had saved for this conversation could not be read, so I started it afresh: earlier answers are not kept. ' +
    'Type **start** for a new advice.',
};

const nl: StateNotices = {
  reset:
    'Een deel van wat ik voor dit gesprek had bewaard, kon ik niet lezen. Daarom ben ik opnieuw begonnen: eerdere antwoorden zijn niet bewaard. ' +
    'Typ **start** voor een nieuw advies.',
};

/** The storage notices in `lang`. */
export function stateNotices(lang: Lang): StateNotices {
  return pick({ en, nl }, lang);
}
