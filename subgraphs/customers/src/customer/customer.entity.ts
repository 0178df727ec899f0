import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
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
}
registerEnumType(CustomerStatus, { name: 'CustomerStatus' });

/**
 * A customer of the bank. Personal data (ID number, phone, address) has no plain GraphQL field:
 * the resolver returns it masked.
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
  phone?: string;

  @Property({ length: 255, nullable: true })
  address?: string;

  @Field(() => String, { nullable: true, description: 'M or F (individuals)' })
  @Property({ columnType: 'char(1)', nullable: true })
  gender?: 'M' | 'F';

  @Property({ type: 'date', nullable: true })
  birthDate?: string;

  @Property()
  homeOrgUnitId!: number;

  @Property({ length: 255 })
  homeOrgPath!: string;

  @Field(() => CustomerStatus)
  @Enum(() => CustomerStatus)
  status: CustomerStatus = CustomerStatus.ACTIVE;
}
