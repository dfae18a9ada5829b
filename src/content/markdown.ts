/**
 * ASCII punctuation that Markdown (the subset Teams renders in Adaptive Card TextBlocks) can read as formatting in
 * the middle of a line: links and images ([ ] ( ) !), emphasis (* _ ~), code (`), autolinks (< >), headings (#),
 * tables (|), and the backslash itself. Echoed text never starts a line, so list markers need no escape.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()<>#!|~]/g;

/**
 * User text made safe to echo inside a Markdown text: every character Markdown could read as formatting is
 * backslash-escaped (CommonMark 0.31, "Backslash escapes": any ASCII punctuation may be escaped) and line breaks
 * become spaces, so `[Re-enroll here](https://evil.example)` shows as typed and never as a link in the bot's card.
 */
export function escapeMarkdown(text: string): string {
  return String(text).replace(/[\r\n]+/g, ' ').replace(MARKDOWN_PUNCTUATION, (ch) => `\\${ch}`);
}
