/** Default local ports. Every one can be overridden by environment (see README). */
export const DEFAULT_PORTS = {
  gateway: 4000,
  'org-hierarchy': 4001,
  customers: 4002,
  analysis: 4003,
  managers: 4004,
  shell: 5000,
  outlet: 5001,
  'head-office': 5002,
  branch: 5003,
  manager: 5004,
  training: 5005,
  /** embedded PostgreSQL for `npm start` */
  postgres: 54329,
} as const;

export const SUBGRAPH_NAMES = ['org-hierarchy', 'customers', 'analysis', 'managers'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** Upper bound on any page size, enforced in every subgraph. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
