/** An expanded Adaptive Card as plain JSON, ready for an attachment or the adaptivecards renderer. */
export interface AdaptiveCardJson {
  readonly type: 'AdaptiveCard';
  readonly version: string;
  readonly body: readonly unknown[];
  readonly actions?: readonly unknown[];
  readonly [key: string]: unknown;
}

/** The Adaptive Card schema version every template declares; Teams renders up to 1.5. */
export const CARD_VERSION = '1.5';

/** The attachment content type Teams and Bot Framework expect for an Adaptive Card. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** A plain JSON object (not an array, not null). */
export function isJsonObject(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Calls `visit` on every object inside `root` (depth first, root included) with its JSON path. */
export function walkJson(root: unknown, visit: (node: Readonly<Record<string, unknown>>, path: string) => void, path = '$'): void {
  if (Array.isArray(root)) {
    root.forEach((item, i) => walkJson(item, visit, `${path}[${i}]`));
    return;
  }
  if (!isJsonObject(root)) return;
  visit(root, path);
  for (const [key, value] of Object.entries(root)) walkJson(value, visit, `${path}.${key}`);
}
