/**
 * Python's text conventions, so that our output matches swift-ring-builder byte for byte:
 * `%`-formatting, float `repr`, `str(timedelta)` and `int()`/`float()` parsing with Python's
 * own error messages.
 */
import { ValidationError } from '../errors';
import { PyTypeError } from './errors';

/** Python's ValueError: swift's CLI prints its message and exits 2. */
export class PyValueError extends ValidationError {}

/** `repr(float)`: shortest round-trip digits, exponent outside 1e-4 ≤ |x| < 1e16. */
export function pyFloat(n: number): string {
  if (Number.isNaN(n)) {
    return 'nan';
  }
  if (!Number.isFinite(n)) {
    return n > 0 ? 'inf' : '-inf';
  }
  if (n === 0) {
    return Object.is(n, -0) ? '-0.0' : '0.0';
  }
  const [mantissa = '', expText = '0'] = n.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const text = String(n);
  return text.includes('.') ? text : text + '.0';
}

/** `'%.Nf' % x`: correctly rounded, ties to even like Python (JS's toFixed rounds ties up). */
export function pyFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) {
    return pyFloat(x);
  }
  const scaled = Math.abs(x) * 10 ** digits;
  const floor = Math.floor(scaled);
  const isTie = scaled - floor === 0.5 && (floor + 0.5) / 10 ** digits === Math.abs(x);
  if (isTie && floor % 2 === 0) {
    const sign = x < 0 || Object.is(x, -0) ? '-' : '';
    return sign + (floor / 10 ** digits).toFixed(digits);
  }
  const text = x.toFixed(digits);
  return Object.is(x, -0) ? '-' + text : text;
}

/** `repr(str)` for the ASCII strings swift quotes in its messages. */
export function pyRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  const escaped = value.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), '\\' + quote);
  return quote + escaped + quote;
}

export type PyArg = string | number;

/**
 * Python's `fmt % args` for the conversions swift uses: %s %d %f %r %% with `-` and width.
 * Numbers given to %s print as integers: pass floats through {@link pyFloat} first.
 */
export function sprintf(fmt: string, ...args: PyArg[]): string {
  let next = 0;
  return fmt.replace(
    /%(-?)(0?)(\d*)(?:\.(\d+))?([sdfr%])/g,
    (_m, left, zero, width, prec, conv) => {
      if (conv === '%') {
        return '%';
      }
      const arg = args[next++];
      if (arg === undefined) {
        throw new PyTypeError('not enough arguments for format string');
      }
      let text: string;
      if (conv === 'd') {
        text = String(Math.trunc(Number(arg)));
      } else if (conv === 'f') {
        text = pyFixed(Number(arg), prec === undefined ? 6 : Number(prec));
      } else if (conv === 'r') {
        text = typeof arg === 'string' ? pyRepr(arg) : pyFloat(arg);
      } else {
        text = String(arg);
      }
      const w = width ? Number(width) : 0;
      if (left) {
        return text.padEnd(w);
      }
      if (zero && conv !== 's') {
        const negative = text.startsWith('-');
        const digits = negative ? text.slice(1) : text;
        return (negative ? '-' : '') + digits.padStart(w - (negative ? 1 : 0), '0');
      }
      return text.padStart(w);
    },
  );
}

/** `str(timedelta(seconds=n))`. */
export function pyTimedelta(totalSeconds: number): string {
  const seconds = Math.floor(totalSeconds);
  const days = Math.floor(seconds / 86400);
  const rest = seconds - days * 86400;
  const h = Math.floor(rest / 3600);
  const m = Math.floor((rest % 3600) / 60);
  const s = rest % 60;
  const clock = `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return days ? `${days} day${Math.abs(days) === 1 ? '' : 's'}, ${clock}` : clock;
}

/** Python's `int(text)`. */
export function pyInt(text: string): number {
  const trimmed = text.trim().replace(/(?<=\d)_(?=\d)/g, '');
  if (!/^[+-]?\d+$/.test(trimmed)) {
    throw new PyValueError(`invalid literal for int() with base 10: ${pyRepr(text)}`);
  }
  return Number(trimmed);
}

/** Python's `float(text)`. */
export function pyParseFloat(text: string): number {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/(?<=\d)_(?=\d)/g, '');
  const special: Record<string, number> = {
    inf: Infinity,
    '+inf': Infinity,
    '-inf': -Infinity,
    infinity: Infinity,
    '+infinity': Infinity,
    '-infinity': -Infinity,
    nan: NaN,
    '+nan': NaN,
    '-nan': NaN,
  };
  if (t in special) {
    return special[t] as number;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) {
    throw new PyValueError(`could not convert string to float: ${pyRepr(text)}`);
  }
  return Number(t);
}
