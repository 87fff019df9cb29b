// The back-office's service worker (scope /umbraco): after the first visit the shell opens without a signal.
// - Stylesheets and scripts (fingerprinted, so never stale) are served from here once kept: the stylesheet and the
//   shell's script at install, the others the first time a screen uses them (an owner never loads the editors').
// - Screens the server marks as keepable (response header "Backoffice-Offline: keep": home, lists, edit screens,
//   photos, the bookings inbox) are fetched from the network first and a copy is kept; with no signal, or no answer
//   within NETWORK_WAIT_MS, the kept copy is shown, marked as a saved copy with its time. Edits made on it are kept on
//   the phone and queued by edit.js, as on any screen. Nothing else (sign-in, account, administration, the APIs) is
//   ever kept.
// - Kept screens hold personal data, so they are dropped when anyone signs in or out on this phone, and when the
//   sign-in page is shown (a session that ended elsewhere).
const ASSETS = __ASSETS__;
const VERSION = "__VERSION__";
const STATIC = `bo-static-${VERSION}`;
const PAGES = "bo-pages";
const PAGES_LIMIT = 40;
const NETWORK_WAIT_MS = 6000;
const KEEP_HEADER = "Backoffice-Offline";
const SIGN_IN = "/umbraco/login";
const SIGN_OUT = "/umbraco/logout";

self.addEventListener("install", (event) => {
  const everyScreen = ASSETS.filter((path) => /\/(backoffice|shell)\.[0-9a-f]+\.(css|js)$/.test(path));
  event.waitUntil(caches.open(STATIC).then((cache) => cache.addAll(everyScreen)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("bo-static-") && name !== STATIC) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// From shell.js: "keep" the screens (and their files) just seen before this worker controlled them (the first visit);
// "forget" on the sign-in page.
self.addEventListener("message", (event) => {
  const data = event.data ?? {};
  if (data.forget) {
    event.waitUntil(caches.delete(PAGES));
  } else if (Array.isArray(data.keep)) {
    const files = (data.files ?? []).filter((path) => ASSETS.includes(path)).map((path) => asset(new Request(path)));
    const screens = data.keep.filter(isOwnScreen).map((url) => fetch(url).then(keep));
    event.waitUntil(Promise.allSettled([...files, ...screens]));
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST" && (url.pathname === SIGN_IN || url.pathname === SIGN_OUT)) {
    // Let the browser send it as usual; only make sure no screen of the last account outlives it.
    event.waitUntil(caches.delete(PAGES));
    return;
  }
  if (request.method !== "GET") return;
  if (ASSETS.includes(url.pathname)) {
    event.respondWith(asset(request));
  } else if (request.mode === "navigate" && isOwnScreen(url.href)) {
    event.respondWith(screen(request, event));
  }
});

function isOwnScreen(href) {
  const url = new URL(href, self.location.origin);
  return url.origin === self.location.origin && (url.pathname === "/umbraco" || url.pathname.startsWith("/umbraco/"));
}

async function screen(request, event) {
  // The copy is stored beside the answer, not before it: the page streams to the screen as it arrives.
  const network = fetch(request).then((response) => {
    event.waitUntil(keep(response.clone()));
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  const saved = await (await caches.open(PAGES)).match(request.url, { ignoreVary: true });
  try {
    return saved ? await Promise.race([network, wait(NETWORK_WAIT_MS).then(() => marked(saved))]) : await network;
  } catch {
    return saved ? marked(saved) : offline();
  }
}

async function asset(request) {
  const saved = await caches.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(STATIC)).put(request, response.clone());
  return response;
}

async function keep(response) {
  if (!response.ok || response.redirected || response.type !== "basic" || response.headers.get(KEEP_HEADER) !== "keep") {
    return;
  }
  const cache = await caches.open(PAGES);
  await cache.put(response.url, response);
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - PAGES_LIMIT))) await cache.delete(key);
}

// The kept copy, with the time it was kept on its <html> element, which shell.js turns into a line saying so.
async function marked(saved) {
  const kept = new Date(saved.headers.get("Date") ?? Date.now()).toISOString();
  const html = (await saved.text()).replace("<html", `<html data-saved-copy="${kept}"`);
  // Only the headers that describe the page: the kept body is already decoded, so no encoding or length is carried.
  const headers = new Headers({ "Cache-Control": "no-store" });
  for (const name of ["Content-Type", "Content-Security-Policy", "Content-Language"]) {
    if (saved.headers.has(name)) headers.set(name, saved.headers.get(name));
  }
  return new Response(html, { status: 200, headers });
}

// No signal and no kept copy of this screen: say so in both interface languages and list the screens that are kept.
async function offline() {
  const links = [];
  for (const key of await (await caches.open(PAGES)).keys()) {
    const text = await (await caches.match(key, { ignoreVary: true })).text();
    // "Stops · ZhuwaGen back-office": the screen's own title, without the app's name every title ends with.
    const title = (/<title>([^<]*?)(?: · [^·<]*)?<\/title>/.exec(text)?.[1] ?? key.url).trim();
    links.push(`<li><a class="card" href="${new URL(key.url).pathname}${new URL(key.url).search}">${title}</a></li>`);
  }
  const css = ASSETS.find((path) => path.endsWith(".css"));
  const html = `<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>没有信号 · No signal</title>
<link rel="stylesheet" href="${css}"></head><body><main id="main">
<h1>没有信号</h1><p>这个页面还没有存在这部手机上。有信号后再打开它。</p>
<p lang="en">No signal. This screen is not kept on this phone yet; open it again when the signal returns.</p>
<h2>存在手机上的页面 <span lang="en">· Kept on this phone</span></h2><ul class="cards">${links.join("")}</ul>
</main></body></html>`;
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
