// Keeps what is typed on the edit screen on this phone until the server has it: a signal that drops, a session that
// expires or a tap on another tab loses nothing. Coming back to the item offers the unsaved edit back, in the page's
// flow (nothing opens over the content). Without JavaScript the form works the same, only without this safety net.
const form = document.getElementById("edit");
if (form) {
  const storageKey = `zg-edit:${form.getAttribute("action")}:${form.elements.namedItem("culture").value}`;
  const fields = () => [...form.elements].filter((e) => e.name === "name" || e.name.startsWith("v."));
  const read = (e) => (e.type === "checkbox" || e.type === "radio") ? e.checked
    : e.multiple ? [...e.selectedOptions].map((o) => o.value) : e.value;
  const write = (e, value) => {
    if (e.type === "checkbox" || e.type === "radio") e.checked = value === true;
    else if (e.multiple) [...e.options].forEach((o) => { o.selected = value.includes(o.value); });
    else e.value = value;
  };
  const snapshot = () => JSON.stringify(fields().map(read));
  const initial = snapshot();

  // After a save or publish the server has the edit: nothing to keep.
  if (new URLSearchParams(location.search).has("done")) localStorage.removeItem(storageKey);

  const kept = localStorage.getItem(storageKey);
  if (kept && kept !== initial) {
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
      const values = JSON.parse(kept);
      fields().forEach((e, i) => { if (i < values.length) write(e, values[i]); });
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
