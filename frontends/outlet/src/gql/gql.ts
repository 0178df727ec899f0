/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query OutletCaseQueue($filter: ServiceCaseQueueFilter, $page: PageInput) {\n    serviceCaseQueue(filter: $filter, page: $page) {\n      total page pageSize\n      items { ...OutletCaseSummary description rootCause resolution customer { id customerNo name } }\n    }\n  }\n": typeof types.OutletCaseQueueDocument,
    "\n  fragment OutletCaseActionResult on ServiceCase {\n    id status version slaDueAt slaBreached escalationLevel rootCause resolution handlingOrgUnit { id name nameEn }\n  }\n": typeof types.OutletCaseActionResultFragmentDoc,
    "\n  mutation OutletAcknowledgeCase($id: ID!, $version: Int!, $note: String) { acknowledgeServiceCase(id: $id, version: $version, note: $note) { ...OutletCaseActionResult } }\n": typeof types.OutletAcknowledgeCaseDocument,
    "\n  mutation OutletEscalateCase($id: ID!, $version: Int!, $reason: String!) { escalateServiceCase(id: $id, version: $version, reason: $reason) { ...OutletCaseActionResult } }\n": typeof types.OutletEscalateCaseDocument,
    "\n  mutation OutletResolveCase($id: ID!, $version: Int!, $rootCause: String!, $resolution: String!) {\n    resolveServiceCase(id: $id, version: $version, rootCause: $rootCause, resolution: $resolution) { ...OutletCaseActionResult }\n  }\n": typeof types.OutletResolveCaseDocument,
    "\n  mutation OutletCloseCase($id: ID!, $version: Int!, $note: String) { closeServiceCase(id: $id, version: $version, note: $note) { ...OutletCaseActionResult } }\n": typeof types.OutletCloseCaseDocument,
    "\n  fragment OutletCaseSummary on ServiceCase {\n    id caseNo category severity title status openedAt slaDueAt slaBreached escalationLevel version\n    handlingOrgUnit { id name nameEn }\n  }\n": typeof types.OutletCaseSummaryFragmentDoc,
    "\n  query OutletCustomer360($id: ID!) {\n    customer(id: $id) {\n      id customerNo kind name status gender idNumber phone address email birthDate\n      occupation incomeBand industry legalRepresentative registeredCapital companySize\n      marketingConsent { given at channel }\n      homeOrgUnit { id name nameEn }\n      createdAt version\n      mergedInto { id customerNo name }\n      balances { deposits loans wealth creditCardDebt }\n      needs { id category description priority status capturedAt capturedBy { id name position } version }\n      serviceCases(status: [OPEN, ACKNOWLEDGED]) { ...OutletCaseSummary }\n      surveys(page: { page: 1, pageSize: 50 }) { total items { id touchpoint csat nps comment surveyedAt } }\n      relationships { id kind direction note relatedName related { id customerNo name } }\n      ...OutletCustomerTier\n    }\n  }\n": typeof types.OutletCustomer360Document,
    "\n  query OutletCustomerAccounts($id: ID!, $includeClosed: Boolean!) {\n    customer(id: $id) {\n      id\n      accounts(includeClosed: $includeClosed) { id accountNo kind currency balance creditLimit interestRate openedOn maturesOn closedOn status }\n    }\n  }\n": typeof types.OutletCustomerAccountsDocument,
    "\n  query OutletCustomerTransactions($id: ID!, $filter: TransactionFilter, $page: PageInput) {\n    customer(id: $id) {\n      id\n      transactions(filter: $filter, page: $page) {\n        total page pageSize\n        items { id bookedAt amount direction channel category counterparty description balanceAfter account { id accountNo kind } }\n      }\n    }\n  }\n": typeof types.OutletCustomerTransactionsDocument,
    "\n  query OutletCustomerInteractions($id: ID!, $page: PageInput) {\n    customer(id: $id) {\n      id\n      interactions(page: $page) {\n        total\n        items { id channel occurredAt summary outcome nextStep nextStepDue staff { id name position } orgUnit { id name nameEn } }\n      }\n    }\n  }\n": typeof types.OutletCustomerInteractionsDocument,
    "\n  mutation OutletRevealCustomerPii($customerId: ID!, $purpose: String!, $fields: [PiiField!]) {\n    revealCustomerPii(customerId: $customerId, purpose: $purpose, fields: $fields) { customerId idNumber phone address email birthDate }\n  }\n": typeof types.OutletRevealCustomerPiiDocument,
    "\n  mutation OutletUpdateNeedStatus($id: ID!, $version: Int!, $status: NeedStatus!) {\n    updateNeedStatus(id: $id, version: $version, status: $status) { id status version }\n  }\n": typeof types.OutletUpdateNeedStatusDocument,
    "\n  fragment OutletCustomerTier on Customer {\n    tier\n    score {\n      customerId asOf computedAt tier\n      value { depositBalance wealthBalance loanBalance dailyAvgAssets weightedAssets }\n      contribution { depositMargin loanMargin feeIncome intermediaryIncome costAllowance total }\n      loyalty { tenureYears activeMonths productsHeld score }\n      satisfaction { avgCsat avgNps complaints12m score }\n      relevance { productFamilies relationships score }\n      recencyDays frequency12m monetary12m channelMix { channel share }\n      trend { month deposits loans }\n      churnRisk churnReasons { code percent from to days complaints csat }\n      evidence {\n        explanation\n        rule { tier condition description }\n        inputs\n        policy { id scheme policyVersion name effectiveFrom }\n      }\n    }\n  }\n": typeof types.OutletCustomerTierFragmentDoc,
    "\n  query OutletCustomerList($filter: CustomerFilter, $page: PageInput) {\n    customers(filter: $filter, page: $page) {\n      total\n      page\n      pageSize\n      items {\n        id\n        customerNo\n        kind\n        name\n        idNumber\n        phone\n        status\n        homeOrgUnit { id name nameEn }\n      }\n    }\n  }\n": typeof types.OutletCustomerListDocument,
    "\n  query OutletCustomerCounts($filter: CustomerFilter) {\n    customerCounts(filter: $filter) { total individual corporate active dormant closed }\n  }\n": typeof types.OutletCustomerCountsDocument,
    "\n  mutation OutletCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id customerNo name }\n  }\n": typeof types.OutletCreateCustomerDocument,
    "\n  mutation OutletRecordInteraction($input: RecordInteractionInput!) {\n    recordInteraction(input: $input) { id }\n  }\n": typeof types.OutletRecordInteractionDocument,
    "\n  mutation OutletCaptureNeed($input: CaptureNeedInput!) {\n    captureNeed(input: $input) { id }\n  }\n": typeof types.OutletCaptureNeedDocument,
    "\n  mutation OutletOpenServiceCase($input: OpenServiceCaseInput!) {\n    openServiceCase(input: $input) { id caseNo }\n  }\n": typeof types.OutletOpenServiceCaseDocument,
    "\n  mutation OutletRecordSurvey($input: RecordSurveyInput!) {\n    recordSurvey(input: $input) { id }\n  }\n": typeof types.OutletRecordSurveyDocument,
};
const documents: Documents = {
    "\n  query OutletCaseQueue($filter: ServiceCaseQueueFilter, $page: PageInput) {\n    serviceCaseQueue(filter: $filter, page: $page) {\n      total page pageSize\n      items { ...OutletCaseSummary description rootCause resolution customer { id customerNo name } }\n    }\n  }\n": types.OutletCaseQueueDocument,
    "\n  fragment OutletCaseActionResult on ServiceCase {\n    id status version slaDueAt slaBreached escalationLevel rootCause resolution handlingOrgUnit { id name nameEn }\n  }\n": types.OutletCaseActionResultFragmentDoc,
    "\n  mutation OutletAcknowledgeCase($id: ID!, $version: Int!, $note: String) { acknowledgeServiceCase(id: $id, version: $version, note: $note) { ...OutletCaseActionResult } }\n": types.OutletAcknowledgeCaseDocument,
    "\n  mutation OutletEscalateCase($id: ID!, $version: Int!, $reason: String!) { escalateServiceCase(id: $id, version: $version, reason: $reason) { ...OutletCaseActionResult } }\n": types.OutletEscalateCaseDocument,
    "\n  mutation OutletResolveCase($id: ID!, $version: Int!, $rootCause: String!, $resolution: String!) {\n    resolveServiceCase(id: $id, version: $version, rootCause: $rootCause, resolution: $resolution) { ...OutletCaseActionResult }\n  }\n": types.OutletResolveCaseDocument,
    "\n  mutation OutletCloseCase($id: ID!, $version: Int!, $note: String) { closeServiceCase(id: $id, version: $version, note: $note) { ...OutletCaseActionResult } }\n": types.OutletCloseCaseDocument,
    "\n  fragment OutletCaseSummary on ServiceCase {\n    id caseNo category severity title status openedAt slaDueAt slaBreached escalationLevel version\n    handlingOrgUnit { id name nameEn }\n  }\n": types.OutletCaseSummaryFragmentDoc,
    "\n  query OutletCustomer360($id: ID!) {\n    customer(id: $id) {\n      id customerNo kind name status gender idNumber phone address email birthDate\n      occupation incomeBand industry legalRepresentative registeredCapital companySize\n      marketingConsent { given at channel }\n      homeOrgUnit { id name nameEn }\n      createdAt version\n      mergedInto { id customerNo name }\n      balances { deposits loans wealth creditCardDebt }\n      needs { id category description priority status capturedAt capturedBy { id name position } version }\n      serviceCases(status: [OPEN, ACKNOWLEDGED]) { ...OutletCaseSummary }\n      surveys(page: { page: 1, pageSize: 50 }) { total items { id touchpoint csat nps comment surveyedAt } }\n      relationships { id kind direction note relatedName related { id customerNo name } }\n      ...OutletCustomerTier\n    }\n  }\n": types.OutletCustomer360Document,
    "\n  query OutletCustomerAccounts($id: ID!, $includeClosed: Boolean!) {\n    customer(id: $id) {\n      id\n      accounts(includeClosed: $includeClosed) { id accountNo kind currency balance creditLimit interestRate openedOn maturesOn closedOn status }\n    }\n  }\n": types.OutletCustomerAccountsDocument,
    "\n  query OutletCustomerTransactions($id: ID!, $filter: TransactionFilter, $page: PageInput) {\n    customer(id: $id) {\n      id\n      transactions(filter: $filter, page: $page) {\n        total page pageSize\n        items { id bookedAt amount direction channel category counterparty description balanceAfter account { id accountNo kind } }\n      }\n    }\n  }\n": types.OutletCustomerTransactionsDocument,
    "\n  query OutletCustomerInteractions($id: ID!, $page: PageInput) {\n    customer(id: $id) {\n      id\n      interactions(page: $page) {\n        total\n        items { id channel occurredAt summary outcome nextStep nextStepDue staff { id name position } orgUnit { id name nameEn } }\n      }\n    }\n  }\n": types.OutletCustomerInteractionsDocument,
    "\n  mutation OutletRevealCustomerPii($customerId: ID!, $purpose: String!, $fields: [PiiField!]) {\n    revealCustomerPii(customerId: $customerId, purpose: $purpose, fields: $fields) { customerId idNumber phone address email birthDate }\n  }\n": types.OutletRevealCustomerPiiDocument,
    "\n  mutation OutletUpdateNeedStatus($id: ID!, $version: Int!, $status: NeedStatus!) {\n    updateNeedStatus(id: $id, version: $version, status: $status) { id status version }\n  }\n": types.OutletUpdateNeedStatusDocument,
    "\n  fragment OutletCustomerTier on Customer {\n    tier\n    score {\n      customerId asOf computedAt tier\n      value { depositBalance wealthBalance loanBalance dailyAvgAssets weightedAssets }\n      contribution { depositMargin loanMargin feeIncome intermediaryIncome costAllowance total }\n      loyalty { tenureYears activeMonths productsHeld score }\n      satisfaction { avgCsat avgNps complaints12m score }\n      relevance { productFamilies relationships score }\n      recencyDays frequency12m monetary12m channelMix { channel share }\n      trend { month deposits loans }\n      churnRisk churnReasons { code percent from to days complaints csat }\n      evidence {\n        explanation\n        rule { tier condition description }\n        inputs\n        policy { id scheme policyVersion name effectiveFrom }\n      }\n    }\n  }\n": types.OutletCustomerTierFragmentDoc,
    "\n  query OutletCustomerList($filter: CustomerFilter, $page: PageInput) {\n    customers(filter: $filter, page: $page) {\n      total\n      page\n      pageSize\n      items {\n        id\n        customerNo\n        kind\n        name\n        idNumber\n        phone\n        status\n        homeOrgUnit { id name nameEn }\n      }\n    }\n  }\n": types.OutletCustomerListDocument,
    "\n  query OutletCustomerCounts($filter: CustomerFilter) {\n    customerCounts(filter: $filter) { total individual corporate active dormant closed }\n  }\n": types.OutletCustomerCountsDocument,
    "\n  mutation OutletCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id customerNo name }\n  }\n": types.OutletCreateCustomerDocument,
    "\n  mutation OutletRecordInteraction($input: RecordInteractionInput!) {\n    recordInteraction(input: $input) { id }\n  }\n": types.OutletRecordInteractionDocument,
    "\n  mutation OutletCaptureNeed($input: CaptureNeedInput!) {\n    captureNeed(input: $input) { id }\n  }\n": types.OutletCaptureNeedDocument,
    "\n  mutation OutletOpenServiceCase($input: OpenServiceCaseInput!) {\n    openServiceCase(input: $input) { id caseNo }\n  }\n": types.OutletOpenServiceCaseDocument,
    "\n  mutation OutletRecordSurvey($input: RecordSurveyInput!) {\n    recordSurvey(input: $input) { id }\n  }\n": types.OutletRecordSurveyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutletCaseQueue($filter: ServiceCaseQueueFilter, $page: PageInput) {\n    serviceCaseQueue(filter: $filter, page: $page) {\n      total page pageSize\n      items { ...OutletCaseSummary description rootCause resolution customer { id customerNo name } }\n    }\n  }\n"): (typeof documents)["\n  query OutletCaseQueue($filter: ServiceCaseQueueFilter, $page: PageInput) {\n    serviceCaseQueue(filter: $filter, page: $page) {\n      total page pageSize\n      items { ...OutletCaseSummary description rootCause resolution customer { id customerNo name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutletCaseActionResult on ServiceCase {\n    id status version slaDueAt slaBreached escalationLevel rootCause resolution handlingOrgUnit { id name nameEn }\n  }\n"): (typeof documents)["\n  fragment OutletCaseActionResult on ServiceCase {\n    id status version slaDueAt slaBreached escalationLevel rootCause resolution handlingOrgUnit { id name nameEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutletAcknowledgeCase($id: ID!, $version: Int!, $note: String) { acknowledgeServiceCase(id: $id, version: $version, note: $note) { ...OutletCaseActionResult } }\n"): (typeof documents)["\n  mutation OutletAcknowledgeCase($id: ID!, $version: Int!, $note: String) { acknowledgeServiceCase(id: $id, version: $version, note: $note) { ...OutletCaseActionResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutletEscalateCase($id: ID!, $version: Int!, $reason: String!) { escalateServiceCase(id: $id, version: $version, reason: $reason) { ...OutletCaseActionResult } }\n"): (typeof documents)["\n  mutation OutletEscalateCase($id: ID!, $version: Int!, $reason: String!) { escalateServiceCase(id: $id, version: $version, reason: $reason) { ...OutletCaseActionResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutletResolveCase($id: ID!, $version: Int!, $rootCause: String!, $resolution: String!) {\n    resolveServiceCase(id: $id, version: $version, rootCause: $rootCause, resolution: $resolution) { ...OutletCaseActionResult }\n  }\n"): (typeof documents)["\n  mutation OutletResolveCase($id: ID!, $version: Int!, $rootCause: String!, $resolution: String!) {\n    resolveServiceCase(id: $id, version: $version, rootCause: $rootCause, resolution: $resolution) { ...OutletCaseActionResult }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutletCloseCase($id: ID!, $version: Int!, $note: String) { closeServiceCase(id: $id, version: $version, note: $note) { ...OutletCaseActionResult } }\n"): (typeof documents)["\n  mutation OutletCloseCase($id: ID!, $version: Int!, $note: String) { closeServiceCase(id: $id, version: $version, note: $note) { ...OutletCaseActionResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutletCaseSummary on ServiceCase {\n    id caseNo category severity title status openedAt slaDueAt slaBreached escalationLevel version\n    handlingOrgUnit { id name nameEn }\n  }\n"): (typeof documents)["\n  fragment OutletCaseSummary on ServiceCase {\n    id caseNo category severity title status openedAt slaDueAt slaBreached escalationLevel version\n    handlingOrgUnit { id name nameEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutletCustomer360($id: ID!) {\n    customer(id: $id) {\n      id customerNo kind name status gender idNumber phone address email birthDate\n      occupation incomeBand industry legalRepresentative registeredCapital companySize\n      marketingConsent { given at channel }\n      homeOrgUnit { id name nameEn }\n      createdAt version\n      mergedInto { id customerNo name }\n      balances { deposits loans wealth creditCardDebt }\n      needs { id category description priority status capturedAt capturedBy { id name position } version }\n      serviceCases(status: [OPEN, ACKNOWLEDGED]) { ...OutletCaseSummary }\n      surveys(page: { page: 1, pageSize: 50 }) { total items { id touchpoint csat nps comment surveyedAt } }\n      relationships { id kind direction note relatedName related { id customerNo name } }\n      ...OutletCustomerTier\n    }\n  }\n"): (typeof documents)["\n  query OutletCustomer360($id: ID!) {\n    customer(id: $id) {\n      id customerNo kind name status gender idNumber phone address email birthDate\n      occupation incomeBand industry legalRepresentative registeredCapital companySize\n      marketingConsent { given at channel }\n      homeOrgUnit { id name nameEn }\n      createdAt version\n      mergedInto { id customerNo name }\n      balances { deposits loans wealth creditCardDebt }\n      needs { id category description priority status capturedAt capturedBy { id name position } version }\n      serviceCases(status: [OPEN, ACKNOWLEDGED]) { ...OutletCaseSummary }\n      surveys(page: { page: 1, pageSize: 50 }) { total items { id touchpoint csat nps comment surveyedAt } }\n      relationships { id kind direction note relatedName related { id customerNo name } }\n      ...OutletCustomerTier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutletCustomerAccounts($id: ID!, $includeClosed: Boolean!) {\n    customer(id: $id) {\n      id\n      accounts(includeClosed: $includeClosed) { id accountNo kind currency balance creditLimit interestRate openedOn maturesOn closedOn status }\n    }\n  }\n"): (typeof documents)["\n  query OutletCustomerAccounts($id: ID!, $includeClosed: Boolean!) {\n    customer(id: $id) {\n      id\n      accounts(includeClosed: $includeClosed) { id accountNo kind currency balance creditLimit interestRate openedOn maturesOn closedOn status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutletCustomerTransactions($id: ID!, $filter: TransactionFilter, $page: PageInput) {\n    customer(id: $id) {\n      id\n      transactions(filter: $filter, page: $page) {\n        total page pageSize\n        items { id bookedAt amount direction channel category counterparty description balanceAfter account { id accountNo kind } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutletCustomerTransactions($id: ID!, $filter: TransactionFilter, $page: PageInput) {\n    customer(id: $id) {\n      id\n      transactions(filter: $filter, page: $page) {\n        total page pageSize\n        items { id bookedAt amount direction channel category counterparty description balanceAfter account { id accountNo kind } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutletCustomerInteractions($id: ID!, $page: PageInput) {\n    customer(id: $id) {\n      id\n      interactions(page: $page) {\n        total\n        items { id channel occurredAt summary outcome nextStep nextStepDue staff { id name position } orgUnit { id name nameEn } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutletCustomerInteractions($id: ID!, $page: PageInput) {\n    customer(id: $id) {\n      id\n      interactions(page: $page) {\n        total\n        items { id channel occurredAt summary outcome nextStep nextStepDue staff { id name position } orgUnit { id name nameEn } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutletRevealCustomerPii($customerId: ID!, $purpose: String!, $fields: [PiiField!]) {\n    revealCustomerPii(customerId: $customerId, purpose: $purpose, fields: $fields) { customerId idNumber phone address email birthDate }\n  }\n"): (typeof documents)["\n  mutation OutletRevealCustomerPii($customerId: ID!, $purpose: String!, $fields: [PiiField!]) {\n    revealCustomerPii(customerId: $customerId, purpose: $purpose, fields: $fields) { customerId idNumber phone address email birthDate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutletUpdateNeedStatus($id: ID!, $version: Int!, $status: NeedStatus!) {\n    updateNeedStatus(id: $id, version: $version, status: $status) { id status version }\n  }\n"): (typeof documents)["\n  mutation OutletUpdateNeedStatus($id: ID!, $version: Int!, $status: NeedStatus!) {\n    updateNeedStatus(id: $id, version: $version, status: $status) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutletCustomerTier on Customer {\n    tier\n    score {\n      customerId asOf computedAt tier\n      value { depositBalance wealthBalance loanBalance dailyAvgAssets weightedAssets }\n      contribution { depositMargin loanMargin feeIncome intermediaryIncome costAllowance total }\n      loyalty { tenureYears activeMonths productsHeld score }\n      satisfaction { avgCsat avgNps complaints12m score }\n      relevance { productFamilies relationships score }\n      recencyDays frequency12m monetary12m channelMix { channel share }\n      trend { month deposits loans }\n      churnRisk churnReasons { code percent from to days complaints csat }\n      evidence {\n        explanation\n        rule { tier condition description }\n        inputs\n        policy { id scheme policyVersion name effectiveFrom }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OutletCustomerTier on Customer {\n    tier\n    score {\n      customerId asOf computedAt tier\n      value { depositBalance wealthBalance loanBalance dailyAvgAssets weightedAssets }\n      contribution { depositMargin loanMargin feeIncome intermediaryIncome costAllowance total }\n      loyalty { tenureYears activeMonths productsHeld score }\n      satisfaction { avgCsat avgNps complaints12m score }\n      relevance { productFamilies relationships score }\n      recencyDays frequency12m monetary12m channelMix { channel share }\n      trend { month deposits loans }\n      churnRisk churnReasons { code percent from to days complaints csat }\n      evidence {\n        explanation\n        rule { tier condition description }\n        inputs\n        policy { id scheme policyVersion name effectiveFrom }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutletCustomerList($filter: CustomerFilter, $page: PageInput) {\n    customers(filter: $filter, page: $page) {\n      total\n      page\n      pageSize\n      items {\n        id\n        customerNo\n        kind\n        name\n        idNumber\n        phone\n        status\n        homeOrgUnit { id name nameEn }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutletCustomerList($filter: CustomerFilter, $page: PageInput) {\n    customers(filter: $filter, page: $page) {\n      total\n      page\n      pageSize\n      items {\n        id\n        customerNo\n        kind\n        name\n        idNumber\n        phone\n        status\n        homeOrgUnit { id name nameEn }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutletCustomerCounts($filter: CustomerFilter) {\n    customerCounts(filter: $filter) { total individual corporate active dormant closed }\n  }\n"): (typeof documents)["\n  query OutletCustomerCounts($filter: CustomerFilter) {\n    customerCounts(filter: $filter) { total individual corporate active dormant closed }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutletCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id customerNo name }\n  }\n"): (typeof documents)["\n  mutation OutletCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id customerNo name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutletRecordInteraction($input: RecordInteractionInput!) {\n    recordInteraction(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation OutletRecordInteraction($input: RecordInteractionInput!) {\n    recordInteraction(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutletCaptureNeed($input: CaptureNeedInput!) {\n    captureNeed(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation OutletCaptureNeed($input: CaptureNeedInput!) {\n    captureNeed(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutletOpenServiceCase($input: OpenServiceCaseInput!) {\n    openServiceCase(input: $input) { id caseNo }\n  }\n"): (typeof documents)["\n  mutation OutletOpenServiceCase($input: OpenServiceCaseInput!) {\n    openServiceCase(input: $input) { id caseNo }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutletRecordSurvey($input: RecordSurveyInput!) {\n    recordSurvey(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation OutletRecordSurvey($input: RecordSurveyInput!) {\n    recordSurvey(input: $input) { id }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;