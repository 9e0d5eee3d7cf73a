import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where Debian's `awscli` package keeps its botocore models: the real CLI we emulate. */
export const BOTOCORE_DATA = '/usr/lib/python3/dist-packages/awscli/botocore/data';

export interface BotocoreShape {
  type: string;
  min?: number;
  /** Structure members in the API's order (botocore's parsers, validator and argument tables keep it). */
  members?: Record<string, { shape: string }>;
  /** The required members of a structure, in the order botocore's validator reports them missing. */
  required?: string[];
  /** A string shape's allowed values, in the model's order. */
  enum?: string[];
  member?: { shape: string };
  key?: { shape: string };
  value?: { shape: string };
}

export interface BotocoreOperation {
  input?: { shape: string };
  output?: { shape: string };
}

export interface BotocoreModel {
  metadata: { signingName?: string; endpointPrefix: string };
  operations: Record<string, BotocoreOperation>;
  shapes: Record<string, BotocoreShape>;
}

/** The newest botocore model of the service that signs as `signingName` (undefined without awscli). */
export function findBotocoreModel(signingName: string): BotocoreModel | undefined {
  if (!existsSync(BOTOCORE_DATA)) return undefined;
  // Several services sign as `rds` (docdb, neptune): prefer the directory named like the service.
  const dirs = readdirSync(BOTOCORE_DATA).sort((a, b) => Number(b === signingName) - Number(a === signingName));
  for (const dir of dirs) {
    const versions = readdirSync(path.join(BOTOCORE_DATA, dir)).filter((v) => existsSync(path.join(BOTOCORE_DATA, dir, v, 'service-2.json')));
    if (versions.length === 0) continue;
    const latest = versions.sort().at(-1) as string;
    const model = JSON.parse(readFileSync(path.join(BOTOCORE_DATA, dir, latest, 'service-2.json'), 'utf8')) as BotocoreModel;
    if ((model.metadata.signingName ?? model.metadata.endpointPrefix) === signingName) return model;
  }
  return undefined;
}

/** Every `Container.member` reference of a model, sorted by container: structure members, list `member`, map `value`. */
export function memberReferences(model: BotocoreModel): Array<{ key: string; target: string }> {
  const refs: Array<{ key: string; target: string }> = [];
  for (const [name, shape] of Object.entries(model.shapes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const [member, ref] of Object.entries(shape.members ?? {})) refs.push({ key: `${name}.${member}`, target: ref.shape });
    if (shape.member) refs.push({ key: `${name}.member`, target: shape.member.shape });
    if (shape.value) refs.push({ key: `${name}.value`, target: shape.value.shape });
  }
  return refs;
}
