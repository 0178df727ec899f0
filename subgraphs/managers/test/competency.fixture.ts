import { expect } from 'vitest';
import { gql, staffClaims, tokenFor } from '@crm/kit/testing';
import { MANAGERS } from './fixture';

/**
 * Competency tests' own callers (beside fixture.ts's tokens): a trainer of the Beijing branch (staff 16,
 * scope /1/2/), a second head-office trainer (17), a trainer who is also a customer manager (staff 13,
 * BJ0102's manager), and BJ0101's second manager (12).
 */
export const BJ_TRAINER = 16;
export const competencyTokens = async () => ({
  bjTrainer: await tokenFor(
    staffClaims({ orgPath: '/1/2/', sub: String(BJ_TRAINER), orgUnitId: '2', level: 'BRANCH', department: 'TRAINING', roles: ['TRAINER'] }),
  ),
  hqTrainer2: await tokenFor(
    staffClaims({ orgPath: '/1/', sub: '17', orgUnitId: '1', level: 'HEAD_OFFICE', department: 'TRAINING', roles: ['TRAINER'] }),
  ),
  trainerManager: await tokenFor(
    staffClaims({ orgPath: '/1/2/3/5/', sub: String(MANAGERS.BJ0102), orgUnitId: '5', roles: ['CUSTOMER_MANAGER', 'TRAINER'] }),
  ),
  bj0101ManagerB: await tokenFor(
    staffClaims({ orgPath: '/1/2/3/4/', sub: String(MANAGERS.BJ0101_B), orgUnitId: '4', roles: ['CUSTOMER_MANAGER', 'OUTLET_STAFF'] }),
  ),
});

export const SIX = ['ETHICS', 'MINDSET', 'INNOVATION', 'SKILLS', 'KNOWLEDGE', 'HEALTH'] as const;

/** Scores in the model's order, with evidence notes. */
export const scoresOf = (values: readonly number[]) =>
  values.map((score, i) => ({ dimension: SIX[i], score, evidence: `评估记录：${SIX[i]} ${score}` }));

export const SAVE_DRAFT = `mutation($input: SaveAssessmentDraftInput!) {
  saveAssessmentDraft(input: $input) { id version status overall assessedAt model { modelVersion } scores { dimension score evidence } } }`;
export const SUBMIT = `mutation($id: ID!, $version: Int!) {
  submitAssessment(id: $id, version: $version) { id version status overall submittedAt scores { dimension score } } }`;
export const ACKNOWLEDGE = `mutation($id: ID!, $version: Int!, $comment: String) {
  acknowledgeAssessment(id: $id, version: $version, comment: $comment) { id version status acknowledgedAt managerComment } }`;

/** A trainer drafts and submits an assessment of all six; returns the submitted assessment. */
export async function assess(url: string, token: string, managerId: number, values: readonly number[]) {
  const draft = await gql(url, SAVE_DRAFT, { input: { managerId: String(managerId), scores: scoresOf(values) } }, token);
  expect(draft.errors).toBeUndefined();
  const { id, version } = draft.data!.saveAssessmentDraft;
  const submitted = await gql(url, SUBMIT, { id, version }, token);
  expect(submitted.errors).toBeUndefined();
  return submitted.data!.submitAssessment as { id: string; version: number; status: string; overall: number };
}

/** The first error's code and field. */
export const refusal = (res: { errors?: { message: string; extensions?: Record<string, any> }[] }) => ({
  code: res.errors?.[0]?.extensions?.code,
  field: res.errors?.[0]?.extensions?.field,
});
