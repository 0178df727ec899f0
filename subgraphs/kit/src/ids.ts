import { BadUserInputError } from './errors';

/** GraphQL IDs arrive as strings (the gateway always sends strings); our keys are integers. */
export function parseId(id: string | number, field = 'id'): number {
  const n = typeof id === 'number' ? id : /^\d{1,10}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0 || n > 2_147_483_647)
    throw new BadUserInputError(`${field} must be a positive whole number`, field);
  return n;
}
