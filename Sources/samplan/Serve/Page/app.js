// samplan's page: the session's screen as the server sends it, one input
// line, nothing decided here. The protocol is in the README («The page's protocol»).
"use strict";

const words = {
  nb: {
    code: "Det finnes ikke noe bord med den koden. Sjekk arket på bordet.",
    slow: (s) => `For mange feil koder. Prøv igjen om ${s} sekunder.`,
    busy: "Økten er åpen et annet sted. Lukk den andre fanen eller maskinen først.",
    malformed: "Siden og serveren forsto ikke hverandre. Last siden på nytt.",
    full: "Serveren har ikke plass til flere nå. Prøv igjen om litt.",
    stopping: "Serveren stopper. Alt dere har fått svar på, er lagret. Prøv koden igjen om litt.",
    idle: "Siden var ubrukt lenge og ble lukket. Skriv koden igjen.",
    failed: "Økten kunne ikke åpnes eller lagres. Si fra til den som arrangerer.",
    lost: "Forbindelsen ble brutt. Alt du fikk svar på, er lagret. Skriv koden igjen for å fortsette.",
    finished: (plan) => `Ferdig. Avtalen er lagret som ${plan}.`,
    left: "Økten er lagret. Skriv koden igjen for å fortsette der dere slapp.",
    noPlan: "Økten er lagret.",
    other: "English",
  },
  en: {
    code: "No table has that code. Check the sheet on your table.",
    slow: (s) => `Too many wrong codes. Try again in ${s} seconds.`,
    busy: "The session is open somewhere else. Close the other tab or laptop first.",
    malformed: "The page and the server did not understand each other. Reload the page.",
    full: "The server cannot take more connections now. Try again shortly.",
    stopping: "The server is stopping. Every answer that was acknowledged is saved. Try the code again shortly.",
    idle: "The page was left unused for long and was closed. Type the code again.",
    failed: "The session could not be opened or saved. Tell the organiser.",
    lost: "The connection was lost. Every answer that was acknowledged is saved. Type the code again to go on.",
    finished: (plan) => `Done. The agreement is saved as ${plan}.`,
    left: "The session is saved. Type the code again to go on where you left off.",
    noPlan: "The session is saved.",
    other: "Norsk",
  },
};

const $ = (id) => document.getElementById(id);
let language = (localStorage.getItem("samplan-language") === "en") ? "en" : "nb";
let socket = null;
let ended = false;
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
  $("language").textContent = t("other");
  $("language").lang = language === "nb" ? "en" : "nb";
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

// Columns of the screen text: the width of the screen in characters,
// measured before the screen is shown (a hidden element has no width).
function columns() {
  const probe = document.createElement("span");
  probe.className = "probe";
  probe.textContent = "0".repeat(40);
  document.body.append(probe);
  const character = probe.getBoundingClientRect().width / 40;
  probe.remove();
  const inner = document.querySelector("main").clientWidth - 56;
  return Math.max(40, Math.min(160, Math.floor(inner / (character || 9))));
}

