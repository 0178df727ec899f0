import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { Role } from '@crm/shared-types';
import { AuditedEntity } from '@crm/kit';

/**
 * A member of staff. What the directory shows (name, position, unit, department) is here; the login
 * name and roles are field resolvers in StaffResolver (only for the person themself or someone who
 * manages them). The password hash never leaves this subgraph (no GraphQL field).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A member of staff' })
@Entity({ tableName: 'staff' })
export class Staff extends AuditedEntity {
  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ length: 64, unique: true })
  username!: string;

  @Property({ length: 255, lazy: true, hidden: true })
  passwordHash!: string;

  @Field()
  @Property({ length: 100 })
  name!: string;

  @Field({ description: 'Position, e.g. 客户经理 customer manager' })
  @Property({ length: 100 })
  position!: string;

  @Property()
  orgUnitId!: number;

  @Property()
  departmentId!: number;

  @Property({ type: 'text[]' })
  roles: Role[] = [];

  @Property({ default: true })
  active: boolean = true;
}
