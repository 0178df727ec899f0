import { decimal } from '@crm/ui-kit';

/** A score of one dimension: 1–5 in half steps, one decimal (3.5, 4.0). */
export const scoreText = (v: number | null | undefined) => decimal(v, 1);
/** The weighted overall: two decimals (3.78), as the server rounds it. */
export const overallText = (v: number | null | undefined) => decimal(v, 2);
/** The nine scores a trainer may give, lowest first. */
export const SCORE_STEPS = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5] as const;
