import type { AuroraEngine } from '../catalog/aurora-engines';
import { compareVersionParts, type EngineMode } from '../catalog/engine-versions';
import type { DbClusterRecord } from '../clusters/db-cluster-record';

/**
 * First Aurora PostgreSQL minor per major whose provisioned / Serverless v2 clusters take the Data
 * API (FACTS.md §2 "Data API": PG 13.11+, 14.8+, 15.3+, 16.1+, 17.4+, 18.3+; UG/FEA.Data_API.html).
 */
const POSTGRES_DATA_API_FROM: Readonly<Record<string, string>> = {
  '13': '13.11',
  '14': '14.8',
  '15': '15.3',
  '16': '16.1',
  '17': '17.4',
  '18': '18.3',
};

/**
 * Whether AWS lets a cluster of this engine, version and mode switch on the Data API (HTTP
 * endpoint): every Serverless v1 cluster, and provisioned / Serverless v2 Aurora PostgreSQL from
 * the versions above. Aurora MySQL provisioned clusters: FACTS.md found no supported versions.
 */
export function httpEndpointAllowedFor(engine: AuroraEngine, engineVersion: string, engineMode: EngineMode): boolean {
  if (engineMode === 'serverless') return true;
  if (engineMode !== 'provisioned' || engine !== 'aurora-postgresql') return false;
  const floor = POSTGRES_DATA_API_FROM[engineVersion.split('.')[0]];
  return floor !== undefined && compareVersionParts(engineVersion, floor) >= 0;
}

/** For ModifyDBCluster / EnableHttpEndpoint: whether this cluster may have the Data API on. */
export function httpEndpointAllowed(cluster: Pick<DbClusterRecord, 'engine' | 'engineVersion' | 'engineMode'>): boolean {
  return httpEndpointAllowedFor(cluster.engine, cluster.engineVersion, cluster.engineMode);
}

/** Our wording (AWS's text not captured): why the Data API cannot be switched on. */
export function httpEndpointNotSupportedMessage(cluster: Pick<DbClusterRecord, 'engine' | 'engineVersion' | 'engineMode'>): string {
  return `The HTTP endpoint (Data API) isn't supported for engine ${cluster.engine} version ${cluster.engineVersion} with engine mode ${cluster.engineMode}. It is available for Aurora Serverless v1 clusters and for Aurora PostgreSQL 13.11, 14.8, 15.3, 16.1, 17.4 and higher.`;
}
