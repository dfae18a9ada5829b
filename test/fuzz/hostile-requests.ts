import { VERBS } from '../../src/cards/verbs';
import { QUESTION_IDS, QUESTION_VALUES } from '../../src/engine/types';
import { prng } from '../helpers/prng';

/** One hostile HTTP request. `body` is sent as is when it is a string (so it can be broken JSON). */
export interface HostileRequest {
  readonly category: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  /** The conversation a well-formed activity belongs to (to find its replies), when there is one. */
  readonly conversationId?: string;
  /** True when a well-formed message to a reachable connector must get at least one friendly reply. */
  readonly expectsReply?: boolean;
}

/** What the generator may aim at: the victim conversation's ids, and where replies go. */
export interface Targets {
  readonly serviceUrl: string;
  /** A serviceUrl where nothing listens (replies cannot be delivered). */
  readonly deadServiceUrl: string;
  readonly victimConversationId: string;
  readonly victimFlowId: string;
  readonly victimActivityIds: readonly string[];
}

const JSON_TYPE = { 'content-type': 'application/json' };
const ONE_MB = 'A'.repeat(1024 * 1024);

/** Texts that have hurt parsers and renderers before. */
const NASTY_TEXTS = [
  '',
  ' ',
  '\u0000',
  '\u202Eevil',
  '\u200B\u200Bstart',
  '<at>Advisor</at>',
  '<script>alert(1)</script>',
  '${root.secret}',
  '{{x}}',
  '%s%s%n',
  '../../etc/passwd',
  'start'.repeat(500),
  '🙂'.repeat(300),
  'answer 999',
  'back back back',
  'taal klingon',
  'language 🙂',
  'instructions nothing-like-this',
  'compare',
  'tasks',
  'cancel',
  'restart',
  'help',
  'settings',
  'advies',
  'how do I enroll my device?',
  'A'.repeat(5000),
  'x'.repeat(200_000),
] as const;

const ACTIVITY_TYPES = ['foo', 'event', 'typing', 'endOfConversation', 'deleteUserData', 'messageReaction', 'messageUpdate', 'messageDelete', 'conversationUpdate', 'installationUpdate', 'trace', 'handoff', 'MESSAGE', ' message'] as const;

const INVOKE_NAMES = [
  'adaptiveCard/action',
  'composeExtension/query',
  'composeExtension/selectItem',
  'composeExtension/submitAction',
  'composeExtension/fetchTask',
  'composeExtension/queryLink',
  'task/fetch',
  'task/submit',
  'signin/verifyState',
  'signin/tokenExchange',
  'fileConsent/invoke',
  'actionableMessage/executeAction',
  'config/fetch',
  'tab/fetch',
  'healthCheck',
  'x/y',
  '',
  '../../admin',
] as const;

const POLLUTION_JSON = [
  '"__proto__":{"polluted":"yes","isAdmin":true}',
  '"constructor":{"prototype":{"polluted":"yes"}}',
  '"prototype":{"polluted":"yes"}',
] as const;

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** A value of a random JSON type, sometimes large, sometimes nested. */
function junk(random: () => number, depth = 0): unknown {
  const r = random();
  if (r < 0.12) return null;
  if (r < 0.24) return Math.floor(random() * 1e9) * (random() < 0.5 ? -1 : 1);
  if (r < 0.32) return random() < 0.5;
  if (r < 0.5) return pick(random, NASTY_TEXTS).slice(0, 3000);
  if (r < 0.6) return 1e308 * 10;
  if (depth > 2) return 'deep';
  if (r < 0.8) return Array.from({ length: Math.floor(random() * 4) }, () => junk(random, depth + 1));
  const o: Record<string, unknown> = {};
  for (let i = 0; i < 3; i++) o[pick(random, ['a', 'type', 'id', 'value', 'verb', 'toString', 'valueOf', 'hasOwnProperty'])] = junk(random, depth + 1);
  return o;
}

/** A card submit value: a real verb (or not) with tampered, foreign or missing fields. */
function tamperedSubmit(random: () => number, targets: Targets): Record<string, unknown> {
  const verbs = [...Object.values(VERBS), 'delete', 'admin', '', 'ANSWER', '__proto__'];
  const question = random() < 0.6 ? pick(random, QUESTION_IDS) : pick(random, ['notAQuestion', '', '__proto__', 'constructor', 'ownership ']);
  const known = QUESTION_IDS.find((q) => q === question);
  const values = random() < 0.5 && known !== undefined ? [...QUESTION_VALUES[known], 'unknown'] : ['yes', 'no', 'maybe', '', 'unknown', '💥'];
  const value: Record<string, unknown> = {
    verb: pick(random, verbs),
    question,
    value: random() < 0.8 ? pick(random, values) : junk(random),
    flow: random() < 0.3 ? targets.victimFlowId : random() < 0.5 ? 'flow-of-nobody' : junk(random),
  };
  if (random() < 0.3) value.answers = random() < 0.5 ? { ownership: 'organization', __proto__x: 1, [pick(random, QUESTION_IDS)]: 'bogus' } : junk(random);
  if (random() < 0.2) value.lang = pick(random, ['en', 'nl', 'fr', '', 42]);
  if (random() < 0.2) value.set = pick(random, ['autopilot-user-driven', 'nothing', '../x', 7]);
  if (random() < 0.15) value.tenantId = 'another-tenant';
  if (random() < 0.1) delete value.verb;
  return value;
}

