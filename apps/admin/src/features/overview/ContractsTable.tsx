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
  // A table on wide screens; on phones the same contracts as stacked cards with labelled values
  // (CSS shows one of the two), so nothing scrolls sideways.
  return (
    <Card title={title} id="contracts-title" wide={wide}>
      {contracts.length === 0 ? (
        <p className="muted">No support contracts yet: they are created when the benefits are activated.</p>
      ) : (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a narrow window may scroll the table; a scrolling region must be focusable (axe: scrollable-region-focusable) */}
          <div className="table-wrap contracts-table" tabIndex={0}>
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
                    <td className="nowrap">{kindLabel(contract.kind)}</td>
                    <td>
                      <StateBadge state={contract.state} />
                    </td>
                    <td className="nowrap">{formatTerm(contract.startsOn, contract.endsOn)}</td>
                    <td className="nowrap">{remainingLabel(contract)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className="contract-cards">
            {contracts.map((contract) => (
              <li key={contract.id} className="contract-card" data-testid={`contract-card-${contract.kind}`}>
                <dl>
                  <dt>Kind</dt>
                  <dd>{kindLabel(contract.kind)}</dd>
                  <dt>State</dt>
                  <dd>
                    <StateBadge state={contract.state} />
                  </dd>
                  <dt>Term</dt>
                  <dd>{formatTerm(contract.startsOn, contract.endsOn)}</dd>
                  <dt>Incidents</dt>
                  <dd>{remainingLabel(contract)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

const kindLabel = (kind: string) => (kind === "ON_PREMISES" ? "On-premises" : "Cloud");

function StateBadge({ state }: { state: string }) {
  return <span className={`badge state-${state.toLowerCase()}`}>{humanize(state)}</span>;
}
