import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageInput, type RequestContext } from '@crm/kit';
import { Customer } from '../customer/customer.entity';
import { Account, AccountStatus } from '../account/account.entity';
import { accountsOfCustomers, balancesOf } from '../account/account.service';
import { CustomerBalances } from '../account/account.types';
import { TransactionFilter } from '../account-transaction/account-transaction.filter';
import { TransactionPage } from '../account-transaction/account-transaction.resolver';
import { transactionsOfCustomers } from '../account-transaction/account-transaction.service';
import { InteractionPage } from '../interaction/interaction.resolver';
import { interactionsOfCustomers } from '../interaction/interaction.service';
import { CustomerNeed, NeedStatus } from '../customer-need/customer-need.entity';
import { needsOfCustomers } from '../customer-need/customer-need.service';
import { SurveyPage } from '../satisfaction-survey/satisfaction-survey.resolver';
import { surveysOfCustomers } from '../satisfaction-survey/satisfaction-survey.service';
import { CustomerRelationshipView } from '../customer-relationship/customer-relationship.types';
import { relationshipsOfCustomers } from '../customer-relationship/customer-relationship.service';

/**
 * The customer 360: money and contact history on Customer. The parent Customer has already passed
 * the scope check (it comes from the scoped list, the scoped loader or `_entities`), so its children
 * are in scope by construction; the loaders check the customer's path in SQL once more anyway.
 *
 * Every field goes through a per-request loader keyed by customer id, so a page of customers costs
 * one statement per field, however many customers, accounts or transactions it shows. Paged fields
 * (transactions, interactions, surveys) page every customer of the batch in one windowed statement.
 */
@Resolver(() => Customer)
export class Customer360Resolver {
  @FieldResolver(() => [Account], { description: 'Oldest first; closed accounts only when asked' })
  async accounts(
    @Root() c: Customer,
    @Ctx() ctx: RequestContext,
    @Arg('includeClosed', () => Boolean, { defaultValue: false }) includeClosed: boolean,
  ): Promise<Account[]> {
    const accounts = await accountsOfCustomers(ctx).load(c.id);
    return includeClosed ? accounts! : accounts!.filter((a) => a.status !== AccountStatus.CLOSED);
  }

  @FieldResolver(() => CustomerBalances, { description: 'Sums over accounts that are not closed (CNY)' })
  async balances(@Root() c: Customer, @Ctx() ctx: RequestContext): Promise<CustomerBalances> {
    // the same batch as `accounts`: asking for both costs one statement
    return balancesOf((await accountsOfCustomers(ctx).load(c.id))!);
  }

  @FieldResolver(() => TransactionPage, { description: 'Newest first' })
  async transactions(
    @Root() c: Customer,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TransactionFilter, { nullable: true }) filter?: TransactionFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<TransactionPage> {
    return (await transactionsOfCustomers(ctx, filter, page).load(c.id))!;
  }

  @FieldResolver(() => InteractionPage, { description: 'Newest first' })
  async interactions(
    @Root() c: Customer,
    @Ctx() ctx: RequestContext,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<InteractionPage> {
    return (await interactionsOfCustomers(ctx, page).load(c.id))!;
  }

  @FieldResolver(() => [CustomerNeed], { description: 'Newest first; all statuses unless asked' })
  async needs(
    @Root() c: Customer,
    @Ctx() ctx: RequestContext,
    @Arg('status', () => [NeedStatus], { nullable: true }) status?: NeedStatus[],
  ): Promise<CustomerNeed[]> {
    return (await needsOfCustomers(ctx, status).load(c.id))!;
  }

  @FieldResolver(() => SurveyPage, { description: 'Newest first' })
  async surveys(
    @Root() c: Customer,
    @Ctx() ctx: RequestContext,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<SurveyPage> {
    return (await surveysOfCustomers(ctx, page).load(c.id))!;
  }

  @FieldResolver(() => [CustomerRelationshipView], { description: 'Both directions; the other customer only when in your scope' })
  async relationships(@Root() c: Customer, @Ctx() ctx: RequestContext): Promise<CustomerRelationshipView[]> {
    return (await relationshipsOfCustomers(ctx).load(c.id))!;
  }
}
