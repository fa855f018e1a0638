// samplan's page: the session's screen as the server sends it, one input
// line, nothing decided here. The protocol is in the README («The page's protocol»).
"use strict";

const words = {
  nb: {
    connecting: "Kobler til …",
    unreachable: "Fikk ikke kontakt med serveren. Sjekk adressen og nettet, og prøv igjen.",
    code: "Det finnes ikke noe bord med den koden. Sjekk arket på bordet.",
    slow: (s) => `For mange feil koder. Prøv igjen om ${s} sekunder.`,
    busy: "Økten er åpen et annet sted. Lukk den i den andre fanen eller på den andre PC-en først.",
    malformed: "Siden og serveren forsto ikke hverandre. Last inn siden på nytt.",
    full: "Serveren har ikke plass til flere nå. Prøv igjen om litt.",
    stopping: "Serveren stopper. Svarene dere har gitt, er lagret. Prøv koden igjen om litt.",
    idle: "Siden var ikke i bruk på en time, så økten ble lagret og lukket. Skriv koden igjen for å fortsette.",
    failed: "Økten kunne ikke åpnes eller lagres. Si fra til arrangøren.",
    lost: "Forbindelsen ble brutt. Svarene dere har gitt, er lagret. Skriv koden igjen for å fortsette.",
    finished: (plan) => `Ferdig. Avtalen er lagret som ${plan}.`,
    finishedNote: (plan) => `Ferdig. Oppfølgingsnotatet er lagret som ${plan}.`,
    download: "Last ned avtalen", downloadNote: "Last ned notatet",
    print: "Skriv ut avtalen", printNote: "Skriv ut notatet",
    left: (plan) => `Økten er lagret, og utkastet til avtalen heter ${plan}. Skriv koden igjen for å fortsette der dere slapp.`,
    leftNoPlan: "Skriv koden igjen for å fortsette der dere slapp.",
    failedSaved: "Økten stoppet fordi noe ikke kunne lagres. Si fra til arrangøren.",
    other: "English",
  },
  en: {
    connecting: "Connecting …",
    unreachable: "Could not reach the server. Check the address and the network, and try again.",
    code: "No table has that code. Check the sheet on your table.",
    slow: (s) => `Too many wrong codes. Try again in ${s} seconds.`,
    busy: "The session is open somewhere else. Close it in the other tab or on the other laptop first.",
    malformed: "The page and the server did not understand each other. Reload the page.",
    full: "The server cannot take more connections now. Try again shortly.",
    stopping: "The server is stopping. Your answers are saved. Try the code again shortly.",
    idle: "The page was not used for an hour, so the session was saved and closed. Type the code again to continue.",
    failed: "The session could not be opened or saved. Tell the coordinator.",
    lost: "The connection was lost. Your answers are saved. Type the code again to continue.",
    finished: (plan) => `Done. The agreement is saved as ${plan}.`,
    finishedNote: (plan) => `Done. The follow-up note is saved as ${plan}.`,
    download: "Download the agreement", downloadNote: "Download the note",
    print: "Print the agreement", printNote: "Print the note",
    left: (plan) => `The session is saved, and the draft agreement is ${plan}. Type the code again to continue where you left off.`,
    leftNoPlan: "Type the code again to continue where you left off.",
    failedSaved: "The session stopped because something could not be saved. Tell the coordinator.",
    other: "Norsk",
  },
};

const $ = (id) => document.getElementById(id);

// A browser that keeps no site data (a policy may forbid it) still works.
function stored(key) {
  try { return localStorage.getItem(key); } catch { return null; }
}
function store(key, value) {
  try { localStorage.setItem(key, value); } catch { /* nothing kept */ }
}

let language = stored("samplan-language") === "en" ? "en" : "nb";
let socket = null;
let ended = false;
let waiting = false; // a line is sent and its answer not yet here
let answerTimer = null;
let history = [];
let historyAt = 0;
let draft = "";
let plan = null;
let multiple = false;

function t(key, ...args) {
  const w = words[language][key];
  return typeof w === "function" ? w(...args) : w;
}

function applyLanguage() {
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll("[data-nb]")) {
    element.textContent = element.dataset[language];
  }
  for (const element of document.querySelectorAll("[data-label-nb]")) {
    element.setAttribute("aria-label", element.dataset[language === "nb" ? "labelNb" : "labelEn"]);
  }
  $("language").textContent = t("other");
  $("language").lang = language === "nb" ? "en" : "nb";
}

// An alert said again with the same words is announced again.
function say(element, text) {
  element.textContent = "";
  window.setTimeout(() => { element.textContent = text; }, 50);
}

// The screen writer's tones (ANSI colour codes) become classes.
const tones = { "32": "tone-good", "33": "tone-warning", "31": "tone-bad", "2": "tone-dim", "1": "tone-strong" };

