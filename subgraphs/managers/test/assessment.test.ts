import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { managersSubgraph } from '../src';
import { MANAGERS, TRAINER, tokens } from './fixture';
import { ACKNOWLEDGE, assess, competencyTokens, refusal, SAVE_DRAFT, scoresOf, SUBMIT } from './competency.fixture';

/**
 * Assessments by training staff: the overall from the model's weights, validation naming the field,
 * versioned edits, DRAFT → SUBMITTED → ACKNOWLEDGED, only trainers, only managers in their scope, never
 * themselves; the assessed manager alone acknowledges; history kept; nothing leaks by another path.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;
let c: Awaited<ReturnType<typeof competencyTokens>>;

beforeAll(async () => {
  sg = await startTestSubgraph(managersSubgraph, db.url);
  t = await tokens();
  c = await competencyTokens();
});
afterAll(async () => sg?.close());

const draftOf = (managerId: number, scores: object[], extra: object = {}) => ({
  input: { managerId: String(managerId), scores, ...extra },
});
/** Drafts left by a test would block the next assessment of the same manager (one open draft each). */
const discardDrafts = () =>
  withSql(db.url, async (q) => {
    await q(`delete from managers.assessment_score where assessment_id in (select id from managers.assessment where status = 'DRAFT')`);
    await q(`delete from managers.assessment where status = 'DRAFT'`);
  });
const countAssessments = async (managerId: number) =>
  Number((await withSql(db.url, (q) => q(`select count(*) as n from managers.assessment where manager_id = $1`, [managerId])))[0].n);

describe('the overall score', () => {
  it('is the weighted mean of the six scores by the model’s weights, computed on the server (hand-computed cases)', async () => {
    // 0.2·4 + 0.1·3 + 0.15·2.5 + 0.3·4.5 + 0.15·3 + 0.1·5 = 3.775 → 3.78 (a float sum would round to 3.77)
    const a = await assess(sg.url, t.trainer, MANAGERS.BJ01, [4, 3, 2.5, 4.5, 3, 5]);
    expect(a).toMatchObject({ status: 'SUBMITTED', overall: 3.78 });
    // 0.2·3 + 0.1·4 + 0.15·2 + 0.3·5 + 0.15·1 + 0.1·3.5 = 3.3
    expect((await assess(sg.url, t.trainer, MANAGERS.BJ01, [3, 4, 2, 5, 1, 3.5])).overall).toBe(3.3);
    expect((await assess(sg.url, t.trainer, MANAGERS.BJ01, [1, 1, 1, 1, 1, 1])).overall).toBe(1);
    expect((await assess(sg.url, t.trainer, MANAGERS.BJ01, [5, 5, 5, 5, 5, 5])).overall).toBe(5);
  });
});

