import { isPyDict, type PyDict, type PyValue } from '../../python/py-value';
import { ParamValidationError } from '../cli-errors';
import { pyInt, PyValueError } from '../../python/py-number';
import type { CliArgument, CustomArgument } from '../operation-arguments';
import type { CustomizationFactory } from './operation-customization';

const COMMANDS = new Set([
  'authorize-security-group-ingress',
  'authorize-security-group-egress',
  'revoke-security-group-ingress',
  'revoke-security-group-egress',
]);

/**
 * awscli/customizations/ec2/secgroupsimplify.py: `--protocol tcp --port 3306 --cidr 10.0.0.0/16`
 * and `--source-group sg-1 --group-owner 123` build the first `IpPermissions` entry.
 */
export const ec2SecurityGroupShortcuts: CustomizationFactory = (service, commandName) => {
  if (service !== 'ec2' || !COMMANDS.has(commandName)) return undefined;
  return {
    buildingArgumentTable(table) {
      for (const hidden of ['ip-protocol', 'from-port', 'to-port', 'cidr-ip', 'source-security-group-name', 'source-security-group-owner-id']) {
        const argument = table.get(hidden);
        if (argument?.kind === 'model') argument.undocumented = true;
      }
      const scalar = (name: string, add: (params: PyDict, value: string) => void): CustomArgument => ({
        kind: 'custom',
        name,
        required: false,
        typeLabel: 'string',
        actions: [{ dest: name.replace(/-/g, '_'), optionStrings: [`--${name}`], nargs: 'one', kind: 'store' }],
        addToParams(params, values) {
          const value = values.get(name.replace(/-/g, '_'));
          if (typeof value === 'string' && value !== '') add(params, value);
        },
      });
      const entries: Array<[string, CliArgument]> = [
        ['protocol', scalar('protocol', addProtocol)],
        ['port', scalar('port', addPort)],
        ['cidr', scalar('cidr', (params, value) => buildIpPermissions(params, 'IpRanges', [{ CidrIp: value }]))],
        ['source-group', scalar('source-group', (params, value) => buildIpPermissions(params, value.startsWith('sg-') ? 'GroupId' : 'GroupName', value))],
        ['group-owner', scalar('group-owner', (params, value) => buildIpPermissions(params, 'UserId', value))],
      ];
      for (const [name, argument] of entries) table.set(name, argument);
    },
    operationArgsParsed(values) {
      const permissions = values.get('ip_permissions');
      if (permissions === null || permissions === undefined || (Array.isArray(permissions) && permissions.length === 0)) return;
      for (const key of ['protocol', 'port', 'cidr', 'source_group', 'group_owner']) {
        if (values.get(key)) throw new ParamValidationError(`The --${key} option is not compatible with the --ip-permissions option `);
      }
    },
  };
};

function buildIpPermissions(params: PyDict, key: string, value: PyValue): void {
  if (!Array.isArray(params.IpPermissions)) params.IpPermissions = [{}];
  const first = (params.IpPermissions as PyValue[])[0] as PyDict;
  if (key === 'GroupId' || key === 'GroupName' || key === 'UserId') {
    if (!Array.isArray(first.UserIdGroupPairs)) first.UserIdGroupPairs = [{}];
    const pair = (first.UserIdGroupPairs as PyValue[])[0];
    if (isPyDict(pair)) pair[key] = value;
  } else first[key] = value;
}

function addProtocol(params: PyDict, value: string): void {
  let protocol = value;
  let number: number | undefined;
  try {
    number = pyInt(value);
  } catch (error) {
    if (!(error instanceof PyValueError)) throw error;
  }
  if (number !== undefined) {
    if ((number < 0 || number > 255) && number !== -1) {
      throw new ParamValidationError('protocol numbers must be in the range 0-255 or -1 to specify all protocols');
    }
  } else {
    if (!['tcp', 'udp', 'icmp', 'all'].includes(value)) {
      throw new ParamValidationError('protocol parameter should be one of: tcp|udp|icmp|all or any valid protocol number.');
    }
    if (value === 'all') protocol = '-1';
  }
  buildIpPermissions(params, 'IpProtocol', protocol);
}

function addPort(params: PyDict, value: string): void {
  let from: string;
  let to: string;
  if (value === '-1' || value === 'all') [from, to] = ['-1', '-1'];
  else if (value.includes('-')) [from, to] = [value.slice(0, value.indexOf('-')), value.slice(value.indexOf('-') + 1)];
  else [from, to] = [value, value];
  try {
    buildIpPermissions(params, 'FromPort', pyInt(from));
    buildIpPermissions(params, 'ToPort', pyInt(to));
  } catch (error) {
    if (error instanceof PyValueError) throw new ParamValidationError('port parameter should be of the form <from[-to]> (e.g. 22 or 22-25)');
    throw error;
  }
}
