// The site's service worker: keeps the offline trip pack and the pages a visitor has read, so they open without a
// signal. Pages: the network first, but on a weak signal (no answer within NETWORK_WAIT_MS) the saved copy is shown
// while the network answer still refreshes it; with no copy, the offline page. Stylesheets, scripts and icons: the
// saved copy first, refreshed in the background. Nothing of the back-office or install pages is ever kept.
const VERSION = '1';
const STATIC = `static-${VERSION}`;
const VISITED = 'visited';
const VISITED_LIMIT = 60;
const NETWORK_WAIT_MS = 4000;
const OFFLINE = '/offline.html';
const SHELL = [OFFLINE, '/css/site.css', '/favicon.svg', '/js/offline.js', '/js/offline-page.js', '/manifest.webmanifest'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(STATIC).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('static-') && name !== STATIC) {
        await caches.delete(name);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin
      || url.pathname.startsWith('/umbraco') || url.pathname.startsWith('/install') || url.pathname.endsWith('/offline-pack.json')) {
    return;
  }

  if (request.mode === 'navigate') {
    event.respondWith(page(request, event));
  } else if (/^\/(css|js|fonts)\//.test(url.pathname) || url.pathname === '/favicon.svg' || url.pathname === '/manifest.webmanifest') {
    event.respondWith(asset(request, event));
  }
});

async function page(request, event) {
  const network = fetch(request).then(async (response) => {
    if (response.ok && response.type === 'basic') {
      const cache = await caches.open(VISITED);
      await cache.put(request, response.clone());
      await trim(cache);
    }
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  const saved = await caches.match(request, { ignoreVary: true });
  try {
    return saved ? await Promise.race([network, wait(NETWORK_WAIT_MS).then(() => saved)]) : await network;
  } catch {
    return saved || (await caches.match(OFFLINE)) || Response.error();
  }
}

async function asset(request, event) {
  const saved = await caches.match(request, { ignoreVary: true });
  const network = fetch(request).then(async (response) => {
    if (response.ok) {
      await (await caches.open(STATIC)).put(request, response.clone());
    }
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  return saved || network;
}

async function trim(cache) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - VISITED_LIMIT))) {
    await cache.delete(key);
  }
}

function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
