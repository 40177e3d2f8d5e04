import type { SupportContractFieldsFragment } from "@support-hub/sdk";
import { humanize, lastDayBefore, remainingLabel } from "../../api/format";
import { Card } from "../../components/page";

export function ContractsTable({
  contracts,
  title = "Support contracts",
}: {
  contracts: readonly SupportContractFieldsFragment[];
  title?: string;
}) {
  return (
    <Card title={title} id="contracts-title">
      {contracts.length === 0 ? (
        <p className="muted">No support contracts yet: they are created when the benefits are activated.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">State</th>
                <th scope="col">Term</th>
                <th scope="col">Incidents</th>
              </tr>
            </thead>
            <tbody>
              {contracts.map((contract) => (
                <tr key={contract.id} data-testid={`contract-${contract.kind}`}>
                  <td>{contract.kind === "ON_PREMISES" ? "On-premises" : "Cloud"}</td>
                  <td>
                    <span className={`badge state-${contract.state.toLowerCase()}`}>{humanize(contract.state)}</span>
                  </td>
                  <td>
                    {contract.startsOn} through {lastDayBefore(contract.endsOn)}
                  </td>
                  <td>{remainingLabel(contract)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
