// The offline page: lists what this phone has kept (the trip pack and pages read before), with their titles, so a
// visitor without a signal can still reach them.
const list = document.querySelector('[data-kept-pages]');
if (list && 'caches' in window) {
  (async () => {
    const seen = new Set();
    for (const name of await caches.keys()) {
      if (!name.startsWith('pack-') && name !== 'visited') {
        continue;
      }
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const url = new URL(request.url);
        const path = url.pathname + url.search;
        if (seen.has(path) || !(url.pathname.endsWith('/'))) {
          continue;
        }
        seen.add(path);
        const response = await cache.match(request);
        const html = response ? await response.text() : '';
        const title = new DOMParser().parseFromString(html, 'text/html').title || path;
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = path;
        link.textContent = title;
        item.append(link);
        list.append(item);
      }
    }
    list.closest('section').hidden = seen.size === 0;
  })();
}