describe('validation names the field', () => {
  it('refuses a score out of range or between half steps, blank or long evidence, a dimension twice — saving nothing', async () => {
    const ok = scoresOf([3, 3, 3, 3, 3, 3]);
    const withScore = (i: number, patch: object) => ok.map((s, j) => (j === i ? { ...s, ...patch } : s));
    const cases: [object[], string][] = [
      [withScore(2, { score: 5.5 }), 'scores[2].score'],
      [withScore(2, { score: 0.5 }), 'scores[2].score'],
      [withScore(0, { score: 0 }), 'scores[0].score'],
      [withScore(5, { score: 3.25 }), 'scores[5].score'],
      [withScore(1, { evidence: '   ' }), 'scores[1].evidence'],
      [withScore(4, { evidence: '长'.repeat(1001) }), 'scores[4].evidence'],
      [withScore(3, { dimension: 'ETHICS' }), 'scores[3].dimension'],
    ];
    for (const [scores, field] of cases) {
      const res = await gql(sg.url, SAVE_DRAFT, draftOf(MANAGERS.BJ0101_B, scores), t.trainer);
      expect(refusal(res), field).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(res.errors![0].message).toContain(field);
    }
    expect(await countAssessments(MANAGERS.BJ0101_B)).toBe(0);
    // 1000 characters of evidence are fine
    const long = await gql(sg.url, SAVE_DRAFT, draftOf(MANAGERS.BJ0101_B, withScore(4, { evidence: '长'.repeat(1000) })), t.trainer);
    expect(long.errors).toBeUndefined();
    await discardDrafts();
  });

  it('refuses to submit without all six dimensions, on field scores naming the missing ones; completed, it submits', async () => {
    const partial = scoresOf([4, 4, 4, 4, 4, 4]).filter((s) => s.dimension !== 'INNOVATION' && s.dimension !== 'HEALTH');
    const draft = (await gql(sg.url, SAVE_DRAFT, draftOf(MANAGERS.SH0101, partial), t.trainer)).data!.saveAssessmentDraft;
    expect(draft.status).toBe('DRAFT');
    expect(draft.overall).toBeNull();
    const refused = await gql(sg.url, SUBMIT, { id: draft.id, version: draft.version }, t.trainer);
    expect(refusal(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'scores' });
    expect(refused.errors![0].message).toContain('missing: INNOVATION, HEALTH');

    const completed = await gql(
      sg.url,
      SAVE_DRAFT,
      draftOf(MANAGERS.SH0101, scoresOf([4, 4, 4, 4, 4, 4]), { assessmentId: draft.id, version: draft.version }),
      t.trainer,
    );
    expect(completed.errors).toBeUndefined();
    const next = completed.data!.saveAssessmentDraft;
    expect(next.id).toBe(draft.id);
    expect(next.version).toBe(draft.version + 1);
    const submitted = await gql(sg.url, SUBMIT, { id: next.id, version: next.version }, t.trainer);
    expect(submitted.data!.submitAssessment).toMatchObject({ status: 'SUBMITTED', overall: 4 });
    // submitted is final
    const again = await gql(sg.url, SUBMIT, { id: next.id, version: submitted.data!.submitAssessment.version }, t.trainer);
    expect(refusal(again)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    const edit = await gql(
      sg.url,
      SAVE_DRAFT,
      draftOf(MANAGERS.SH0101, [], { assessmentId: next.id, version: submitted.data!.submitAssessment.version }),
      t.trainer,
    );
    expect(refusal(edit)).toEqual({ code: 'BAD_USER_INPUT', field: 'assessmentId' });
  });
});

describe('versioned edits', () => {
  it('a stale version is CONFLICT; one open draft per manager; only the trainer who started a draft changes it', async () => {
    const first = (await gql(sg.url, SAVE_DRAFT, draftOf(MANAGERS.BJ0102, scoresOf([3, 3])), t.trainer)).data!.saveAssessmentDraft;
    const second = await gql(sg.url, SAVE_DRAFT, draftOf(MANAGERS.BJ0102, scoresOf([3])), c.hqTrainer2);
    expect(refusal(second).code).toBe('CONFLICT');
    const byOther = await gql(
      sg.url,
      SAVE_DRAFT,
      draftOf(MANAGERS.BJ0102, scoresOf([2]), { assessmentId: first.id, version: first.version }),
      c.hqTrainer2,
    );
    expect(refusal(byOther).code).toBe('FORBIDDEN');
    const changed = (
      await gql(
        sg.url,
        SAVE_DRAFT,
        draftOf(MANAGERS.BJ0102, scoresOf([4, 4, 4]), { assessmentId: first.id, version: first.version }),
        t.trainer,
      )
    ).data!.saveAssessmentDraft;
    expect(changed.scores.map((s: { score: number }) => s.score)).toEqual([4, 4, 4]);
    const stale = await gql(
      sg.url,
      SAVE_DRAFT,
      draftOf(MANAGERS.BJ0102, scoresOf([1]), { assessmentId: first.id, version: first.version }),
      t.trainer,
    );
    expect(refusal(stale).code).toBe('CONFLICT');
    expect(refusal(await gql(sg.url, SUBMIT, { id: first.id, version: first.version }, t.trainer)).code).toBe('CONFLICT');
    const noVersion = await gql(sg.url, SAVE_DRAFT, draftOf(MANAGERS.BJ0102, [], { assessmentId: first.id }), t.trainer);
    expect(refusal(noVersion)).toEqual({ code: 'BAD_USER_INPUT', field: 'version' });
    // the stale write changed nothing
    const read = await gql(sg.url, `query($id: ID!) { assessment(id: $id) { version scores { score } } }`, { id: first.id }, t.trainer);
    expect(read.data!.assessment).toEqual({ version: changed.version, scores: [{ score: 4 }, { score: 4 }, { score: 4 }] });
    await discardDrafts();
  });
});

describe('who assesses whom', () => {
  it('a trainer cannot assess, or read assessments of, a manager outside their scope: NOT_FOUND as for one that does not exist', async () => {
    const shAssessment = await assess(sg.url, t.trainer, MANAGERS.SH0101, [3, 3, 3, 3, 3, 3]);
    const outside = await gql(sg.url, SAVE_DRAFT, draftOf(MANAGERS.SH0101, scoresOf([3])), c.bjTrainer);
    const missing = await gql(sg.url, SAVE_DRAFT, draftOf(99999, scoresOf([3])), c.bjTrainer);
    expect(refusal(outside).code).toBe('NOT_FOUND');
    expect(outside.errors![0].message).toBe(missing.errors![0].message);
    const read = await gql(sg.url, `query($id: ID!) { assessment(id: $id) { id } }`, { id: shAssessment.id }, c.bjTrainer);
    const readMissing = await gql(sg.url, `query($id: ID!) { assessment(id: $id) { id } }`, { id: '99999' }, c.bjTrainer);
    expect(refusal(read).code).toBe('NOT_FOUND');
    expect(read.errors![0].message).toBe(readMissing.errors![0].message);
    const submit = await gql(sg.url, SUBMIT, { id: shAssessment.id, version: shAssessment.version }, c.bjTrainer);
    expect(refusal(submit).code).toBe('NOT_FOUND');
    // within their branch they can
    expect((await assess(sg.url, c.bjTrainer, MANAGERS.BJ0102, [2, 2, 2, 2, 2, 2])).status).toBe('SUBMITTED');
  });

  it('nobody assesses themselves: a trainer who is also a manager is refused on managerId (and the table refuses it too)', async () => {
    const self = await gql(sg.url, SAVE_DRAFT, draftOf(MANAGERS.BJ0102, scoresOf([5, 5, 5, 5, 5, 5])), c.trainerManager);
    expect(refusal(self)).toEqual({ code: 'BAD_USER_INPUT', field: 'managerId' });
    expect(self.errors![0].message).toMatch(/assesses themselves/);
    const direct = withSql(db.url, (q) =>
      q(`insert into managers.assessment (manager_id, assessor_staff_id, model_id) values ($1, $1, 1)`, [MANAGERS.BJ0102]),
    );
    await expect(direct).rejects.toThrow(/assessment_not_self/);
  });

  it('an inactive manager is not assessed (field managerId)', async () => {
    await withSql(db.url, (q) => q(`update managers.customer_manager set active = false where staff_id = $1`, [MANAGERS.BJ01]));
    try {
      const res = await gql(sg.url, SAVE_DRAFT, draftOf(MANAGERS.BJ01, scoresOf([3])), t.trainer);
      expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'managerId' });
    } finally {
      await withSql(db.url, (q) => q(`update managers.customer_manager set active = true where staff_id = $1`, [MANAGERS.BJ01]));
    }
  });

  it('a customer manager cannot assess, submit or plan training (FORBIDDEN)', async () => {
    const mine = await assess(sg.url, t.trainer, MANAGERS.BJ0101_B, [3, 3, 3, 3, 3, 3]);
    for (const res of [
      await gql(sg.url, SAVE_DRAFT, draftOf(MANAGERS.BJ0101_B, scoresOf([3])), t.bj0101Manager),
      await gql(sg.url, SUBMIT, { id: mine.id, version: mine.version }, t.bj0101Manager),
      await gql(sg.url, `mutation($m: ID!) { planTraining(managerId: $m) { added } }`, { m: String(MANAGERS.BJ0101_B) }, t.bj0101Manager),
    ]) {
      expect(refusal(res).code).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
  });
});

