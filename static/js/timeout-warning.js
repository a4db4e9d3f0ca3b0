// The warning before an idle sign-out (WCAG 2.2.1, timing adjustable). The server signs people
// out after a time without requests (champions.security.SessionTimeoutMiddleware). Shortly
// before then, this asks the server how long is really left (another tab may have kept the
// session going), and if the end is near, opens a modal dialog offering to stay signed in.

export function initTimeoutWarning(dialog) {
  if (!dialog || typeof dialog.showModal !== "function") return;
  const idleSeconds = Number(dialog.dataset.idleSeconds);
  const warnSeconds = Number(dialog.dataset.warnSeconds);
  const statusUrl = dialog.dataset.statusUrl;
  const form = dialog.querySelector("form");
  const endText = dialog.querySelector("[data-timeout-at]");
  let timer;

  const later = (seconds, task) => {
    clearTimeout(timer);
    timer = setTimeout(task, Math.max(0, seconds) * 1000);
  };
  // The server shows the sign-in page, with a message saying why, on the next request.
  const signedOut = () => window.location.reload();

  async function status(options) {
    try {
      const response = await fetch(statusUrl, {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
        ...options,
      });
      const type = response.headers.get("Content-Type") || "";
      return response.ok && type.includes("json") ? await response.json() : { signed_in: false };
    } catch {
      return null; // offline for a moment: try again shortly
    }
  }

  function warn(secondsLeft) {
    const end = new Date(Date.now() + secondsLeft * 1000);
    // The words around the time come from the page, in its language ("at {time}", "am {time}").
    const time = end.toLocaleTimeString(document.documentElement.lang || "en-GB", { hour: "numeric", minute: "2-digit" });
    endText.textContent = (dialog.dataset.atTime || "at {time}").replace("{time}", time);
    if (!dialog.open) dialog.showModal();
    later(secondsLeft + 1, signedOut);
  }

  async function check() {
    const now = await status();
    if (now === null) return later(15, check);
    if (!now.signed_in) return signedOut();
    if (now.seconds_left > warnSeconds + 5) return later(now.seconds_left - warnSeconds, check);
    warn(now.seconds_left);
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const now = await status({ method: "POST", body: new FormData(form) });
    if (!now || !now.signed_in) return signedOut();
    dialog.close();
    later(now.seconds_left - warnSeconds, check);
  });
  // Escape closes a modal dialog; closing it without choosing keeps the sign-out time.
  later(idleSeconds - warnSeconds, check);
}
