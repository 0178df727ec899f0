import { DecimalType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AuditedEntity } from '@crm/kit';

export enum CustomerKind {
  INDIVIDUAL = 'INDIVIDUAL',
  CORPORATE = 'CORPORATE',
}
registerEnumType(CustomerKind, { name: 'CustomerKind', description: 'INDIVIDUAL 个人(储户) · CORPORATE 企业客户' });

export enum CustomerStatus {
  ACTIVE = 'ACTIVE',
  DORMANT = 'DORMANT',
  CLOSED = 'CLOSED',
  /** folded into another record by mergeCustomers; the row stays for history */
  MERGED = 'MERGED',
}
registerEnumType(CustomerStatus, {
  name: 'CustomerStatus',
  description: 'MERGED: a duplicate folded into another record (see mergedInto)',
});

export enum IncomeBand {
  LOW = 'LOW',
  LOWER_MIDDLE = 'LOWER_MIDDLE',
  MIDDLE = 'MIDDLE',
  UPPER_MIDDLE = 'UPPER_MIDDLE',
  HIGH = 'HIGH',
}
registerEnumType(IncomeBand, { name: 'IncomeBand' });

export enum CompanySize {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}
registerEnumType(CompanySize, { name: 'CompanySize' });

/** Where the customer gave (or withdrew) marketing consent — PIPL asks us to be able to show it. */
export enum ConsentChannel {
  COUNTER = 'COUNTER',
  MOBILE = 'MOBILE',
  ONLINE = 'ONLINE',
  PHONE = 'PHONE',
  PAPER = 'PAPER',
}
registerEnumType(ConsentChannel, { name: 'ConsentChannel' });

@ObjectType({ description: 'Marketing consent (PIPL): whether, when and through which channel' })
export class MarketingConsent {
  @Field()
  given!: boolean;

  @Field(() => Date, { nullable: true })
  at?: Date | null;

  @Field(() => ConsentChannel, { nullable: true })
  channel?: ConsentChannel | null;
}

/**
 * A customer of the bank. Personal data (ID number, phone, address, e-mail) has no plain GraphQL
 * field: the resolver returns it masked; the clear value only comes through revealCustomerPii.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A customer: an individual depositor or a company' })
@Entity({ tableName: 'customer' })
export class Customer extends AuditedEntity {
  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field({ description: 'Customer number, e.g. C000012345' })
  @Property({ length: 20, unique: true })
  customerNo!: string;

  @Field(() => CustomerKind)
  @Enum(() => CustomerKind)
  kind!: CustomerKind;

  @Field()
  @Property({ length: 200 })
  name!: string;

  /** resident ID number (individuals) or unified social credit code (companies) */
  @Property({ length: 32 })
  idNumber!: string;

  @Property({ length: 20, nullable: true })
  phone?: string | null;

  @Property({ length: 255, nullable: true })
  address?: string | null;

  @Property({ length: 254, nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'M or F (individuals)' })
  @Property({ columnType: 'char(1)', nullable: true })
  gender?: 'M' | 'F' | null;

  @Property({ type: 'date', nullable: true })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  occupation?: string | null;

  @Field(() => IncomeBand, { nullable: true })
  @Enum({ items: () => IncomeBand, nullable: true })
  incomeBand?: IncomeBand | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  industry?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 100, nullable: true })
  legalRepresentative?: string | null;

  @Field(() => Float, { nullable: true, description: 'Registered capital in CNY (corporates)' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(18,2)', nullable: true })
  registeredCapital?: number | null;

  @Field(() => CompanySize, { nullable: true })
  @Enum({ items: () => CompanySize, nullable: true })
  companySize?: CompanySize | null;

  @Property({ default: false })
  marketingConsent: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  marketingConsentAt?: Date | null;

  @Enum({ items: () => ConsentChannel, nullable: true })
  marketingConsentChannel?: ConsentChannel | null;

  @Property()
  homeOrgUnitId!: number;

  @Property({ length: 255 })
  homeOrgPath!: string;

  @Field(() => CustomerStatus)
  @Enum(() => CustomerStatus)
  status: CustomerStatus = CustomerStatus.ACTIVE;

  /** the survivor this record was merged into (status MERGED) */
  @Property({ nullable: true })
  mergedIntoId?: number | null;

  /**
   * Assets under management, CNY: deposits and wealth products not closed (CNY accounts) — kept by
   * the database from the accounts (migration 0008); never assigned here, so never written by the ORM.
   * Published through CustomerListResolver.aum with its permission.
   */
  @Property({ type: new DecimalType('number'), columnType: 'numeric(18,2)', default: 0 })
  aum?: number;

  /** The latest interaction, kept by the database from the interactions (migration 0008); null when never contacted. */
  @Property({ type: 'timestamptz', nullable: true })
  lastContactAt?: Date | null;
}
