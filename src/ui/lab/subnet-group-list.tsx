import type { SubnetGroupView } from '../api/sandbox-api-types';
import { Icon } from '../components/icon';

export function SubnetGroupList({ subnetGroups }: { readonly subnetGroups: readonly SubnetGroupView[] }) {
  return (
    <ul className="space-y-1.5">
      {subnetGroups.map((group) => (
        <li key={group.name} data-testid="subnet-group" className="rounded-lg border border-line bg-surface px-3 py-2">
          <div className="flex items-center gap-2">
            <Icon name="network" size={15} className="text-accent" />
            <span className="min-w-0 flex-1 truncate font-mono text-sm font-semibold">{group.name}</span>
          </div>
          <p className="mt-1 pl-6 text-xs text-subtle">
            <span className="font-mono">{group.vpcId}</span> · {group.subnetIds.length}{' '}
            {group.subnetIds.length === 1 ? 'subnet' : 'subnets'}
          </p>
        </li>
      ))}
    </ul>
  );
}
