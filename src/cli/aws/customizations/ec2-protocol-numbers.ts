import type { CustomizationFactory } from './operation-customization';

const NUMBERS: Readonly<Record<string, string>> = { tcp: '6', udp: '17', icmp: '1', all: '-1' };

/** awscli/customizations/ec2/protocolarg.py: protocol names for network ACL entries. */
export const ec2ProtocolNumbers: CustomizationFactory = (service, _commandName, operationName) => {
  if (service !== 'ec2' || (operationName !== 'CreateNetworkAclEntry' && operationName !== 'ReplaceNetworkAclEntry')) return undefined;
  return {
    beforeParameterBuild(params) {
      const protocol = params.Protocol;
      if (typeof protocol === 'string' && protocol in NUMBERS) params.Protocol = NUMBERS[protocol];
    },
  };
};
