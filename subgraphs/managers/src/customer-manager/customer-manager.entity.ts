import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AuditedEntity } from '@crm/kit';
import { ManagerEmployment, ManagerGrade, ManagerSpecialty } from './customer-manager.enums';

/**
 * A customer manager (客户经理): a staff member of org-hierarchy (same id) with what the
 * customer-manager system adds — grade, full- or part-time, specialty and how many customers they can serve.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A customer manager (客户经理): a staff member who keeps a portfolio of customers' })
@Entity({ tableName: 'customer_manager' })
export class CustomerManager extends AuditedEntity {
  [OptionalProps]?: 'active' | 'createdAt' | 'updatedAt' | 'version';

  /** the staff id: `staff` resolves the name and position in org-hierarchy */
  @Field(() => ID)
  @PrimaryKey({ fieldName: 'staff_id', autoincrement: false })
  id!: number;

  @Property()
  orgUnitId!: number;

  @Property({ length: 255 })
  orgPath!: string;

  @Field(() => ManagerGrade)
  @Enum(() => ManagerGrade)
  grade!: ManagerGrade;

  @Field(() => ManagerEmployment)
  @Enum(() => ManagerEmployment)
  employment!: ManagerEmployment;

  @Field(() => ManagerSpecialty)
  @Enum(() => ManagerSpecialty)
  specialty!: ManagerSpecialty;

  @Field(() => Int, { description: 'How many customers this manager can serve well' })
  @Property()
  capacity!: number;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}
