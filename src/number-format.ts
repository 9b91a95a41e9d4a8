/**
 * Numbers as en-US text (grouped thousands, a point, no trailing zeros) without Intl: the first use of
 * Intl.NumberFormat or toLocaleString loads ICU's locale data, about 25 ms of every run's start that printed a
 * count or a metric (docs/performance.md). The output is the one `new Intl.NumberFormat('en-US',
 * { maximumFractionDigits })` gives, which test/number-format.test.ts checks against Intl itself: ICU rounds the
 * shortest decimal form of the double (what `String(x)` writes) half away from zero, and so does this.
 */

/** Digits with a comma every three from the right ("18800" → "18,800"). */
export function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** A count with grouped thousands ("1,000", "-12,345"); a number that is not a safe integer as String(n). */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  return n < 0 ? `-${groupThousands(String(-n))}` : groupThousands(String(n));
}

/**
 * `x` with at most `digits` fraction digits (0–20): rounded half away from zero on its shortest decimal form,
 * trailing zeros dropped, thousands grouped, "-" before negative numbers (and negative zero), like
 * `Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits })`.
 */
export function formatFixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return 'NaN';
  const negative = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) return negative ? '-∞' : '∞';
  let text = String(Math.abs(x));
  // Magnitudes String() writes with an exponent (at least 1e21, below 1e-6) in positional form first.
  if (text.includes('e')) text = positional(Math.abs(x));
  const dot = text.indexOf('.');
  let int = dot < 0 ? text : text.slice(0, dot);
  let frac = dot < 0 ? '' : text.slice(dot + 1);
  if (frac.length > digits) {
    const up = frac.charCodeAt(digits) >= 53; // '5' or more: half or more away from zero
    frac = frac.slice(0, digits);
    if (up) {
      const rounded = increment(int + frac);
      int = rounded.slice(0, rounded.length - frac.length);
      frac = rounded.slice(rounded.length - frac.length);
    }
  }
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
  frac = frac.slice(0, end);
  return `${negative ? '-' : ''}${groupThousands(int)}${frac ? `.${frac}` : ''}`;
}

/** A decimal digit string plus one in its last place ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  const d = digits.split('');
  let i = d.length - 1;
  while (i >= 0 && d[i] === '9') d[i--] = '0';
  if (i < 0) d.unshift('1');
  else d[i] = String.fromCharCode(d[i].charCodeAt(0) + 1);
  return d.join('');
}

/** The shortest decimal form of a positive finite `x` without an exponent ("1e-7" → "0.0000001", "1e21" → "1000…0"). */
function positional(x: number): string {
  const [mantissa, exp] = String(x).split('e');
  const e = Number(exp);
  const [whole, fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + e;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}
