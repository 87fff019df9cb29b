// A weak signal never loses an edit. What is typed on the edit screen is kept on this phone (IndexedDB) until the
// server has it, and offered back on return. A save made without a signal is queued here and sent when the signal
// returns, from any back-office screen; if someone saved a newer version meanwhile, the server's conflict view (both
// versions of each field) is shown. Everything is in the page's flow: nothing opens over the content. Without
// JavaScript the forms work the same, only without this safety net.
const strings = document.querySelector("script[data-queued]")?.dataset ?? {};

// ---- IndexedDB: "edits" (typed, unsaved) and "queue" (saves waiting for a signal), both by form and culture. ----
let opened;
const database = () => opened ??= new Promise((resolve, reject) => {
  const request = indexedDB.open("zg-backoffice", 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore("edits");
    request.result.createObjectStore("queue");
  };
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});
const use = async (store, mode, act) => {
  const db = await database();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, mode);
    const request = act(tx.objectStore(store));
    tx.oncomplete = () => resolve(request?.result);
    tx.onerror = () => reject(tx.error);
  });
};
const get = (store, key) => use(store, "readonly", (s) => s.get(key));
const put = (store, key, value) => use(store, "readwrite", (s) => s.put(value, key));
const remove = (store, key) => use(store, "readwrite", (s) => s.delete(key));
const entries = (store) => use(store, "readonly", (s) => s.getAll());

// A line in the page's flow, above the content, saying what happened to a save.
const say = (text, kind = "notice") => {
  if (!text) return;
  let line = document.getElementById("offline-status");
  if (!line) {
    line = document.createElement("p");
    line.id = "offline-status";
    line.setAttribute("role", "status");
    const form = document.getElementById("edit");
    if (form) form.before(line); else document.getElementById("main")?.prepend(line);
  }
  line.className = kind;
  line.textContent = text;
  // The editor tapped a button in the bar at the foot of the screen: bring the answer to where they look.
  line.scrollIntoView({ block: "center" });
};

// Shows the server's answer to a queued save the way the browser shows any form post: a real POST of the same fields.
const postForReal = (action, body) => {
  const form = document.createElement("form");
  form.method = "post";
  form.action = action;
  form.hidden = true;
  for (const [name, value] of new URLSearchParams(body)) {
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    form.append(input);
  }
  document.body.append(form);
  form.submit();
};

// A session that ended answers with the sign-in page: the edit stays kept, and sign-in returns to the item.
const signedOut = (response) => response.redirected && new URL(response.url).pathname === "/umbraco/login";

// Sends every queued save, oldest first. A save the server took is dropped from the queue (and its kept edit); one it
// refused (a newer version, an invalid value) is posted for real so the editor sees why, with what they typed.
let flushing = false;
const flush = async () => {
  if (flushing || !navigator.onLine) return;
  flushing = true;
  try {
    const queued = (await entries("queue")).sort((a, b) => a.at - b.at);
    for (const save of queued) {
      let response;
      try {
        response = await fetch(save.action, { method: "POST", body: new URLSearchParams(save.body), credentials: "same-origin" });
      } catch {
        return; // Still no signal: try again on the next "online".
      }
      await remove("queue", save.key);
      if (signedOut(response)) { location.assign(response.url); return; }
      if (response.ok && response.redirected) {
        await remove("edits", save.key);
        const here = location.pathname === new URL(save.action, location.href).pathname;
        if (here) { location.assign(response.url); return; }
        say(strings.sent);
      } else {
        postForReal(save.action, save.body);
        return;
      }
    }
  } finally {
    flushing = false;
  }
};

addEventListener("online", flush);
if (window.indexedDB) flush();

