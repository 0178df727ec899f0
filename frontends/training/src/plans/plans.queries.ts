import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

// Training plans: one manager's (on their page) and the scope's, paged by manager (the 培训计划 section).

export const PlanItemFields = graphql(`
  fragment TrainingPlanItemFields on TrainingPlanItem {
    id
    dimension
    status
    scoreAtPlanning
    targetLevel
    plannedAt
    startedAt
    finishedAt
    version
    course {
      id
      code
      title
      titleEn
      hours
      level
    }
  }
`);
export type PlanItem = ResultOf<typeof PlanItemFields>;

/**
 * Managers of a unit (default: the whole scope), paged on the server, each with their plan. Ten
 * managers a page, fixed: each brings a list of courses, and a hundred managers' plans would cost more
 * than the gateway allows one operation (every list priced at 20 courses).
 */
export const PLAN_PAGE_SIZE = 10;
export const PlansQuery = graphql(`
  query TrainingPlans($page: Int!, $filter: CustomerManagerFilter) {
    customerManagers(page: { page: $page, pageSize: 10 }, filter: $filter) {
      total
      page
      pageSize
      items {
        id
        grade
        staff {
          id
          name
        }
        orgUnit {
          id
          name
          nameEn
        }
        trainingPlan {
          ...TrainingPlanItemFields
        }
      }
    }
  }
`);
export type PlanManager = ResultOf<typeof PlansQuery>['customerManagers']['items'][number];

/** PLANNED → IN_PROGRESS → COMPLETED, or CANCELLED while open; a stale version is CONFLICT. */
export const UpdatePlanItemMutation = graphql(`
  mutation TrainingUpdatePlanItem($id: ID!, $version: Int!, $status: TrainingPlanStatus!) {
    updateTrainingPlanItem(id: $id, version: $version, status: $status) {
      ...TrainingPlanItemFields
    }
  }
`);

/** The catalog's courses for a manager's current gaps (idempotent). */
export const PlanTrainingMutation = graphql(`
  mutation TrainingPlanTraining($managerId: ID!) {
    planTraining(managerId: $managerId) {
      added
      items {
        ...TrainingPlanItemFields
      }
      manager {
        id
        trainingPlan {
          ...TrainingPlanItemFields
        }
      }
    }
  }
`);
