import { noteName, type NameFindings } from './pdf-names.ts';

const DELIMITERS = new Set([...'()<>[]{}/%'].map((char) => char.charCodeAt(0)));
const isDelimiterOrSpace = (code: number) => code <= 0x20 || DELIMITERS.has(code);

function skipString(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\\') i += 1;
    else if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * Second net, independent of the parser: a lexical pass over PDF syntax (the file, or the decoded body of
 * an object stream) that reads every name token outside strings, comments and stream data, so that an
 * object the parser did not keep (an older revision, a damaged region a viewer would repair) is still seen.
 */
export function scanPdfSyntax(bytes: Uint8Array, findings: NameFindings): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x28 /* ( */) {
      i = skipString(text, i);
    } else if (code === 0x25 /* % */) {
      while (i < text.length && text[i] !== '\r' && text[i] !== '\n') i += 1;
    } else if (code === 0x2f /* / */) {
      let end = i + 1;
      while (end < text.length && !isDelimiterOrSpace(text.charCodeAt(end))) end += 1;
      noteName(findings, text.slice(i + 1, end));
      i = end;
    } else if (text.startsWith('stream', i) && (i === 0 || isDelimiterOrSpace(text.charCodeAt(i - 1))) && /[\r\n]/.test(text[i + 6] ?? '')) {
      // Stream data is binary (often compressed): random bytes would look like names now and then.
      const end = text.indexOf('endstream', i + 6);
      i = end < 0 ? text.length : end + 'endstream'.length;
    } else {
      i += 1;
    }
  }
}
