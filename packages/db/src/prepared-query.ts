import { type Compilable, type CompiledQuery, createQueryId, type Kysely, type KyselyPlugin, type RawBuilder, sql } from "kysely";

/** Stands for a value given at run time; its position among the compiled parameters is the slot. */
class Placeholder {
  constructor(readonly name: string) {}
}

/** Hands the builder the placeholder of a named value (typed as the value, so builders read as usual). */
export type ParamOf<Params> = <Name extends keyof Params & string>(name: Name) => Params[Name];

interface Prepared {
  compiled: CompiledQuery;
  /** For each compiled parameter: the name of the value it takes, or undefined for a constant of the query. */
  slots: (string | undefined)[];
}

/**
 * A statement of fixed shape, built and compiled by Kysely once, then run with new values. Kysely
 * otherwise builds the operation tree, and compiles it, on every call: for the small statements
 * every request runs (the signed-in account, one incident), that was most of their CPU. The values
 * go in as parameters, so the text is the same each time (and PostgreSQL's prepared statement too).
 *
 * The builder must give the shape without looking at the values: a placeholder may only be passed
 * to Kysely as a value (not tested, computed with, or spread as an `in` list); `prepare` checks
 * that each one became a parameter.
 *
 * @example
 * ```ts
 * const userById = preparedQuery<{ id: string }, UserRow>((db, param) =>
 *   db.selectFrom("users").selectAll().where("id", "=", param("id")),
 * );
 * const rows = await userById(db, { id });
 * ```
 */
export function preparedQuery<Params extends Record<string, unknown>, Row, DB>(
  build: (db: Kysely<DB>, param: ParamOf<Params>) => Compilable<Row>,
): (db: Kysely<DB>, params: Params) => Promise<Row[]> {
  const byPlugins = new Map<string, Prepared>();
  return async (db, params) => {
    const key = pluginsKey(db.getExecutor().plugins);
    let prepared = byPlugins.get(key);
    if (!prepared) {
      prepared = prepare(db, build);
      byPlugins.set(key, prepared);
    }
    const { compiled, slots } = prepared;
    const parameters = compiled.parameters.map((constant, i) => {
      const name = slots[i];
      return name === undefined ? constant : params[name];
    });
    const result = await db.executeQuery<Row>({ ...compiled, parameters, queryId: createQueryId() });
    return result.rows;
  };
}

/**
 * Plugins may change the text, so a statement is compiled once per list of plugin classes: a
 * request's counting plugin (`REPORT_SQL_STATEMENTS`) is a new instance every time, of one class.
 * This assumes that plugins of one class change a statement in one way, which holds for ours.
 */
function pluginsKey(plugins: readonly KyselyPlugin[]): string {
  let key = "";
  for (const plugin of plugins) {
    let id = pluginClassIds.get(plugin.constructor);
    if (id === undefined) {
      id = pluginClassIds.size;
      pluginClassIds.set(plugin.constructor, id);
    }
    key += `${id},`;
  }
  return key;
}
const pluginClassIds = new Map<unknown, number>();

function prepare<Params, Row, DB>(db: Kysely<DB>, build: (db: Kysely<DB>, param: ParamOf<Params>) => Compilable<Row>): Prepared {
  const placeholders = new Map<string, Placeholder>();
  const param = ((name: string) => {
    let placeholder = placeholders.get(name);
    if (!placeholder) {
      placeholder = new Placeholder(name);
      placeholders.set(name, placeholder);
    }
    return placeholder;
  }) as ParamOf<Params>;
  const compiled = build(db, param).compile();
  const slots = compiled.parameters.map((value) => (value instanceof Placeholder ? value.name : undefined));
  for (const name of placeholders.keys()) {
    const uses = slots.filter((slot) => slot === name).length;
    if (uses === 0)
      throw new Error(`preparedQuery: "${name}" is not a parameter of the statement (pass placeholders to Kysely as values only)`);
  }
  return { compiled, slots };
}

/**
 * `column` is one of the uuids in `ids` (a parameter, e.g. a `preparedQuery` placeholder), written
 * so that PostgreSQL keeps one generic plan for the prepared statement. With `column = any($1)` a
 * custom plan for the array at hand can look cheaper (after a quiet start of one-id batches), and
 * PostgreSQL then plans every execution: 250 plans for 712 runs of the account statement, 4,950
 * for 4,946 of `node(id:)`'s. Built by a subquery, the array is unknown to every plan, custom or
 * generic, so after the first five the generic one is kept.
 */
export function isAnyOfIds(column: string, ids: readonly string[]): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} = any(array(select unnest(${ids}::uuid[])))`;
}

/**
 * The LIMIT of a page (`first + 1`: the extra row says that a page follows), written into the SQL
 * text instead of sent as a parameter. PostgreSQL costs a generic plan with an unknown LIMIT as if
 * it read a tenth of the rows, so for small pages the custom plan always looked cheaper and every
 * execution was planned: `first: 1` on the dashboard's statement spent 0.49 ms planning for
 * 0.17 ms running, on every request. With the number in the text each page size is a statement
 * of its own (at most `maxPageSize + 1` of them), whose generic plan is costed for that size.
 */
export function pageLimit(first: number): RawBuilder<number> {
  if (!Number.isSafeInteger(first) || first < 0) throw new Error(`pageLimit: ${first} is not a page size`);
  return sql.lit(first + 1);
}
