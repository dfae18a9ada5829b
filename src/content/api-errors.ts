import { pick } from './lang';
import type { Lang } from './types';

/** Every error the HTTP API can answer with; the code is part of the API contract, the message is localized. */
export type ApiErrorDetail =
  | { readonly code: 'invalid-json' }
  | { readonly code: 'not-an-object'; readonly key: 'answers' | 'body' }
  | { readonly code: 'unknown-key'; readonly key: string; readonly where: 'answers' | 'body'; readonly allowed: readonly string[] }
  | { readonly code: 'unknown-value'; readonly key: string; readonly value: unknown; readonly allowed: readonly string[] }
  | { readonly code: 'unknown-lang'; readonly value: unknown; readonly allowed: readonly string[] }
  | { readonly code: 'invalid-text'; readonly key: string; readonly maxChars: number }
  | { readonly code: 'body-too-large'; readonly limitKb: number }
  | { readonly code: 'unsupported-media-type' }
  | { readonly code: 'bad-request' }
  | { readonly code: 'not-found'; readonly endpoints: readonly string[] }
  | { readonly code: 'method-not-allowed'; readonly method: string; readonly allowed: readonly string[] }
  | { readonly code: 'bot-unavailable' }
  | { readonly code: 'internal'; readonly requestId: string };

export type ApiErrorCode = ApiErrorDetail['code'];

type Messages = { readonly [C in ApiErrorCode]: (detail: Extract<ApiErrorDetail, { code: C }>) => string };

const MAX_ECHO = 60;

/**
 * Echoes a client's key or value as JSON, cut short so a hostile 1 MB value does not come back in the error.
 * Anything JSON cannot show (only possible from code, never from a parsed body) is shown as an ellipsis.
 */
function quote(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) return '…';
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text;
}

const list = (values: readonly string[]): string => values.join(', ');

const en: Messages = {
  'invalid-json': () => 'The request body is not valid JSON. Send a JSON object such as {"answers": {}, "lang": "en"}.',
  'not-an-object': (d) =>
    d.key === 'answers'
      ? '"answers" must be a JSON object such as {"ownership": "organization"}; arrays, null, text and numbers are not accepted.'
      : 'The request body must be a JSON object with the keys "answers" and "lang"; arrays, null, text and numbers are not accepted.',
  'unknown-key': (d) =>
    `Unknown key ${quote(d.key)} in ${d.where === 'answers' ? '"answers"' : 'the request body'}. Allowed keys: ${list(d.allowed)}.`,
  'unknown-value': (d) => `${quote(d.value)} is not a valid answer for "${d.key}". Allowed values: ${list(d.allowed)}.`,
  'unknown-lang': (d) => `Unknown language ${quote(d.value)} for "lang". Allowed values: ${list(d.allowed)}.`,
  'invalid-text': (d) => `"${d.key}" must be text of 1 to ${d.maxChars} characters, such as {"${d.key}": "company-owned, hybrid joined"}.`,
  'body-too-large': (d) => `The request body is larger than ${d.limitKb} KB. Send only "answers" and "lang".`,
  'unsupported-media-type': () => 'Send the request body as JSON, with the header Content-Type: application/json.',
  'bad-request': () => 'The request could not be read. Send a JSON object with the header Content-Type: application/json.',
  'not-found': (d) => `There is nothing at this address. Available: ${list(d.endpoints)}.`,
  'method-not-allowed': (d) => `This address does not accept ${d.method} requests. Use ${list(d.allowed)}.`,
  'bot-unavailable': () => 'The bot is not available in this process yet. Try again in a moment.',
  internal: (d) =>
    `Something went wrong on our side. Try again; if it keeps happening, give your IT team this request id: ${d.requestId}.`,
};

const nl: Messages = {
  'invalid-json': () => 'De aanvraag bevat geen geldige JSON. Stuur een JSON-object zoals {"answers": {}, "lang": "nl"}.',
  'not-an-object': (d) =>
    d.key === 'answers'
      ? '"answers" moet een JSON-object zijn, zoals {"ownership": "organization"}; arrays, null, tekst en getallen worden niet geaccepteerd.'
      : 'De aanvraag moet een JSON-object zijn met de sleutels "answers" en "lang"; arrays, null, tekst en getallen worden niet geaccepteerd.',
  'unknown-key': (d) =>
    `Onbekende sleutel ${quote(d.key)} in ${d.where === 'answers' ? '"answers"' : 'de aanvraag'}. Toegestane sleutels: ${list(d.allowed)}.`,
  'unknown-value': (d) => `${quote(d.value)} is geen geldig antwoord voor "${d.key}". Toegestane waarden: ${list(d.allowed)}.`,
  'unknown-lang': (d) => `Onbekende taal ${quote(d.value)} voor "lang". Toegestane waarden: ${list(d.allowed)}.`,
  'invalid-text': (d) => `"${d.key}" moet tekst van 1 tot ${d.maxChars} tekens zijn, zoals {"${d.key}": "bedrijfseigendom, hybride gekoppeld"}.`,
  'body-too-large': (d) => `De aanvraag is groter dan ${d.limitKb} KB. Stuur alleen "answers" en "lang".`,
  'unsupported-media-type': () => 'Stuur de aanvraag als JSON, met de header Content-Type: application/json.',
  'bad-request': () => 'De aanvraag kon niet worden gelezen. Stuur een JSON-object met de header Content-Type: application/json.',
  'not-found': (d) => `Op dit adres is niets te vinden. Beschikbaar: ${list(d.endpoints)}.`,
  'method-not-allowed': (d) => `Dit adres accepteert geen ${d.method}-aanvragen. Gebruik ${list(d.allowed)}.`,
  'bot-unavailable': () => 'De bot is in dit proces nog niet beschikbaar. Probeer het zo opnieuw.',
  internal: (d) =>
    `Er ging bij ons iets mis. Probeer het opnieuw; blijft het gebeuren, geef dan dit aanvraagnummer door aan uw IT-afdeling: ${d.requestId}.`,
};

const MESSAGES = { en, nl } satisfies Record<Lang, Messages>;

/** The user-facing sentence for an API error in `lang`, naming the offending key or value and what is allowed. */
export function apiErrorMessage(detail: ApiErrorDetail, lang: Lang): string {
  const format = pick(MESSAGES, lang)[detail.code] as (d: ApiErrorDetail) => string;
  return format(detail);
}
