import type {
  CreateDBClusterParameterGroupMessage,
  CreateDBClusterParameterGroupResult,
  CreateDBParameterGroupMessage,
  CreateDBParameterGroupResult,
  Tag,
} from '@aws-sdk/client-rds';
import { modeledError } from '../../../model/modeled-error';
import type { OperationContext } from '../../../sandbox/operation-context';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { invalidParameterValue } from '../rds-errors';
import { tagRecords } from '../rds-tag';
import { checkFamily, groupTable, PARAMETER_GROUP_QUOTA, type ParameterGroupKind, type ResolvedParameterGroup } from './parameter-group-kinds';
import type { ParameterGroupRecord } from './parameter-group-record';
import { renderDbClusterParameterGroup, renderDbParameterGroup } from './render-parameter-group';

/** 1–255 letters, digits or hyphens; a letter first; no trailing hyphen and no `--` (FACTS.md §2). */
const GROUP_NAME = /^[A-Za-z](?:-?[A-Za-z0-9])*$/;

export function checkParameterGroupName(parameter: string, value: string): string {
  if (value.length > 255 || !GROUP_NAME.test(value)) {
    throw invalidParameterValue(
      `The parameter ${parameter} is not a valid identifier. Identifiers must begin with a letter; must contain only ASCII letters, digits, and hyphens; and must not end with a hyphen or contain two consecutive hyphens.`,
    );
  }
  return value.toLowerCase();
}

function createGroup(
  ctx: OperationContext,
  kind: ParameterGroupKind,
  parameter: string,
  input: { name: string; family: string; description: string; tags: Tag[] | undefined },
): ResolvedParameterGroup {
  const name = checkParameterGroupName(parameter, input.name);
  const family = checkFamily(input.family);
  const table = groupTable(ctx.regionState.rds, kind);
  if (ownEntry(table, name)) throw modeledError('rds', 'DBParameterGroupAlreadyExistsFault', `Parameter group ${name} already exists`);
  if (Object.keys(table).length >= PARAMETER_GROUP_QUOTA) {
    throw modeledError('rds', 'DBParameterGroupQuotaExceededFault', `The quota of ${PARAMETER_GROUP_QUOTA} ${kind === 'cluster' ? 'DB cluster parameter groups' : 'DB parameter groups'} has been reached.`);
  }
  const record: ParameterGroupRecord = { name, family: family.family, description: input.description, overrides: {}, tags: tagRecords(input.tags) };
  table[name] = record;
  return { record, isDefault: false, family };
}

export const createDbClusterParameterGroup = defineOperation<CreateDBClusterParameterGroupMessage, CreateDBClusterParameterGroupResult>((ctx, input) => {
  const group = createGroup(ctx, 'cluster', 'DBClusterParameterGroupName', {
    name: input.DBClusterParameterGroupName ?? '',
    family: input.DBParameterGroupFamily ?? '',
    description: input.Description ?? '',
    tags: input.Tags,
  });
  return { DBClusterParameterGroup: renderDbClusterParameterGroup(ctx, group) };
});

export const createDbParameterGroup = defineOperation<CreateDBParameterGroupMessage, CreateDBParameterGroupResult>((ctx, input) => {
  const group = createGroup(ctx, 'instance', 'DBParameterGroupName', {
    name: input.DBParameterGroupName ?? '',
    family: input.DBParameterGroupFamily ?? '',
    description: input.Description ?? '',
    tags: input.Tags,
  });
  return { DBParameterGroup: renderDbParameterGroup(ctx, group) };
});
