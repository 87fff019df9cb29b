// On every back-office screen. Signed in: registers the back-office service worker (so the shell opens without a
// signal after this visit) and, on the first visit, asks it to keep this screen, its files and the home screen, which
// it could not see being loaded. Signed out (the sign-in page): asks it to forget every kept screen. A screen shown from the
// phone's copy says so, with the time it was kept.
const script = document.querySelector("script[data-worker]");
const { worker, signedIn, savedCopy } = script?.dataset ?? {};

if (worker && "serviceWorker" in navigator) {
  if (signedIn) {
    const firstVisit = !navigator.serviceWorker.controller;
    navigator.serviceWorker.register(worker, { scope: "/umbraco" }).then(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!firstVisit) return;
      const files = [...document.querySelectorAll("script[src], link[rel=stylesheet]")].map((e) => new URL(e.src || e.href).pathname);
      registration.active?.postMessage({ keep: [...new Set([location.pathname + location.search, "/umbraco"])], files });
    }).catch(() => undefined);
  } else {
    navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ forget: true }));
  }
}

const kept = document.documentElement.dataset.savedCopy;
if (kept && savedCopy) {
  const line = document.createElement("p");
  line.className = "saved-copy";
  line.setAttribute("role", "status");
  const time = new Date(kept).toLocaleString(document.documentElement.lang, {
    timeZone: "Asia/Shanghai", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false,
  });
  line.textContent = savedCopy.replace("{0}", time);
  document.getElementById("main")?.prepend(line);
}
