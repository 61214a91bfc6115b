/**
 * IP address checks as swift does them with inet_pton/inet_ntop (glibc's canonical IPv6 text).
 */
import { PyValueError } from './pyformat';

export function isValidIpv4(ip: string): boolean {
  const parts = ip.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

/** The eight 16-bit words of an IPv6 address, or null when inet_pton would refuse it. */
function ipv6Words(ip: string): number[] | null {
  let text = ip;
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.slice(lastColon + 1).includes('.')) {
    const v4 = text.slice(lastColon + 1);
    if (!isValidIpv4(v4)) {
      return null;
    }
    const [a = 0, b = 0, c = 0, d = 0] = v4.split('.').map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) {
    return null;
  }
  const parse = (s: string): number[] | null => {
    if (s === '') {
      return [];
    }
    const groups = s.split(':');
    if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) {
      return null;
    }
    return groups.map((g) => parseInt(g, 16));
  };
  const head = parse(halves[0] as string);
  const rest = halves.length === 2 ? parse(halves[1] as string) : [];
  if (!head || !rest) {
    return null;
  }
  const given = head.length + rest.length;
  if (halves.length === 2) {
    if (given > 7) {
      return null;
    }
    return [...head, ...new Array<number>(8 - given).fill(0), ...rest];
  }
  return given === 8 ? head : null;
}

export function isValidIpv6(ip: string): boolean {
  return ipv6Words(ip) !== null;
}

/** swift's expand_ipv6: inet_ntop(inet_pton(address)), glibc's canonical text. */
export function expandIpv6(ip: string): string {
  const words = ipv6Words(ip);
  if (!words) {
    throw new PyValueError(`illegal IP address string passed to inet_pton`);
  }
  let bestBase = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (words[i] === 0) {
      let j = i;
      while (j < 8 && words[j] === 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestBase = i;
        bestLen = j - i;
      }
      i = j;
    } else {
      i++;
    }
  }
  if (bestLen < 2) {
    bestBase = -1;
  }
  const w = (i: number): number => words[i] as number;
  if (
    bestBase === 0 &&
    (bestLen === 6 || (bestLen === 7 && w(7) !== 1) || (bestLen === 5 && w(5) === 0xffff))
  ) {
    const v4 = [w(6) >> 8, w(6) & 255, w(7) >> 8, w(7) & 255].join('.');
    return (bestLen === 5 ? '::ffff:' : '::') + v4;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestBase) {
      out += i === 0 ? '::' : ':';
      i += bestLen - 1;
      continue;
    }
    out += w(i).toString(16) + (i < 7 ? ':' : '');
  }
  return out;
}

export function validateAndNormalizeIp(ip: string): string {
  const lower = ip.toLowerCase();
  if (isValidIpv4(lower)) {
    return lower;
  }
  if (isValidIpv6(lower)) {
    return expandIpv6(lower);
  }
  throw new PyValueError(`Invalid ip ${ip}`);
}

function isValidHostname(hostname: string): boolean {
  if (hostname.length < 1 || hostname.length > 255) {
    return false;
  }
  const name = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
  return name.split('.').every((x) => /^(?!-)[A-Z\d-]{1,63}(?<!-)$/i.test(x));
}

export function validateAndNormalizeAddress(address: string): string {
  const inner = address.replace(/^\[+/, '').replace(/\]+$/, '');
  if (address.startsWith('[') && address.endsWith(']')) {
    return validateAndNormalizeIp(inner);
  }
  const lower = inner.toLowerCase();
  if (isValidIpv4(lower)) {
    return lower;
  }
  if (isValidIpv6(lower)) {
    return expandIpv6(lower);
  }
  if (isValidHostname(lower)) {
    return lower;
  }
  throw new PyValueError(`Invalid address ${address}`);
}
