import type { SubgraphDatabase } from '@crm/kit';
import { CustomerManager } from './customer-manager/customer-manager.entity';
import { Managers0001 } from './migrations/0001-managers.migration';
import { PortfolioTransfer0002 } from './migrations/0002-portfolio-transfer.migration';
import { PortfolioTransfer } from './portfolio-assignment/portfolio-assignment.entity';
import { LedgerExport0003 } from './migrations/0003-ledger-export.migration';
import { Task0004 } from './migrations/0004-task.migration';
import { Task } from './task/task.entity';
import { Competency0006 } from './migrations/0006-competency.migration';
import { Assessment } from './assessment/assessment.entity';
import { TrainingCourse, TrainingPlanItem } from './training-plan/training-plan.entity';
import { Scorecard0005 } from './migrations/0005-scorecard.migration';
import { ManagerTarget } from './manager-target/manager-target.entity';
import { ScorecardWeights } from './scorecard/scorecard-weights.entity';

export const managersDatabase: SubgraphDatabase = {
  schema: 'managers',
  entities: [CustomerManager, PortfolioTransfer, Task, ManagerTarget, ScorecardWeights, Assessment, TrainingCourse, TrainingPlanItem],
  migrations: [
    { name: '0001-managers', class: Managers0001 },
    { name: '0002-portfolio-transfer', class: PortfolioTransfer0002 },
    { name: '0003-ledger-export', class: LedgerExport0003 },
    { name: '0004-task', class: Task0004 },
    { name: '0005-scorecard', class: Scorecard0005 },
    { name: '0006-competency', class: Competency0006 },
  ],
};
