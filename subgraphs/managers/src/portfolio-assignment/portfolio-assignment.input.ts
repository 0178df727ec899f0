import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ManagerEmployment, ManagerGrade, ManagerSpecialty } from '../customer-manager/customer-manager.enums';
import { AssignmentReason } from './portfolio-assignment.enums';

/** At most this many customers in one assignment: a page of a list, and a bound on one statement's work. */
export const MAX_CUSTOMERS_PER_ASSIGNMENT = 500;
export const MAX_NOTE = 1000;

@InputType({ description: 'Give one customer or a selection a (new) primary manager' })
export class AssignCustomersInput {
  @Field(() => [ID], { description: `1 to ${MAX_CUSTOMERS_PER_ASSIGNMENT} customers of the caller’s scope, each once` })
  @ArrayMinSize(1, { message: 'customerIds must name at least one customer' })
  @ArrayMaxSize(MAX_CUSTOMERS_PER_ASSIGNMENT, {
    message: `customerIds must name at most ${MAX_CUSTOMERS_PER_ASSIGNMENT} customers`,
  })
  @ArrayUnique({ message: 'customerIds must not name a customer twice' })
  customerIds!: string[];

  @Field(() => ID, { description: 'An active manager of the caller’s scope' })
  managerId!: string;

  @Field(() => AssignmentReason)
  reason!: AssignmentReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_NOTE, { message: `handoverNote must be at most ${MAX_NOTE} characters` })
  handoverNote?: string | null;
}

@InputType({ description: 'Move every customer a manager keeps (in the caller’s scope) to another manager' })
export class TransferPortfolioInput {
  @Field(() => ID)
  fromManagerId!: string;

  @Field(() => ID, { description: 'An active manager of the caller’s scope, not fromManagerId' })
  toManagerId!: string;

  @Field(() => AssignmentReason)
  reason!: AssignmentReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_NOTE, { message: `handoverNote must be at most ${MAX_NOTE} characters` })
  handoverNote?: string | null;
}

@InputType({ description: 'What changes about a manager; fields left out stay as they are' })
export class UpdateCustomerManagerInput {
  @Field(() => ManagerGrade, { nullable: true })
  @IsOptional()
  grade?: ManagerGrade | null;

  @Field(() => ManagerEmployment, { nullable: true })
  @IsOptional()
  employment?: ManagerEmployment | null;

  @Field(() => ManagerSpecialty, { nullable: true })
  @IsOptional()
  specialty?: ManagerSpecialty | null;

  @Field(() => Int, { nullable: true, description: 'How many customers they can serve well, 1–5000' })
  @IsOptional()
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(5000, { message: 'capacity must be at most 5000' })
  capacity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'false: the manager leaves the system — only once they keep no customers' })
  @IsOptional()
  active?: boolean | null;
}
