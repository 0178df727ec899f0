import { idLoader, parseId, type ReferenceResolver } from '@crm/kit';
import { Staff } from './staff.entity';

/** Directory lookup (name, position, unit, department) for other subgraphs, e.g. a customer's manager. */
export const staffReference: ReferenceResolver = {
  permit: ['DIRECTORY_READ'],
  resolve: (ref, ctx) => idLoader(ctx, Staff).load(parseId(ref.id)),
};
