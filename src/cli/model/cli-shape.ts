import type { NormalizedSchema } from '@smithy/core/schema';
import { serviceModel } from '../../engine/model/service-model';
import type { ServiceName } from '../../engine/service-name';
import { memberMinimums } from '../generated/member-minimums';
import { botocoreEnumOrders, botocoreMemberOrders, botocoreRequiredOrders } from '../generated/member-order';
import { numericMemberKinds } from '../generated/numeric-member-kinds';
import { inBotocoreOrder } from './member-order';
import { ExtraStringShape, sdkExtraMembers } from './sdk-extra-members';

export type ShapeType = 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'double' | 'float' | 'boolean' | 'timestamp' | 'blob' | 'document';

/**
 * A model shape as the CLI sees it (botocore's `Shape`): a type name, ordered members, required
 * members and enum values, built lazily from the SDK's `NormalizedSchema` (models are recursive).
 */
export interface CliShape {
  readonly typeName: ShapeType;
  /** The model's shape name (`CreateDBClusterMessage`, `TagList`), or the member name for simple types. */
  readonly name: string;
  /** Structure members in botocore's model order (the SDK's schemas list required members first). */
  readonly members: ReadonlyMap<string, CliShape>;
  /** List element shape. */
  readonly member: CliShape;
  readonly key: CliShape;
  readonly value: CliShape;
  /** Required members in the order botocore's validator reports them missing. */
  readonly required: readonly string[];
  /** Enum values in botocore's order (the SDK's tables are sorted). */
  readonly enumValues: readonly string[] | undefined;
  readonly isIdempotencyToken: boolean;
  readonly isSensitive: boolean;
  /** The model's `min`: a length for strings and lists, a value for numbers (botocore checks it before sending). */
  readonly min: number | undefined;
}

const SCALAR_TYPES: ReadonlySet<ShapeType> = new Set(['string', 'integer', 'long', 'double', 'float', 'boolean', 'timestamp', 'blob']);

export function isScalarType(type: ShapeType): boolean {
  return SCALAR_TYPES.has(type);
}

/** Where a member sits, to look up facts the runtime schema lacks. */
interface ShapeContext {
  readonly service: ServiceName;
  readonly container?: string;
  readonly memberName?: string;
  /** A list element's enum table: the model's facts name it on the list member (`Statistics: Statistic[]`). */
  readonly elementEnumTable?: string;
}

export function cliShape(service: ServiceName, schema: NormalizedSchema): CliShape {
  return new SchemaShape(schema, { service });
}

class SchemaShape implements CliShape {
  private membersCache?: Map<string, CliShape>;
  private memberCache?: CliShape;
  private keyCache?: CliShape;
  private valueCache?: CliShape;
  readonly typeName: ShapeType;
  readonly name: string;

  constructor(
    private readonly schema: NormalizedSchema,
    private readonly context: ShapeContext,
  ) {
    this.name = schema.getName() ?? context.memberName ?? 'Unknown';
    this.typeName = this.computeType();
  }

  private computeType(): ShapeType {
    const s = this.schema;
    if (s.isListSchema()) return 'list';
    if (s.isMapSchema()) return 'map';
    if (s.isStructSchema()) return 'structure';
    if (s.isDocumentSchema()) return 'document';
    if (s.isStringSchema()) return 'string';
    if (s.isBooleanSchema()) return 'boolean';
    if (s.isTimestampSchema()) return 'timestamp';
    if (s.isBlobSchema()) return 'blob';
    if (s.isNumericSchema() || s.isBigIntegerSchema() || s.isBigDecimalSchema()) {
      const { container, memberName, service } = this.context;
      const kind = container && memberName ? numericMemberKinds[service]?.[`${container}.${memberName}`] : undefined;
      return kind ?? 'integer';
    }
    return 'string';
  }

  get members(): ReadonlyMap<string, CliShape> {
    if (!this.membersCache) {
      this.membersCache = new Map();
      if (this.typeName === 'structure') {
        const schemas = new Map(this.schema.structIterator());
        const order = botocoreMemberOrders[this.context.service]?.[this.name];
        for (const memberName of inBotocoreOrder([...schemas.keys()], order)) {
          const memberSchema = schemas.get(memberName) as NormalizedSchema;
          this.membersCache.set(memberName, new SchemaShape(memberSchema, { service: this.context.service, container: this.name, memberName }));
        }
        // botocore merges its extras into the model's members, after the API's own.
        for (const extra of sdkExtraMembers(this.context.service, this.name)) this.membersCache.set(extra, new ExtraStringShape());
      }
    }
    return this.membersCache;
  }

  get member(): CliShape {
    return (this.memberCache ??= new SchemaShape(this.schema.getValueSchema(), {
      service: this.context.service,
      container: this.name,
      memberName: 'member',
      elementEnumTable: this.enumTable,
    }));
  }

  get key(): CliShape {
    return (this.keyCache ??= new SchemaShape(this.schema.getKeySchema(), { service: this.context.service, container: this.name, memberName: 'key' }));
  }

  get value(): CliShape {
    return (this.valueCache ??= new SchemaShape(this.schema.getValueSchema(), { service: this.context.service, container: this.name, memberName: 'value' }));
  }

  get required(): readonly string[] {
    if (this.typeName !== 'structure') return [];
    const { service } = this.context;
    return inBotocoreOrder(serviceModel(service).facts.required[this.name] ?? [], botocoreRequiredOrders[service]?.[this.name]);
  }

  get min(): number | undefined {
    const { container, memberName, service } = this.context;
    return container && memberName ? memberMinimums[service]?.[`${container}.${memberName}`] : undefined;
  }

  private get enumTable(): string | undefined {
    const { container, memberName, service, elementEnumTable } = this.context;
    if (elementEnumTable !== undefined) return elementEnumTable;
    return container && memberName ? serviceModel(service).facts.enums[container]?.[memberName] : undefined;
  }

  get enumValues(): readonly string[] | undefined {
    const table = this.enumTable;
    if (table === undefined) return undefined;
    const { service } = this.context;
    const values = serviceModel(service).facts.enumValues[table];
    return values && inBotocoreOrder(values, botocoreEnumOrders[service]?.[table]);
  }

  get isIdempotencyToken(): boolean {
    return this.schema.isIdempotencyToken();
  }

  get isSensitive(): boolean {
    return Boolean(this.schema.getMergedTraits().sensitive);
  }
}
