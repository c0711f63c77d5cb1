import { parseCidr } from '../../../../lambda/core/policy/conditions/ip';
import { evaluate, problemsOf } from './helpers';

const v4 = { 'aws:SourceIp': '203.0.113.77' };
const v6 = { 'aws:SourceIp': '2001:db8:1234:5678:abcd::1' };

describe('IP address condition operators', () => {
  it.each([
    ['IpAddress matches inside an IPv4 CIDR', 'IpAddress', '203.0.113.0/24', v4, true],
    ['IpAddress rejects outside an IPv4 CIDR', 'IpAddress', '203.0.114.0/24', v4, false],
    ['IpAddress: a bare IPv4 address is /32', 'IpAddress', '203.0.113.77', v4, true],
    ['IpAddress: a bare IPv4 address is not a range', 'IpAddress', '203.0.113.78', v4, false],
    ['IpAddress /0 matches every IPv4 address', 'IpAddress', '0.0.0.0/0', v4, true],
    ['IpAddress ignores host bits below the prefix', 'IpAddress', '203.0.113.200/24', v4, true],
    ['IpAddress matches inside an IPv6 CIDR', 'IpAddress', '2001:DB8:1234:5678::/64', v6, true],
    ['IpAddress IPv6 hex is case-insensitive', 'IpAddress', '2001:db8:1234:5678::/64', v6, true],
    ['IpAddress rejects outside an IPv6 CIDR', 'IpAddress', '2001:db8:1234:5679::/64', v6, false],
    ['IpAddress: a bare IPv6 address is /128', 'IpAddress', '2001:db8:1234:5678:abcd:0:0:1', v6, true],
    ['IPv4 ranges never match IPv6 addresses', 'IpAddress', '0.0.0.0/0', v6, false],
    ['IPv6 ranges never match IPv4 addresses', 'IpAddress', '::/0', v4, false],
    ['IpAddress mixes IPv4 and IPv6 values (OR)', 'IpAddress', ['10.0.0.0/8', '2001:db8::/32'], v6, true],
    ['NotIpAddress is true outside the range', 'NotIpAddress', '10.0.0.0/8', v4, true],
    ['NotIpAddress is false inside the range', 'NotIpAddress', '203.0.113.0/24', v4, false],
    ['NotIpAddress on a missing key is true', 'NotIpAddress', '10.0.0.0/8', {}, true],
    ['IpAddress on a missing key is false', 'IpAddress', '0.0.0.0/0', {}, false],
    ['IpAddressIfExists on a missing key is true', 'IpAddressIfExists', '10.0.0.0/8', {}, true],
    [
      'IpAddress: a non-IP context value (a service name) never matches',
      'IpAddress',
      '0.0.0.0/0',
      { 'aws:SourceIp': 'lambda.amazonaws.com' },
      false,
    ],
    [
      'NotIpAddress: a non-IP context value is outside every range',
      'NotIpAddress',
      '10.0.0.0/8',
      { 'aws:SourceIp': 'lambda.amazonaws.com' },
      true,
    ],
    [
      'IPv6 with an embedded IPv4 tail',
      'IpAddress',
      '::ffff:192.0.2.0/120',
      { 'aws:SourceIp': '::ffff:192.0.2.9' },
      true,
    ],
  ])('%s', (_rule, operator, values, context, expected) => {
    expect(evaluate(operator, 'aws:SourceIp', values, context)).toBe(expected);
  });

  it.each([
    ['IpAddress with an octet over 255 is an error', '203.0.113.256/24'],
    ['IpAddress with an IPv4 prefix over 32 is an error', '10.0.0.0/33'],
    ['IpAddress with an IPv6 prefix over 128 is an error', '2001:db8::/129'],
    ['IpAddress with two :: is an error', '2001::db8::1'],
    ['IpAddress with too many IPv6 groups is an error', '1:2:3:4:5:6:7:8:9'],
    ['IpAddress with a hostname is an error', 'example.com'],
    ['IpAddress with an empty prefix is an error', '10.0.0.0/'],
  ])('%s', (_rule, value) => {
    expect(problemsOf('IpAddress', value)).toEqual([expect.objectContaining({ severity: 'error' })]);
  });

  it.each([
    ['parseCidr keeps the prefix', '10.1.0.0/16', 16],
    ['parseCidr defaults IPv4 to /32', '10.1.2.3', 32],
    ['parseCidr defaults IPv6 to /128', '::1', 128],
  ])('%s', (_rule, text, prefix) => {
    expect(parseCidr(text)?.prefix).toBe(prefix);
  });
});