function appendScreen(text, typed) {
  if (!text) return;
  const block = document.createElement("div");
  if (typed) {
    block.className = "typed";
    block.textContent = text;
  } else {
    const pattern = /\u001b\[(\d+)m([^\u001b]*)\u001b\[0m/g;
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      block.append(text.slice(last, match.index));
      const span = document.createElement("span");
      span.className = tones[match[1]] || "";
      span.textContent = match[2];
      block.append(span);
      last = match.index + match[0].length;
    }
    block.append(text.slice(last).replace(/\u001b\[[0-9;]*m/g, ""));
  }
  const screen = $("screen");
  screen.append(block);
  screen.scrollTop = screen.scrollHeight;
}

// Columns of the screen text: the screen's inner width in characters,
// measured while the screen is shown.
function columns() {
  const wasHidden = $("session").hidden;
  $("session").hidden = false;
  const probe = document.createElement("span");
  probe.className = "probe";
  probe.textContent = "0".repeat(40);
  $("screen").append(probe);
  const character = probe.getBoundingClientRect().width / 40;
  probe.remove();
  const style = getComputedStyle($("screen"));
  const inner = $("screen").clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  $("session").hidden = wasHidden;
  return Math.max(40, Math.min(160, Math.floor(inner / (character || 9)) - 1));
}

function showChoices(choices) {
  const box = $("choices");
  for (const button of box.querySelectorAll("button")) button.remove();
  box.hidden = !choices || choices.length === 0;
  (choices || []).forEach((label, index) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = `${index + 1}. ${label}`;
    button.dataset.number = String(index + 1);
    if (multiple) button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", () => {
      if (waiting) return;
      if (multiple) {
        // Several may be chosen: the buttons toggle, the line lists them.
        const pressed = button.getAttribute("aria-pressed") === "true";
        button.setAttribute("aria-pressed", pressed ? "false" : "true");
        $("line").value = [...box.querySelectorAll('button[aria-pressed="true"]')].map((b) => b.dataset.number).join(", ");
        $("line").focus();
      } else {
        sendLine(String(index + 1));
      }
    });
    box.append(button);
  });
}

function showCompletions(options) {
  const list = $("completions");
  list.replaceChildren();
  list.hidden = options.length === 0;
  for (const option of options) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = option;
    button.addEventListener("click", () => { $("line").value = option; list.hidden = true; $("line").focus(); });
    item.append(button);
    list.append(item);
  }
}

