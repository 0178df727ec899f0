import { groupLoader, idLoader, type RequestContext } from '@crm/kit';
import { CaseStatus, ServiceCase } from './service-case.entity';
import { ServiceCaseEvent } from './service-case-event.entity';

/**
 * A case is visible to whoever may see its customer (home_org_path in scope, joined in SQL). Since a
 * case only ever moves up to ancestors of the customer's home unit, this covers its handlers too.
 */
export const serviceCaseLoader = (ctx: RequestContext) => idLoader(ctx, ServiceCase, { customer: { homeOrgPath: ctx.scope.where() } });

/** A customer's cases, newest first, for a batch of customers in one query (per status filter). */
export const customerCasesLoader = (ctx: RequestContext, status?: CaseStatus[] | null) => {
  const statuses = status?.length ? [...new Set(status)].sort() : null;
  return groupLoader(
    ctx,
    `ServiceCase#customer:${statuses?.join(',') ?? '*'}`,
    (customerIds) =>
      ctx.em.find(
        ServiceCase,
        {
          customer: { id: { $in: [...customerIds] }, homeOrgPath: ctx.scope.where() },
          ...(statuses ? { status: { $in: statuses } } : {}),
        },
        { orderBy: { openedAt: 'desc', id: 'desc' } },
      ),
    (c) => c.customer.id,
  );
};

/** A case's history, oldest first, for a batch of cases in one query. */
export const caseEventsLoader = (ctx: RequestContext) =>
  groupLoader(
    ctx,
    'ServiceCaseEvent#case',
    (caseIds) => ctx.em.find(ServiceCaseEvent, { serviceCase: { $in: [...caseIds] } }, { orderBy: { at: 'asc', id: 'asc' } }),
    (e) => e.serviceCase.id,
  );
