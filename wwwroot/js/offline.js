// "Keep for offline": registers the service worker and, on a tap, saves the trip pack of this page's language (its
// pages and the visitor's plans) in a cache named after the pack's version. On every later visit with a signal the
// pack is checked and replaced when a publish changed it, so it is never stale for long. Without this script the
// site works as before; the button stays hidden.
const box = document.querySelector('[data-offline-pack]');
if (box && 'serviceWorker' in navigator && 'caches' in window) {
  const packUrl = box.dataset.offlinePack;
  const culture = box.dataset.culture;
  const status = box.querySelector('[role="status"]');
  const button = box.querySelector('button');
  const keptKey = `pack-version:${culture}`;
  const plansKey = 'pack-plans';
  const say = (text) => { status.textContent = text; };

  navigator.serviceWorker.register('/sw.js').catch(() => { box.hidden = true; });
  box.hidden = false;
  if (localStorage.getItem(keptKey)) {
    say(box.dataset.kept);
  }

  const plans = () => JSON.parse(localStorage.getItem(plansKey) || '[]');

  async function keep(quietly) {
    if (!quietly) {
      button.disabled = true;
      say(box.dataset.saving);
    }
    try {
      const response = await fetch(packUrl, { cache: 'no-store' });
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      const pack = await response.json();
      if (quietly && localStorage.getItem(keptKey) === pack.version) {
        return;
      }
      const name = `pack-${culture}-${pack.version}`;
      const cache = await caches.open(name);
      await cache.addAll([...pack.pages, ...pack.assets, ...plans()]);
      for (const old of await caches.keys()) {
        if (old.startsWith(`pack-${culture}-`) && old !== name) {
          await caches.delete(old);
        }
      }
      localStorage.setItem(keptKey, pack.version);
      say(box.dataset.saved.replace('{0}', String(pack.pages.length + plans().length)));
    } catch {
      if (!quietly) {
        say(box.dataset.failed);
      }
    } finally {
      button.disabled = false;
    }
  }

  button.addEventListener('click', () => {
    // A plan's page (the planner with a date) is kept with the pack, the five most recent at most.
    if (box.dataset.plan === 'true' && location.search) {
      const here = location.pathname + location.search;
      localStorage.setItem(plansKey, JSON.stringify([here, ...plans().filter((p) => p !== here)].slice(0, 5)));
    }
    keep(false);
  });

  if (localStorage.getItem(keptKey) && navigator.onLine) {
    keep(true);
  }
}
