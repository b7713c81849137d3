import { readFileSync } from 'node:fs';
import path from 'node:path';
import { get_dmmf } from '@prisma/prisma-schema-wasm';

type NativeType = [string, string[]] | null;
type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: string;
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: NativeType;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = { model: string; type: 'id' | 'unique' | 'normal' | 'fulltext'; fields: { name: string }[] };
type Datamodel = { models: DmmfModel[]; indexes: DmmfIndex[] };

export type ColumnShape = { table: string; column: string; type: string; notNull: boolean };
export type IndexShape = { table: string; columns: string[]; kind: 'primary' | 'unique' | 'index' };

// What PostgreSQL's format_type() prints for each Prisma type, as `prisma migrate` would create it.
const DEFAULT_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};

const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Uuid: () => 'uuid',
  Text: () => 'text',
  Char: ([n]) => `character(${n ?? 1})`,
  VarChar: ([n]) => (n ? `character varying(${n})` : 'character varying'),
  SmallInt: () => 'smallint',
  Integer: () => 'integer',
  BigInt: () => 'bigint',
  Boolean: () => 'boolean',
  Date: () => 'date',
  Timestamp: ([p]) => `timestamp(${p ?? 3}) without time zone`,
  Timestamptz: ([p]) => `timestamp(${p ?? 3}) with time zone`,
  JsonB: () => 'jsonb',
  Inet: () => 'inet',
};

function columnType(field: DmmfField): string {
  let type: string;
  if (field.kind === 'enum') type = `"${field.type}"`;
  else if (field.nativeType) {
    const [name, args] = field.nativeType;
    const format = NATIVE_TYPES[name];
    if (!format) throw new Error(`expected-schema.ts does not know the native type @db.${name}; add it`);
    type = format(args);
  } else {
    type = DEFAULT_TYPES[field.type] ?? `unknown Prisma type ${field.type}`;
  }
  return field.isList ? `${type}[]` : type;
}

/** The tables, columns and indexes that `schema.prisma` describes, in PostgreSQL's own terms. */
export function expectedSchema(schemaPath = path.join(process.cwd(), 'prisma', 'schema.prisma')) {
  const schema = readFileSync(schemaPath, 'utf8');
  const { datamodel } = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [[schemaPath, schema]] }))) as {
    datamodel: Datamodel;
  };
  const tableOf = new Map(datamodel.models.map((model) => [model.name, model.dbName ?? model.name]));
  const columnOf = (modelName: string, fieldName: string) => {
    const field = datamodel.models.find((model) => model.name === modelName)?.fields.find((f) => f.name === fieldName);
    return field?.dbName ?? fieldName;
  };
  const columns: ColumnShape[] = datamodel.models.flatMap((model) =>
    model.fields
      .filter((field) => field.kind === 'scalar' || field.kind === 'enum')
      .map((field) => ({
        table: model.dbName ?? model.name,
        column: field.dbName ?? field.name,
        type: columnType(field),
        notNull: field.isRequired || field.isList,
      })),
  );
  const kinds = { id: 'primary', unique: 'unique', normal: 'index', fulltext: 'index' } as const;
  const indexes: IndexShape[] = datamodel.indexes.map((index) => ({
    table: tableOf.get(index.model) ?? index.model,
    columns: index.fields.map((field) => columnOf(index.model, field.name)),
    kind: kinds[index.type],
  }));
  return { columns, indexes };
}
