import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/** Years a bank's record can hold: before 1900 or after 2199 is a typing error, not a moment. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

function inRange(value: Date): Date {
  const year = value.getUTCFullYear();
  if (Number.isNaN(year) || year < EARLIEST_YEAR || year > LATEST_YEAR) {
    throw new TypeError(`a date-time must lie between ${EARLIEST_YEAR} and ${LATEST_YEAR}`);
  }
  return value;
}

/**
 * type-graphql's `DateTimeISO` (same name and format, so the SDL does not change) that also refuses
 * impossible years — "0000-01-01T00:00:00Z" parses, then breaks in PostgreSQL as an internal error.
 */
export const CheckedDateTimeISO = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  parseValue: (value) => inRange(GraphQLDateTimeISO.parseValue(value) as Date),
  parseLiteral: (ast, variables) => inRange(GraphQLDateTimeISO.parseLiteral(ast, variables) as Date),
});
