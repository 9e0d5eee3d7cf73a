/**
 * Writes `src/cli/generated/member-order.ts`: botocore's order where the SDK's runtime model orders
 * things differently. The SDK's schemas put a structure's required members first (and follow a
 * newer model, reordered in places) and its enum tables are sorted, while botocore keeps the order
 * of the API model of Debian's `awscli` package (the real CLI we emulate). The CLI shows that order
 * in its output, its "Unknown parameter ... must be one of" lists, `--generate-cli-skeleton` (an
 * enum's first value) and `help`; its validator reports missing members in the order of the
 * structure's `required` list. Only differences are recorded, keyed by the SDK's names.
 * Run: `npx tsx src/cli/model/generate-member-order.ts`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { serviceModel } from '../../engine/model/service-model';
import { SERVICE_NAMES, type ServiceName } from '../../engine/service-name';
import { findBotocoreModel, type BotocoreModel, type BotocoreShape } from './botocore-model';
import { structurePairs } from './botocore-structure-pairs';

const OUTPUT = path.resolve(import.meta.dirname, '../generated/member-order.ts');

export interface OrderDifferences {
  /** SDK structure name -> its members botocore also has, in botocore's order. */
  readonly members: Record<string, string[]>;
  /** SDK structure name -> its required members botocore also requires, in botocore's `required` order. */
  readonly required: Record<string, string[]>;
  /** SDK enum table name -> its values botocore also has, in botocore's order. */
  readonly enums: Record<string, string[]>;
}

/** One SDK enum table used for botocore enums of different orders: one order cannot serve both. */
export class EnumOrderConflict extends Error {
  constructor(readonly table: string) {
    super(`SDK enum table ${table} stands for botocore enums in different orders`);
    this.name = 'EnumOrderConflict';
  }
}

/** botocore's order of the names both lists have, when the SDK's order of them differs; else undefined. */
function differingOrder(sdkOrder: readonly string[], botocoreOrder: readonly string[]): string[] | undefined {
  const inSdk = new Set(sdkOrder);
  const inBotocore = new Set(botocoreOrder);
  const botocoreCommon = botocoreOrder.filter((name) => inSdk.has(name));
  const sdkCommon = sdkOrder.filter((name) => inBotocore.has(name));
  return botocoreCommon.join('\0') === sdkCommon.join('\0') ? undefined : botocoreCommon;
}

/** The enum values of a member's target: a string shape's, or a list's element shape's. */
function enumOf(model: BotocoreModel, target: BotocoreShape | undefined): string[] | undefined {
  if (target?.type === 'list' && target.member) return model.shapes[target.member.shape]?.enum;
  return target?.enum;
}

function byName<T>(entries: Iterable<[string, T]>): Array<[string, T]> {
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function orderDifferences(service: ServiceName, model: BotocoreModel): OrderDifferences {
  const members: Record<string, string[]> = {};
  const required: Record<string, string[]> = {};
  const enums = new Map<string, string[]>();
  const facts = serviceModel(service).facts;
  for (const [sdkName, { schema, botocoreName }] of byName(structurePairs(service, model))) {
    const shape = model.shapes[botocoreName];
    const memberOrder = differingOrder(
      [...schema.structIterator()].map(([name]) => name),
      Object.keys(shape.members ?? {}),
    );
    if (memberOrder) members[sdkName] = memberOrder;
    const requiredOrder = differingOrder(facts.required[sdkName] ?? [], shape.required ?? []);
    if (requiredOrder) required[sdkName] = requiredOrder;
    for (const [memberName, table] of Object.entries(facts.enums[sdkName] ?? {})) {
      const ref = shape.members?.[memberName];
      const botocoreEnum = ref && enumOf(model, model.shapes[ref.shape]);
      if (!botocoreEnum) continue;
      const enumOrder = differingOrder(facts.enumValues[table] ?? [], botocoreEnum);
      if (!enumOrder) continue;
      const known = enums.get(table);
      if (known && known.join('\0') !== enumOrder.join('\0')) throw new EnumOrderConflict(table);
      enums.set(table, enumOrder);
    }
  }
  return { members, required, enums: Object.fromEntries(byName(enums)) };
}

function table(name: string, doc: string, byService: ReadonlyMap<ServiceName, Record<string, string[]>>): string[] {
  const lines = [`/** ${doc} */`, `export const ${name}: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {`];
  for (const [service, entries] of byService) {
    lines.push(`  ${JSON.stringify(service)}: {`);
    for (const [key, order] of Object.entries(entries)) lines.push(`    ${JSON.stringify(key)}: ${JSON.stringify(order)},`);
    lines.push('  },');
  }
  lines.push('};');
  return lines;
}

function main(): void {
  const differences = new Map<ServiceName, OrderDifferences>();
  for (const service of SERVICE_NAMES) {
    const model = findBotocoreModel(service);
    differences.set(service, model ? orderDifferences(service, model) : { members: {}, required: {}, enums: {} });
  }
  const pick = (key: keyof OrderDifferences) => new Map([...differences].map(([service, d]) => [service, d[key]]));
  const lines = [
    "// Generated by src/cli/model/generate-member-order.ts from the awscli package's botocore models. Do not edit.",
    '',
    ...table('botocoreMemberOrders', "service -> SDK structure name -> botocore's order of its members, where the SDK schema's differs.", pick('members')),
    '',
    ...table('botocoreRequiredOrders', "service -> SDK structure name -> botocore's order of its required members, where the SDK's differs.", pick('required')),
    '',
    ...table('botocoreEnumOrders', "service -> SDK enum table name -> botocore's order of its values, where the SDK's (sorted) differs.", pick('enums')),
    '',
  ];
  writeFileSync(OUTPUT, lines.join('\n'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
