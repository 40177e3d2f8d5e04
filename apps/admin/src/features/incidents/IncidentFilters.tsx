import type { IncidentStatus } from "@support-hub/sdk";
import { humanize } from "../../api/format";

export interface Filters {
  status: IncidentStatus[];
  productId: string;
}

const STATUSES: IncidentStatus[] = ["OPEN", "IN_PROGRESS", "RESOLVED", "WITHDRAWN"];

export function IncidentFilters({
  filters,
  onChange,
  products,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  products: readonly { id: string; name: string }[];
}) {
  const toggle = (status: IncidentStatus) =>
    onChange({
      ...filters,
      status: filters.status.includes(status) ? filters.status.filter((s) => s !== status) : [...filters.status, status],
    });
  return (
    <div className="filters">
      <fieldset>
        <legend>Status</legend>
        {STATUSES.map((status) => (
          <label key={status} className="check">
            <input type="checkbox" checked={filters.status.includes(status)} onChange={() => toggle(status)} />
            {humanize(status)}
          </label>
        ))}
      </fieldset>
      <label className="inline-field">
        Product
        <select value={filters.productId} onChange={(event) => onChange({ ...filters, productId: event.target.value })}>
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
