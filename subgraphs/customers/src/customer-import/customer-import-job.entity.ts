import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ImportKind {
  CUSTOMERS = 'CUSTOMERS',
  ACCOUNTS = 'ACCOUNTS',
}
registerEnumType(ImportKind, { name: 'ImportKind' });

export enum ImportMode {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  VALID_ROWS_ONLY = 'VALID_ROWS_ONLY',
}
registerEnumType(ImportMode, {
  name: 'ImportMode',
  description: 'ALL_OR_NOTHING: one bad row and nothing is imported · VALID_ROWS_ONLY: the good rows are imported, the bad ones reported',
});

export enum ImportStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(ImportStatus, { name: 'ImportStatus' });

@ObjectType({ description: 'Why one row (1-based data row; the header is row 0) was not imported' })
export class ImportRowError {
  @Field(() => Int) row!: number;
  @Field({ description: 'the CSV column' }) field!: string;
  @Field() reason!: string;
  @Field(() => String, { nullable: true, description: 'RATE_LIMITED when the file was refused for the hourly budget of duplicate answers' })
  code?: string;
}

/** A CSV import: created first, then updated as chunks are validated and written (progress). */
@ObjectType({ description: 'A CSV import and its progress; poll importJob(id) while status is RUNNING' })
@Entity({ tableName: 'import_job' })
export class ImportJob {
  [OptionalProps]?: 'status' | 'totalRows' | 'processedRows' | 'importedRows' | 'errors' | 'createdAt' | 'finishedAt';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field(() => ImportKind)
  @Enum(() => ImportKind)
  kind!: ImportKind;

  @Field(() => ImportStatus)
  @Enum(() => ImportStatus)
  status: ImportStatus = ImportStatus.RUNNING;

  @Field(() => ImportMode)
  @Enum(() => ImportMode)
  mode!: ImportMode;

  @Field(() => Int)
  @Property()
  totalRows: number = 0;

  @Field(() => Int, { description: 'rows validated (and, where good, written) so far' })
  @Property()
  processedRows: number = 0;

  @Field(() => Int)
  @Property()
  importedRows: number = 0;

  @Field(() => [ImportRowError])
  @Property({ type: 'json' })
  errors: ImportRowError[] = [];

  @Property()
  createdByStaffId!: number;

  /** the starter's org path: who else may see the job (their unit and the units above) */
  @Property({ length: 255 })
  orgPath!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
