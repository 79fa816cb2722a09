// mus app: the little the pages do in the browser. Everything works without it too (the pages
// reload themselves while a job runs); with it, progress moves as it happens.
"use strict";

function followJob(box) {
  if (box.dataset.state !== "running") return;
  const stage = box.dataset.job;
  const bar = box.querySelector("progress");
  const count = box.querySelector(".job-count");
  const notices = box.querySelector(".notices");
  const source = new EventSource("/jobb/" + stage + "/events");
  source.onmessage = (message) => {
    const job = JSON.parse(message.data);
    if (bar && job.total) {
      bar.max = job.total;
      bar.value = job.done;
      bar.removeAttribute("aria-busy");
    }
    if (count && job.total) count.textContent = job.done + " / " + job.total;
    if (notices) {
      while (notices.children.length < job.notices.length) {
        const item = document.createElement("li");
        item.textContent = job.notices[notices.children.length];
        notices.appendChild(item);
      }
    }
    if (job.state !== "running") {
      source.close();
      window.location.hash = "job-" + stage + "-title";
      window.location.reload();
    }
  };
}

function dropZone(form) {
  const input = form.querySelector("input[type=file]");
  if (!input) return;
  ["dragenter", "dragover"].forEach((name) => form.addEventListener(name, (e) => {
    e.preventDefault();
    form.classList.add("dragging");
  }));
  ["dragleave", "drop"].forEach((name) => form.addEventListener(name, () => {
    form.classList.remove("dragging");
  }));
  form.addEventListener("drop", (e) => {
    e.preventDefault();
    if (!e.dataTransfer || !e.dataTransfer.files.length) return;
    input.files = e.dataTransfer.files;
    form.requestSubmit();
  });
}

function live(section) {
  const box = section.querySelector("#standing-box");
  const source = new EventSource(section.dataset.live);
  source.addEventListener("standing", () => {
    fetch(section.dataset.fragment, { credentials: "same-origin" })
      .then((answer) => (answer.ok ? answer.text() : null))
      .then((html) => { if (html !== null && box) box.innerHTML = html; });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-job]").forEach(followJob);
  document.querySelectorAll("[data-drop]").forEach(dropZone);
  document.querySelectorAll("[data-live]").forEach(live);
  const focus = document.querySelector("[data-focus]");
  if (focus && window.location.hash) focus.focus();
});
