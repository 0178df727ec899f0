import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { managersSubgraph } from '../src';
import { MANAGERS, tokens } from './fixture';
import { assess, SAVE_DRAFT, scoresOf, SIX, SUBMIT } from './competency.fixture';

/**
 * The competency model: version 1 as migration 0006 seeds it (six weighted requirements, descriptors 1–5
 * in Chinese and English, each grade's targets), who may read it, the database's rule that a model's
 * weights sum to 1, and versions: new assessments use the model in effect, old ones keep theirs.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;

beforeAll(async () => {
  sg = await startTestSubgraph(managersSubgraph, db.url);
  t = await tokens();
});
afterAll(async () => sg?.close());

const MODEL = `query($v: Int) { competencyModel(modelVersion: $v) { id modelVersion name nameEn effectiveFrom active note
  dimensions { dimension name nameEn weight levels { level descriptor descriptorEn } targets { grade level } } } }`;

interface Requirement {
  dimension: string;
  name: string;
  nameEn: string;
  weight: number;
  levels: { level: number; descriptor: string; descriptorEn: string }[];
  targets: { grade: string; level: number }[];
}

describe('the competency model', () => {
  it('version 1: the six requirements in order, weights summing to 1, five levels each in both languages, a target per grade', async () => {
    const res = await gql(sg.url, MODEL, {}, t.trainer);
    expect(res.errors).toBeUndefined();
    const model = res.data!.competencyModel;
    expect(model).toMatchObject({ modelVersion: 1, active: true, effectiveFrom: '2025-01-01' });
    const dims = model.dimensions as Requirement[];
    expect(dims.map((d) => d.dimension)).toEqual(SIX);
    expect(dims.map((d) => d.name)).toEqual(['良好的道德素质', '与时俱进的观念', '创新能力', '业务与服务技能', '应知知识', '身体健康']);
    expect(Object.fromEntries(dims.map((d) => [d.dimension, d.weight]))).toEqual({
      ETHICS: 0.2,
      MINDSET: 0.1,
      INNOVATION: 0.15,
      SKILLS: 0.3,
      KNOWLEDGE: 0.15,
      HEALTH: 0.1,
    });
    expect(dims.reduce((s, d) => s + d.weight * 1000, 0)).toBe(1000);
    for (const d of dims) {
      expect(d.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
      for (const l of d.levels) {
        expect(l.descriptor).toMatch(/[\u4e00-\u9fff]/);
        expect(l.descriptorEn).toMatch(/^[A-Z][\x20-\x7e’]+$/);
      }
      expect(d.targets.map((x) => x.grade)).toEqual(['TRAINEE', 'JUNIOR', 'INTERMEDIATE', 'SENIOR', 'PRINCIPAL']);
      // targets never fall as the grade rises
      expect(d.targets.map((x) => x.level)).toEqual([...d.targets.map((x) => x.level)].sort((a, b) => a - b));
    }
  });

  it('is read by managers and trainers (MANAGER_READ), refused to others', async () => {
    expect((await gql(sg.url, MODEL, {}, t.bj0101Manager)).data!.competencyModel.modelVersion).toBe(1);
    const refused = await gql(sg.url, MODEL, {}, t.product);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await gql(sg.url, MODEL, { v: 99 }, t.trainer);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('the catalog has a course bringing a manager to each of levels 2–5 in every dimension', async () => {
    const res = await gql(sg.url, `{ trainingCourses { code dimension level title titleEn hours } }`, {}, t.trainer);
    expect(res.errors).toBeUndefined();
    const courses = res.data!.trainingCourses as { dimension: string; level: number; title: string; hours: number }[];
    for (const d of SIX) expect(courses.filter((c) => c.dimension === d).map((c) => c.level)).toEqual([2, 3, 4, 5]);
    expect(courses.every((c) => c.hours > 0 && /[\u4e00-\u9fff]/.test(c.title))).toBe(true);
  });

  it('the database refuses a model whose weights do not sum to 1', async () => {
    const attempt = withSql(db.url, async (q) => {
      await q('begin');
      await q(
        `insert into managers.competency_model (id, model_version, name, name_en, effective_from) values (90, 90, '错误', 'Wrong', '2099-01-01')`,
      );
      await q(`insert into managers.competency_dimension (model_id, dimension, sort_order, name, name_en, weight)
               select 90, dimension, sort_order, name, name_en, 0.15 from managers.competency_dimension where model_id = 1`);
      await q('commit');
    });
    await expect(attempt).rejects.toThrow(/weights summing to 1/);
  });

  it('a new version takes effect for new assessments; earlier ones — and a draft started before — keep version 1 and its weights', async () => {
    // scores whose v1 overall is 0.2·4 + 0.1·3 + 0.15·2.5 + 0.3·4.5 + 0.15·3 + 0.1·5 = 3.775 → 3.78
    const values = [4, 3, 2.5, 4.5, 3, 5];
    const before = await assess(sg.url, t.trainer, MANAGERS.BJ0101_A, values);
    expect(before.overall).toBe(3.78);
    const draft = await gql(sg.url, SAVE_DRAFT, { input: { managerId: String(MANAGERS.BJ0102), scores: scoresOf(values) } }, t.trainer);
    expect(draft.errors).toBeUndefined();

    // version 2, in effect from today: ethics and knowledge weigh more, mindset less (0.25 0.05 0.15 0.25 0.2 0.1)
    await withSql(db.url, async (q) => {
      await q('begin');
      await q(
        `insert into managers.competency_model (model_version, name, name_en, effective_from) values (2, '第二版', 'Version 2', current_date)`,
      );
      await q(`insert into managers.competency_dimension (model_id, dimension, sort_order, name, name_en, weight)
               select m.id, d.dimension, d.sort_order, d.name, d.name_en,
                      (array[0.25, 0.05, 0.15, 0.25, 0.2, 0.1])[d.sort_order]
               from managers.competency_dimension d, managers.competency_model m where d.model_id = 1 and m.model_version = 2`);
      await q(`insert into managers.competency_level select m.id, l.dimension, l.level, l.descriptor, l.descriptor_en
               from managers.competency_level l, managers.competency_model m where l.model_id = 1 and m.model_version = 2`);
      await q(`insert into managers.competency_target select m.id, x.grade, x.dimension, x.target_level
               from managers.competency_target x, managers.competency_model m where x.model_id = 1 and m.model_version = 2`);
      await q('commit');
    });
    const active = await gql(sg.url, MODEL, {}, t.trainer);
    expect(active.data!.competencyModel).toMatchObject({ modelVersion: 2, active: true });
    expect((await gql(sg.url, MODEL, { v: 1 }, t.trainer)).data!.competencyModel.active).toBe(false);

    // the draft started under version 1 is submitted under version 1's weights
    const { id, version } = draft.data!.saveAssessmentDraft;
    const submitted = await gql(sg.url, SUBMIT, { id, version }, t.trainer);
    expect(submitted.data!.submitAssessment.overall).toBe(3.78);
    // a new one: 0.25·4 + 0.05·3 + 0.15·2.5 + 0.25·4.5 + 0.2·3 + 0.1·5 = 3.75
    const after = await assess(sg.url, t.trainer, MANAGERS.BJ0101_B, values);
    expect(after.overall).toBe(3.75);

    const q = `query($id: ID!) { assessment(id: $id) { overall model { modelVersion } } }`;
    const read = async (assessmentId: string) => (await gql(sg.url, q, { id: assessmentId }, t.trainer)).data!.assessment;
    expect(await read(before.id)).toEqual({ overall: 3.78, model: { modelVersion: 1 } });
    expect(await read(id)).toEqual({ overall: 3.78, model: { modelVersion: 1 } });
    expect(await read(after.id)).toEqual({ overall: 3.75, model: { modelVersion: 2 } });
  });
});