/** A well-formed Teams message activity (number `n`) in a fresh conversation of its own. */
function baseActivity(random: () => number, targets: Targets, n: number): Record<string, unknown> {
  return {
    type: 'message',
    id: `fuzz-${n}`,
    channelId: 'msteams',
    serviceUrl: targets.serviceUrl,
    from: { id: `fuzz-user-${n % 17}`, aadObjectId: random() < 0.5 ? '00000000-0000-4000-8000-00000000beef' : undefined },
    recipient: { id: 'bot-1', name: 'Advisor' },
    conversation: { id: `fuzz-conv-${n}`, conversationType: pick(random, ['personal', 'personal', 'groupChat', 'channel', 'weird']), tenantId: 'fuzz-tenant' },
    channelData: { tenant: { id: random() < 0.9 ? 'fuzz-tenant' : 'another-tenant' } },
    locale: pick(random, ['en-US', 'nl-NL', 'nl-BE', 'xx', '', 'en-US\u0000']),
  };
}

function post(category: string, path: string, body: unknown, extra: Partial<HostileRequest> = {}, headers: Record<string, string> = JSON_TYPE): HostileRequest {
  return { category, method: 'POST', path, headers, body: typeof body === 'string' ? body : JSON.stringify(body), ...extra };
}

type Generator = (random: () => number, targets: Targets, n: number) => HostileRequest;

