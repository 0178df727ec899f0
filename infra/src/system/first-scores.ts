import 'reflect-metadata';
import { openDatabase } from '@crm/kit';
import { analysisDatabase, defaultRecomputeAsOf, latestScoredAsOf, recomputeBank } from '@crm/analysis';

/**
 * A freshly seeded bank has no scores, so dashboards and tiers would be empty. Score the last two
 * month-ends (two as-of dates, so "customers who moved tier" has something to show) with the same
 * set-based batch head office runs from the portal. Does nothing when scores exist.
 */
export async function scoreBankIfUnscored(databaseUrl: string): Promise<string[]> {
  const orm = await openDatabase(analysisDatabase, databaseUrl, { subgraph: 'analysis' });
  try {
    const em = orm.em.fork();
    if (await latestScoredAsOf(em)) return [];
    const latest = await defaultRecomputeAsOf(em);
    if (!latest) return [];
    const previous = new Date(`${latest.slice(0, 7)}-01T00:00:00Z`);
    previous.setUTCDate(0); // the last day of the month before
    const dates = [previous.toISOString().slice(0, 10), latest];
    for (const asOf of dates) await recomputeBank(em, asOf);
    return dates;
  } finally {
    await orm.close(true);
  }
}
