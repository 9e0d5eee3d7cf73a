'use client';

import { Button } from '../components/button';
import { Spinner } from '../components/spinner';
import { ClusterCard } from './cluster-card';
import { InstanceList } from './instance-list';
import { useLabSession } from './lab-session-context';
import { ResourceSection } from './resource-section';
import { SubnetGroupList } from './subnet-group-list';

export function ResourcePanel() {
  const resources = useLabSession((state) => state.resources);
  const resourcesError = useLabSession((state) => state.resourcesError);
  const loading = useLabSession((state) => state.resourcesLoading);
  const ready = useLabSession((state) => state.phase === 'ready');
  const refreshResources = useLabSession((state) => state.refreshResources);

  return (
    <section aria-labelledby="resources-title" className="space-y-4" data-testid="resource-panel">
      <div className="flex items-center gap-2">
        <h2 id="resources-title" className="text-sm font-semibold">
          Sandbox resources
        </h2>
        <span className="text-xs text-subtle">live</span>
        {loading ? <Spinner size={12} className="text-subtle" /> : null}
        <Button
          size="sm"
          variant="ghost"
          icon="reset"
          className="ml-auto"
          disabled={!ready}
          onClick={() => void refreshResources()}
          aria-label="Refresh resources"
          title="Refresh resources"
        />
      </div>
      {resourcesError ? (
        <p role="status" className="rounded-lg bg-danger-soft px-3 py-2 text-xs text-danger">
          Couldn’t refresh: {resourcesError}
        </p>
      ) : null}
      {resources ? (
        <>
          <ResourceSection title="Clusters" count={resources.clusters.length} emptyText="No DB clusters yet.">
            <ul className="space-y-2">
              {resources.clusters.map((cluster) => (
                <ClusterCard key={cluster.id} cluster={cluster} instances={resources.instances} />
              ))}
            </ul>
          </ResourceSection>
          <ResourceSection title="Instances" count={resources.instances.length} emptyText="No DB instances yet.">
            <InstanceList instances={resources.instances} />
          </ResourceSection>
          <ResourceSection title="DB subnet groups" count={resources.subnetGroups.length} emptyText="No DB subnet groups yet.">
            <SubnetGroupList subnetGroups={resources.subnetGroups} />
          </ResourceSection>
        </>
      ) : (
        <p className="text-sm text-subtle">{ready ? 'Loading resources…' : 'Resources appear once the sandbox is ready.'}</p>
      )}
    </section>
  );
}
