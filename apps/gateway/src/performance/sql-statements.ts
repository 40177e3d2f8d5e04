import type { ApolloServerPlugin } from "@apollo/server";
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from "kysely";
import type { GatewayContext } from "../context";
import type { Db } from "../database";

/** The SQL statements a request ran (queries sent through Kysely; BEGIN/COMMIT are not counted). */
export interface SqlStatementCounter {
  count: number;
}

/** Counts every statement executed through the Kysely instance it is attached to. */
class CountingPlugin implements KyselyPlugin {
  constructor(private readonly counter: SqlStatementCounter) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    // Called once per executed statement (compiling alone does not call it).
    this.counter.count += 1;
    return args.result;
  }
}

/**
 * A per-request view of the database that counts statements (`REPORT_SQL_STATEMENTS=true`): the
 * same pool / PGlite session, plus a counting plugin. Transactions opened from it count too.
 */
export function countingDb(db: Db): { db: Db; counter: SqlStatementCounter } {
  const counter: SqlStatementCounter = { count: 0 };
  return { db: db.withPlugin(new CountingPlugin(counter)), counter };
}

/** Reports the request's statement count in `extensions.sqlStatements` (only when counting is on). */
export function sqlStatementsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const counter = contextValue.sqlStatements;
          if (!counter || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, sqlStatements: counter.count };
        },
      };
    },
  };
}
