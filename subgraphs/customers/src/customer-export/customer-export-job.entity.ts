import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CustomerExportStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(CustomerExportStatus, { name: 'CustomerExportStatus' });

@ObjectType({ description: 'Why an export failed: BAD_USER_INPUT naming the field (e.g. too many rows: narrow the filter), or INTERNAL' })
export class CustomerExportError {
  @Field() code!: string;
  @Field(() => String, { nullable: true }) field?: string | null;
  @Field() reason!: string;
}

/**
 * A CSV export of the caller's scoped customer list, run in the background (customer-export.service.ts).
 * The CSV itself is not mapped here: it is read only when asked for, and only by the staff member who
 * started the job (`csv` field resolver).
 */
@ObjectType({
  description:
    'A CSV export of your scoped customer list; poll customerExportJob(id) while status is RUNNING, then read csv (kept 24 hours)',
})
@Entity({ tableName: 'export_job' })
export class CustomerExportJob {
  [OptionalProps]?: 'status' | 'rows' | 'errorCode' | 'errorField' | 'error' | 'startedAt' | 'finishedAt';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field(() => CustomerExportStatus)
  @Enum(() => CustomerExportStatus)
  status: CustomerExportStatus = CustomerExportStatus.RUNNING;

  /** who started it: the only one who may read it */
  @Property()
  staffId!: number;

  /** the starter's org path when they started it: the scope of the file */
  @Property({ length: 255 })
  orgPath!: string;

  @Field({ description: 'why the data was exported, as recorded in the PII access log' })
  @Property({ length: 500 })
  purpose!: string;

  @Field({ description: 'true when personal data is in clear (CUSTOMER_PII_REVEAL); otherwise masked as on screen' })
  @Property()
  unmasked!: boolean;

  @Field()
  @Property({ length: 64 })
  filename!: string;

  @Field(() => Int, { nullable: true, description: 'customers in the file, once it is done' })
  @Property({ fieldName: 'row_count', nullable: true })
  rows?: number | null;

  @Property({ length: 32, nullable: true })
  errorCode?: string | null;

  @Property({ length: 64, nullable: true })
  errorField?: string | null;

  @Property({ length: 2000, nullable: true })
  error?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  startedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  @Field({ description: 'UTF-8 with BOM, so spreadsheet programs read the Chinese names' })
  get contentType(): string {
    return 'text/csv; charset=utf-8';
  }
}
