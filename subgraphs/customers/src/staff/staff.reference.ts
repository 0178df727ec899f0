import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** org-hierarchy owns Staff; here it is only a key the gateway resolves there (name, position). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Staff')
export class StaffReference {
  @Field(() => ID)
  id!: string;

  static of(id: number): StaffReference {
    return Object.assign(new StaffReference(), { id: String(id) });
  }
}
