import { FieldResolver, Resolver, Root } from 'type-graphql';
import { maskAccountNo } from '@crm/kit';
import { Account } from './account.entity';

@Resolver(() => Account)
export class AccountResolver {
  @FieldResolver(() => String, { description: 'Masked: first 4 and last 4 digits (revealCustomerPii shows it whole, audited)' })
  accountNo(@Root() a: Account) {
    return maskAccountNo(a.accountNo);
  }
}
