import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { parseId } from './ids';
import type { ReferenceResolver } from './permit';

/**
 * org-hierarchy owns OrgUnit; analysis (roll-ups) and managers (per-manager figures) ADD fields to it,
 * so the type is resolvable there: the gateway
 * sends `_entities` with the key and gets this reference back. The roll-up fields apply the caller's
 * scope themselves (null / [] outside it), so the reference needs no query.
 */
@Directive('@key(fields: "id")')
@ObjectType('OrgUnit')
export class OrgUnitReference {
  @Field(() => ID)
  id!: string;

  static of(id: number | string): OrgUnitReference {
    return Object.assign(new OrgUnitReference(), { id: String(id) });
  }
}

/**
 * The reference only echoes the unit's id, which is the directory's (every subgraph's OrgUnit says
 * DIRECTORY_READ, so the composed type agrees); the roll-up fields carry ANALYSIS_READ themselves.
 */
export const orgUnitReference: ReferenceResolver = {
  permit: ['DIRECTORY_READ'],
  resolve: (ref) => OrgUnitReference.of(parseId(ref.id)),
};