// ---- The edit screen. ----
const form = document.getElementById("edit");
if (form && window.indexedDB) {
  const storageKey = `${form.getAttribute("action")}:${form.elements.namedItem("culture").value}`;
  const fields = () => [...form.elements].filter((e) => e.name === "name" || e.name.startsWith("v."));
  // Values are kept by field name, so blocks or picks added or removed since do not shift an edit onto another field.
  const read = (e) => (e.type === "checkbox" || e.type === "radio") ? e.checked
    : e.multiple ? [...e.selectedOptions].map((o) => o.value) : e.value;
  const write = (e, value) => {
    if (e.type === "checkbox" || e.type === "radio") e.checked = value === true;
    else if (e.multiple) [...e.options].forEach((o) => { o.selected = value.includes(o.value); });
    else e.value = value;
  };
  const snapshot = () => JSON.stringify(fields().map((e) => [e.name, read(e)]));
  const initial = snapshot();

  const offerBack = async () => {
    // After a save or publish the server has the edit: nothing to keep.
    if (new URLSearchParams(location.search).has("done")) await remove("edits", storageKey);
    // A form shown again with an unsaved change (a pick removed, a block moved, a preview, a conflict) is itself the edit to keep.
    if (form.dataset.unsaved === "true") { await put("edits", storageKey, initial); return; }
    if (await get("queue", storageKey)) { say(form.dataset.queued); return; }
    const kept = await get("edits", storageKey);
    if (!kept || kept === initial) return;
    const offer = document.createElement("div");
    offer.className = "problem restore";
    offer.setAttribute("role", "status");
    const text = document.createElement("p");
    text.textContent = form.dataset.restoreText;
    const restore = document.createElement("button");
    restore.type = "button";
    restore.className = "button primary";
    restore.textContent = form.dataset.restoreButton;
    const discard = document.createElement("button");
    discard.type = "button";
    discard.className = "button";
    discard.textContent = form.dataset.discardButton;
    offer.append(text, restore, discard);
    form.before(offer);
    restore.addEventListener("click", () => {
      const values = new Map(JSON.parse(kept).filter(Array.isArray));
      fields().forEach((e) => { if (values.has(e.name)) write(e, values.get(e.name)); });
      offer.remove();
      form.querySelector("[name='name']")?.focus();
    });
    discard.addEventListener("click", async () => {
      await remove("edits", storageKey);
      offer.remove();
    });
  };
  offerBack();

  form.addEventListener("input", () => {
    const now = snapshot();
    (now === initial ? remove("edits", storageKey) : put("edits", storageKey, now)).catch(() => {});
  });

  // Save, publish and submit go through fetch so that a lost signal queues the save instead of showing the browser's
  // error page; any answer but "saved" (errors, a conflict, a refusal) is shown by posting the form for real.
  const queueable = new Set(["save", "publish", "submit"]);
  let posting = false;
  form.addEventListener("submit", async (event) => {
    const intent = event.submitter?.value ?? "save";
    if (posting) return;
    if (!queueable.has(intent)) {
      if (!navigator.onLine) { event.preventDefault(); say(form.dataset.needsSignal, "problem"); }
      return;
    }
    event.preventDefault();
    const body = new URLSearchParams(new FormData(form, event.submitter)).toString();
    let response;
    try {
      response = await fetch(form.action, { method: "POST", body: new URLSearchParams(body), credentials: "same-origin" });
    } catch {
      await put("edits", storageKey, snapshot());
      await put("queue", storageKey, { key: storageKey, action: form.action, body, at: Date.now() });
      say(form.dataset.queued);
      return;
    }
    if (signedOut(response)) {
      await put("edits", storageKey, snapshot());
      location.assign(response.url);
      return;
    }
    if (response.ok && response.redirected) {
      await remove("edits", storageKey);
      location.assign(response.url);
      return;
    }
    posting = true;
    const intentField = document.createElement("input");
    intentField.type = "hidden";
    intentField.name = "intent";
    intentField.value = intent;
    form.append(intentField);
    form.submit();
  });
}

// A tap on a picked photo sets its focal point: the two percent fields beside it are filled in (and can still be typed).
for (const frame of document.querySelectorAll("[data-focal-for]")) {
  const id = frame.dataset.focalFor;
  const left = document.getElementById(`${id}-left`);
  const top = document.getElementById(`${id}-top`);
  const mark = frame.querySelector(".focal-mark");
  const show = () => {
    if (left.value === "" || top.value === "") { mark.hidden = true; return; }
    mark.hidden = false;
    mark.style.left = `${left.value}%`;
    mark.style.top = `${top.value}%`;
  };
  frame.addEventListener("click", (event) => {
    const box = frame.getBoundingClientRect();
    const round = (n) => String(Math.round(Math.min(100, Math.max(0, n)) * 10) / 10);
    left.value = round(((event.clientX - box.left) / box.width) * 100);
    top.value = round(((event.clientY - box.top) / box.height) * 100);
    left.dispatchEvent(new Event("input", { bubbles: true }));
    show();
  });
  left.addEventListener("input", show);
  top.addEventListener("input", show);
  show();
}

// "Use my location" under an item's coordinates, where the phone can tell: fills latitude and longitude (WGS-84, as
// the site stores them) for the editor to check on the map and save; nothing is sent until they do.
for (const button of document.querySelectorAll("[data-locate]")) {
  if (!navigator.geolocation) continue;
  button.hidden = false;
  const status = button.parentElement.querySelector("[data-locate-status]");
  button.addEventListener("click", () => {
    status.textContent = button.dataset.locating;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const latitude = document.getElementById(button.dataset.latitude);
        const longitude = document.getElementById(button.dataset.longitude);
        latitude.value = position.coords.latitude.toFixed(6);
        longitude.value = position.coords.longitude.toFixed(6);
        latitude.dispatchEvent(new Event("input", { bubbles: true }));
        status.textContent = button.dataset.located.replace("{0}", String(Math.round(position.coords.accuracy)));
      },
      () => { status.textContent = button.dataset.locateFailed; },
      { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  });
}
