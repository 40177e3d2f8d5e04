import type { TechnicalBenefitsFieldsFragment } from "@support-hub/sdk";
import { formatDateTime } from "../../api/format";
import { CopyButton } from "../../components/copy-button";
import { Card } from "../../components/page";

/** After activation: the pair every account of the organization links once. */
export function AccessIds({ benefits }: { benefits: TechnicalBenefitsFieldsFragment }) {
  return (
    <Card title="Your benefits are active" id="ids-title">
      <p>{benefits.message}</p>
      <dl className="ids">
        <div>
          <dt>Access ID</dt>
          <dd>
            <code data-testid="access-id">{benefits.accessId}</code>
            <CopyButton value={benefits.accessId ?? ""} label="Access ID" />
          </dd>
        </div>
        <div>
          <dt>Contract ID</dt>
          <dd>
            <code data-testid="contract-id">{benefits.contractNumber}</code>
            <CopyButton value={benefits.contractNumber ?? ""} label="Contract ID" />
          </dd>
        </div>
      </dl>
      <p className="muted small">
        Activated {formatDateTime(benefits.activatedAt)}
        {benefits.activatedBy ? ` by ${benefits.activatedBy.displayName}` : ""}.
      </p>
    </Card>
  );
}
