import type { NormalizedSchema } from '@smithy/core/schema';
import { serviceModel } from '../../engine/model/service-model';
import type { ServiceName } from '../../engine/service-name';
import type { BotocoreModel } from './botocore-model';

/** An SDK schema structure and the botocore shape the real CLI uses in its place. */
export interface StructurePair {
  readonly schema: NormalizedSchema;
  readonly botocoreName: string;
}

/** One SDK structure reached as two different botocore shapes: the models disagree on its identity. */
export class StructurePairConflict extends Error {
  constructor(
    readonly sdkName: string,
    readonly botocoreNames: readonly [string, string],
  ) {
    super(`SDK structure ${sdkName} pairs with botocore shapes ${botocoreNames[0]} and ${botocoreNames[1]}`);
    this.name = 'StructurePairConflict';
  }
}

/**
 * Every SDK structure the CLI can meet, keyed by its SDK name, with the botocore shape it stands
 * for. The two models name some shapes differently (EC2's `SecureBlobAttributeValue` is botocore's
 * `BlobAttributeValue`), so shapes are paired by position, not by name: each operation's input with
 * botocore's input and output with output, then down through structure members (by member name),
 * list members and map values.
 */
export function structurePairs(service: ServiceName, model: BotocoreModel): Map<string, StructurePair> {
  const pairs = new Map<string, StructurePair>();
  const visit = (schema: NormalizedSchema, botocoreName: string): void => {
    const shape = model.shapes[botocoreName];
    if (!shape) return;
    if (schema.isStructSchema() && shape.type === 'structure') {
      const sdkName = schema.getName();
      if (sdkName === undefined) return;
      const known = pairs.get(sdkName);
      if (known) {
        if (known.botocoreName !== botocoreName) throw new StructurePairConflict(sdkName, [known.botocoreName, botocoreName]);
        return;
      }
      pairs.set(sdkName, { schema, botocoreName });
      for (const [memberName, memberSchema] of schema.structIterator()) {
        const ref = shape.members?.[memberName];
        if (ref) visit(memberSchema, ref.shape);
      }
    } else if (schema.isListSchema() && shape.type === 'list' && shape.member) {
      visit(schema.getValueSchema(), shape.member.shape);
    } else if (schema.isMapSchema() && shape.type === 'map' && shape.value) {
      visit(schema.getValueSchema(), shape.value.shape);
    }
  };
  for (const [name, operation] of serviceModel(service).operations) {
    const botocoreOperation = model.operations[name];
    if (!botocoreOperation) continue; // newer than the installed CLI
    if (botocoreOperation.input) visit(operation.input, botocoreOperation.input.shape);
    if (botocoreOperation.output) visit(operation.output, botocoreOperation.output.shape);
  }
  return pairs;
}
