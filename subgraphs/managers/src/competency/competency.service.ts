import type { EntityManager } from '@mikro-orm/postgresql';
import { byKeys, NotFoundError, pgArray, type RequestContext } from '@crm/kit';
import type { CompetencyModel } from './competency.types';

/** The model new assessments use: the newest version in effect today. */
const ACTIVE_MODEL_SQL = `(select id from managers.competency_model where effective_from <= current_date
  order by effective_from desc, model_version desc limit 1)`;

export async function activeModelId(em: EntityManager): Promise<number> {
  const [row] = await em.execute<{ id: number | null }[]>(`select ${ACTIVE_MODEL_SQL} as id`);
  if (row?.id == null) throw new NotFoundError('Competency model in effect');
  return row.id;
}

/** Whole models (requirements, levels, targets) by id, in ONE statement: the model is small and read whole. */
const MODELS_SQL = `
  select m.id, m.model_version as "modelVersion", m.name, m.name_en as "nameEn",
         to_char(m.effective_from, 'YYYY-MM-DD') as "effectiveFrom", m.note, m.id = ${ACTIVE_MODEL_SQL} as active,
         (select json_agg(json_build_object(
                   'dimension', d.dimension, 'name', d.name, 'nameEn', d.name_en, 'weight', d.weight::float8,
                   'levels', (select json_agg(json_build_object('level', l.level, 'descriptor', l.descriptor, 'descriptorEn', l.descriptor_en)
                                              order by l.level)
                              from managers.competency_level l where l.model_id = d.model_id and l.dimension = d.dimension),
                   'targets', (select json_agg(json_build_object('grade', t.grade, 'level', t.target_level)
                                               order by array_position(array['TRAINEE','JUNIOR','INTERMEDIATE','SENIOR','PRINCIPAL'], t.grade::text))
                               from managers.competency_target t where t.model_id = d.model_id and t.dimension = d.dimension))
                 order by d.sort_order)
          from managers.competency_dimension d where d.model_id = m.id) as dimensions
  from managers.competency_model m`;

/** Models by id, per request: every assessment of a list shares one statement. */
export const competencyModelLoader = (ctx: RequestContext) =>
  ctx.loaders.get<number, CompetencyModel>('managers.CompetencyModel', async (ids) => {
    const rows = await ctx.em.execute<CompetencyModel[]>(`${MODELS_SQL} where m.id = any(?::int[])`, [pgArray(ids)]);
    return byKeys(ids, rows, (r) => r.id);
  });

/** The active model, or one version of it (NOT_FOUND when there is no such version). */
export async function getCompetencyModel(ctx: RequestContext, modelVersion?: number | null): Promise<CompetencyModel> {
  const [row] = await ctx.em.execute<CompetencyModel[]>(
    modelVersion == null ? `${MODELS_SQL} where m.id = ${ACTIVE_MODEL_SQL}` : `${MODELS_SQL} where m.model_version = ?`,
    modelVersion == null ? [] : [modelVersion],
  );
  if (!row) throw new NotFoundError('Competency model');
  return row;
}

/** Every version, newest first. */
export const listCompetencyModels = (ctx: RequestContext) =>
  ctx.em.execute<CompetencyModel[]>(`${MODELS_SQL} order by m.model_version desc`);
