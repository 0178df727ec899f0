import { idLoader, parseId, type ReferenceResolver } from '@crm/kit';
import { OrgUnit } from './org-unit.entity';

/** Org units for other subgraphs (a customer's home unit, roll-ups): the directory, readable by all staff. */
export const orgUnitReference: ReferenceResolver = {
  permit: ['DIRECTORY_READ'],
  resolve: (ref, ctx) => idLoader(ctx, OrgUnit).load(parseId(ref.id)),
};
