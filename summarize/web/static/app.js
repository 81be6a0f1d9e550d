// The page's behaviour: plain JavaScript, shipped with the package, nothing from the network.
// Every change is a POST carrying the session token; the server answers with the briefing
// re-rendered, which replaces the old one.
"use strict";

const token = document.querySelector('meta[name="token"]').content;
const briefing = document.getElementById("briefing");
const notice = document.getElementById("notice");
const progress = document.getElementById("progress");
const popup = document.getElementById("context");

function say(text) {
  notice.textContent = text;
  notice.hidden = !text;
  if (text) setTimeout(() => { if (notice.textContent === text) notice.hidden = true; }, 8000);
}

// A refused or failed answer is said in the notice, never put in the page: its body is JSON
// ({"error": …}), which the sentence popup showed as it stood when the session was lost.
async function answered(response) {
  if (response.ok) return response;
  let message = "Có lỗi (" + response.status + ")";
  try { message = (await response.json()).error || message; } catch (e) { /* not JSON */ }
  say(message);
  return null;
}

async function post(path, body) {
  return answered(await fetch(path, {
    method: "POST",
    headers: { "X-Token": token, "Content-Type": "application/json" },
    body: JSON.stringify(body || {}),
  }));
}

async function refresh() {
  const response = await answered(await fetch("/api/briefing"));
  if (response) show(await response.text());
}

// On a phone a made briefing comes before the panel (add articles, e-mail) in the document
// itself, not only on screen: Tab and a screen reader follow the document's order, which CSS
// `order` left as it was. The briefing is the node moved, so the panel's focused button (the
// one that made the briefing, "Làm lại từ đầu") keeps its focus. The width is the CSS's.
const panel = document.getElementById("panel");
const narrow = window.matchMedia("(max-width: 800px)");

function arrange() {
  const first = narrow.matches && briefing.querySelector(".cover") !== null;
  if (first && briefing.nextElementSibling === panel) return;
  if (!first && panel.nextElementSibling === briefing) return;
  if (first) panel.before(briefing); else panel.after(briefing);
}

narrow.addEventListener("change", arrange);

function show(html) {
  const open = [...briefing.querySelectorAll("details.add[open]")].map(
    (d) => d.closest("[data-section]").dataset.section);
  briefing.innerHTML = html;
  arrange();
  for (const label of open) {
    const details = briefing.querySelector(`[data-section="${CSS.escape(label)}"] details.add`);
    if (details) { details.open = true; }
  }
  if (briefing.querySelector("[data-running]")) watch();
}

// Changes go to the server one after the other, in the order they were made; while any is
// on its way the briefing is marked busy (tests wait for the mark to go).
let queue = Promise.resolve();
let pending = 0;

function change(path, body) {
  pending += 1;
  briefing.dataset.busy = "1";
  queue = queue.then(async () => {
    try {
      const response = await post(path, body);
      if (response) show(await response.text());
    } finally {
      pending -= 1;
      if (!pending) delete briefing.dataset.busy;
    }
  });
  return queue;
}

function correct(body) {
  return change("/api/correct", body);
}

// --- corrections ------------------------------------------------------------------------

briefing.addEventListener("click", async (event) => {
  const button = event.target.closest("button[data-action]");
  if (button) {
    const section = button.closest("[data-section]");
    const item = button.closest("[data-ref]");
    const article = button.closest("[data-article]");
    await correct({
      action: button.dataset.action,
      section: section ? section.dataset.section : "",
      ref: item ? item.dataset.ref : "",
      article: article ? article.dataset.article : "",
    });
    return;
  }
  const sentence = event.target.closest(".sentence");
  if (sentence) showContext(sentence.closest("[data-ref]").dataset.ref);
});

briefing.addEventListener("keydown", (event) => {
  const sentence = event.target.closest(".sentence");
  if (sentence && (event.key === "Enter" || event.key === " ")) {
    event.preventDefault();
    showContext(sentence.closest("[data-ref]").dataset.ref);
  }
  if (event.target.matches(".section-title, .briefing-title") && event.key === "Enter") {
    event.preventDefault();
    event.target.blur();
  }
});

briefing.addEventListener("change", async (event) => {
  const field = event.target;
  const section = field.closest("[data-section]");
  if (!section) return;
  const label = section.dataset.section;
  if (field.dataset.action === "move" && field.value) {
    const article = field.closest("[data-article]").dataset.article;
    await correct({ action: "move", section: label, article: article, to: field.value });
  } else if (field.dataset.action === "length") {
    await correct({ action: "length", section: label, sentences: Number(field.value) });
  } else if (field.dataset.action === "title" || field.dataset.action === "briefing-title") {
    await correct({ action: field.dataset.action, section: label, title: field.value });
  }
});

briefing.addEventListener("toggle", async (event) => {
  const details = event.target;
  if (!details.matches || !details.matches("details.add") || !details.open) return;
  const label = details.closest("[data-section]").dataset.section;
  const response = await answered(await fetch("/api/candidates?section=" + encodeURIComponent(label)));
  if (response) details.querySelector(".candidates").innerHTML = await response.text();
}, true);

