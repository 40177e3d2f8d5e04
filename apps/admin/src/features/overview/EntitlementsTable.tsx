import type { EntitlementsFieldsFragment, TpdBalanceFieldsFragment } from "@support-hub/sdk";
import { formatDate } from "../../api/format";
import { Card } from "../../components/page";

function cloudLabel(cloud: EntitlementsFieldsFragment["cloudIncidents"]): string {
  if (cloud.isUnlimited) return "Unlimited";
  if (cloud.kind === "NONE" || !cloud.count) return "None";
  return `${cloud.count} (${cloud.count}-pack)`;
}

/** The entitlement table's three rows, for the organization's best active offers. */
export function EntitlementsTable({
  entitlements,
  tpd,
}: {
  entitlements: EntitlementsFieldsFragment;
  tpd?: TpdBalanceFieldsFragment | null;
}) {
  return (
    <Card title="Entitlements per year" id="entitlements-title">
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Entitlements as of {formatDate(entitlements.asOf)}</caption>
          <thead>
            <tr>
              <th scope="col">Benefit</th>
              <th scope="col">Entitled</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Product support incidents (on-premises)</th>
              <td data-testid="entitlement-onprem">{entitlements.onPremisesIncidentCount}</td>
            </tr>
            <tr>
              <th scope="row">Signature cloud support incidents</th>
              <td data-testid="entitlement-cloud">{cloudLabel(entitlements.cloudIncidents)}</td>
            </tr>
            <tr>
              <th scope="row">Presales and deployment (TPD) hours</th>
              <td data-testid="entitlement-tpd">
                {entitlements.tpdHours}
                {tpd ? <span className="muted"> ({tpd.remainingHours} left this period)</span> : null}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="muted small">
        As of {formatDate(entitlements.asOf)}
        {entitlements.cloudCompetencies.length > 0 ? ` · cloud competencies: ${entitlements.cloudCompetencies.join(", ")}` : ""}
      </p>
    </Card>
  );
}
