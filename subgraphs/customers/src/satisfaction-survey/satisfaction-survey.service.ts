import { BadUserInputError, optionalText, pagedGroupLoader, parseId, pastMoment, type PageInput, type RequestContext } from '@crm/kit';
import { customerInScope, requireCustomer } from '../customer/customer.access';
import { ServiceCase } from '../service-case/service-case.entity';
import { SatisfactionSurvey } from './satisfaction-survey.entity';
import type { RecordSurveyInput } from './satisfaction-survey.input';

/** A page of surveys, newest first, for every customer of a batch in one statement (customers already in scope). */
export const surveysOfCustomers = (ctx: RequestContext, page: PageInput | null | undefined) =>
  pagedGroupLoader(ctx, 'SatisfactionSurvey', page, {
    from: 'customers.satisfaction_survey',
    parent: 'customer_id',
    orderBy: 'x.surveyed_at desc, x.id desc',
    where: [customerInScope(ctx)],
    map: (row) => ctx.em.map(SatisfactionSurvey, row),
  });

export async function recordSurvey(ctx: RequestContext, input: RecordSurveyInput): Promise<SatisfactionSurvey> {
  if (input.csat == null && input.nps == null) throw new BadUserInputError('Give csat (1–5), nps (0–10) or both', 'csat');
  const surveyedAt = pastMoment(input.surveyedAt, 'surveyedAt');
  const comment = optionalText(input.comment, 'comment', 2000);
  const customer = await requireCustomer(ctx, input.customerId);
  let serviceCaseId: number | undefined;
  if (input.serviceCaseId != null) {
    serviceCaseId = parseId(input.serviceCaseId, 'serviceCaseId');
    // the customer is in scope, so a case of this customer is too; any other case is refused alike
    const serviceCase = await ctx.em.findOne(ServiceCase, { id: serviceCaseId, customer: customer.id }, { fields: ['id'] });
    if (!serviceCase) throw new BadUserInputError('serviceCaseId is not a case of this customer', 'serviceCaseId');
  }
  const survey = ctx.em.create(SatisfactionSurvey, {
    customer,
    touchpoint: input.touchpoint,
    csat: input.csat ?? undefined,
    nps: input.nps ?? undefined,
    comment: comment ?? undefined,
    surveyedAt,
    serviceCaseId,
    recordedByStaffId: parseId(ctx.user.sub, 'sub'),
  });
  await ctx.em.flush();
  return survey;
}
