import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

/** The caller's unit and every unit below it, in tree order: the unit a team page looks at. */
export const OrgUnitsQuery = graphql(`
  query TrainingOrgUnits {
    myOrgUnit {
      id
      name
      nameEn
      level
    }
    orgUnits {
      id
      name
      nameEn
      level
    }
  }
`);
export type OrgUnitOption = ResultOf<typeof OrgUnitsQuery>['orgUnits'][number];
