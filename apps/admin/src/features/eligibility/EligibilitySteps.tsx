import type { EligibilityResult } from "@support-hub/sdk";
import { Link } from "@tanstack/react-router";
import type { JSX, ReactNode } from "react";
import { useSession } from "../../auth/session";
import { SCREENS } from "../../shell/screens";

type Step = EligibilityResult["steps"][number];

const RULE_LABELS: Record<Step["rule"], string> = {
  OFFER: "Membership offer",
  ENTITLEMENT: "Entitlement for this kind of product",
  ACTIVATION: "Technical benefits activated",
  CONTRACT: "Support contract with incidents left",
  LINK: "Contract linked to your account",
  VERSION_COVERAGE: "Product version covered",
  CSP_ROLE: "Cloud Solution Provider role",
};

/** What each result reads as; a skipped step after a failure was not reached, before one it was not needed. */
const RESULT_LABELS = { PASS: "Passed", FAIL: "Failed", NOT_REACHED: "Not reached", NOT_NEEDED: "Not needed" } as const;
type Shown = keyof typeof RESULT_LABELS;

/** Where in the console the next action is done, when the viewer can use that screen. */
function ActionLink({ to, children }: { to: "/benefits" | "/link" | "/incidents"; children: ReactNode }) {
  const { viewer } = useSession();
  const screen = SCREENS.find((s) => s.path === to);
  if (!screen?.visible(viewer)) return <>{children}</>;
  return (
    <Link to={to} className="button small" data-testid="next-action-link">
      {children}
    </Link>
  );
}

function NextActionText({ step }: { step: Step }): JSX.Element | null {
  const { viewer } = useSession();
  const actors = step.actors.filter((actor) => actor.id !== viewer.id);
  const youCan = step.actors.some((actor) => actor.id === viewer.id);
  const who =
    step.actors.length === 0 ? null : (
      <p data-testid="next-action-actors">
        Who can: {youCan ? "you" : null}
        {youCan && actors.length > 0 ? ", " : null}
        {actors.map((actor) => `${actor.displayName} (${actor.email})`).join(", ")}
      </p>
    );
  switch (step.nextAction) {
    case "ACTIVATE":
      return (
        <>
          <p>Activate the technical benefits of your organization.</p>
          {who}
          {youCan ? <ActionLink to="/benefits">Go to Activation</ActionLink> : null}
        </>
      );
    case "LINK":
      return (
        <>
          <p>Link the support contract to your account with its Access ID and Contract ID.</p>
          <ActionLink to="/link">Link a contract</ActionLink>
        </>
      );
    case "ASK_ADMIN_AGENT":
      return (
        <>
          <p>Ask an Admin Agent of your organization to open the request for this customer.</p>
          {who}
        </>
      );
    case "BUY_PAID_SUPPORT":
      return <p>Buy Premier Support for Partners (all products) or Advanced Support for Partners (cloud products).</p>;
    default:
      return null;
  }
}

/** The rules in the order the API walks them: passed, failed (the first one with its next action), not reached. */
export function EligibilitySteps({ eligibility }: { eligibility: EligibilityResult }): JSX.Element {
  const firstFailure = eligibility.steps.findIndex((step) => step.result === "FAIL");
  const shown = (step: Step, index: number): Shown =>
    step.result === "SKIPPED" ? (firstFailure !== -1 && index > firstFailure ? "NOT_REACHED" : "NOT_NEEDED") : step.result;
  return (
    <>
      <div className={`verdict ${eligibility.isEligible ? "verdict-ok" : "verdict-no"}`} data-testid="eligibility-verdict">
        <p className="state-title">{eligibility.isEligible ? "You can open a request" : "You cannot open a request yet"}</p>
        {eligibility.isEligible ? <ActionLink to="/incidents">Open an incident</ActionLink> : null}
      </div>
      <ol className="steps" data-testid="eligibility-steps">
        {eligibility.steps.map((step, index) => {
          const result = shown(step, index);
          const first = index === firstFailure;
          return (
            <li
              key={step.rule}
              className={`step step-${result.toLowerCase().replace("_", "-")}${first ? " step-first-failure" : ""}`}
              data-rule={step.rule}
              data-result={result}
              aria-current={first ? "step" : undefined}
            >
              <span className="step-result">
                <span aria-hidden="true">{result === "PASS" ? "✓" : result === "FAIL" ? "✕" : "–"}</span> {RESULT_LABELS[result]}
              </span>
              <div className="step-body">
                <p className="step-rule">{RULE_LABELS[step.rule]}</p>
                <p className="step-reason">{step.reason}</p>
                {first ? (
                  <div className="step-action" data-testid="next-action">
                    <p className="step-action-title">Next action</p>
                    <NextActionText step={step} />
                  </div>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
