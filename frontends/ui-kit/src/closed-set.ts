/**
 * The values of a closed set (a GraphQL enum) in the order a form or filter shows them, checked to
 * be all of them: `closedSet<CaseStatus>()(['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'CLOSED'])`. A value the
 * enum does not have fails typecheck, and so does one of its values left out ("Expected 2
 * arguments": the second, `missing`, names what is left out).
 */
export const closedSet =
  <T extends string>() =>
  <const A extends readonly T[]>(
    values: A,
    ..._missing: [Exclude<T, A[number]>] extends [never] ? [] : [missing: Exclude<T, A[number]>]
  ): A =>
    values;
