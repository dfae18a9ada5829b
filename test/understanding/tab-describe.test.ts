import { describedStart } from '../../src/tab/describe';
import { answersBody } from '../../src/tab/wizard';

describe('the tab\u2019s "describe your situation" box', () => {
  test.each([
    ['en', 'company-owned, hybrid joined, we keep SCCM, 300 new laptops', /^I understood: organization-owned · hybrid joined · Configuration Manager stays · about 300 devices \(bulk\) · new devices/],
    ['nl', 'bedrijfseigendom, hybride gekoppeld, we houden SCCM, 300 nieuwe laptops', /^Ik begreep: bedrijfseigendom · hybride gekoppeld · Configuration Manager blijft/],
  ] as const)('%s: a description becomes the wizard\u2019s answers and an "I understood" line', (lang, text, line) => {
    const started = describedStart(text, lang);
    expect(answersBody(started.state)).toEqual({ ownership: 'organization', identity: 'hybrid', configMgr: 'keep', volume: 'bulk', deviceAge: 'new' });
    expect(started.note).toMatch(line);
  });

  test('a bare "E3" answers nothing and asks which licence it is', () => {
    const started = describedStart('we have E3', 'en');
    expect(answersBody(started.state)).toEqual({});
    expect(started.note).toMatch(/Microsoft 365.*Office 365/);
  });

  test.each(['en', 'nl'] as const)('%s: a description with nothing usable says so and starts the questions', (lang) => {
    const started = describedStart('the weather is nice', lang);
    expect(answersBody(started.state)).toEqual({});
    expect(started.note).toMatch(lang === 'nl' ? /niets/ : /did not find/);
  });
});
