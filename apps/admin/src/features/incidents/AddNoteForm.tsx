import { type FormEvent, useRef, useState } from "react";
import { useIdempotencyKey } from "../../api/use-idempotency-key";
import { useAnnounce } from "../../components/announcer";
import { Field, FormErrors, focusFirstInvalid, splitUserErrors } from "../../components/fields";
import { useAddIncidentNote } from "./incident-detail-queries";

/** Adds a note to an open incident; the draft keeps its idempotency key until it changes or is sent. */
export function AddNoteForm({ incidentId, incidentNumber }: { incidentId: string; incidentNumber: string }) {
  const announce = useAnnounce();
  const form = useRef<HTMLFormElement>(null);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const addNote = useAddIncidentNote();
  // A retry after a lost answer or a double click sends the same key: one note, not two.
  const draftKey = useIdempotencyKey();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormErrors([]);
    if (body.trim() === "") {
      setError("Write the note first.");
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    setError(undefined);
    try {
      const result = await addNote.mutateAsync({ incidentId, body: body.trim(), idempotencyKey: draftKey.key });
      if (result.note) {
        announce(`Note added to ${incidentNumber}`);
        setBody("");
        draftKey.renew();
        return;
      }
      const split = splitUserErrors(result.userErrors, ["body"]);
      setError(split.fields.body);
      setFormErrors(split.form);
      announce(`Note not added: ${result.userErrors[0]?.message ?? "check the form"}`, "error");
      requestAnimationFrame(() => focusFirstInvalid(form.current));
    } catch (failure) {
      setFormErrors([failure instanceof Error ? failure.message : String(failure)]);
    }
  };

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate aria-labelledby="note-title" data-testid="add-note">
      <h3 id="note-title">Add a note</h3>
      <FormErrors messages={formErrors} />
      <Field label="Note" required error={error} hint="Support and everyone who can read this incident see it.">
        {(props) => (
          <textarea
            {...props}
            name="note"
            rows={3}
            value={body}
            onChange={(event) => {
              setBody(event.target.value);
              draftKey.renew();
            }}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={addNote.isPending}>
          {addNote.isPending ? "Adding…" : "Add note"}
        </button>
      </div>
    </form>
  );
}
