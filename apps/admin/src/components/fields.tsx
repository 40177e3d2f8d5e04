import type { UserErrorFieldsFragment } from "@support-hub/sdk";
import { type ReactNode, useId } from "react";

export type FieldErrors = Record<string, string>;

/**
 * Splits the SDK's `userErrors` into per-field messages (keyed by the path after "input", e.g.
 * "title", "contact.email") and form-level messages (no field, or a field the form does not show).
 */
export function splitUserErrors(
  userErrors: readonly UserErrorFieldsFragment[],
  knownFields: readonly string[],
): { fields: FieldErrors; form: string[] } {
  const fields: FieldErrors = {};
  const form: string[] = [];
  for (const error of userErrors) {
    const path = (error.field ?? []).filter((part, index) => !(index === 0 && part === "input")).join(".");
    if (path && knownFields.includes(path) && !fields[path]) fields[path] = error.message;
    else form.push(error.message);
  }
  return { fields, form };
}

/** A labelled control with its hint and error wired by aria-describedby. */
export function Field({
  label,
  error,
  hint,
  children,
  required,
}: {
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string; "aria-required"?: boolean }) => ReactNode;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy, "aria-required": required || undefined })}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function FormErrors({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="form-errors" role="alert">
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Moves focus to the first invalid control of a form after a failed submit. */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  invalid?.focus();
}
