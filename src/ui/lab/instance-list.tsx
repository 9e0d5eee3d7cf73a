import type { InstanceView } from '../api/sandbox-api-types';
import { Icon } from '../components/icon';
import { ResourceStatusBadge } from './resource-status-badge';

export function InstanceList({ instances }: { readonly instances: readonly InstanceView[] }) {
  return (
    <ul className="space-y-1.5">
      {instances.map((instance) => (
        <li
          key={instance.id}
          data-testid="instance"
          data-instance-id={instance.id}
          data-status={instance.status}
          className="rounded-lg border border-line bg-surface px-3 py-2"
        >
          <div className="flex items-start gap-2">
            <Icon name="server" size={15} className="mt-0.5 text-accent" />
            <span className="min-w-0 flex-1 font-mono text-sm font-semibold break-words">
              {instance.id}
            </span>
            <ResourceStatusBadge status={instance.status} />
          </div>
          <p className="mt-1 flex flex-wrap gap-x-2 pl-6 text-xs text-subtle">
            <span className="font-mono">{instance.instanceClass}</span>
            {instance.clusterId ? <span>· {instance.clusterId}</span> : null}
            {instance.availabilityZone ? <span>· {instance.availabilityZone}</span> : null}
            {instance.isWriter === true ? <span>· writer</span> : instance.isWriter === false ? <span>· reader</span> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
