import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permit, StaffReference, type RequestContext } from '@crm/kit';
import { CustomerFilter } from '../customer/customer.filter';
import { CustomerExportError, CustomerExportJob } from './customer-export-job.entity';
import {
  csvExpiresAt,
  customerExportCsv,
  EXPORT_KEPT_HOURS,
  findCustomerExportJob,
  MAX_EXPORT_ROWS,
  startCustomerExport,
} from './customer-export.service';

@Resolver(() => CustomerExportJob)
export class CustomerExportResolver {
  @Permit('CUSTOMER_READ', 'CUSTOMER_EXPORT')
  @Mutation(() => CustomerExportJob, {
    description:
      `Starts a CSV export of your scoped customer list (at most ${MAX_EXPORT_ROWS.toLocaleString('en')} rows) and returns its job at once; poll customerExportJob(id). ` +
      'Unmasked only with CUSTOMER_PII_REVEAL; recorded in the PII access log when it runs; one at a time per staff member (a second while one runs is RATE_LIMITED); ' +
      'cells that a spreadsheet would run as a formula start with a quote',
  })
  startCustomerExport(
    @Arg('purpose') purpose: string,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter | null,
  ) {
    return startCustomerExport(ctx, purpose, filter);
  }

  @Permit('CUSTOMER_READ', 'CUSTOMER_EXPORT')
  @Query(() => CustomerExportJob, { nullable: true, description: 'An export you started (only yours: anyone else’s answers null)' })
  customerExportJob(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findCustomerExportJob(ctx, id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `The file once SUCCEEDED, for ${EXPORT_KEPT_HOURS} hours; one with personal data in clear only while you may reveal it`,
  })
  csv(@Root() job: CustomerExportJob, @Ctx() ctx: RequestContext) {
    return customerExportCsv(ctx, job);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the file is dropped' })
  csvExpiresAt(@Root() job: CustomerExportJob) {
    return csvExpiresAt(job);
  }

  @FieldResolver(() => CustomerExportError, { nullable: true, description: 'Why it FAILED' })
  error(@Root() job: CustomerExportJob): CustomerExportError | null {
    return job.error ? { code: job.errorCode ?? 'INTERNAL', field: job.errorField ?? null, reason: job.error } : null;
  }

  @FieldResolver(() => StaffReference, { description: 'Who started it (org-hierarchy resolves name and position)' })
  requestedBy(@Root() job: CustomerExportJob) {
    return StaffReference.of(job.staffId);
  }
}
