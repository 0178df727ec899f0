import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { TaskKind, TaskStatus } from './task.enums';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A task made by hand' })
export class CreateTaskInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Whose task; default the caller (only a leader of the unit may give one to a colleague)',
  })
  @IsOptional()
  managerId?: string;

  @Field(() => ID, { nullable: true, description: 'For whom: a customer the manager keeps or one of their unit; none for an event' })
  @IsOptional()
  customerId?: string;

  @Field(() => TaskKind)
  kind!: TaskKind;

  @Field()
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note?: string;

  @Field({ description: 'YYYY-MM-DD, today (Beijing) or later, within a year' })
  @Matches(DATE, { message: 'dueOn must be a date YYYY-MM-DD' })
  dueOn!: string;
}

@InputType({ description: 'Which tasks: by status, due date (YYYY-MM-DD, both ends included), kind; or only the overdue ones' })
export class TaskFilter {
  @Field(() => [TaskStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(3, { message: 'statuses takes at most 3 values' })
  statuses?: TaskStatus[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'dueFrom must be a date YYYY-MM-DD' })
  dueFrom?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'dueTo must be a date YYYY-MM-DD' })
  dueTo?: string;

  @Field({ defaultValue: false, description: 'Only open tasks due before today (Beijing)' })
  overdueOnly: boolean = false;

  @Field(() => [TaskKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(12, { message: 'kinds takes at most 12 values' })
  kinds?: TaskKind[];
}
