import { registerEnumType } from 'type-graphql';

/** The six requirements of a customer manager (客户经理的六项素质), in the model's order. */
export enum CompetencyDimension {
  ETHICS = 'ETHICS',
  MINDSET = 'MINDSET',
  INNOVATION = 'INNOVATION',
  SKILLS = 'SKILLS',
  KNOWLEDGE = 'KNOWLEDGE',
  HEALTH = 'HEALTH',
}
registerEnumType(CompetencyDimension, {
  name: 'CompetencyDimension',
  description: 'A requirement of the competency model (客户经理胜任力)',
  valuesConfig: {
    ETHICS: { description: '良好的道德素质 — sound ethics' },
    MINDSET: { description: '与时俱进的观念 — an up-to-date mindset' },
    INNOVATION: { description: '创新能力 — innovation' },
    SKILLS: { description: '业务与服务技能 — business and service skills' },
    KNOWLEDGE: { description: '应知知识 — required knowledge' },
    HEALTH: { description: '身体健康 — physical health (fitness for the work, never medical data)' },
  },
});

export const DIMENSIONS: readonly CompetencyDimension[] = Object.values(CompetencyDimension);

/** Sorts by the model's order (ETHICS first). */
export const byDimension = <T extends { dimension: CompetencyDimension }>(a: T, b: T) =>
  DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension);
