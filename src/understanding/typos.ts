/**
 * Words worth correcting in a description ("laptps", "compnay", "joind"), chosen so that no common English or Dutch
 * word is one edit away from them ("remote" is left out: "remove" is one edit away).
 */
const VOCABULARY = [
  'laptops', 'laptop', 'devices', 'company', 'joined', 'hybrid', 'hybride', 'apparaten', 'existing', 'bestaande', 'nieuwe',
  'licences', 'licenses', 'licenties', 'premium', 'business', 'workers', 'thuiswerkers', 'kiosks', 'enrolled', 'ingeschreven',
  'corporate', 'organization', 'organisation', 'personal', 'domain', 'gekoppeld', 'werkplekken', 'computers', 'desktops',
  'notebooks', 'medewerkers', 'employees', 'autopilot', 'intune', 'configmgr', 'configuration', 'conditional', 'voorwaardelijke',
  'windows', 'gedeelde', 'bedrijfseigendom', 'lenovo', 'shipped', 'workspace', 'already', 'anymore', 'entra',
  'microsoft', 'werkaccount', 'account', 'toegang', 'autopilot', 'reseller', 'thuiswerkers', 'employees',
];
/** Correct words one edit from a vocabulary word ("device" is not a misspelled "devices"). */
const KNOWN = new Set([
  ...VOCABULARY,
  'device', 'employee', 'worker', 'licence', 'license', 'kiosk', 'desktop', 'computer', 'notebook', 'apparaat', 'werkplek',
  'medewerker', 'window', 'domains', 'laptopje', 'shipping', 'entry', 'extra', 'ultra', 'nieuw', 'joins', 'joiner',
  'domein', 'domeinen', 'kiosken', 'accounts', 'premie', 'intunes', 'employer', 'workers',
  // "worden gedeeld" (are shared) is a word of its own, not a misspelled "gedeelde".
  'gedeeld',
]);

/** True when a and b differ by one insertion, deletion, substitution or swap of neighbours. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (a.length === b.length) return restA.slice(1) === restB.slice(1) || (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2));
  return a.length > b.length ? restA.slice(1) === restB : restA === restB.slice(1);
}

/** Folded text with misspelled domain words corrected, and a map from corrected offsets back to the original ones. */
export interface Corrected {
  readonly text: string;
  /** Original offset of a start position in the corrected text. */
  readonly startAt: (at: number) => number;
  /** Original offset of an end position in the corrected text. */
  readonly endAt: (at: number) => number;
}

/** Corrects words of five letters or more that are one edit from exactly one vocabulary word. */
export function correctTypos(folded: string): Corrected {
  let text = '';
  // [corrected start, corrected end, original start, original end] of every replaced word.
  const moved: [number, number, number, number][] = [];
  let last = 0;
  for (const m of folded.matchAll(/\p{L}{5,}/gu)) {
    const word = m[0];
    if (KNOWN.has(word)) continue;
    const near = [...new Set(VOCABULARY.filter((v) => oneEditApart(word, v)))].sort((a, b) => a.length - b.length);
    const [fix] = near;
    // Several candidates are fine only when they are spellings of one word ("hybrid", "hybride").
    if (fix === undefined || !near.every((v) => v.startsWith(fix.slice(0, 5)))) continue;
    text += folded.slice(last, m.index);
    moved.push([text.length, text.length + fix.length, m.index, m.index + word.length]);
    text += fix;
    last = m.index + word.length;
  }
  text += folded.slice(last);
  const map = (at: number, end: boolean): number => {
    let shift = 0;
    for (const [cs, ce, os, oe] of moved) {
      if (at > cs && at < ce) return end ? oe : os;
      if (at >= ce) shift = oe - ce;
      if (at === cs) return os;
    }
    return at + shift;
  };
  return { text, startAt: (at) => map(at, false), endAt: (at) => map(at, true) };
}