function showChoices(choices) {
  const box = $("choices");
  for (const button of box.querySelectorAll("button")) button.remove();
  box.hidden = !choices || choices.length === 0;
  (choices || []).forEach((label, index) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = `${index + 1}. ${label}`;
    button.addEventListener("click", () => {
      if (multiple) {
        const line = $("line");
        line.value = line.value.trim() ? `${line.value.trim()}, ${index + 1}` : `${index + 1}`;
        line.focus();
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

function sendLine(text) {
  appendScreen(($("prompt").textContent || "") + text + "\n", true);
  if (text.trim() !== "" && history[history.length - 1] !== text) history.push(text);
  historyAt = history.length;
  draft = "";
  $("line").value = "";
  $("completions").hidden = true;
  $("line").disabled = true;
  send({ type: "line", text });
}

function connect(code) {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  socket = new WebSocket(`${scheme}//${location.host}/ws`);
  ended = false;
  socket.addEventListener("open", () => {
    send({ type: "open", code, language, columns: columns() });
  });
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(event.data);
    switch (message.type) {
      case "screen": {
        $("open").hidden = true;
        $("end").hidden = true;
        $("session").hidden = false;
        appendScreen(message.text);
        $("prompt").textContent = message.prompt;
        multiple = !!message.multiple;
        showChoices(message.choices);
        const line = $("line");
        line.disabled = false;
        line.focus();
        break;
      }
      case "completions": {
        const options = message.options || [];
        const line = $("line");
        if (line.value !== message.text) break;
        if (options.length === 1) {
          line.value = options[0];
          showCompletions([]);
        } else if (options.length > 1) {
          const prefix = commonPrefix(options);
          if (prefix.length > line.value.length) line.value = prefix;
          showCompletions(options);
        }
        break;
      }
      case "ended":
        ended = true;
        appendScreen(message.text);
        finish(message);
        break;
      case "refused":
        if (message.reason === "code" || message.reason === "slow") {
          const wait = message.retryAfter;
          $("open-message").textContent = message.reason === "slow" || wait ? t("slow", wait || 1) : t("code");
          $("code").focus();
          socket.close();
        } else {
          ended = true;
          showOpen(t(message.reason) || t("failed"));
        }
        break;
    }
  });
  socket.addEventListener("close", () => {
    if (!ended && !$("session").hidden) showOpen(t("lost"));
  });
}

function showOpen(text) {
  $("session").hidden = true;
  $("end").hidden = true;
  $("open").hidden = false;
  $("open-message").textContent = text || "";
  $("code").focus();
}

function finish(message) {
  plan = message.planText ? { name: message.plan, text: message.planText } : null;
  $("session").hidden = true;
  $("end").hidden = false;
  $("end-message").textContent = plan ? (message.reason === "finished" ? t("finished", plan.name) : t("left") + " " + plan.name)
    : (message.reason === "failed" ? t("failed") : t("noPlan"));
  $("download").hidden = !plan;
  $("print").hidden = !plan;
  $("plan").textContent = plan ? plan.text : "";
  (plan ? $("download") : $("again")).focus();
}

$("open").addEventListener("submit", (event) => {
  event.preventDefault();
  const code = $("code").value.trim();
  if (!code) return;
  $("open-message").textContent = "";
  $("screen").replaceChildren();
  history = [];
  historyAt = 0;
  connect(code);
});

$("input").addEventListener("submit", (event) => {
  event.preventDefault();
  if (!$("line").disabled) sendLine($("line").value);
});

$("line").addEventListener("keydown", (event) => {
  const line = $("line");
  if (event.key === "Tab" && !event.shiftKey) {
    event.preventDefault();
    send({ type: "complete", text: line.value.slice(0, line.selectionStart) });
  } else if (event.key === "ArrowUp") {
    if (historyAt === 0) return;
    event.preventDefault();
    if (historyAt === history.length) draft = line.value;
    historyAt -= 1;
    line.value = history[historyAt];
  } else if (event.key === "ArrowDown") {
    if (historyAt >= history.length) return;
    event.preventDefault();
    historyAt += 1;
    line.value = historyAt === history.length ? draft : history[historyAt];
  } else if (event.key === "Escape" || (event.ctrlKey && event.key === "c" && line.selectionStart === line.selectionEnd)) {
    // Ctrl-C with nothing selected clears the line, as at the terminal;
    // with a selection it copies, as everywhere else.
    event.preventDefault();
    line.value = "";
    historyAt = history.length;
    $("completions").hidden = true;
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
});

$("print").addEventListener("click", () => window.print());
$("again").addEventListener("click", () => { $("code").value = ""; showOpen(""); });

$("language").addEventListener("click", () => {
  language = language === "nb" ? "en" : "nb";
  localStorage.setItem("samplan-language", language);
  applyLanguage();
});

applyLanguage();
$("code").focus();
