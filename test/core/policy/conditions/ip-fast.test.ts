/**
 * The IPv4 fast path of the IP operators (`plainIpv4`) accepts exactly the plain dotted quads the general
 * parser accepts, with the same value; anything else falls back to the general parser.
 */
import { parseIpAddress, plainIpv4 } from '../../../../lambda/core/policy/conditions/ip';

describe('plainIpv4', () => {
  it.each<[string, number | undefined]>([
    ['10.0.0.1', 0x0a000001],
    ['0.0.0.0', 0],
    ['255.255.255.255', 0xffffffff],
    ['192.168.001.010', 0xc0a8010a],
    ['203.0.113.7', 0xcb007107],
    ['256.0.0.1', undefined],
    ['1.2.3', undefined],
    ['1.2.3.4.5', undefined],
    ['1..2.3', undefined],
    ['.1.2.3', undefined],
    ['1.2.3.', undefined],
    ['1.2.3.1000', undefined],
    [' 1.2.3.4', undefined],
    ['::1', undefined],
    ['lambda.amazonaws.com', undefined],
    ['', undefined],
  ])('%s', (text, expected) => {
    expect(plainIpv4(text)).toBe(expected);
    const general = parseIpAddress(text);
    // Whatever the fast path accepts, the general parser accepts with the same value.
    if (expected !== undefined) expect(general).toEqual({ v6: false, bits: BigInt(expected) });
  });
});
