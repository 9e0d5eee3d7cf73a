import { invalidParameterValue, missingParameter, unknownProtocol } from '../ec2-errors';

/** A rule's protocol and range as EC2 stores it. */
export interface RuleProtocol {
  readonly ipProtocol: string;
  readonly fromPort: number | null;
  readonly toPort: number | null;
}

/** Protocol numbers EC2 stores under their names. */
const NAMED_PROTOCOL_NUMBERS: Readonly<Record<string, string>> = { '1': 'icmp', '6': 'tcp', '17': 'udp', '58': 'icmpv6' };
const MAX_PORT = 65535;
const MAX_ICMP_VALUE = 255;

function normalizeProtocol(raw: string): string {
  const value = raw.trim().toLowerCase();
  if (['tcp', 'udp', 'icmp', 'icmpv6', '-1'].includes(value)) return value;
  if (/^\d{1,3}$/.test(value) && Number(value) <= 255) return NAMED_PROTOCOL_NUMBERS[String(Number(value))] ?? String(Number(value));
  throw unknownProtocol(raw);
}

function portRange(protocol: string, fromPort: number | undefined, toPort: number | undefined): RuleProtocol {
  if (fromPort === undefined || toPort === undefined) {
    throw invalidParameterValue("Invalid value 'Must specify both from and to ports with TCP/UDP.' for portRange.");
  }
  for (const [end, port] of [['from', fromPort], ['to', toPort]] as const) {
    if (port < 0 || port > MAX_PORT) throw invalidParameterValue(`TCP/UDP (${end}) port (${port}) out of range`);
  }
  if (fromPort > toPort) throw invalidParameterValue(`Invalid TCP/UDP port range: the from port (${fromPort}) is greater than the to port (${toPort}).`);
  return { ipProtocol: protocol, fromPort, toPort };
}

/** ICMP rules carry a type (`FromPort`) and a code (`ToPort`); -1 means all. */
function icmpTypeAndCode(protocol: string, type: number | undefined, code: number | undefined): RuleProtocol {
  const icmpType = type ?? -1;
  const icmpCode = code ?? -1;
  if (icmpType < -1 || icmpType > MAX_ICMP_VALUE) throw invalidParameterValue(`ICMP type (${icmpType}) out of range`);
  if (icmpCode < -1 || icmpCode > MAX_ICMP_VALUE) throw invalidParameterValue(`ICMP code (${icmpCode}) out of range`);
  if (icmpType === -1 && icmpCode !== -1) throw invalidParameterValue(`ICMP code (${icmpCode}) must be -1 when the ICMP type is -1`);
  return { ipProtocol: protocol, fromPort: icmpType, toPort: icmpCode };
}

/**
 * Validates and normalises a permission's protocol and range: `6` is stored as `tcp`, TCP/UDP need
 * both ports within 0-65535, ICMP takes type and code, and every other protocol (including `-1`,
 * all) covers every port, so any ports given are dropped as EC2 drops them.
 */
export function ruleProtocol(ipProtocol: string | undefined, fromPort: number | undefined, toPort: number | undefined): RuleProtocol {
  if (ipProtocol === undefined || ipProtocol === '') throw missingParameter('ipPermissions.ipProtocol');
  const protocol = normalizeProtocol(ipProtocol);
  if (protocol === 'tcp' || protocol === 'udp') return portRange(protocol, fromPort, toPort);
  if (protocol === 'icmp' || protocol === 'icmpv6') return icmpTypeAndCode(protocol, fromPort, toPort);
  return { ipProtocol: protocol, fromPort: null, toPort: null };
}
