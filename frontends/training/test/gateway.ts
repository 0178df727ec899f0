import { expect } from 'vitest';
import { fakeGateway, reply, type Handler } from '@crm/ui-kit/testing/fake-gateway';
import { ManagersQuery } from '../src/managers/managers.queries';
import { OrgUnitsQuery } from '../src/common/unit.queries';
import { ManagerQuery } from '../src/manager/manager.queries';
import { AssessFormQuery } from '../src/assessment/assessment.queries';
import { TeamGapsQuery } from '../src/gaps/gaps.queries';
import { CompetencyOutcomeQuery } from '../src/outcome/outcome.queries';
import { PlansQuery } from '../src/plans/plans.queries';
import { formManager, managerDetail, managers, model, modelTargets, orgUnits, outcome, planManagers, teamGaps } from './fixtures';

/** The fake gateway of the training remote: every query answered from the fixtures, `extra` replacing or adding. */
export function trainingGateway(extra: Record<string, Handler> = {}) {
  return fakeGateway({
    TrainingOrgUnits: reply(OrgUnitsQuery, () => ({ data: orgUnits })),
    TrainingManagers: reply(ManagersQuery, ({ page }) => ({
      data: { customerManagers: { items: managers, total: 45, page: page?.page ?? 1, pageSize: page?.pageSize ?? 20 } },
    })),
    TrainingManager: reply(ManagerQuery, () => ({ data: { customerManager: managerDetail, competencyModel: modelTargets } })),
    TrainingAssessForm: reply(AssessFormQuery, () => ({ data: { customerManager: formManager(), competencyModel: model } })),
    TrainingTeamGaps: reply(TeamGapsQuery, () => ({ data: { teamCompetencyGaps: teamGaps } })),
    TrainingCompetencyOutcome: reply(CompetencyOutcomeQuery, ({ period }) => ({ data: { competencyVsOutcome: { ...outcome, period } } })),
    TrainingPlans: reply(PlansQuery, ({ page }) => ({
      data: { customerManagers: { items: planManagers, total: 2, page, pageSize: 10 } },
    })),
    ...extra,
  });
}

/**
 * The Chinese page says nothing in English and shows no engine code: no run of two Latin letters in
 * its text (codes like FULL_TIME or SUBMITTED, words like "Draft"), nor in its inputs' placeholders.
 */
export function expectNoEnglish(root: Element) {
  const text = root.textContent ?? '';
  expect(text.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
  const placeholders = [...root.querySelectorAll('[placeholder]')].map((e) => e.getAttribute('placeholder') ?? '');
  expect(placeholders.join(' ').match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
}

/** A chart's option as the kit's charts stub renders it. */
export const chartOption = (el: Element) => JSON.parse(el.getAttribute('data-option')!);