describe('acknowledgement', () => {
  it('only the assessed manager acknowledges, once, with a version; the comment is recorded', async () => {
    const a = await assess(sg.url, t.trainer, MANAGERS.BJ0101_A, [4, 4, 3, 4, 3, 4]);
    const other = await gql(sg.url, ACKNOWLEDGE, { id: a.id, version: a.version, comment: '不是我的' }, c.bj0101ManagerB);
    expect(refusal(other).code).toBe('NOT_FOUND');
    const trainer = await gql(sg.url, ACKNOWLEDGE, { id: a.id, version: a.version }, t.trainer);
    expect(refusal(trainer).code).toBe('FORBIDDEN');
    const stale = await gql(sg.url, ACKNOWLEDGE, { id: a.id, version: a.version - 1 }, t.bj0101Manager);
    expect(refusal(stale).code).toBe('CONFLICT');

    const ack = await gql(sg.url, ACKNOWLEDGE, { id: a.id, version: a.version, comment: '  已阅，认同评估意见。  ' }, t.bj0101Manager);
    expect(ack.errors).toBeUndefined();
    expect(ack.data!.acknowledgeAssessment).toMatchObject({ status: 'ACKNOWLEDGED', managerComment: '已阅，认同评估意见。' });
    expect(ack.data!.acknowledgeAssessment.acknowledgedAt).toBeTruthy();
    const [row] = await withSql(db.url, (q) =>
      q(`select status, manager_comment, acknowledged_at from managers.assessment where id = $1`, [a.id]),
    );
    expect(row).toMatchObject({ status: 'ACKNOWLEDGED', manager_comment: '已阅，认同评估意见。' });
    const twice = await gql(sg.url, ACKNOWLEDGE, { id: a.id, version: ack.data!.acknowledgeAssessment.version }, t.bj0101Manager);
    expect(refusal(twice)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    const long = await gql(sg.url, ACKNOWLEDGE, { id: a.id, version: 1, comment: '长'.repeat(1001) }, t.bj0101Manager);
    expect(refusal(long)).toEqual({ code: 'BAD_USER_INPUT', field: 'comment' });
  });

  it('a draft is the trainer’s: the manager can neither see nor acknowledge it', async () => {
    const draft = (await gql(sg.url, SAVE_DRAFT, draftOf(MANAGERS.BJ0101_A, scoresOf([2, 2])), t.trainer)).data!.saveAssessmentDraft;
    expect(refusal(await gql(sg.url, ACKNOWLEDGE, { id: draft.id, version: draft.version }, t.bj0101Manager)).code).toBe('NOT_FOUND');
    const read = await gql(sg.url, `query($id: ID!) { assessment(id: $id) { id } }`, { id: draft.id }, t.bj0101Manager);
    expect(refusal(read).code).toBe('NOT_FOUND');
    const mine = await gql(
      sg.url,
      `query($id: ID!) { customerManager(id: $id) { assessments { id status } } }`,
      { id: String(MANAGERS.BJ0101_A) },
      t.bj0101Manager,
    );
    expect(mine.data!.customerManager.assessments.map((x: { status: string }) => x.status)).not.toContain('DRAFT');
    const trainers = await gql(
      sg.url,
      `query($id: ID!) { customerManager(id: $id) { assessments { id status } } }`,
      { id: String(MANAGERS.BJ0101_A) },
      t.trainer,
    );
    expect(trainers.data!.customerManager.assessments[0]).toEqual({ id: draft.id, status: 'DRAFT' });
    await discardDrafts();
  });
});

const RECORD = `query($id: ID!) { customerManager(id: $id) {
  assessments { id status overall assessor { id } manager { id } }
  latestAssessment { id overall }
  competencyHistory { assessmentId overall modelVersion scores { dimension score } } } }`;

describe('history', () => {
  it('keeps every assessment: listed newest first, the latest submitted one, and the scores over time oldest first', async () => {
    const older = await assess(sg.url, t.trainer, MANAGERS.BJ0101_B, [2, 2, 2, 2, 2, 2]);
    const newer = await assess(sg.url, t.trainer, MANAGERS.BJ0101_B, [3, 3, 3, 4, 3, 3]);
    const res = await gql(sg.url, RECORD, { id: String(MANAGERS.BJ0101_B) }, t.trainer);
    expect(res.errors).toBeUndefined();
    const m = res.data!.customerManager;
    const ids = m.assessments.map((a: { id: string }) => a.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(ids).toHaveLength(await countAssessments(MANAGERS.BJ0101_B));
    expect(m.assessments[0]).toMatchObject({ id: newer.id, assessor: { id: String(TRAINER) }, manager: { id: String(MANAGERS.BJ0101_B) } });
    expect(m.latestAssessment).toEqual({ id: newer.id, overall: 3.3 });
    const points = m.competencyHistory as { assessmentId: string; overall: number; scores: { score: number }[] }[];
    expect(points.map((p) => p.assessmentId).slice(-2)).toEqual([older.id, newer.id]);
    expect(points.at(-1)!.scores.map((s) => s.score)).toEqual([3, 3, 3, 4, 3, 3]);
    expect(points.at(-1)).toMatchObject({ overall: 3.3, modelVersion: 1 });
  });
});

describe('nothing leaks', () => {
  it('colleagues and leaders who may read a manager see no assessment of theirs; the manager sees their own', async () => {
    await assess(sg.url, t.trainer, MANAGERS.BJ0101_A, [3, 3, 3, 3, 3, 3]);
    const colleague = await gql(sg.url, RECORD, { id: String(MANAGERS.BJ0101_A) }, c.bj0101ManagerB);
    expect(colleague.errors).toBeUndefined();
    expect(colleague.data!.customerManager).toEqual({ assessments: [], latestAssessment: null, competencyHistory: [] });
    const head = await gql(sg.url, RECORD, { id: String(MANAGERS.BJ0101_A) }, t.bjHead);
    expect(head.data!.customerManager).toEqual({ assessments: [], latestAssessment: null, competencyHistory: [] });
    const self = await gql(sg.url, RECORD, { id: String(MANAGERS.BJ0101_A) }, t.bj0101Manager);
    expect(self.data!.customerManager.latestAssessment).not.toBeNull();
    expect(self.data!.customerManager.competencyHistory.length).toBeGreaterThan(0);
  });

  it('_entities and nested paths: a manager outside the scope is null, and one reached through a customer shows no record', async () => {
    await assess(sg.url, t.trainer, MANAGERS.SH0101, [4, 4, 4, 4, 4, 4]);
    await assess(sg.url, t.trainer, MANAGERS.BJ01, [4, 4, 4, 4, 4, 4]);
    const ENT = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CustomerManager { id assessments { id } latestAssessment { id } competencyGaps { dimension } trainingPlan { id } } } }`;
    const bj = await gql(sg.url, ENT, { r: [{ __typename: 'CustomerManager', id: String(MANAGERS.SH0101) }] }, c.bjTrainer);
    expect(bj.errors).toBeUndefined();
    expect(bj.data!._entities).toEqual([null]);
    const hq = await gql(sg.url, ENT, { r: [{ __typename: 'CustomerManager', id: String(MANAGERS.SH0101) }] }, t.trainer);
    expect(hq.data!._entities[0].assessments.length).toBeGreaterThan(0);

    // a BJ0101 customer kept by the sub-branch's manager (outside BJ0101's scope): the manager shows, their record does not
    await withSql(db.url, async (q) => {
      await q(`insert into customers.customer (id, customer_no, kind, name, id_number, phone, address, gender, home_org_unit_id, home_org_path, status)
               values (7001, 'C000007001', 'INDIVIDUAL', '客户甲', '110105199001017001', '13800007001', '地址', 'M', 4, '/1/2/3/4/', 'ACTIVE')`);
      await q(
        `insert into managers.portfolio_assignment (customer_id, customer_org_path, manager_id, reason) values (7001, '/1/2/3/4/', $1, 'INITIAL')`,
        [MANAGERS.BJ01],
      );
    });
    const viaCustomer = await gql(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id manager { id assessments { id } latestAssessment { id } competencyHistory { overall } competencyGaps { dimension } trainingPlan { id } } } } }`,
      { r: [{ __typename: 'Customer', id: '7001' }] },
      t.bj0101Manager,
    );
    expect(viaCustomer.errors).toBeUndefined();
    expect(viaCustomer.data!._entities[0].manager).toEqual({
      id: String(MANAGERS.BJ01),
      assessments: [],
      latestAssessment: null,
      competencyHistory: [],
      competencyGaps: [],
      trainingPlan: [],
    });
  });
});

