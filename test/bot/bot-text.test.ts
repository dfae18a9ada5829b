import { botText, COMMAND_IDS, COMMAND_WORDS, type BotText } from '../../src/content/bot';

/** Every message of `texts` as [path, rendered text]; functions are called with sample arguments. */
function allTexts(texts: BotText): [string, string][] {
  const out: [string, string][] = [];
  const visit = (node: unknown, path: string): void => {
    if (typeof node === 'string') out.push([path, node]);
    else if (typeof node === 'function') out.push([path, String((node as (...args: unknown[]) => unknown)(4, 'Which Windows version do the devices run?'))]);
    else if (typeof node === 'object' && node !== null) for (const [k, v] of Object.entries(node)) visit(v, path === '' ? k : `${path}.${k}`);
  };
  visit(texts, '');
  return out;
}

const EN = new Map(allTexts(botText('en')));
const NL = new Map(allTexts(botText('nl')));

describe('the bot\u2019s own messages', () => {
  test('English and Dutch have the same messages', () => {
    expect([...NL.keys()]).toEqual([...EN.keys()]);
    expect(EN.size).toBeGreaterThan(30);
  });

  test.each([...EN.keys()])('%s is filled in, in both languages, and Dutch is a translation', (key) => {
    const en = EN.get(key) ?? '';
    const nl = NL.get(key) ?? '';
    for (const text of [en, nl]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/\$\{|undefined|\[object|NaN/);
      expect(text.length).toBeLessThanOrEqual(400);
    }
    expect(nl).not.toBe(en);
  });

  test('numbers are written the local way ("4,000" / "4.000")', () => {
    expect(botText('en').tooLong.text(4000)).toContain('4,000');
    expect(botText('nl').tooLong.text(4000)).toContain('4.000');
  });

  test('no word starts two different commands', () => {
    const owners = new Map<string, string>();
    for (const id of COMMAND_IDS) {
      for (const word of COMMAND_WORDS[id]) {
        expect(owners.get(word) ?? id).toBe(id);
        owners.set(word, id);
      }
    }
  });
});
