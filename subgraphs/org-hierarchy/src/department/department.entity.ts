import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { DepartmentCode } from '@crm/shared-types';

@ObjectType({ description: 'A department: strategy, retail, corporate, product, marketing, training…' })
@Entity({ tableName: 'department' })
export class Department {
  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field(() => String)
  @Property({ length: 32, unique: true })
  code!: DepartmentCode;

  @Field()
  @Property({ length: 100 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 100, nullable: true })
  nameEn?: string;
}
