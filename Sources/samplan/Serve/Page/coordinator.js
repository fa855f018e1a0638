// The coordinator's page: every table's progress as the server sends it
// (server-sent events from the transcripts as written). It holds no table
// codes and no answers, only where each table stands.
"use strict";

const words = {
  nb: {
    title: "samplan – koordinator",
    intro: "Skriv inn koordinatorpassordet. Det ble vist da serveren startet, eller det er det du satte i SAMPLAN_COORDINATOR_PASSWORD.",
    password: "Passord", show: "Vis bordene",
    wrong: "Feil passord.", slow: (s) => `For mange feil passord. Prøv igjen om ${s} sekunder.`,
    unreachable: "Fikk ikke kontakt med serveren.",
    lost: "Mistet kontakten med serveren. Prøver igjen … Tabellen under kan være utdatert.",
    heads: ["Bord", "Parter", "Status", "Suksesskriterier og barrierer", "Siste svar", "Avtale"],
    notStarted: "Ikke startet", finished: "Ferdig",
    at: (n, of) => `Spørsmål ${n} av ${of}`,
    left: (n, of) => `Avsluttet tidlig (${n} av ${of} besvart)`,
    open: "Åpne", none: "–",
    ago: (s) => s < 60 ? "nå nettopp" : s < 3600 ? `${Math.floor(s / 60)} min siden` : `${Math.floor(s / 3600)} t ${Math.floor((s % 3600) / 60)} min siden`,
    counts: (c) => `${c.total} bord: ${c.finished} ${c.finished === 1 ? "ferdig" : "ferdige"}, ${c.progress} i gang, ${c.left} avsluttet tidlig, ${c.waiting} ikke startet.`,
    updated: (t) => `Oppdatert ${t}`,
    met: "oppfylt", partly: "delvis", openStatus: "åpent",
    sheet: "Last ned oversikten som regneark (Excel)", totals: "Samlingen så langt",
    legend: "✔ oppfylt  ◐ delvis  ○ åpent. Hold musepekeren over et merke for å se hvilket kriterium eller hvilken barriere det gjelder.",
  },
  en: {
    title: "samplan – coordinator",
    intro: "Enter the coordinator's password. It was shown when the server started, or it is the one you set in SAMPLAN_COORDINATOR_PASSWORD.",
    password: "Password", show: "Show the tables",
    wrong: "Wrong password.", slow: (s) => `Too many wrong passwords. Try again in ${s} seconds.`,
    unreachable: "Could not reach the server.",
    lost: "Lost contact with the server. Trying again … The table below may be out of date.",
    heads: ["Table", "Parties", "Status", "Success criteria and barriers", "Last answer", "Agreement"],
    notStarted: "Not started", finished: "Finished",
    at: (n, of) => `Question ${n} of ${of}`,
    left: (n, of) => `Left early (${n} of ${of} answered)`,
    open: "Open", none: "–",
    ago: (s) => s < 60 ? "just now" : s < 3600 ? `${Math.floor(s / 60)} min ago` : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min ago`,
    counts: (c) => `${c.total} tables: ${c.finished} finished, ${c.progress} in progress, ${c.left} left early, ${c.waiting} not started.`,
    updated: (t) => `Updated ${t}`,
    met: "met", partly: "partly", openStatus: "open",
    sheet: "Download the overview as a spreadsheet (Excel)", totals: "The event so far",
    legend: "✔ met  ◐ partly  ○ open. Hover over a mark to see which criterion or barrier it stands for.",
  },
};

const $ = (id) => document.getElementById(id);
// The server's language (serve --lang), once it has said.
let language = "nb";
let latest = null;
// The server's clock minus this page's, from the last board.
let skew = 0;
let events = null;

function w() { return words[language]; }

function label() {
  const t = w();
  document.documentElement.lang = language;
  document.title = t.title;
  $("title").textContent = t.title;
  $("login-intro").textContent = t.intro;
  $("password-label").textContent = t.password;
  $("login-button").textContent = t.show;
  ["table", "parties", "state", "criteria", "last", "plan"].forEach((id, i) => { $("head-" + id).textContent = t.heads[i]; });
  $("sheet").textContent = t.sheet;
  $("legend").textContent = t.legend;
  $("totals-title").textContent = t.totals;
}

function showBoard() {
  $("login").hidden = true;
  $("board").hidden = false;
  if (events) events.close();
  events = new EventSource("/koordinator/events");
  events.addEventListener("board", (event) => {
    latest = JSON.parse(event.data);
    $("lost").hidden = true;
    skew = latest.now - Math.floor(Date.now() / 1000);
    if (latest.language !== language) { language = latest.language; label(); }
    render();
  });
  // EventSource tries again by itself; until a board comes, say so where it is seen.
  events.onerror = () => {
    $("lost").textContent = w().lost;
    $("lost").hidden = false;
  };
}

function progress(row) {
  const t = w();
  switch (row.state) {
    case "not-started": return t.notStarted;
    case "finished": return t.finished;
    case "left-early": return t.left(row.answered, row.asked);
    default: return t.at(Math.min(row.answered + 1, row.asked), row.asked);
  }
}

function cell(tr, text, className) {
  const td = document.createElement("td");
  if (text !== undefined) td.textContent = text;
  if (className) td.className = className;
  tr.appendChild(td);
  return td;
}

function render() {
  if (!latest) return;
  const t = w();
  const now = Math.floor(Date.now() / 1000) + skew;
  const counts = { total: latest.rows.length, finished: 0, progress: 0, left: 0, waiting: 0 };
  const body = document.createElement("tbody");
  body.id = "rows";
  for (const row of latest.rows) {
    counts[{ "finished": "finished", "in-progress": "progress", "left-early": "left", "not-started": "waiting" }[row.state]] += 1;
    const tr = document.createElement("tr");
    tr.id = "table-" + row.table;
    tr.className = "state-" + row.state;
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = row.table;
    tr.appendChild(th);
    cell(tr, row.parties.length ? row.parties.join(" / ") : t.none);
    cell(tr, progress(row), "state");
    const marks = cell(tr, undefined, "marks");
    for (const mark of row.sections) {
      const span = document.createElement("span");
      span.className = "mark " + mark.status;
      span.textContent = { met: "✔", partly: "◐", open: "○" }[mark.status] || "○";
      span.title = mark.title + ": " + ({ met: t.met, partly: t.partly }[mark.status] || t.openStatus);
      marks.appendChild(span);
    }
    cell(tr, row.lastAnswer ? t.ago(Math.max(0, now - row.lastAnswer)) : t.none, "last");
    const plan = cell(tr);
    if (row.plan) {
      const a = document.createElement("a");
      a.href = "/koordinator/plan/" + row.table;
      a.target = "_blank";
      a.rel = "noopener";
      a.textContent = t.open;
      plan.appendChild(a);
    } else {
      plan.textContent = t.none;
    }
    body.appendChild(tr);
  }
  $("rows").replaceWith(body);
  $("counts").textContent = t.counts(counts);
  $("totals").textContent = latest.totals;
  $("updated").textContent = t.updated(new Date((now) * 1000).toLocaleTimeString(language === "en" ? "en-GB" : "nb-NO"));
}

async function login(event) {
  event.preventDefault();
  const t = w();
  $("login-message").textContent = "";
  let response;
  try {
    response = await fetch("/koordinator/login", { method: "POST", body: $("password").value, credentials: "same-origin" });
  } catch {
    $("login-message").textContent = t.unreachable;
    return;
  }
  $("password").value = "";
  if (response.status === 204) { showBoard(); return; }
  if (response.status === 429) { $("login-message").textContent = t.slow(response.headers.get("Retry-After") || "30"); return; }
  $("login-message").textContent = t.wrong;
}

async function start() {
  $("login").addEventListener("submit", login);
  // Already let in (the cookie of this browser session): straight to the board.
  try {
    const probe = await fetch("/koordinator/session", { credentials: "same-origin" });
    if (probe.headers.get("Content-Language") === "en") language = "en";
    label();
    if (probe.ok) { showBoard(); return; }
  } catch { label(); }
  $("password").focus();
}

// The time since each table's last answer goes on while nothing arrives.
setInterval(render, 15000);
start();
