import { GraphQLScalarType } from "graphql";
import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";

/** `YYYY-MM-DD` calendar date (no time zone): as-of dates, offer and contract terms, lifecycle dates. */
export const DateScalar = LocalDateResolver;

/**
 * ISO-8601 timestamp with time zone: graphql-scalars' `DateTime` (same name, description, input
 * rules and output text), serialized as its text. graphql-scalars hands the `Date` itself to the
 * response, and one `Date` (an object with `toJSON`) sends `JSON.stringify` down its slow path for
 * the whole response: 100 µs against 40 µs for a 31 KB dashboard of 50 incidents.
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  serialize(value) {
    const serialized = DateTimeResolver.serialize(value);
    return serialized instanceof Date ? serialized.toISOString() : serialized;
  },
});
