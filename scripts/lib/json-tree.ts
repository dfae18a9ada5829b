/** A parsed JSON value, as the manifest templates and localization files are read. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value at `path` inside `doc`, or undefined when any step is missing. */
export function get(doc: Json, path: readonly (string | number)[]): Json | undefined {
  let node: Json | undefined = doc;
  for (const key of path) {
    if (node === null || node === undefined || typeof node !== 'object') return undefined;
    node = Array.isArray(node) ? (typeof key === 'number' ? node[key] : undefined) : (node as JsonObject)[String(key)];
  }
  return node;
}

/** The array at `path` inside `doc`, or an empty array. */
export function arrayAt(doc: Json, path: readonly (string | number)[]): Json[] {
  const node = get(doc, path);
  return Array.isArray(node) ? node : [];
}
