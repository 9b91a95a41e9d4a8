/** Human formatting of metric values, shared by the CLI tables and the Markdown reports. */
import { formatFixed } from '../number-format.js';
import { METRIC_BY_KEY, type MetricKey } from './definitions.js';

/** The non-breaking space that joins a number to its unit in reports (a table cell never wraps between them). */
export const NBSP = '\u00a0';

/** A number with 4 significant digits, grouped thousands ("18,800", "871.5", "0.2778"), no exponent for everyday magnitudes. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs === 0) return '0';
  if (abs >= 1e15 || abs < 1e-4) return x.toExponential(3);
  if (abs >= 10_000) {
    const step = 10 ** (Math.floor(Math.log10(abs)) - 3);
    return formatFixed(Math.round(x / step) * step, 0);
  }
  const digits = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 10 ? 2 : abs >= 1 ? 3 : Math.min(6, 3 - Math.floor(Math.log10(abs)));
  return formatFixed(x, digits);
}

/** A metric's value with its unit ("12.35 ms", "yes", "n/a"); `space` joins them (NBSP in Markdown and HTML). */
export function formatMetric(key: MetricKey, value: number | boolean | null, space = ' '): string {
  if (value === null) return 'n/a';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const unit = METRIC_BY_KEY.get(key)?.unit ?? '';
  return unit ? `${formatNumber(value)}${space}${unit}` : formatNumber(value);
}

/** A signed percentage ("+1.23%", "−0.50%", "0%"). */
export function formatSignedPercent(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return 'n/a';
  if (fraction === 0) return '0%';
  const pct = fraction * 100;
  const digits = Math.abs(pct) >= 10 ? 1 : 2;
  const text = Math.abs(pct).toFixed(digits);
  if (Number(text) === 0) return pct > 0 ? '+<0.01%' : '−<0.01%';
  return `${pct > 0 ? '+' : '−'}${text}%`;
}

/** An error band ("±14%"), from a fraction. */
export function formatBand(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '';
  return `±${Math.round(fraction * 100)}%`;
}
