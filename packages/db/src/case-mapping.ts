import {
  CamelCasePlugin,
  type CompiledQuery,
  type PluginTransformQueryArgs,
  PostgresQueryCompiler,
  type QueryId,
  type RootOperationNode,
  type UnknownRow,
} from "kysely";

/**
 * A memo of names. Names come from the code (tables, columns, aliases), so there are a few hundred;
 * the bound only keeps a program that makes up identifiers (`sql.id` of user text) from growing it.
 */
class BoundedNames {
  readonly #names = new Map<string, string>();

  get(name: string): string | undefined {
    return this.#names.get(name);
  }

  /** Returns `value`. */
  set(name: string, value: string): string {
    if (this.#names.size < 10_000) this.#names.set(name, value);
    return value;
  }
}

/**
 * How names map, for the plugin (rows) and the compiler (SQL) alike.
 * `maintainNestedObjectKeys`: jsonb values (audit details) come back exactly as written.
 * `underscoreBeforeDigits`: `isMicrosoft365` <-> `is_microsoft_365`.
 */
const CASE_OPTIONS = { maintainNestedObjectKeys: true, underscoreBeforeDigits: true } as const;

/**
 * camelCase in TypeScript, snake_case in SQL: Kysely's `CamelCasePlugin` with its mapping moved
 * to where names are written. The stock plugin copies every query's whole operation tree to rename
 * its identifiers before compiling (a tenth of the gateway's CPU went to Kysely, much of it
 * there); here the plugin only marks the query, and {@link CaseMappingQueryCompiler} writes each
 * identifier snake_cased as it compiles, from a cache. Same SQL, same rows. `withoutPlugins()`
 * still turns the mapping off, since an unmarked query is compiled as written.
 *
 * The two halves go together: the plugin needs a dialect whose compiler is
 * {@link CaseMappingQueryCompiler} (see `create-database.ts`).
 */
export class CaseMappingPlugin extends CamelCasePlugin {
  readonly #camelNames = new BoundedNames();

  constructor() {
    super(CASE_OPTIONS);
  }

  override transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    mappedQueries.add(args.queryId);
    return args.node;
  }

  protected override camelCase(name: string): string {
    return this.#camelNames.get(name) ?? this.#camelNames.set(name, super.camelCase(name));
  }

  /** One row's keys camelCased; values as they are (nested keys are kept, arrays not copied). */
  protected override mapRow(row: UnknownRow): UnknownRow {
    const mapped: UnknownRow = {};
    for (const key of Object.keys(row)) mapped[this.camelCase(key)] = row[key];
    return mapped;
  }
}

/** The queries `CaseMappingPlugin` saw: their identifiers are written snake_cased. */
const mappedQueries = new WeakSet<QueryId>();

/** The plugin's camelCase -> snake_case, for the compilers. */
class SnakeCaser extends CamelCasePlugin {
  constructor() {
    super(CASE_OPTIONS);
  }

  toSnakeCase(name: string): string {
    return this.snakeCase(name);
  }
}
const snakeCaser = new SnakeCaser();

/** PostgreSQL's compiler, writing identifiers snake_cased for the queries `CaseMappingPlugin` marked. */
export class CaseMappingQueryCompiler extends PostgresQueryCompiler {
  /** Identifier -> its text in SQL (sanitized; snake_cased when mapped). */
  static readonly #mapped = new BoundedNames();
  static readonly #asWritten = new BoundedNames();
  #names = CaseMappingQueryCompiler.#asWritten;

  override compileQuery(node: RootOperationNode, queryId: QueryId): CompiledQuery {
    // Compiling is synchronous, so the mode set here holds for exactly this query.
    this.#names = mappedQueries.has(queryId) ? CaseMappingQueryCompiler.#mapped : CaseMappingQueryCompiler.#asWritten;
    return super.compileQuery(node, queryId);
  }

  protected override sanitizeIdentifier(identifier: string): string {
    const names = this.#names;
    const known = names.get(identifier);
    if (known !== undefined) return known;
    const name = names === CaseMappingQueryCompiler.#mapped ? snakeCaser.toSnakeCase(identifier) : identifier;
    return names.set(identifier, super.sanitizeIdentifier(name));
  }
}
