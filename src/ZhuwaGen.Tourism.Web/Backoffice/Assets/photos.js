// Photos from the phone: each chosen photo is shrunk here before it is sent (long edge 2048 px, JPEG of at most
// 600 KB, turned upright), which drops its EXIF and so where it was taken, then sent in 256 KB chunks to a resumable
// upload session: a dropped signal costs one chunk, and Retry continues where the server stopped. Without this module
// the same form posts the original files.
const MAX_EDGE = 2048;
const MAX_BYTES = 600 * 1024;
const CHUNK = 256 * 1024;

for (const form of document.querySelectorAll("form[data-photo-upload]")) enhance(form);

function enhance(form) {
  const d = form.dataset;
  const list = form.querySelector(".upload-list");
  const keep = form.elements.namedItem("keepLocation");
  const say = (text, ...values) => values.reduce((s, v, i) => s.replace(`{${i}}`, v), text);
  const picked = [];
  let running = 0;
  form.classList.add("enhanced");
  form.querySelector(".upload-submit").hidden = true;
  const help = form.querySelector("[data-enhanced-help]");
  if (help) help.textContent = help.dataset.enhancedHelp;
  for (const input of form.querySelectorAll("input[type=file]")) {
    input.addEventListener("change", () => {
      for (const file of [...input.files]) start(file);
      input.value = "";
    });
  }

  function start(file) {
    const card = makeCard(file.name);
    const job = { file, card, blob: null, location: null, id: null, offset: 0 };
    card.retry.addEventListener("click", () => { running++; run(job); });
    running++;
    run(job);
  }

  async function run(job) {
    const { card } = job;
    card.retry.hidden = true;
    try {
      if (!job.blob) {
        // Refused before anything is sent: the type the browser reports and the file's first bytes must agree it is a photo.
        if (!(await isPhoto(job.file))) { card.fail(say(d.msgNotPhoto, job.file.name), false); return done(job, false); }
        card.status(d.msgShrinking);
        if (keep?.checked) job.location = await gps(job.file).catch(() => null);
        try { job.blob = await shrink(job.file); } catch { card.fail(say(d.msgUnreadable, job.file.name), false); return done(job, false); }
      }
      if (!job.id) job.id = await create(job);
      else job.offset = (await call("GET", `${d.sessions}/${job.id}`)).offset;
      while (job.offset < job.blob.size) {
        card.progress(job.offset / job.blob.size);
        job.offset = await put(job, (loaded) => card.progress((job.offset + loaded) / job.blob.size));
      }
      card.progress(1);
      const media = await call("POST", `${d.sessions}/${job.id}/finish`);
      card.done(media);
      picked.push(media.key);
      done(job, true);
    } catch (error) {
      // A session the server no longer knows cannot be resumed: the next try opens a new one.
      if (error.status === 404) job.id = null;
      card.fail(error.status === 415 ? error.message : d.msgFailed, error.status !== 415);
      done(job, false);
    }
  }

  function done(job, ok) {
    running--;
    // Wait while a card can still be retried: its photo belongs with the others.
    if (running > 0 || list.querySelector(".failed:not(.refused)")) return;
    if (d.pick && picked.length > 0) {
      // On a media picker the photos just sent are picked for the field, through the picker's own save.
      const status = document.createElement("p");
      status.className = "notice";
      status.setAttribute("role", "status");
      status.textContent = d.msgPicking;
      list.after(status);
      for (const key of picked.splice(0)) {
        const field = document.createElement("input");
        Object.assign(field, { type: "hidden", name: "media", value: key });
        form.append(field);
      }
      form.submit();
    } else if (ok && !d.pick && !list.nextElementSibling?.matches(".notice")) {
      const note = document.createElement("p");
      note.className = "notice";
      note.setAttribute("role", "status");
      note.textContent = `${d.msgAll} `;
      const refresh = document.createElement("a");
      refresh.className = "button";
      refresh.href = location.pathname + location.search;
      refresh.textContent = d.msgRefresh;
      note.append(refresh);
      list.after(note);
    }
  }

  function makeCard(name) {
    const li = document.createElement("li");
    li.className = "card upload-item";
    const title = document.createElement("span");
    title.className = "card-title";
    title.textContent = name;
    const bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute("aria-label", say(d.msgProgress, name));
    const status = document.createElement("span");
    status.className = "card-subtitle";
    const retry = document.createElement("button");
    retry.type = "button";
    retry.className = "button";
    retry.textContent = d.msgRetry;
    retry.hidden = true;
    li.append(title, bar, status, retry);
    list.append(li);
    const card = {
      retry,
      status: (text) => { status.textContent = text; },
      progress: (fraction) => {
        bar.value = Math.round(fraction * 100);
        status.textContent = say(d.msgSending, bar.value);
      },
      fail: (text, canRetry) => {
        li.classList.add("failed");
        li.classList.toggle("refused", !canRetry);
        status.textContent = text;
        retry.hidden = !canRetry;
        if (!canRetry) bar.remove();
      },
      done: (media) => {
        li.classList.remove("failed");
        status.textContent = d.msgUploaded;
        if (!d.pick) {
          const open = document.createElement("a");
          open.className = "button";
          open.href = media.detail;
          open.textContent = d.msgOpen;
          li.append(open);
        }
      },
    };
    return card;
  }

  async function create(job) {
    const body = new FormData();
    body.set("name", job.file.name.replace(/\.[^.]*$/, "") + ".jpg");
    body.set("size", String(job.blob.size));
    if (d.folder) body.set("folder", d.folder);
    if (job.location) { body.set("latitude", String(job.location[0])); body.set("longitude", String(job.location[1])); }
    const session = await call("POST", d.sessions, body);
    job.offset = session.offset;
    return session.id;
  }

  // XMLHttpRequest rather than fetch: only it reports upload progress. A 409 names the offset the server holds.
  function put(job, onProgress) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("PUT", `${d.sessions}/${job.id}?offset=${job.offset}`);
      xhr.setRequestHeader("X-XSRF-TOKEN", d.xsrf);
      xhr.setRequestHeader("Content-Type", "application/octet-stream");
      xhr.upload.onprogress = (event) => onProgress(event.loaded);
      xhr.onload = () => {
        const answer = parse(xhr.responseText);
        if (xhr.status === 200 || (xhr.status === 409 && typeof answer.offset === "number")) resolve(answer.offset);
        else reject(Object.assign(new Error(answer.message || d.msgFailed), { status: xhr.status }));
      };
      xhr.onerror = () => reject(new Error(d.msgFailed));
      xhr.send(job.blob.slice(job.offset, job.offset + CHUNK));
    });
  }

  async function call(method, url, body) {
    const response = await fetch(url, { method, body, headers: { "X-XSRF-TOKEN": d.xsrf }, credentials: "same-origin" });
    const answer = parse(await response.text());
    if (!response.ok) throw Object.assign(new Error(answer.message || d.msgFailed), { status: response.status });
    return answer;
  }

  function parse(text) { try { return JSON.parse(text); } catch { return {}; } }
}