function commonPrefix(options) {
  let prefix = options[0] || "";
  for (const option of options) {
    while (!option.toLowerCase().startsWith(prefix.toLowerCase())) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

function send(message) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
}

// While a line's answer is awaited the field keeps its focus (and a
// tablet its keyboard) but takes no typing.
function setWaiting(now) {
  waiting = now;
  $("line").readOnly = now;
  $("line").setAttribute("aria-busy", now ? "true" : "false");
  for (const button of $("choices").querySelectorAll("button")) button.disabled = now;
  window.clearTimeout(answerTimer);
  // An answer that never comes: the connection is dead without saying so.
  if (now) answerTimer = window.setTimeout(() => { if (waiting && socket) socket.close(); }, 30000);
}

function sendLine(text) {
  if (waiting || !socket) return;
  appendScreen(($("prompt").textContent || "") + text + "\n", true);
  if (text.trim() !== "" && history[history.length - 1] !== text) history.push(text);
  historyAt = history.length;
  draft = "";
  $("line").value = "";
  $("completions").hidden = true;
  setWaiting(true);
  send({ type: "line", text });
}

function connect(code) {
  if (socket) {
    socket.onclose = null;
    socket.close();
  }
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const own = new WebSocket(`${scheme}//${location.host}/ws`);
  socket = own;
  ended = false;
  let opened = false;
  $("open-button").disabled = true;
  $("open-message").textContent = t("connecting");
  own.addEventListener("open", () => {
    send({ type: "open", code, language, columns: columns() });
  });
  own.addEventListener("message", (event) => {
    if (own !== socket) return;
    const message = JSON.parse(event.data);
    switch (message.type) {
      case "screen": {
        if (!opened) {
          opened = true;
          $("open").hidden = true;
          $("end").hidden = true;
          $("session").hidden = false;
          $("open-button").disabled = false;
        }
        appendScreen(message.text);
        $("prompt").textContent = message.prompt;
        multiple = !!message.multiple;
        showChoices(message.choices);
        setWaiting(false);
        $("line").focus();
        break;
      }
      case "completions": {
        const options = message.options || [];
        const line = $("line");
        if (line.value !== message.text) break;
        if (options.length === 1) {
          line.value = options[0];
          showCompletions([]);
        } else {
          const prefix = commonPrefix(options);
          if (prefix.length > line.value.length) line.value = prefix;
          showCompletions(options.length > 1 ? options : []);
        }
        break;
      }
      case "ended":
        ended = true;
        setWaiting(false);
        appendScreen(message.text);
        finish(message);
        break;
      case "refused":
        $("open-button").disabled = false;
        if (message.reason === "code" || message.reason === "slow") {
          const wait = message.retryAfter;
          say($("open-message"), message.reason === "slow" || wait ? t("slow", wait || 1) : t("code"));
          $("code").focus();
          own.onclose = null;
          own.close();
        } else {
          ended = true;
          showOpen(t(message.reason) || t("failed"));
        }
        break;
    }
  });
  own.onclose = () => {
    if (own !== socket) return;
    setWaiting(false);
    $("open-button").disabled = false;
    if (ended) return;
    showOpen(opened ? t("lost") : t("unreachable"));
  };
}

function showOpen(text) {
  $("session").hidden = true;
  $("end").hidden = true;
  $("open").hidden = false;
  say($("open-message"), text || "");
  $("code").focus();
}

function finish(message) {
  plan = message.planText ? { name: message.plan, text: message.planText, note: message.note === true } : null;
  $("session").hidden = true;
  $("open").hidden = true;
  $("end").hidden = false;
  // The screen's last words (where the files are, how to go on) and the plan.
  $("end-text").textContent = (message.text || "").replace(/\u001b\[[0-9;]*m/g, "").trim();
  const text = message.reason === "failed" ? t("failedSaved")
    : message.reason === "finished" ? (plan ? t(plan.note ? "finishedNote" : "finished", plan.name) : "")
    : (plan ? t("left", plan.name) : t("leftNoPlan"));
  say($("end-message"), text);
  $("download").hidden = !plan;
  $("print").hidden = !plan;
  // A follow-up's document is its note, and the buttons say so (in
  // either language, should it be switched now).
  for (const id of ["download", "print"]) {
    const key = plan && plan.note ? id + "Note" : id;
    $(id).dataset.nb = words.nb[key];
    $(id).dataset.en = words.en[key];
    $(id).textContent = words[language][key];
  }
  $("plan").textContent = plan ? plan.text : "";
  // «Save as PDF» in the print dialogue proposes the page's title.
  document.title = plan ? plan.name.replace(/\.txt$/, "") : "samplan";
  (plan ? $("download") : $("again")).focus();
}

$("open").addEventListener("submit", (event) => {
  event.preventDefault();
  const code = $("code").value.trim();
  if (!code || $("open-button").disabled) return;
  $("screen").replaceChildren();
  connect(code);
});

$("input").addEventListener("submit", (event) => {
  event.preventDefault();
  sendLine($("line").value);
});

$("line").addEventListener("input", () => { $("completions").hidden = true; });

$("line").addEventListener("keydown", (event) => {
  const line = $("line");
  if (event.key === "Tab" && !event.shiftKey && line.value !== "") {
    // Tab completes; on an empty line it moves on, as everywhere else.
    event.preventDefault();
    send({ type: "complete", text: line.value.slice(0, line.selectionStart) });
  } else if (event.key === "ArrowUp") {
    if (historyAt === 0 || waiting) return;
    event.preventDefault();
    if (historyAt === history.length) draft = line.value;
    historyAt -= 1;
    line.value = history[historyAt];
  } else if (event.key === "ArrowDown") {
    if (historyAt >= history.length || waiting) return;
    event.preventDefault();
    historyAt += 1;
    line.value = historyAt === history.length ? draft : history[historyAt];
  } else if (event.ctrlKey && event.key === "d" && line.value === "" && !waiting) {
    // Ctrl-D on an empty line saves and leaves, as at the terminal.
    event.preventDefault();
    setWaiting(true);
    send({ type: "end" });
  } else if (event.key === "Escape" || (event.ctrlKey && event.key === "c" && line.selectionStart === line.selectionEnd)) {
    // Ctrl-C with nothing selected clears the line, as at the terminal;
    // with a selection it copies, as everywhere else.
    event.preventDefault();
    if (waiting) return;
    line.value = "";
    historyAt = history.length;
    $("completions").hidden = true;
    for (const button of $("choices").querySelectorAll('button[aria-pressed="true"]')) button.setAttribute("aria-pressed", "false");
  }
});

$("download").addEventListener("click", () => {
  if (!plan) return;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([plan.text], { type: "text/plain;charset=utf-8" }));
  link.download = plan.name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 10000);
});

$("print").addEventListener("click", () => window.print());
$("again").addEventListener("click", () => { $("code").value = ""; document.title = "samplan"; showOpen(""); });

$("language").addEventListener("click", () => {
  language = language === "nb" ? "en" : "nb";
  store("samplan-language", language);
  applyLanguage();
});

applyLanguage();
$("code").focus();
