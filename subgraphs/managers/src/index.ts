import 'reflect-metadata';
import { CustomerReference, customerReference, defineSubgraph, OrgUnitReference, orgUnitReference } from '@crm/kit';
import { managersDatabase } from './database';
import {
  CustomerManagerOfCustomerResolver,
  CustomerManagerResolver,
  customerManagerReference,
} from './customer-manager/customer-manager.resolver';
import {
  ManagerHistoryOfCustomerResolver,
  PortfolioAssignmentResolver,
  PortfolioTransferResolver,
} from './portfolio-assignment/portfolio-assignment.resolver';
import { LedgerResolver } from './ledger/ledger.resolver';
import { CustomerManagerTasksResolver, TaskResolver, taskReference } from './task/task.resolver';
import { startTaskRules } from './task/task.schedule';
import { CompetencyModelResolver } from './competency/competency.resolver';
import { CompetencyOutcomePointResolver, CompetencyOutcomeResolver } from './competency/competency-outcome.resolver';
import { AssessmentResolver, CustomerManagerAssessmentResolver } from './assessment/assessment.resolver';
import { CustomerManagerTrainingResolver, TrainingPlanResolver } from './training-plan/training-plan.resolver';
import { ManagerTargetResolver } from './manager-target/manager-target.resolver';
import {
  CustomerManagerScorecardResolver,
  ManagerFiguresResolver,
  OrgUnitManagerFiguresResolver,
  ScorecardResolver,
  ScorecardWeightsResolver,
} from './scorecard/scorecard.resolver';

export { managersDatabase } from './database';

/** managers: the customer-manager system (客户经理制) — portfolios, ledgers, tasks, scorecards, competencies. */
export const managersSubgraph = defineSubgraph({
  name: 'managers',
  database: managersDatabase,
  resolvers: [
    CustomerManagerResolver,
    CustomerManagerOfCustomerResolver,
    PortfolioTransferResolver,
    PortfolioAssignmentResolver,
    ManagerHistoryOfCustomerResolver,
    LedgerResolver,
    TaskResolver,
    CustomerManagerTasksResolver,
    ManagerTargetResolver,
    ScorecardResolver,
    ScorecardWeightsResolver,
    CustomerManagerScorecardResolver,
    OrgUnitManagerFiguresResolver,
    ManagerFiguresResolver,
    CompetencyModelResolver,
    AssessmentResolver,
    CustomerManagerAssessmentResolver,
    TrainingPlanResolver,
    CustomerManagerTrainingResolver,
    CompetencyOutcomeResolver,
    CompetencyOutcomePointResolver,
  ] as never,
  // Customer and OrgUnit are extended here (a customer's manager; per-manager figures), reached by key only
  orphanedTypes: [OrgUnitReference, CustomerReference],
  // each with the permission it needs: denied → null, like a row out of scope
  references: { Customer: customerReference, OrgUnit: orgUnitReference, CustomerManager: customerManagerReference, Task: taskReference },
  // the task rules (a deposit maturing, a churn flag, a complaint closed) for the whole bank, daily (TASK_RULES_INTERVAL_MS)
  background: startTaskRules,
});
