import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffClaims } from '@crm/shared-types';
import { Loaders } from './loaders';
import { OrgScope } from './scope';

/** What every resolver receives: a fresh unit of work, the verified caller, their scope, their loaders. */
export interface RequestContext {
  em: EntityManager;
  user: StaffClaims;
  scope: OrgScope;
  loaders: Loaders;
}

export function createRequestContext(em: EntityManager, user: StaffClaims): RequestContext {
  return { em: em.fork(), user, scope: OrgScope.of(user), loaders: new Loaders() };
}
