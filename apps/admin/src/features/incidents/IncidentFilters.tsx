import type { IncidentStatus } from "@support-hub/sdk";
import { humanize } from "../../api/format";
import { INCIDENT_STATUSES, type IncidentSearch } from "./incident-search";

type Filters = Pick<IncidentSearch, "status" | "productId">;

export function IncidentFilters({
  filters,
  onChange,
  products,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  products: readonly { id: string; name: string }[];
}) {
  const statuses = filters.status ?? [];
  const toggle = (status: IncidentStatus) =>
    onChange({
      ...filters,
      status: statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status],
    });
  return (
    <div className="filters">
      <fieldset>
        <legend>Status</legend>
        {INCIDENT_STATUSES.map((status) => (
          <label key={status} className="check">
            <input type="checkbox" checked={statuses.includes(status)} onChange={() => toggle(status)} />
            {humanize(status)}
          </label>
        ))}
      </fieldset>
      <label className="inline-field">
        Product
        <select value={filters.productId ?? ""} onChange={(event) => onChange({ ...filters, productId: event.target.value })}>
          <option value="">All products</option>
          {products.map((product) => (
            <option key={product.id} value={product.id}>
              {product.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
