import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@crm/kit';
import { ImportJob, ImportKind, ImportMode } from './import-job.entity';
import { findImportJob, startImport } from './customer-import.service';
import { ACCOUNT_COLUMNS, CUSTOMER_COLUMNS } from './customer-import.plans';

@Resolver()
export class CustomerImportResolver {
  @Mutation(() => ImportJob, {
    description: `Starts a CSV import (at most 50,000 rows, 10 MB) and returns its job at once; poll importJob(id). `
      + `CUSTOMERS columns: ${CUSTOMER_COLUMNS.join(',')}. ACCOUNTS columns: ${ACCOUNT_COLUMNS.join(',')}`,
  })
  startImport(
    @Arg('kind', () => ImportKind) kind: ImportKind,
    @Arg('csv') csv: string,
    @Arg('mode', () => ImportMode) mode: ImportMode,
    @Ctx() ctx: RequestContext,
  ) {
    return startImport(ctx, kind, csv, mode);
  }

  @Query(() => ImportJob, { nullable: true, description: 'An import started within your scope' })
  importJob(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findImportJob(ctx, id);
  }
}
