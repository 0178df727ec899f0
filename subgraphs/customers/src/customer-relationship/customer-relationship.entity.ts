import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { Customer } from '../customer/customer.entity';

export enum RelationshipKind {
  HOUSEHOLD = 'HOUSEHOLD',
  SPOUSE = 'SPOUSE',
  PARENT_OF = 'PARENT_OF',
  EXECUTIVE_OF = 'EXECUTIVE_OF',
  LEGAL_REPRESENTATIVE_OF = 'LEGAL_REPRESENTATIVE_OF',
  GUARANTOR_FOR = 'GUARANTOR_FOR',
  PARENT_COMPANY_OF = 'PARENT_COMPANY_OF',
  GROUP_AFFILIATE = 'GROUP_AFFILIATE',
}
registerEnumType(RelationshipKind, {
  name: 'RelationshipKind',
  description:
    'Read from → to: A PARENT_OF B, A EXECUTIVE_OF company B, A GUARANTOR_FOR B. HOUSEHOLD, SPOUSE and GROUP_AFFILIATE read the same both ways',
});

export enum RelationshipDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}
registerEnumType(RelationshipDirection, {
  name: 'RelationshipDirection',
  description: 'OUTGOING: this customer is the "from" side (e.g. GUARANTOR_FOR the related one)',
});

/** The kinds that read the same both ways: A SPOUSE B is B SPOUSE A, so storing both would be a duplicate. */
export const SYMMETRIC_KINDS: readonly RelationshipKind[] = [
  RelationshipKind.HOUSEHOLD,
  RelationshipKind.SPOUSE,
  RelationshipKind.GROUP_AFFILIATE,
];

/**
 * A relationship between two customers, stored once (from → to) and read from either end. The
 * GraphQL type is CustomerRelationshipView: what it looks like depends on which end you stand at.
 */
@Entity({ tableName: 'customer_relationship' })
export class CustomerRelationship {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Customer, { ref: true })
  fromCustomer!: Ref<Customer>;

  @ManyToOne(() => Customer, { ref: true })
  toCustomer!: Ref<Customer>;

  @Enum(() => RelationshipKind)
  kind!: RelationshipKind;

  @Property({ length: 500, nullable: true })
  note?: string;

  @Property({ nullable: true })
  createdByStaffId?: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
