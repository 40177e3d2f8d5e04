import { createContext, type ReactNode, useCallback, useContext, useState } from "react";

type Tone = "success" | "error" | "info";
const AnnounceContext = createContext<(message: string, tone?: Tone) => void>(() => {});

/** One polite live region for the whole app: every action's outcome is read out and shown. */
export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ text: string; tone: Tone; id: number } | null>(null);
  const announce = useCallback((text: string, tone: Tone = "success") => {
    setMessage({ text, tone, id: Date.now() });
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div
        className={`toast ${message ? `toast-${message.tone}` : "toast-hidden"}`}
        role="status"
        aria-live="polite"
        data-testid="announcer"
      >
        {message ? (
          <>
            <span key={message.id}>{message.text}</span>
            <button type="button" className="toast-close" aria-label="Dismiss message" onClick={() => setMessage(null)}>
              ×
            </button>
          </>
        ) : null}
      </div>
    </AnnounceContext.Provider>
  );
}

export const useAnnounce = () => useContext(AnnounceContext);
