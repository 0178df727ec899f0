import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ORG_LEVELS, type OrgLevel } from '@crm/shared-types';
import { AuditedEntity } from '@crm/kit';

export const OrgLevelEnum = Object.fromEntries(ORG_LEVELS.map((l) => [l, l])) as { [K in OrgLevel]: K };
registerEnumType(OrgLevelEnum, { name: 'OrgLevel', description: 'HEAD_OFFICE 总行 · BRANCH 分行 · SUB_BRANCH 支行 · OUTLET 网点' });

/** A unit of the bank. `path` ("/1/3/12/") is the materialized path every data scope is cut by. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A unit of the bank: head office, branch, sub-branch or outlet' })
@Entity({ tableName: 'org_unit' })
export class OrgUnit extends AuditedEntity {
  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field()
  @Property({ length: 32, unique: true })
  code!: string;

  @Field()
  @Property({ length: 100 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 100, nullable: true })
  nameEn?: string;

  @Field(() => OrgLevelEnum)
  @Enum({ items: () => [...ORG_LEVELS], type: 'string' })
  level!: OrgLevel;

  @Property({ nullable: true })
  parentId?: number;

  @Field({ description: 'Materialized path, e.g. /1/3/12/' })
  @Property({ length: 255, unique: true })
  path!: string;
}