async function showContext(ref) {
  const cut = ref.lastIndexOf("#");
  const query = "article=" + encodeURIComponent(ref.slice(0, cut)) + "&index=" + encodeURIComponent(ref.slice(cut + 1));
  const response = await answered(await fetch("/api/context?" + query));
  if (!response) return;
  popup.innerHTML = await response.text();
  popup.hidden = false;
  const chosen = popup.querySelector("#chosen");
  if (chosen) chosen.scrollIntoView({ block: "center" });
  popup.querySelector(".close").focus();
}

popup.addEventListener("click", (event) => {
  if (event.target.closest(".close")) popup.hidden = true;
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") popup.hidden = true;
  const typing = event.target.matches("input, textarea");
  if (!typing && (event.ctrlKey || event.metaKey) && event.key === "z") {
    event.preventDefault();
    undo();
  }
});

function undo() {
  return change("/api/undo", {});
}
document.getElementById("undo").addEventListener("click", undo);

document.getElementById("clear").addEventListener("click", async () => {
  if (!confirm("Xoá mọi bài và mọi chỉnh sửa của phiên này?")) return;
  const response = await post("/api/clear");
  if (response) show(await response.text());
});

// --- articles in ---------------------------------------------------------------------------

function bar(percent, text) {
  progress.hidden = false;
  progress.querySelector("progress").value = percent;
  progress.querySelector(".progress-text").textContent = text;
}

let watching = false;
async function watch() {
  if (watching) return;
  watching = true;
  try {
    for (;;) {
      const response = await fetch("/api/status");
      if (!response.ok) break;
      const job = await response.json();
      if (!job.running) break;
      const percent = job.total ? 50 + (50 * job.done) / job.total : 50;
      bar(percent, `Đang đọc và tóm tắt ${job.done}/${job.total} bài…`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  } finally {
    watching = false;
  }
  progress.hidden = true;
  await refresh();
}

function upload(files) {
  if (!files.length) return;
  const form = new FormData();
  for (const file of files) form.append("files", file, file.relativePath || file.name);
  const request = new XMLHttpRequest();
  request.open("POST", "/api/upload");
  request.setRequestHeader("X-Token", token);
  request.upload.onprogress = (event) => {
    if (event.lengthComputable) {
      bar((50 * event.loaded) / event.total, `Đang gửi ${files.length} tệp… ${Math.round((100 * event.loaded) / event.total)}%`);
    }
  };
  request.onload = () => {
    if (request.status !== 200) {
      let message = "Không gửi được (" + request.status + ")";
      try { message = JSON.parse(request.responseText).error || message; } catch (e) { /* plain */ }
      progress.hidden = true;
      say(message);
      return;
    }
    watch();
  };
  request.onerror = () => { progress.hidden = true; say("Mất kết nối tới máy chủ."); };
  bar(0, `Đang gửi ${files.length} tệp…`);
  request.send(form);
}

// A dropped folder arrives as entries: read them all, keeping each file's path for its name.
async function entryFiles(entry, prefix) {
  if (entry.isFile) {
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
    file.relativePath = prefix + file.name;
    return [file];
  }
  const reader = entry.createReader();
  const found = [];
  for (;;) {
    const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) break;
    for (const child of batch) found.push(...(await entryFiles(child, prefix + entry.name + "/")));
  }
  return found;
}

const drop = document.getElementById("drop");
for (const name of ["dragenter", "dragover"]) {
  document.addEventListener(name, (event) => { event.preventDefault(); drop.classList.add("over"); });
}
document.addEventListener("dragleave", (event) => {
  if (!event.relatedTarget) drop.classList.remove("over");
});
document.addEventListener("drop", async (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  const items = [...(event.dataTransfer.items || [])];
  const entries = items.map((item) => item.webkitGetAsEntry && item.webkitGetAsEntry()).filter(Boolean);
  if (entries.length) {
    const files = [];
    for (const entry of entries) files.push(...(await entryFiles(entry, "")));
    upload(files);
  } else {
    upload([...event.dataTransfer.files]);
  }
});
for (const id of ["pick-files", "pick-folder"]) {
  const input = document.getElementById(id);
  input.addEventListener("change", () => {
    upload([...input.files]);
    input.value = "";
  });
}

const samples = document.getElementById("samples");
if (samples) {
  samples.addEventListener("click", async () => {
    bar(50, "Đang đọc bài mẫu…");
    if (await post("/api/samples")) watch();
    else progress.hidden = true;
  });
}

document.getElementById("paste").addEventListener("click", async () => {
  const area = document.getElementById("paste-text");
  if (await post("/api/paste", { text: area.value })) {
    area.value = "";
    watch();
  }
});

// --- out -------------------------------------------------------------------------------------

for (const link of document.querySelectorAll(".downloads a")) {
  link.addEventListener("click", (event) => {
    if (!briefing.querySelector("section.conference")) {
      event.preventDefault();
      say("Chưa có bản tin: hãy thêm bài báo trước.");
    }
  });
}

function mailFields() {
  return {
    to: document.getElementById("mail-to").value,
    subject: document.getElementById("mail-subject").value,
  };
}

document.getElementById("eml").addEventListener("click", async () => {
  const response = await post("/api/email", mailFields());
  if (!response) return;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = "briefing.eml";
  document.body.append(link);
  link.click();
  link.remove();
});

const send = document.getElementById("send");
if (send) {
  send.addEventListener("click", async () => {
    const response = await post("/api/send", mailFields());
    if (response) say("Đã gửi tới " + (await response.json()).sent.join(", "));
  });
}

arrange();
if (briefing.querySelector("[data-running]")) watch();
