import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * org-hierarchy owns Staff; every other subgraph holds only its key, which the gateway resolves
 * there (name, position) — who created a case, took a contact, approved a policy. One class for all
 * subgraphs, so the stub cannot drift between them.
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
