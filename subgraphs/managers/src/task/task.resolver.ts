import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  CustomerReference,
  customerInScopeLoader,
  PageInput,
  Paged,
  parseId,
  Permit,
  StaffReference,
  type ReferenceResolver,
  type RequestContext,
} from '@crm/kit';
import { can } from '@crm/shared-types';
import { CustomerManager } from '../customer-manager/customer-manager.entity';
import { managerInScopeLoader } from '../customer-manager/customer-manager.loader';
import { Task } from './task.entity';
import { CreateTaskInput, TaskFilter } from './task.input';
import { taskInScopeLoader, taskSummaryLoader, tasksOfManagers } from './task.loader';
import {
  cancelTask,
  completeTask,
  createTask,
  getTask,
  managerTaskSummaries,
  overdueTasks,
  rescheduleTask,
  runTaskRules,
  taskFromNextStep,
} from './task.service';

@ObjectType()
export class TaskPage extends Paged(Task) {}

@ObjectType({ description: 'A manager’s open tasks: how many, due today, overdue (Beijing calendar)' })
export class TaskSummary {
  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  dueToday!: number;

  @Field(() => Int)
  overdue!: number;
}

@ObjectType({ description: 'One manager’s open tasks, for their head' })
export class ManagerTaskSummary extends TaskSummary {
  @Field(() => CustomerManager)
  manager!: CustomerManager;
}

@ObjectType({ description: 'Tasks the rules made in this run, per rule (a trigger already handled makes none)' })
export class TaskRulesRun {
  @Field(() => Int, { description: 'a time deposit maturing within 30 days → a call' })
  maturingDeposits!: number;

  @Field(() => Int, { description: 'a churn-risk flag → a visit' })
  churnRisks!: number;

  @Field(() => Int, { description: 'a complaint closed → a follow-up call' })
  closedComplaints!: number;
}

@Resolver(() => Task)
export class TaskResolver {
  @Permit('MANAGER_READ')
  @Query(() => Task, { description: 'One task of a manager in the caller’s scope (NOT_FOUND outside it)' })
  task(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getTask(ctx, id);
  }

  @Permit('MANAGER_READ')
  @Query(() => TaskPage, {
    description: 'Overdue tasks of the managers of a unit in the caller’s scope (default: the whole scope), oldest first',
  })
  overdueTasks(
    @Ctx() ctx: RequestContext,
    @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return overdueTasks(ctx, orgUnitId, page);
  }

  @Permit('MANAGER_READ')
  @Query(() => [ManagerTaskSummary], {
    description: 'Each active manager of a unit in the caller’s scope with their open, due-today and overdue tasks, most overdue first',
  })
  managerTaskSummaries(@Ctx() ctx: RequestContext, @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string) {
    return managerTaskSummaries(ctx, orgUnitId);
  }

  @Permit('TASK_MANAGE')
  @Mutation(() => Task, { description: 'A task by hand: for oneself, or (a leader) for a manager of the unit' })
  createTask(@Arg('input', () => CreateTaskInput) input: CreateTaskInput, @Ctx() ctx: RequestContext) {
    return createTask(ctx, input);
  }

  @Permit('TASK_MANAGE')
  @Mutation(() => Task, { description: 'Done, with what came of it' })
  completeTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('outcome') outcome: string,
    @Ctx() ctx: RequestContext,
  ) {
    return completeTask(ctx, id, version, outcome);
  }

  @Permit('TASK_MANAGE')
  @Mutation(() => Task, { description: 'Another day (YYYY-MM-DD, today or later) for an open task' })
  rescheduleTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('dueOn') dueOn: string,
    @Ctx() ctx: RequestContext,
  ) {
    return rescheduleTask(ctx, id, version, dueOn);
  }

  @Permit('TASK_MANAGE')
  @Mutation(() => Task, { description: 'Not needed any more, and why' })
  cancelTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return cancelTask(ctx, id, version, reason);
  }

  @Permit('TASK_MANAGE')
  @Mutation(() => Task, { description: 'A contact’s next step as a follow-up of the customer’s manager; once per contact' })
  taskFromNextStep(@Arg('interactionId', () => ID) interactionId: string, @Ctx() ctx: RequestContext) {
    return taskFromNextStep(ctx, interactionId);
  }

  // A leader's decision: it gives work to every manager of the unit (the daily job does the whole bank anyway)
  @Permit('TASK_MANAGE', 'PORTFOLIO_REASSIGN')
  @Mutation(() => TaskRulesRun, { description: 'Run the task rules now for a unit in the caller’s scope (default: the whole scope)' })
  runTaskRules(@Ctx() ctx: RequestContext, @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string) {
    return runTaskRules(ctx, orgUnitId);
  }

  @FieldResolver(() => CustomerManager, { description: 'Whose task it is' })
  async manager(@Root() t: Task, @Ctx() ctx: RequestContext) {
    // tasks are only ever reached through their manager's scope
    return managerInScopeLoader(ctx).load(t.manager.id);
  }

  @FieldResolver(() => CustomerReference, { nullable: true, description: 'For whom; null for none, or when outside the caller’s scope' })
  async customer(@Root() t: Task, @Ctx() ctx: RequestContext) {
    if (t.customerId == null || !can(ctx.user, 'CUSTOMER_READ')) return null;
    return customerInScopeLoader(ctx).load(t.customerId);
  }

  @FieldResolver(() => StaffReference, { nullable: true, description: 'Who made it by hand or from a next step; null: a rule' })
  createdBy(@Root() t: Task) {
    return t.createdByStaffId == null ? null : StaffReference.of(t.createdByStaffId);
  }

  @FieldResolver(() => Int, { description: 'Pass it back to an edit; a stale one is CONFLICT' })
  version(@Root() t: Task) {
    return t.version;
  }
}

/** managers adds to CustomerManager: their tasks and how many are open, due today, overdue. */
@Resolver(() => CustomerManager)
export class CustomerManagerTasksResolver {
  @Permit('MANAGER_READ')
  @FieldResolver(() => TaskPage, {
    description: 'The manager’s tasks: open ones first, soonest due first; empty outside the caller’s scope',
  })
  tasks(
    @Root() m: CustomerManager,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter?: TaskFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return tasksOfManagers(ctx, filter, page).load(m.id);
  }

  @Permit('MANAGER_READ')
  @FieldResolver(() => TaskSummary, {
    nullable: true,
    description: 'Open, due today, overdue (Beijing calendar); null outside the caller’s scope',
  })
  taskSummary(@Root() m: CustomerManager, @Ctx() ctx: RequestContext) {
    return taskSummaryLoader(ctx).load(m.id);
  }
}

/** `_entities` for Task: a task whose manager is in the caller's scope, for callers who may read managers. */
export const taskReference: ReferenceResolver = {
  permit: ['MANAGER_READ'],
  resolve: (ref, ctx) => taskInScopeLoader(ctx).load(parseId(ref.id)),
};
