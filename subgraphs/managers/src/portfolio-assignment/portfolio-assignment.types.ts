import { Field, Int, ObjectType } from 'type-graphql';
import { Paged } from '@crm/kit';
import { CustomerManager } from '../customer-manager/customer-manager.entity';
import { PortfolioTransfer } from './portfolio-assignment.entity';

@ObjectType({ description: 'What an assignment or a portfolio transfer did' })
export class ReassignmentResult {
  @Field(() => Int, { description: 'Customers who now have the manager (0 while a transfer awaits approval)' })
  assigned!: number;

  @Field(() => Int, { description: 'Customers who already had the manager: left as they were' })
  unchanged!: number;

  @Field(() => CustomerManager, { description: 'The receiving manager; portfolioSize counts the customers just moved' })
  manager!: CustomerManager;

  @Field(() => PortfolioTransfer, {
    nullable: true,
    description: 'Set when the move is large enough to need a second leader: nothing moved yet, the request is PENDING',
  })
  transfer!: PortfolioTransfer | null;
}

@ObjectType()
export class PortfolioTransferPage extends Paged(PortfolioTransfer) {}
