// Text from input files and file names reaches the terminal. A terminal obeys control
// characters (ESC[2J clears the screen, a newline starts a forged line of output), and the
// bidirectional overrides reorder what the reader sees; so none of them is printed raw.

/**
 * C0 controls (tab and newline included: a term or name never legitimately holds them), DEL,
 * the C1 controls (U+009B is a one-character CSI on many terminals), the line/paragraph
 * separators and the bidirectional embedding, override and isolate characters.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const HAS_UNSAFE = new RegExp(UNSAFE.source);

const escapeChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The text with every unsafe character written as a visible \uXXXX escape. */
export function printable(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/**
 * A file name as messages print it: as given when it is plain, JSON-quoted (with the unsafe
 * characters escaped) when it holds anything that could pass for the message's own structure
 * (a control character, a quote or a backslash), so one message is always exactly one line.
 */
export function displayName(name: string): string {
  if (!HAS_UNSAFE.test(name) && !/["\\]/.test(name)) return name;
  return printable(JSON.stringify(name));
}

/**
 * A JSON line safe for a terminal: JSON.stringify escapes C0 controls but leaves DEL, C1 and
 * the bidirectional characters raw. They can only occur inside strings, where a \uXXXX escape
 * parses back to the same character, so the data is unchanged.
 */
export function printableJson(line: string): string {
  return line.replace(UNSAFE, escapeChar);
}
