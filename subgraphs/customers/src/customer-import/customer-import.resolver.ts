import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permit, type RequestContext } from '@crm/kit';
import { ImportJob, ImportKind, ImportMode } from './customer-import-job.entity';
import { findImportJob, startImport } from './customer-import.service';
import { ACCOUNT_COLUMNS, CUSTOMER_COLUMNS } from './customer-import.plans';
import { DUPLICATES_PER_HOUR } from '../pii/duplicate-confirmations';

@Resolver()
export class CustomerImportResolver {
  @Permit('CUSTOMER_IMPORT')
  @Mutation(() => ImportJob, {
    description:
      `Starts a CSV import (at most 50,000 rows, 10 MB) and returns its job at once; poll importJob(id). ` +
      `CUSTOMERS columns: ${CUSTOMER_COLUMNS.join(',')}. ACCOUNTS columns: ${ACCOUNT_COLUMNS.join(',')}. ` +
      `Rows that duplicate an existing ID or account number are audited and budgeted (at most ${DUPLICATES_PER_HOUR} per staff member and hour; beyond it RATE_LIMITED)`,
  })
  startImport(
    @Arg('kind', () => ImportKind) kind: ImportKind,
    @Arg('csv') csv: string,
    @Arg('mode', () => ImportMode) mode: ImportMode,
    @Ctx() ctx: RequestContext,
  ) {
    return startImport(ctx, kind, csv, mode);
  }

  @Permit('CUSTOMER_IMPORT')
  @Query(() => ImportJob, { nullable: true, description: 'An import started within your scope' })
  importJob(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findImportJob(ctx, id);
  }
}
