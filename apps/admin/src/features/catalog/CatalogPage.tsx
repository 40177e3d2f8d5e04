import { formatDate } from "../../api/format";
import { sdkKey, useSdkQuery } from "../../api/sdk-query";
import { Card, Page } from "../../components/page";
import { Empty, ErrorState, Loading } from "../../components/states";
import { AddVersionForm } from "./AddVersionForm";
import { ProductForm } from "./ProductForm";

/** Operator: the product catalog (create or update products, add versions with their lifecycle). */
export function CatalogPage() {
  const products = useSdkQuery(sdkKey("products"), (client, signal) => client.products({}, { signal }));
  return (
    <Page title="Product catalog" intro="Products and versions with their lifecycle dates decide what the benefits cover.">
      <div className="grid">
        <ProductForm />
        <AddVersionForm products={products.data ?? []} />
      </div>
      <Card title="Products" id="products-title">
        {products.isPending ? <Loading label="Loading the catalog…" /> : null}
        {products.status === "error" ? <ErrorState error={products.error} onRetry={() => void products.refetch()} /> : null}
        {products.data?.length === 0 ? <Empty title="The catalog is empty" /> : null}
        {products.data && products.data.length > 0 ? (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Product</th>
                  <th scope="col">Family</th>
                  <th scope="col">Versions (released · mainstream end)</th>
                </tr>
              </thead>
              <tbody>
                {products.data.map((product) => (
                  <tr key={product.id}>
                    <th scope="row">
                      {product.name}
                      <div className="muted small">{product.key}</div>
                    </th>
                    <td>
                      {product.family === "CLOUD" ? "Cloud" : "On-premises"}
                      {product.isCspEligible ? <span className="badge">CSP</span> : null}
                      {product.isMicrosoft365 ? <span className="badge">M365</span> : null}
                    </td>
                    <td>
                      {product.versions.length === 0
                        ? "No versions yet"
                        : product.versions
                            .map(
                              (v) =>
                                `${v.name} (${formatDate(v.releasedOn)}${v.mainstreamEndOn ? ` · ${formatDate(v.mainstreamEndOn)}` : ""})`,
                            )
                            .join(", ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Card>
    </Page>
  );
}
