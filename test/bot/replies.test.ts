import { escapeMarkdownLine, plainTextMessage } from '../../src/bot/replies';

describe('the e-mail copy of the instructions in chat', () => {
  test.each([
    { name: 'a step number stays a number, not a list', line: '1. Open Settings > Accounts.', escaped: '1\\. Open Settings > Accounts.' },
    { name: 'a heading or quote marker at the start stays text', line: '# Steps', escaped: '\\# Steps' },
    { name: 'a leading quote marker stays text', line: '> note', escaped: '\\> note' },
    { name: 'a leading dash stays text', line: '- item', escaped: '\\- item' },
    { name: 'emphasis and code characters stay text', line: 'type *exactly* user_name `x`', escaped: 'type \\*exactly\\* user\\_name \\`x\\`' },
    { name: 'link brackets and HTML stay text', line: 'see [here] <b>', escaped: 'see \\[here\\] \\<b>' },
    { name: 'ordinary text is unchanged', line: 'Sign in with your work account.', escaped: 'Sign in with your work account.' },
  ])('$name', ({ line, escaped }) => {
    expect(escapeMarkdownLine(line)).toBe(escaped);
  });

  test('every line becomes its own paragraph, blank lines are not repeated, and it is sent as markdown', () => {
    const message = plainTextMessage('Title\n\nIntro\nSteps:\n1. First\n2. Second\n');
    expect(message.textFormat).toBe('markdown');
    expect(message.text).toBe('Title\n\nIntro\n\nSteps:\n\n1\\. First\n\n2\\. Second');
  });
});
