import type { JSX } from "react";
import type { Role, UserFieldsFragment } from "@support-hub/sdk";
import { type FormEvent, useState } from "react";
import { roleLabel } from "../../api/format";
import { getRouteApi } from "@tanstack/react-router";
import { sdkKey, useSdkMutation, useSdkQuery } from "../../api/sdk-query";
import { useSession } from "../../auth/session";
import { useAnnounce } from "../../components/announcer";
import { Field, FormErrors } from "../../components/fields";
import { Card, Page } from "../../components/page";
import { Empty, ErrorState, Loading } from "../../components/states";
import { collect } from "../../api/collect";

const route = getRouteApi("/roles");

/** Admins: assign and remove the roles of their organization's users (the operator: any organization). */
export function RolesPage(): JSX.Element {
  const { viewer } = useSession();
  const announce = useAnnounce();
  // Which roles this viewer may give, and whether it picks the organization, come from the API.
  const isOperator = viewer.permissions?.canReadAllOrganizations ?? false;
  const assignable = viewer.permissions?.assignableRoles ?? [];
  const organizations = useSdkQuery(
    sdkKey("organizations"),
    (client, signal) => collect(client.paginateOrganizations({ first: 100 }, { signal })),
    {
      enabled: isOperator,
    },
  );
  // The operator's pick of organization is in the URL (?organizationId=); an admin has only its own.
  const picked = route.useSearch({ select: (search) => search.organizationId ?? "" });
  const navigate = route.useNavigate();
  const organizationId = isOperator ? picked : (viewer.organization?.id ?? "");
  const setOrganizationId = (id: string) => void navigate({ to: "/roles", search: id ? { organizationId: id } : {} });
  const users = useSdkQuery(
    sdkKey("organizationUsers", { organizationId }),
    (client, signal) => collect(client.paginateOrganizationUsers({ organizationId, first: 100 }, { signal })),
    { enabled: organizationId !== "" },
  );
  const assignRole = useSdkMutation("assignUserRole", (client, input: Parameters<typeof client.assignUserRole>[0]) =>
    client.assignUserRole(input),
  );
  const removeRole = useSdkMutation("removeUserRole", (client, input: Parameters<typeof client.removeUserRole>[0]) =>
    client.removeUserRole(input),
  );
  const busy = assignRole.isPending || removeRole.isPending;
  const [userId, setUserId] = useState("");
  const [role, setRole] = useState<Role>(assignable.includes("HELPDESK_AGENT") ? "HELPDESK_AGENT" : (assignable[0] ?? "HELPDESK_AGENT"));
  const [errors, setErrors] = useState<string[]>([]);

  const after = (result: { user?: UserFieldsFragment | null; userErrors: readonly { message: string }[] }, done: string) => {
    if (result.userErrors.length > 0) {
      setErrors(result.userErrors.map((error) => error.message));
      announce(result.userErrors[0]!.message, "error");
    } else {
      setErrors([]);
      announce(done);
    }
  };
  const run = async (task: () => Promise<void>) => {
    try {
      await task();
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    }
  };

  const assign = (event: FormEvent) => {
    event.preventDefault();
    if (!userId) return setErrors(["Choose a user"]);
    const user = users.data?.find((u) => u.id === userId);
    void run(async () => after(await assignRole.mutateAsync({ userId, role }), `${roleLabel(role)} given to ${user?.displayName}`));
  };
  const remove = (user: UserFieldsFragment, removed: Role) =>
    run(async () =>
      after(await removeRole.mutateAsync({ userId: user.id, role: removed }), `${roleLabel(removed)} removed from ${user.displayName}`),
    );

  return (
    <Page title="Roles" intro="Who can do what in the organization. Role changes take effect on the user's next request.">
      {isOperator ? (
        <Card>
          {organizations.status === "error" ? (
            <ErrorState error={organizations.error} onRetry={() => void organizations.refetch()} />
          ) : null}
          <Field label="Organization">
            {(props) => (
              <select {...props} value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
                <option value="">Choose an organization…</option>
                {organizations.data?.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </Card>
      ) : null}
      <FormErrors messages={errors} />
      {users.isPending && organizationId ? <Loading label="Loading users…" /> : null}
      {users.status === "error" ? <ErrorState error={users.error} onRetry={() => void users.refetch()} /> : null}
      {users.data ? (
        <div className="grid">
          <Card title="Users" id="users-title">
            {users.data.length === 0 ? (
              <Empty title="No users" />
            ) : (
              <ul className="plain-list">
                {users.data.map((user) => (
                  <li key={user.id} className="user-row">
                    <span>
                      <strong>{user.displayName}</strong> <span className="muted small">{user.email}</span>
                    </span>
                    <span className="chips">
                      {user.roles.length === 0 ? <span className="badge badge-muted">No role</span> : null}
                      {user.roles.map((r) => (
                        <span key={r} className="chip">
                          {roleLabel(r)}
                          <button
                            type="button"
                            className="chip-remove"
                            disabled={busy}
                            onClick={() => remove(user, r)}
                            aria-label={`Remove ${roleLabel(r)} from ${user.displayName}`}
                          >
                            ×
                          </button>
                        </span>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <form className="card form" onSubmit={assign} aria-labelledby="assign-title">
            <h2 id="assign-title">Assign a role</h2>
            <Field label="User">
              {(props) => (
                <select {...props} value={userId} onChange={(e) => setUserId(e.target.value)}>
                  <option value="">Choose a user…</option>
                  {users.data?.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.displayName}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Role">
              {(props) => (
                <select {...props} value={role} onChange={(e) => setRole(e.target.value as Role)}>
                  {assignable.map((r) => (
                    <option key={r} value={r}>
                      {roleLabel(r)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="submit" className="button" disabled={busy}>
              Assign role
            </button>
          </form>
        </div>
      ) : null}
    </Page>
  );
}
