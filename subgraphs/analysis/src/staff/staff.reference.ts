import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * org-hierarchy owns Staff; here it is only a key the gateway resolves there (name, position) — who
 * created or approved a tier policy, who started a recompute. One class for the whole subgraph.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Staff')
export class StaffReference {
  @Field(() => ID)
  id!: string;

  static of(id: number): StaffReference {
    return Object.assign(new StaffReference(), { id: String(id) });
  }
}
