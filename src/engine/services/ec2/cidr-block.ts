import { isIPv4, isIPv6 } from 'node:net';
import { malformedCidr } from './ec2-errors';

function split(cidr: string): { address: string; prefix: number } | undefined {
  const match = /^([^/]+)\/(\d{1,3})$/.exec(cidr);
  return match ? { address: match[1], prefix: Number(match[2]) } : undefined;
}

/** An IPv4 CIDR block (`10.0.0.0/16`); anything else is refused as EC2 does ("CIDR block X is malformed"). */
export function checkIpv4Cidr(cidr: string): string {
  const parts = split(cidr);
  if (!parts || !isIPv4(parts.address) || parts.prefix > 32) throw malformedCidr(cidr);
  return cidr;
}

/** An IPv6 CIDR block (`2001:db8::/32`), kept in lowercase. */
export function checkIpv6Cidr(cidr: string): string {
  const parts = split(cidr);
  if (!parts || !isIPv6(parts.address) || parts.prefix > 128) throw malformedCidr(cidr);
  return cidr.toLowerCase();
}
