/**
 * Locating JSON syntax errors. `JSON.parse` on Node 20 reports a position for some errors ("... in JSON at
 * position 5"), none for others ("Unexpected token ',', ... is not valid JSON"). This small strict RFC 8259
 * scanner finds the offset of the first syntax error itself so messages can always say line:column.
 */

/** Offset of the first JSON syntax error in `text` (text.length for an unexpected end), or null when valid. */
export function findJsonSyntaxError(text: string): number | null {
  let i = 0;
  const n = text.length;

  class Fail {
    constructor(readonly at: number) {}
  }
  const fail = (at: number): never => {
    throw new Fail(at);
  };
  const ws = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
  const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

  const literal = (word: string): void => {
    for (let k = 0; k < word.length; k++) {
      if (i >= n || text[i] !== word[k]) fail(i);
      i++;
    }
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= n) fail(n);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail(i);
      if (c === 0x5c) {
        i++;
        if (i >= n) fail(n);
        const e = text[i];
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (i + k >= n) fail(n);
            if (!isHex(text.charCodeAt(i + k))) fail(i + k);
          }
          i += 5;
        } else if ('"\\/bfnrt'.includes(e)) {
          i++;
        } else {
          fail(i);
        }
      } else {
        i++;
      }
    }
  };
  const digits = (): void => {
    if (i >= n) fail(n);
    if (!isDigit(text.charCodeAt(i))) fail(i);
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  };
  const number = (): void => {
    if (text[i] === '-') i++;
    if (i >= n) fail(n);
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const value = (): void => {
    ws();
    if (i >= n) fail(n);
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (i >= n) fail(n);
        if (text[i] !== '"') fail(i);
        string();
        ws();
        if (i >= n) fail(n);
        if (text[i] !== ':') fail(i);
        i++;
        value();
        ws();
        if (i >= n) fail(n);
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(i);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (i >= n) fail(n);
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(i);
      }
    }
    if (c === '"') return string();
    if (c === '-' || isDigit(text.charCodeAt(i))) return number();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    fail(i);
  };

  try {
    value();
    ws();
    if (i < n) fail(i);
    return null;
  } catch (e) {
    if (e instanceof Fail) return e.at;
    return null; // e.g. stack overflow on absurd nesting: no position
  }
}

/** 1-based line and column (in UTF-16 code units) of `offset` in `text`; lines end at "\n". */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let k = 0; k < end; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
