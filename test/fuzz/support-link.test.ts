import { parseSettingsForm } from '../../src/settings/validate';

/** The support link the form stores for `entered`, or undefined when it is refused. */
function stored(entered: string): string | undefined {
  const result = parseSettingsForm({ supportUrl: entered });
  return 'settings' in result ? result.settings.supportUrl : undefined;
}

describe('item 10: the support link is normalized, then only an https link to a host is allowed', () => {
  test.each([
    ['mailto: in angle brackets', '<mailto:helpdesk@contoso.com>'],
    ['msteams: in angle brackets', '<msteams:/l/chat/0/0?users=x>'],
    ['https then mailto in angle brackets', 'https://help.contoso.com/<mailto:x@y.z>'],
    ['nested Markdown brackets', 'https://help.contoso.com/[x](mailto:x@y.z)'],
    ['a parenthesis that closes a Markdown link', 'https://help.contoso.com/a)[evil](https://evil.example'],
    ['a quote that ends an attribute', 'https://help.contoso.com/"onmouseover="x'],
    ['a space and another scheme', 'https://help.contoso.com msteams:/l/chat'],
    ['a backslash host trick', 'https://help.contoso.com\\@evil.example'],
    ['credentials', 'https://user:pass@help.contoso.com'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<b>x</b>'],
  ])('%s is refused', (_name, entered) => {
    expect(stored(entered)).toBeUndefined();
  });

  test.each([
    ['a zero-width space inside https:', 'ht\u200Btps://help.contoso.com', 'https://help.contoso.com'],
    ['a zero-width joiner in the host', 'https://help.con\u200Dtoso.com/enroll', 'https://help.contoso.com/enroll'],
    ['a bidi override', 'https://help.contoso.com/\u202Emoc.live', 'https://help.contoso.com/moc.live'],
    ['a byte-order mark', '\uFEFFhttps://help.contoso.com', 'https://help.contoso.com'],
    ['full-width letters', 'ｈｔｔｐｓ://help.contoso.com', 'https://help.contoso.com'],
  ])('%s is removed or folded: what is stored is exactly what is shown', (_name, entered, expected) => {
    expect(stored(entered)).toBe(expected);
  });

  test.each([
    ['a C1 control', 'https://help.contoso.com/\u0085x'],
    ['a C0 control', 'https://help.contoso.com/\u0007x'],
  ])('%s becomes a space, so the link is refused', (_name, entered) => {
    expect(stored(entered)).toBeUndefined();
  });

  test.each([
    'https://help.contoso.com',
    'https://help.contoso.com/enroll?lang=nl#windows',
    'https://help.contoso.com:8443/a/b-c_d~e%20f',
  ])('%s is kept as it is', (entered) => {
    expect(stored(entered)).toBe(entered);
  });

  test('the organization name loses bidi overrides and zero-width characters too', () => {
    const result = parseSettingsForm({ organizationName: 'Con\u202Etoso\u200B B.V.' });
    expect('settings' in result ? result.settings.organizationName : undefined).toBe('Contoso B.V.');
  });
});
