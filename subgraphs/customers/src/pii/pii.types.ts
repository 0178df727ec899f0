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

/**
 * Why personal data is seen in clear: the bank's closed list (PIPL's "specific purpose"); a note may add
 * detail, but a free-text-only purpose is not accepted. Recorded in the PII access log with each reveal.
 */
export enum PiiRevealPurpose {
  /** 办理业务核实身份: verifying who the customer is while serving them at the counter or on the phone */
  ACCOUNT_SERVICE = 'ACCOUNT_SERVICE',
  /** 投诉处理: handling a complaint that needs the contact data or identity */
  COMPLAINT_HANDLING = 'COMPLAINT_HANDLING',
  /** 风险审查: anti-money-laundering, fraud or credit review */
  RISK_REVIEW = 'RISK_REVIEW',
  /** 司法/监管查询: a court, police or regulator's request (the note names it) */
  LEGAL_REQUEST = 'LEGAL_REQUEST',
  /** 客户本人要求: the customer asks for their own data */
  CUSTOMER_REQUEST = 'CUSTOMER_REQUEST',
}
registerEnumType(PiiRevealPurpose, {
  name: 'PiiRevealPurpose',
  description: 'The bank-defined purposes for revealing personal data (recorded with each reveal)',
  valuesConfig: {
    ACCOUNT_SERVICE: { description: '办理业务核实身份 — verifying identity while serving the customer' },
    COMPLAINT_HANDLING: { description: '投诉处理 — handling a complaint' },
    RISK_REVIEW: { description: '风险审查 — AML, fraud or credit review' },
    LEGAL_REQUEST: { description: '司法/监管查询 — a court, police or regulator request' },
    CUSTOMER_REQUEST: { description: '客户本人要求 — the customer asks for their own data' },
  },
});

@ObjectType({ description: 'One personal-data field of one customer in clear — only the field asked for (minimum necessary)' })
export class PiiReveal {
  @Field(() => ID) customerId!: string;
  @Field(() => PiiField) field!: PiiField;
  @Field(() => String, {
    nullable: true,
    description: 'The clear value (a date of birth as YYYY-MM-DD); null when the customer has none, and for ACCOUNT_NUMBERS',
  })
  value?: string | null;
  @Field(() => [String], { description: 'The account numbers in clear when field is ACCOUNT_NUMBERS; otherwise empty' })
  accountNumbers!: string[];
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
  @Field({ description: 'Why: for a REVEAL the PiiRevealPurpose code; for the others what the system did' }) purpose!: string;
  @Field(() => PiiRevealPurpose, { nullable: true, description: 'The purpose chosen from the list (REVEAL only)' })
  purposeCode?: PiiRevealPurpose | null;
  @Field(() => String, { nullable: true, description: 'The note given with a reveal' }) note?: string | null;
}

@ObjectType()
export class PiiAccessLogPage extends Paged(PiiAccessEntry) {}