/** Each category of hostile input, as a generator of one request. */
const GENERATORS: Readonly<Record<string, Generator>> = {
  'invalid JSON': (random) =>
    post('invalid JSON', pick(random, ['/api/messages', '/api/next', '/api/recommend']), pick(random, ['{', '[1,2', '{"type":"message",}', "{'type':'message'}", 'undefined', 'NaN', '\u0000\u0001', '\uFEFF{}x', '{"a":1}{"b":2}', '', '{"type":"message","text":"\\ud800"'])),
  'JSON that is not an object': (random) => post('JSON that is not an object', pick(random, ['/api/messages', '/api/next', '/api/recommend']), pick(random, ['null', '"message"', '42', 'true', '[]', '[{"type":"message"}]', '[[[]]]'])),
  'missing fields': (random, targets, n) => {
    const a = baseActivity(random, targets, n);
    a.text = 'start';
    delete a[pick(random, ['type', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient', 'id'])];
    return post('missing fields', '/api/messages', a);
  },
  'mistyped fields': (random, targets, n) => {
    const a = baseActivity(random, targets, n);
    a.text = 'help';
    a[pick(random, ['type', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient', 'id', 'text', 'locale', 'entities', 'attachments', 'membersAdded', 'channelData', 'value', 'replyToId', 'timestamp'])] = junk(random);
    return post('mistyped fields', '/api/messages', a);
  },
  'huge texts': (random, targets, n) => {
    const a = baseActivity(random, targets, n);
    const big = random() < 0.5;
    a.text = big ? ONE_MB : 'y'.repeat(200_000);
    // In group chats and channels the bot answers only when @mentioned; a personal chat must get an answer.
    (a.conversation as Record<string, unknown>).conversationType = 'personal';
    return post('huge texts', '/api/messages', a, big ? {} : { conversationId: (a.conversation as { id: string }).id, expectsReply: true });
  },
  'nasty message texts': (random, targets, n) => {
    const a = baseActivity(random, targets, n);
    a.text = pick(random, NASTY_TEXTS);
    (a.conversation as Record<string, unknown>).conversationType = 'personal';
    return post('nasty message texts', '/api/messages', a, { conversationId: (a.conversation as { id: string }).id, expectsReply: true });
  },
  'unknown activity types': (random, targets, n) => {
    const a = baseActivity(random, targets, n);
    a.type = pick(random, ACTIVITY_TYPES);
    if (random() < 0.5) a.membersAdded = [{ id: 'bot-1' }, { id: 'someone' }];
    if (random() < 0.3) a.action = pick(random, ['add', 'remove', 'weird', 42]);
    if (random() < 0.3) a.value = junk(random);
    return post('unknown activity types', '/api/messages', a);
  },
  'invokes': (random, targets, n) => {
    const a = baseActivity(random, targets, n);
    a.type = 'invoke';
    a.name = pick(random, INVOKE_NAMES);
    a.value = random() < 0.5 ? { commandId: pick(random, ['searchInstructions', 'nope', '']), parameters: [{ name: 'searchText', value: pick(random, NASTY_TEXTS).slice(0, 500) }], queryOptions: { skip: junk(random), count: junk(random) } } : junk(random);
    return post('invokes', '/api/messages', a);
  },
  'tampered card submits': (random, targets, n) => {
    const a = baseActivity(random, targets, n);
    a.value = tamperedSubmit(random, targets);
    (a.conversation as Record<string, unknown>).conversationType = 'personal';
    if (random() < 0.3) a.replyToId = pick(random, targets.victimActivityIds);
    return post('tampered card submits', '/api/messages', a, { conversationId: (a.conversation as { id: string }).id, expectsReply: true });
  },
  'prototype pollution': (random, targets, n) => {
    const a = baseActivity(random, targets, n);
    const where = pick(random, ['top', 'value', 'channelData', 'from', 'answers']);
    const key = pick(random, POLLUTION_JSON);
    const json = JSON.stringify(a).slice(0, -1);
    if (where === 'top') return post('prototype pollution', '/api/messages', `${json},"text":"help",${key}}`);
    if (where === 'answers') return post('prototype pollution', pick(random, ['/api/next', '/api/recommend']), `{"answers":{"ownership":"organization",${key}},"lang":"en"}`);
    return post('prototype pollution', '/api/messages', `${json},"${where}":{"verb":"answer","question":"ownership","value":"organization",${key}}}`);
  },
  'dead serviceUrl': (random, targets, n) => {
    const a = baseActivity(random, targets, n);
    a.serviceUrl = pick(random, [targets.deadServiceUrl, 'javascript:alert(1)', 'file:///etc/passwd', 'ftp://x', 'http://', `${targets.serviceUrl}/../../admin`]);
    a.text = 'help';
    return post('dead serviceUrl', '/api/messages', a);
  },
  'wrong headers': (random, targets, n) => {
    const a = baseActivity(random, targets, n);
    a.text = 'help';
    const headers = pick<Record<string, string>>(random, [
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      { 'content-type': 'multipart/form-data; boundary=x' },
      { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      {},
    ]);
    return post('wrong headers', pick(random, ['/api/messages', '/api/next']), a, {}, headers);
  },
  'advisor API abuse': (random) => {
    const r = random();
    if (r < 0.25) return { category: 'advisor API abuse', method: 'GET', path: `/api/questions?lang=${encodeURIComponent(pick(random, ['en', 'nl', 'fr', '', '__proto__', '🙂', 'en&lang=nl']))}`, headers: {} };
    if (r < 0.35) return { category: 'advisor API abuse', method: pick(random, ['PUT', 'DELETE', 'PATCH', 'OPTIONS']), path: pick(random, ['/api/next', '/api/recommend', '/api/messages', '/api/questions']), headers: JSON_TYPE, body: '{}' };
    if (r < 0.45) return { category: 'advisor API abuse', method: 'GET', path: pick(random, ['/api/../etc/passwd', '/api/%00', '/api/%E0%A4%A', '/api/questions/../../x', '/api/' + 'a'.repeat(3000), '/api/next?answers[__proto__]=1']), headers: {} };
    const answers: Record<string, unknown> = {};
    for (const q of QUESTION_IDS) {
      if (random() < 0.5) continue;
      answers[q] = random() < 0.7 ? pick(random, [...QUESTION_VALUES[q], 'unknown']) : junk(random);
    }
    if (random() < 0.2) answers[pick(random, ['notAQuestion', 'toString', 'hasOwnProperty'])] = 'yes';
    const body: Record<string, unknown> = { answers: random() < 0.9 ? answers : junk(random) };
    if (random() < 0.5) body.lang = pick(random, ['en', 'nl', 'de', null, 7]);
    if (random() < 0.1) body.extra = true;
    return post('advisor API abuse', pick(random, ['/api/next', '/api/recommend']), body);
  },
};

/** The generator categories, for the report. */
export const CATEGORIES = Object.keys(GENERATORS);

/** `count` hostile requests, round-robin over the categories, all decided by `seed`. */
export function hostileRequests(count: number, seed: number, targets: Targets): HostileRequest[] {
  const random = prng(seed);
  const generators = Object.values(GENERATORS);
  return Array.from({ length: count }, (_, i) => {
    const generate = generators[i % generators.length];
    if (generate === undefined) throw new Error('no generator');
    return generate(random, targets, i + 1);
  });
}
