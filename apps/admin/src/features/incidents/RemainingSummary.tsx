import type { SupportContractFieldsFragment } from "@support-hub/sdk";
import { remainingLabel } from "../../api/format";

/** Remaining incidents of the contracts the viewer can use; re-read after every action. */
export function RemainingSummary({ contracts }: { contracts: readonly SupportContractFieldsFragment[] | undefined }) {
  if (!contracts) return null;
  if (contracts.length === 0) {
    return <p className="muted">No support contract: link one with an Access ID and a Contract ID to open incidents.</p>;
  }
  return (
    <ul className="remaining" aria-label="Remaining incidents" data-testid="remaining">
      {contracts.map((contract) => (
        <li key={contract.id} data-testid={`remaining-${contract.kind}`} className={`remaining-item state-${contract.state.toLowerCase()}`}>
          <span className="remaining-kind">{contract.kind === "ON_PREMISES" ? "On-premises" : "Cloud"}</span>
          <span className="remaining-count">{remainingLabel(contract)}</span>
          {contract.state !== "ACTIVE" ? <span className="badge">{contract.state.toLowerCase().replace("_", " ")}</span> : null}
        </li>
      ))}
    </ul>
  );
}
