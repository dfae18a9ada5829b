import { isJsonObject, walkJson } from './card-json';

/** One action found anywhere in a card (top-level, ActionSet, selectAction, fallback, ShowCard). */
export interface FoundAction {
  readonly type: string;
  readonly path: string;
  readonly title?: string;
  readonly data?: unknown;
  readonly url?: string;
}

/** Every action in `card`, wherever it is nested, in document order. */
export function collectActions(card: unknown): FoundAction[] {
  const found: FoundAction[] = [];
  walkJson(card, (node, path) => {
    const type = node.type;
    if (typeof type !== 'string' || !type.startsWith('Action.')) return;
    found.push({
      type,
      path,
      ...(typeof node.title === 'string' ? { title: node.title } : {}),
      ...('data' in node ? { data: node.data } : {}),
      ...(typeof node.url === 'string' ? { url: node.url } : {}),
    });
  });
  return found;
}

/**
 * The verb of every Submit/Execute action in `card` (data.verb, or Action.Execute's own verb), in document
 * order; an action without a string verb yields '' so a handler test notices it.
 */
export function collectVerbs(card: unknown): string[] {
  return collectActions(card)
    .filter((a) => a.type === 'Action.Submit' || a.type === 'Action.Execute')
    .map((a) => (isJsonObject(a.data) && typeof a.data.verb === 'string' ? a.data.verb : ''));
}

/** JSON paths of every string still holding a template expression `${…}` or a template key such as `$data`/`$when`. */
export function findTemplateLeftovers(card: unknown): string[] {
  const leftovers: string[] = [];
  const visitValue = (value: unknown, path: string): void => {
    if (typeof value === 'string' && value.includes('${')) leftovers.push(path);
  };
  walkJson(card, (node, path) => {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('$') && key !== '$schema') leftovers.push(`${path}.${key}`);
      if (Array.isArray(value)) value.forEach((item, i) => visitValue(item, `${path}.${key}[${i}]`));
      else visitValue(value, `${path}.${key}`);
    }
  });
  return leftovers;
}

/** The card's size as Teams counts it: UTF-8 bytes of its JSON. */
export function cardByteSize(card: unknown): number {
  return new TextEncoder().encode(JSON.stringify(card)).length;
}
