import { useState } from "react";

export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Clipboard refused (insecure origin, permissions): select-and-copy fallback.
      const area = document.createElement("textarea");
      area.value = value;
      document.body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2000);
  };
  return (
    // The name holds the visible word ("Copy", then "Copied") plus what is copied: an aria-label
    // without "Copied" would hide the confirmation from speech users (axe: label-content-name-mismatch).
    <button type="button" className="button small secondary" onClick={copy}>
      {copied ? "Copied" : "Copy"}
      <span className="visually-hidden"> {label}</span>
    </button>
  );
}