describe('SQL statements', () => {
  it('a page of managers with their whole competency record costs the same for 1 manager as for 5', async () => {
    // every manager has a submitted assessment and a plan
    await discardDrafts();
    for (const id of Object.values(MANAGERS)) {
      await assess(sg.url, t.trainer, id, [2, 2, 2, 2, 2, 2]);
      expect(
        (await gql(sg.url, `mutation($m: ID!) { planTraining(managerId: $m) { added } }`, { m: String(id) }, t.trainer)).errors,
      ).toBeUndefined();
    }
    const LIST = `query($n: Int!) { customerManagers(page: { pageSize: $n }) { items { id
      assessments { id status overall assessor { id } manager { id } model { modelVersion dimensions { weight } } scores { dimension score evidence } }
      latestAssessment { id overall scores { score } }
      competencyHistory { overall scores { score } }
      competencyGaps { dimension gap }
      trainingPlan { id status course { code title } manager { id } } } } }`;
    const one = await countSql(['managers'], () => gql(sg.url, LIST, { n: 1 }, t.trainer));
    const five = await countSql(['managers'], () => gql(sg.url, LIST, { n: 5 }, t.trainer));
    expect(five.result.errors).toBeUndefined();
    const items = five.result.data!.customerManagers.items;
    expect(items).toHaveLength(5);
    expect(
      items.every((m: { assessments: unknown[]; trainingPlan: unknown[] }) => m.assessments.length > 0 && m.trainingPlan.length > 0),
    ).toBe(true);
    expect(five.counts.managers).toBe(one.counts.managers);
    console.info(`managers with competency records: ${one.counts.managers} SQL statements for 1, ${five.counts.managers} for 5`);
  });
});
