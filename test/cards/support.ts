import type * as AdaptiveCards from 'adaptivecards';

// The package's `main` is ES modules, which Jest does not load; the UMD bundle is the same library.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** Parses `json` with the real adaptivecards library and returns every parse and validation message (none = clean). */
export function adaptiveCardsProblems(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  return problems;
}

/** Every TextBlock text in `card`, in document order (what a user reads, besides buttons and facts). */
export function textBlocks(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      if (record.type === 'TextBlock' && typeof record.text === 'string') texts.push(record.text);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return texts;
}

/** Every string a user could read in `card`: texts, button titles, fact titles and values, input labels, choices. */
export function readableText(card: unknown): string {
  const out: string[] = [];
  const keys = new Set(['text', 'title', 'value', 'label', 'placeholder', 'errorMessage']);
  const walk = (node: unknown, key: string): void => {
    if (typeof node === 'string') {
      if (keys.has(key)) out.push(node);
    } else if (Array.isArray(node)) node.forEach((n) => walk(n, key));
    else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) if (k !== 'data') walk(v, k);
    }
  };
  walk(card, '');
  return out.join('\n');
}
