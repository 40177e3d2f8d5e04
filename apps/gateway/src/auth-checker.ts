import { isOperator, Role } from "@support-hub/domain";
import type { AuthChecker } from "type-graphql";
import type { GatewayContext } from "./context";
import { forbidden, notAuthorized, unauthenticated } from "./errors";

/**
 * Requirements usable in `@Authorized(...)` besides roles. Semantics: every requirement must hold,
 * then (if any roles are listed) the viewer must hold at least one of them.
 */
export const Requirement = {
  /** The viewer must be program-associated; a CSP-only account gets NOT_AUTHORIZED. */
  PROGRAM_ASSOCIATED: "PROGRAM_ASSOCIATED",
} as const;
export type Requirement = (typeof Requirement)[keyof typeof Requirement];
export type AuthRule = Role | Requirement;

const ROLES = new Set<string>(Object.values(Role));

/**
 * The one auth checker: unauthenticated -> 401, CSP-only on program data -> NOT_AUTHORIZED, missing role -> 403.
 * A signed-in caller refused a mutation leaves a DENIED audit entry (written by the wrapper of `auditFailedMutationCalls`).
 */
export const authChecker: AuthChecker<GatewayContext, AuthRule> = ({ context }, rules) => checkRules(context, rules);

function checkRules(context: GatewayContext, rules: AuthRule[]): boolean {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  // The platform operator reads program data of every tenant; it acts only where its role is listed.
  const operator = isOperator(viewer.roles);
  if (rules.includes(Requirement.PROGRAM_ASSOCIATED) && !viewer.mpnAssociated && !operator) throw notAuthorized();
  const roles = rules.filter((rule) => ROLES.has(rule));
  if (roles.length > 0 && !roles.some((role) => viewer.roles.includes(role as Role))) {
    throw forbidden(`This action requires one of the roles: ${roles.join(", ")}`);
  }
  return true;
}
