import type { SupportContractFieldsFragment } from "@support-hub/sdk";
import { formatTerm, humanize, remainingLabel } from "../../api/format";
import { Card } from "../../components/page";

export function ContractsTable({
  contracts,
  title = "Support contracts",
  wide = false,
}: {
  contracts: readonly SupportContractFieldsFragment[];
  title?: string;
  /** Spans the whole row of a grid: a table of four columns needs more than a third of it. */
  wide?: boolean;
}) {
  // The table scrolls where it is wider than a phone: focusable, so keyboard users can scroll it too.
  return (
    <Card title={title} id="contracts-title" wide={wide}>
      {contracts.length === 0 ? (
        <p className="muted">No support contracts yet: they are created when the benefits are activated.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to scroll by keyboard (axe: scrollable-region-focusable)
        <div className="table-wrap" tabIndex={0}>
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
                  <td className="nowrap">{formatTerm(contract.startsOn, contract.endsOn)}</td>
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
