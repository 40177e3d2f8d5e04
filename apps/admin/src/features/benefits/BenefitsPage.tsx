import { useState } from "react";
import { roleLabel } from "../../api/format";
import { sdkKey, useSdkMutation, useSdkQuery } from "../../api/sdk-query";
import { useSession } from "../../auth/session";
import { useAnnounce } from "../../components/announcer";
import { FormErrors } from "../../components/fields";
import { Card, Page } from "../../components/page";
import { Empty, ErrorState, Loading } from "../../components/states";
import { AccessIds } from "./AccessIds";

/** Activation of the technical benefits: enabled for Global / MPN Partner Admins, explained for others. */
export function BenefitsPage() {
  const { viewer } = useSession();
  const announce = useAnnounce();
  const organizationId = viewer.organization!.id;
  const benefits = useSdkQuery(sdkKey("technicalBenefits", { organizationId }), (client, signal) =>
    client.technicalBenefits({ organizationId }, { signal }),
  );
  const activation = useSdkMutation("activateTechnicalBenefits", (client, id: string) =>
    client.activateTechnicalBenefits({ organizationId: id }),
  );
  const activating = activation.isPending;
  const [errors, setErrors] = useState<string[]>([]);

  const activate = async () => {
    setErrors([]);
    try {
      const result = await activation.mutateAsync(organizationId);
      if (result.userErrors.length > 0) {
        setErrors(result.userErrors.map((error) => error.message));
        announce("Activation refused", "error");
      } else {
        announce(result.wasAlreadyActive ? "Your benefits were already active" : "Technical benefits activated");
      }
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    }
  };

  const data = benefits.data;
  return (
    <Page title="Technical benefits" intro="Activate your organization's technical benefits to get its Access ID and Contract ID.">
      {benefits.isPending ? <Loading label="Loading your benefits…" /> : null}
      {benefits.status === "error" ? <ErrorState error={benefits.error} onRetry={() => void benefits.refetch()} /> : null}
      {data && benefits.status !== "error" ? (
        data.state === "NO_BENEFITS" ? (
          <Empty title={data.message}>
            <p>There is nothing to activate until your organization has an active membership offer.</p>
          </Empty>
        ) : data.state === "ACTIVE" ? (
          <AccessIds benefits={data} />
        ) : (
          <Card title="Not activated yet" id="activate-title">
            <p>{data.message}</p>
            <FormErrors messages={errors} />
            <button
              type="button"
              className="button"
              onClick={activate}
              disabled={!data.canActivate || activating}
              aria-describedby={data.canActivate ? undefined : "activation-refusal"}
            >
              {activating ? "Activating…" : "Activate benefits"}
            </button>
            {!data.canActivate ? (
              <div className="notice" id="activation-refusal" data-testid="activation-refusal">
                <p>
                  <strong>You can't activate the benefits.</strong> Your roles:{" "}
                  {viewer.roles.length ? viewer.roles.map(roleLabel).join(", ") : "none"}.
                </p>
                {data.usersWhoCanActivate.length > 0 ? (
                  <>
                    <p>Ask one of these users:</p>
                    <ul data-testid="users-who-can-activate">
                      {data.usersWhoCanActivate.map((user) => (
                        <li key={user.id}>
                          {user.displayName} — <a href={`mailto:${user.email}`}>{user.email}</a>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p>Nobody in your organization can activate them yet: ask for the Global Admin role.</p>
                )}
              </div>
            ) : null}
          </Card>
        )
      ) : null}
    </Page>
  );
}
