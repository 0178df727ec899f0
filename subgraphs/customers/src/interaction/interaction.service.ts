import {
  BadUserInputError,
  calendarDate,
  optionalText,
  pagedGroupLoader,
  parseId,
  pastMoment,
  requiredText,
  type PageInput,
  type RequestContext,
} from '@crm/kit';
import { customerInScope, requireCustomer } from '../customer/customer.access';
import { Interaction } from './interaction.entity';
import type { RecordInteractionInput } from './interaction.input';

/** A page of contacts, newest first, for every customer of a batch in one statement (customers already in scope). */
export const interactionsOfCustomers = (ctx: RequestContext, page: PageInput | null | undefined) =>
  pagedGroupLoader(ctx, 'Interaction', page, {
    from: 'customers.interaction',
    parent: 'customer_id',
    orderBy: 'x.occurred_at desc, x.id desc',
    where: [customerInScope(ctx)],
    map: (row) => ctx.em.map(Interaction, row),
  });

/** Who and for which unit come from the token, never from the input. */
export async function recordInteraction(ctx: RequestContext, input: RecordInteractionInput): Promise<Interaction> {
  const occurredAt = pastMoment(input.occurredAt, 'occurredAt');
  const summary = requiredText(input.summary, 'summary', 2000);
  const nextStepDue = input.nextStepDue ? calendarDate(input.nextStepDue, 'nextStepDue') : null;
  if (nextStepDue && nextStepDue < occurredAt.toISOString().slice(0, 10)) {
    throw new BadUserInputError('nextStepDue must not be before the contact', 'nextStepDue');
  }
  const customer = await requireCustomer(ctx, input.customerId);
  const interaction = ctx.em.create(Interaction, {
    customer,
    staffId: parseId(ctx.user.sub, 'sub'),
    orgUnitId: Number(ctx.user.orgUnitId),
    channel: input.channel,
    occurredAt,
    summary,
    outcome: optionalText(input.outcome, 'outcome', 500) ?? undefined,
    nextStep: optionalText(input.nextStep, 'nextStep', 500) ?? undefined,
    nextStepDue: nextStepDue ?? undefined,
  });
  await ctx.em.flush();
  return interaction;
}
