// Saved example queries of the explorer. Only fields of the contracts: the analysis subgraph
// (/tmp/analysis-contract.graphql at the time of writing) and the customers / org-hierarchy types of
// gateway/supergraph.graphql. test/saved-queries.test.ts validates every one against both.

export interface SavedQuery {
  key: string;
  query: string;
  variables?: string;
}

export const SAVED_QUERIES: readonly SavedQuery[] = [
  {
    key: 'q_tierByBranch',
    query: `# Tier distribution of your unit and of each unit below it (latest as-of date)
query TierDistributionByBranch {
  scoreAsOfDates
  myOrgUnit {
    name
    rollup { asOf customers tiers { tier customers } }
    childRollups {
      orgUnit { code name level }
      customers
      weightedAssets
      tiers { tier customers }
    }
  }
}
`,
  },
  {
    key: 'q_topContribution',
    query: `# Contribution and its parts for the first page of your customers
query ContributionParts($page: PageInput) {
  customers(page: $page) {
    total
    items {
      customerNo
      name
      homeOrgUnit { name }
      tier
      score {
        asOf
        contribution { depositMargin loanMargin feeIncome intermediaryIncome costAllowance total }
        value { weightedAssets dailyAvgAssets }
      }
    }
  }
}
`,
    variables: '{ "page": { "page": 1, "pageSize": 20 } }',
  },
  {
    key: 'q_activePolicy',
    query: `# The tier policy in force, its rules and who approved it
query ActiveTierPolicy {
  activeTierPolicy {
    name
    nameEn
    scheme
    policyVersion
    effectiveFrom
    assetCoefficients { deposit wealth timeDeposit }
    rules { tier condition }
    approvedBy { name }
    approvedAt
  }
}
`,
  },
  {
    key: 'q_churnRisk',
    query: `# Customers flagged for churn risk, with the reasons
query ChurnRisk($page: PageInput) {
  churnRiskCustomers(page: $page) {
    total
    items {
      customerId
      asOf
      tier
      churnReasons { code detail }
      recencyDays
      satisfaction { score complaints12m }
    }
  }
}
`,
    variables: '{ "page": { "page": 1, "pageSize": 20 } }',
  },
  {
    key: 'q_tierMoves',
    query: `# Customers whose tier changed against the previous as-of date
query TierMovements($page: PageInput) {
  tierMovements(page: $page) {
    total
    items {
      from
      to
      customer { customerNo name homeOrgUnit { name } }
    }
  }
}
`,
    variables: '{ "page": { "page": 1, "pageSize": 20 } }',
  },
  {
    key: 'q_whyTier',
    query: `# Why is this customer in this tier? The rule, the policy version and the inputs
query WhyThisTier($id: ID!) {
  customer(id: $id) {
    customerNo
    name
    tier
    score {
      asOf
      evidence {
        explanation
        inputs
        rule { tier condition }
        policy { name policyVersion }
      }
    }
    tierHistory { asOf tier policy { policyVersion } }
  }
}
`,
    variables: '{ "id": "1" }',
  },
];
