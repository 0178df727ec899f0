import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StaffReference } from '@crm/kit';

export enum ScoreJobStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(ScoreJobStatus, { name: 'ScoreJobStatus' });

/** A recompute of the whole bank as of a date: created first, then updated after every chunk (progress). */
@ObjectType({ description: 'A whole-bank score recompute and its progress; poll scoreJob(id) while RUNNING' })
@Entity({ tableName: 'score_job' })
export class ScoreJob {
  [OptionalProps]?: 'status' | 'totalCustomers' | 'processedCustomers' | 'startedAt' | 'finishedAt' | 'error' | 'policyId' | 'startedBy';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  asOf!: string;

  /** the policy active when the job tiered its customers */
  @Property({ nullable: true })
  policyId?: number | null;

  @Field(() => ScoreJobStatus)
  @Enum(() => ScoreJobStatus)
  status: ScoreJobStatus = ScoreJobStatus.RUNNING;

  @Field(() => Int, { description: 'customers to score (every customer not merged away)' })
  @Property()
  totalCustomers: number = 0;

  @Field(() => Int)
  @Property()
  processedCustomers: number = 0;

  @Property()
  startedByStaffId!: number;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  startedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true, length: 2000 })
  error?: string | null;

  @Field(() => StaffReference)
  get startedBy(): StaffReference {
    return StaffReference.of(this.startedByStaffId);
  }
}
