import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Paged } from '@crm/kit';

export enum PiiField {
  ID_NUMBER = 'ID_NUMBER',
  PHONE = 'PHONE',
  ADDRESS = 'ADDRESS',
  EMAIL = 'EMAIL',
  /** the clear date of birth: beside a masked ID number it would leave ~10 checksum-valid candidates */
  BIRTH_DATE = 'BIRTH_DATE',
  ACCOUNT_NUMBERS = 'ACCOUNT_NUMBERS',
}
registerEnumType(PiiField, { name: 'PiiField', description: 'Personal data that is masked unless revealed (PIPL)' });

@ObjectType({ description: 'Unmasked personal data of one customer; fields not asked for stay masked (idNumber) or null/empty' })
export class PiiReveal {
  @Field(() => ID) customerId!: string;
  @Field() idNumber!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD when BIRTH_DATE was asked for, otherwise masked like Customer.birthDate',
  })
  birthDate?: string | null;
  @Field(() => [String]) accountNumbers!: string[];
}

@ObjectType({ description: 'One unmasked read of personal data: who, when, what and why (append-only)' })
export class PiiAccessEntry {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => ID) staffId!: string;
  @Field() staffUsername!: string;
  @Field({
    description: 'REVEAL, EXPORT, DUPLICATE (told that an ID or account number exists) or SEARCH (a list narrowed by ID number or phone)',
  })
  action!: string;
  @Field(() => ID, { nullable: true, description: 'null for lists, and for a customer outside your scope' }) customerId?: string | null;
  @Field(() => Int) customerCount!: number;
  @Field(() => [String]) fields!: string[];
  @Field() purpose!: string;
}

@ObjectType()
export class PiiAccessLogPage extends Paged(PiiAccessEntry) {}
