import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";

/** `YYYY-MM-DD` calendar date (no time zone): as-of dates, offer and contract terms, lifecycle dates. */
export const DateScalar = LocalDateResolver;
/** ISO-8601 timestamp with time zone. */
export const DateTimeScalar = DateTimeResolver;
