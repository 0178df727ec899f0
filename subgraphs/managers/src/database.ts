import type { SubgraphDatabase } from '@crm/kit';
import { CustomerManager } from './customer-manager/customer-manager.entity';
import { Managers0001 } from './migrations/0001-managers.migration';

export const managersDatabase: SubgraphDatabase = {
  schema: 'managers',
  entities: [CustomerManager],
  migrations: [{ name: '0001-managers', class: Managers0001 }],
};