// JPEG, PNG, WebP, GIF and the HEIC/HEIF of phone cameras, by their first bytes.
async function isPhoto(file) {
  if (file.type && !file.type.startsWith("image/")) return false;
  const b = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  const ascii = (from, to) => String.fromCharCode(...b.slice(from, to));
  return (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff)
    || (b[0] === 0x89 && ascii(1, 4) === "PNG")
    || (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP")
    || ascii(0, 4) === "GIF8"
    || (ascii(4, 8) === "ftyp" && /^(heic|heix|hevc|mif1|msf1|avif)$/.test(ascii(8, 12)));
}

// Upright (the EXIF orientation applied by the decoder), at most MAX_EDGE, then JPEG quality lowered step by step
// until it fits MAX_BYTES; a photo that still does not fit is made smaller again. A canvas keeps no EXIF at all.
async function shrink(file) {
  const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  let scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  for (;;) {
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext("2d").drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    for (let quality = 0.86; quality >= 0.5; quality -= 0.08) {
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));
      if (blob && blob.size <= MAX_BYTES) { bitmap.close(); return blob; }
    }
    scale *= 0.8;
  }
}

// Where a JPEG was taken, from its EXIF GPS block, as [latitude, longitude]; null when it has none. Sent beside the
// shrunk photo only when the editor ticks "keep location": the shrunk file itself never carries it.
async function gps(file) {
  const view = new DataView(await file.slice(0, 256 * 1024).arrayBuffer());
  if (view.getUint16(0) !== 0xffd8) return null;
  for (let at = 2; at + 4 < view.byteLength;) {
    const marker = view.getUint16(at);
    const length = view.getUint16(at + 2);
    if (marker === 0xffe1 && view.getUint32(at + 4) === 0x45786966) return readGps(view, at + 10);
    if ((marker & 0xff00) !== 0xff00) return null;
    at += 2 + length;
  }
  return null;
}

function readGps(view, tiff) {
  const little = view.getUint16(tiff) === 0x4949;
  const u16 = (at) => view.getUint16(at, little);
  const u32 = (at) => view.getUint32(at, little);
  const entries = (ifd) => Array.from({ length: u16(tiff + ifd) }, (_, i) => tiff + ifd + 2 + i * 12);
  const gpsEntry = entries(u32(tiff + 4)).find((e) => u16(e) === 0x8825);
  if (!gpsEntry) return null;
  const tags = new Map(entries(u32(gpsEntry + 8)).map((e) => [u16(e), e]));
  const ref = (tag) => tags.has(tag) ? String.fromCharCode(view.getUint8(tags.get(tag) + 8)) : "";
  const dms = (tag) => {
    if (!tags.has(tag)) return null;
    const at = tiff + u32(tags.get(tag) + 8);
    const part = (i) => u32(at + i * 8) / (u32(at + i * 8 + 4) || 1);
    return part(0) + part(1) / 60 + part(2) / 3600;
  };
  const lat = dms(2);
  const lon = dms(4);
  if (lat === null || lon === null) return null;
  return [ref(1) === "S" ? -lat : lat, ref(3) === "W" ? -lon : lon];
}
