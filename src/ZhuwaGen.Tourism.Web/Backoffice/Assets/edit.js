// Keeps what is typed on the edit screen on this phone until the server has it: a signal that drops, a session that
// expires or a tap on another tab loses nothing. Coming back to the item offers the unsaved edit back, in the page's
// flow (nothing opens over the content). Without JavaScript the form works the same, only without this safety net.
const form = document.getElementById("edit");
if (form) {
  const storageKey = `zg-edit:${form.getAttribute("action")}:${form.elements.namedItem("culture").value}`;
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

  // After a save or publish the server has the edit: nothing to keep.
  if (new URLSearchParams(location.search).has("done")) localStorage.removeItem(storageKey);

  // A form shown again with an unsaved change (a pick removed, a block moved, a preview) is itself the edit to keep.
  if (form.dataset.unsaved === "true") localStorage.setItem(storageKey, initial);

  const kept = localStorage.getItem(storageKey);
  if (kept && kept !== initial && form.dataset.unsaved !== "true") {
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
    discard.addEventListener("click", () => {
      localStorage.removeItem(storageKey);
      offer.remove();
    });
  }

  form.addEventListener("input", () => {
    const now = snapshot();
    if (now === initial) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, now);
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
