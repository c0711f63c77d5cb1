/**
 * IP address condition operators: IpAddress and NotIpAddress. Policy values are IPv4 or IPv6 CIDR blocks
 * (`203.0.113.0/24`, `2001:DB8:1234:5678::/64`); a bare address means /32 (IPv4) or /128 (IPv6). Host
 * bits set below the prefix are ignored. IPv4 never matches IPv6 (no IPv4-mapped translation). No policy
 * variables. An invalid CIDR is an error and the condition never matches.
 */
import type { OperatorDef, ValueProblem } from './types';
import { NEVER } from './types';

/** A parsed address: IPv4 as 32 bits, IPv6 as 128 bits. */
export interface IpAddressValue {
  readonly v6: boolean;
  readonly bits: bigint;
}

/** A parsed CIDR block. */
export interface IpNetwork {
  readonly v6: boolean;
  readonly base: bigint;
  readonly mask: bigint;
  readonly prefix: number;
}

const V4_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEXTET_RE = /^[0-9a-fA-F]{1,4}$/;

function parseV4(text: string): bigint | undefined {
  const m = V4_RE.exec(text);
  if (!m) return undefined;
  let out = 0n;
  for (let i = 1; i <= 4; i++) {
    const n = Number(m[i]);
    if (n > 255) return undefined;
    out = (out << 8n) | BigInt(n);
  }
  return out;
}

/**
 * Fast path for the common request value, a plain dotted quad (`10.1.2.3`: four groups of 1 to 3 digits, each
 * at most 255, nothing else), as an unsigned 32-bit number without a regular expression or a BigInt.
 * Undefined for anything else (IPv6, surrounding spaces, a malformed value): callers then use
 * {@link parseIpAddress}, which accepts exactly the same plain quads.
 */
export function plainIpv4(text: string): number | undefined {
  let out = 0;
  let group = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      group = group * 10 + (c - 48);
      if (++digits > 3 || group > 255) return undefined;
    } else if (c === 46 /* . */ && digits > 0 && dots < 3) {
      out = out * 256 + group;
      group = 0;
      digits = 0;
      dots++;
    } else return undefined;
  }
  return dots === 3 && digits > 0 ? out * 256 + group : undefined;
}

/** Parses hextets (an embedded IPv4 tail counts as two). Undefined when a group is malformed. */
function hextets(part: string): number[] | undefined {
  if (part === '') return [];
  const groups = part.split(':');
  const out: number[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (i === groups.length - 1 && g.includes('.')) {
      const v4 = parseV4(g);
      if (v4 === undefined) return undefined;
      out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (HEXTET_RE.test(g)) out.push(parseInt(g, 16));
    else return undefined;
  }
  return out;
}

function parseV6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = hextets(halves[0]);
  const tail = halves.length === 2 ? hextets(halves[1]) : [];
  if (head === undefined || tail === undefined) return undefined;
  const fill = 8 - head.length - tail.length;
  if (halves.length === 2 ? fill < 1 : fill !== 0) return undefined;
  const all = [...head, ...new Array<number>(fill).fill(0), ...tail];
  return all.reduce((acc, h) => (acc << 16n) | BigInt(h), 0n);
}

/**
 * Parses an IPv4 or IPv6 address (no prefix, no zone).
 * @param text address text
 */
export function parseIpAddress(text: string): IpAddressValue | undefined {
  const t = text.trim();
  if (t.includes(':')) {
    const bits = parseV6(t);
    return bits === undefined ? undefined : { v6: true, bits };
  }
  const bits = parseV4(t);
  return bits === undefined ? undefined : { v6: false, bits };
}

/**
 * Parses a CIDR block or bare address (implicit /32 or /128).
 * @param text CIDR text
 */
export function parseCidr(text: string): IpNetwork | undefined {
  const t = text.trim();
  const slash = t.indexOf('/');
  const addr = parseIpAddress(slash < 0 ? t : t.slice(0, slash));
  if (addr === undefined) return undefined;
  const width = addr.v6 ? 128 : 32;
  const prefixText = slash < 0 ? String(width) : t.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (prefix > width) return undefined;
  const all = (1n << BigInt(width)) - 1n;
  const mask = prefix === 0 ? 0n : (all >> BigInt(width - prefix)) << BigInt(width - prefix);
  return { v6: addr.v6, base: addr.bits & mask, mask, prefix };
}

/** True when the address lies in the network (same family only). */
export function networkContains(net: IpNetwork, addr: IpAddressValue): boolean {
  return net.v6 === addr.v6 && (addr.bits & net.mask) === net.base;
}

function def(name: string, negated: boolean): OperatorDef {
  return {
    name,
    family: 'IpAddress',
    negated,
    variables: false,
    compile: (values) => {
      const problems: ValueProblem[] = [];
      const nets: IpNetwork[] = [];
      values.forEach((v, i) => {
        const net = parseCidr(v);
        if (net === undefined)
          problems.push({
            valueIndex: i,
            severity: 'error',
            message: `${JSON.stringify(v)} is not an IP address or CIDR block`,
          });
        else nets.push(net);
      });
      if (problems.length > 0) return { matcher: NEVER, problems };
      // IPv4 networks as 32-bit numbers, for the fast path below.
      const v4 = nets.filter((n) => !n.v6).map((n) => ({ base: Number(n.base), mask: Number(n.mask) }));
      return {
        problems,
        matcher: {
          anyMatch: (v) => {
            const quad = plainIpv4(v);
            if (quad !== undefined) {
              for (let i = 0; i < v4.length; i++) if ((quad & v4[i].mask) >>> 0 === v4[i].base) return true;
              return false;
            }
            const addr = parseIpAddress(v);
            return addr !== undefined && nets.some((n) => networkContains(n, addr));
          },
        },
      };
    },
  };
}

/** IpAddress and NotIpAddress. */
export const IP_OPERATORS: readonly OperatorDef[] = [def('IpAddress', false), def('NotIpAddress', true)];
