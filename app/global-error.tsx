"use client";

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", display: "grid", placeItems: "center", minHeight: "100dvh", margin: 0 }}>
        <main style={{ textAlign: "center", maxWidth: 420, padding: 16 }}>
          <h1>Lifeloop hit an error</h1>
          <p>Nothing you saved was lost. Reload the page, or try again.</p>
          <button onClick={reset} style={{ padding: "8px 16px" }}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
