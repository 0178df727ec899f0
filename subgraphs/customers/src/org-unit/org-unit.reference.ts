import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** org-hierarchy owns OrgUnit; here it is only a key the gateway resolves there. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('OrgUnit')
export class OrgUnitReference {
  @Field(() => ID)
  id!: string;

  static of(id: number): OrgUnitReference {
    return Object.assign(new OrgUnitReference(), { id: String(id) });
  }
}
