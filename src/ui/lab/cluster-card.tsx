import type { ClusterView, InstanceView } from '../api/sandbox-api-types';
import { Icon } from '../components/icon';
import { ResourceStatusBadge } from './resource-status-badge';

interface ClusterCardProps {
  readonly cluster: ClusterView;
  readonly instances: readonly InstanceView[];
}

export function ClusterCard({ cluster, instances }: ClusterCardProps) {
  const statusOf = (instanceId: string) => instances.find((instance) => instance.id === instanceId)?.status;
  return (
    <li data-testid="cluster" data-cluster-id={cluster.id} data-status={cluster.status} className="rounded-lg border border-line bg-surface p-3">
      <div className="flex items-start gap-2">
        <Icon name="database" size={16} className="mt-0.5 text-accent" />
        <div className="min-w-0 flex-1">
          <p className="font-mono text-sm font-semibold break-words">
            {cluster.id}
          </p>
          <p className="text-xs text-subtle">
            {cluster.engine}
            {cluster.engineVersion ? ` ${cluster.engineVersion}` : ''}
          </p>
        </div>
        <ResourceStatusBadge status={cluster.status} />
      </div>
      {cluster.endpoint ? (
        <dl className="mt-2 space-y-0.5 text-xs">
          <div className="flex gap-2">
            <dt className="w-12 shrink-0 text-subtle">Writer</dt>
            <dd className="min-w-0 truncate font-mono" title={cluster.endpoint}>
              {cluster.endpoint}
            </dd>
          </div>
          {cluster.readerEndpoint ? (
            <div className="flex gap-2">
              <dt className="w-12 shrink-0 text-subtle">Reader</dt>
              <dd className="min-w-0 truncate font-mono" title={cluster.readerEndpoint}>
                {cluster.readerEndpoint}
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <div className="mt-2.5 border-t border-line pt-2">
        {cluster.members.length === 0 ? (
          <p className="text-xs text-subtle">No instances yet: a cluster serves queries only once it has a writer.</p>
        ) : (
          <ul aria-label={`Members of ${cluster.id}`} className="space-y-1">
            {cluster.members.map((member) => {
              const status = statusOf(member.instanceId);
              return (
                <li key={member.instanceId} className="flex items-center gap-2 text-xs">
                  <Icon name="server" size={13} className="text-subtle" />
                  <span className="min-w-0 flex-1 font-mono break-words">{member.instanceId}</span>
                  <span className="rounded bg-sunken px-1.5 py-px text-[0.6875rem] font-medium text-muted">
                    {member.isWriter ? 'writer' : 'reader'}
                  </span>
                  {status ? <ResourceStatusBadge status={status} /> : null}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </li>
  );
}
