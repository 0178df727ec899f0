import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CustomerReference, PageInput, Permit, StaffReference, type RequestContext } from '@crm/kit';
import { CustomerManager } from '../customer-manager/customer-manager.entity';
import { managerLoader } from '../customer-manager/customer-manager.loader';
import { PortfolioAssignment, PortfolioTransfer } from './portfolio-assignment.entity';
import { PortfolioTransferStatus } from './portfolio-assignment.enums';
import { AssignCustomersInput, TransferPortfolioInput } from './portfolio-assignment.input';
import { managerHistoryLoader } from './portfolio-assignment.loader';
import {
  approvePortfolioTransfer,
  assignCustomers,
  listPortfolioTransfers,
  rejectPortfolioTransfer,
  transferPortfolio,
} from './portfolio-assignment.service';
import { PortfolioTransferPage, ReassignmentResult } from './portfolio-assignment.types';

const staff = (id: number | null | undefined) => (id == null ? null : StaffReference.of(id));

@Resolver(() => PortfolioTransfer)
export class PortfolioTransferResolver {
  @Permit('PORTFOLIO_REASSIGN')
  @Mutation(() => ReassignmentResult, {
    description:
      'Give one customer or a selection (1–500, in scope, open) a primary manager; the previous period ends, history is kept. More than 50 changing manager: a PENDING transfer for a second leader',
  })
  assignCustomers(@Arg('input', () => AssignCustomersInput) input: AssignCustomersInput, @Ctx() ctx: RequestContext) {
    return assignCustomers(ctx, input);
  }

  @Permit('PORTFOLIO_REASSIGN')
  @Mutation(() => ReassignmentResult, {
    description:
      'Move a manager’s whole portfolio (in scope) to another manager: at once up to 50 customers, above that a PENDING transfer a second leader approves',
  })
  transferPortfolio(@Arg('input', () => TransferPortfolioInput) input: TransferPortfolioInput, @Ctx() ctx: RequestContext) {
    return transferPortfolio(ctx, input);
  }

  @Permit('PORTFOLIO_REASSIGN')
  @Mutation(() => PortfolioTransfer, {
    description: 'A second leader, never the maker (FORBIDDEN): move the transfer’s customers now; a stale version is CONFLICT',
  })
  approvePortfolioTransfer(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext) {
    return approvePortfolioTransfer(ctx, id, version);
  }

  @Permit('PORTFOLIO_REASSIGN')
  @Mutation(() => PortfolioTransfer, { description: 'Turn a pending transfer down (its maker may withdraw it): nothing moves' })
  rejectPortfolioTransfer(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    return rejectPortfolioTransfer(ctx, id, version, note);
  }

  @Permit('PORTFOLIO_REASSIGN')
  @Query(() => PortfolioTransferPage, { description: 'Portfolio transfers of the caller’s scope, newest first' })
  portfolioTransfers(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => PortfolioTransferStatus, { nullable: true }) status?: PortfolioTransferStatus | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
  ) {
    return listPortfolioTransfers(ctx, status, page);
  }

  @FieldResolver(() => CustomerManager, { nullable: true, description: 'Whose whole portfolio moves; null for a selection' })
  fromManager(@Root() t: PortfolioTransfer, @Ctx() ctx: RequestContext) {
    // both managers work under the transfer's org path, which is in the caller's scope
    return t.fromManagerId == null ? null : managerLoader(ctx).load(t.fromManagerId);
  }

  @FieldResolver(() => CustomerManager)
  toManager(@Root() t: PortfolioTransfer, @Ctx() ctx: RequestContext) {
    return managerLoader(ctx).load(t.toManagerId);
  }

  @FieldResolver(() => StaffReference, { description: 'The maker: the leader who asked for it' })
  requestedBy(@Root() t: PortfolioTransfer) {
    return StaffReference.of(t.requestedByStaffId);
  }

  @FieldResolver(() => Date)
  requestedAt(@Root() t: PortfolioTransfer) {
    return t.createdAt;
  }

  @FieldResolver(() => StaffReference, {
    nullable: true,
    description: 'The checker who approved or rejected it (or its maker, withdrawing it)',
  })
  decidedBy(@Root() t: PortfolioTransfer) {
    return staff(t.decidedByStaffId);
  }

  @FieldResolver(() => Int, { description: 'Pass it back to approve or reject; a stale one is CONFLICT' })
  version(@Root() t: PortfolioTransfer) {
    return t.version;
  }
}

@Resolver(() => PortfolioAssignment)
export class PortfolioAssignmentResolver {
  @FieldResolver(() => CustomerManager)
  manager(@Root() a: PortfolioAssignment, @Ctx() ctx: RequestContext) {
    // reached through a customer of the caller's scope: their managers are shown wherever they work
    return managerLoader(ctx).load(a.managerId);
  }

  @FieldResolver(() => CustomerManager, { nullable: true, description: 'The manager before (the “from”); null for the first' })
  previousManager(@Root() a: PortfolioAssignment, @Ctx() ctx: RequestContext) {
    return a.previousManagerId == null ? null : managerLoader(ctx).load(a.previousManagerId);
  }

  @FieldResolver(() => StaffReference, { nullable: true, description: 'Who assigned this manager; null for the initial allocation' })
  assignedBy(@Root() a: PortfolioAssignment) {
    return staff(a.assignedByStaffId);
  }

  @FieldResolver(() => StaffReference, { nullable: true, description: 'Who ended this period (the next assignment’s leader)' })
  endedBy(@Root() a: PortfolioAssignment) {
    return staff(a.endedByStaffId);
  }

  @FieldResolver(() => StaffReference, { nullable: true, description: 'The second leader, when an approved transfer made this assignment' })
  approvedBy(@Root() a: PortfolioAssignment) {
    return staff(a.approvedByStaffId);
  }
}

/** managers adds to Customer: every manager they had. */
@Resolver(() => CustomerReference)
export class ManagerHistoryOfCustomerResolver {
  // a customer has a handful of managers over the years: priced as 5, not the gateway's default 20
  @Directive('@listSize(assumedSize: 5)')
  @FieldResolver(() => [PortfolioAssignment], { description: 'Every primary manager the customer had, newest first' })
  managerHistory(@Root() customer: CustomerReference, @Ctx() ctx: RequestContext) {
    return managerHistoryLoader(ctx).load(customer.customerId);
  }
}
