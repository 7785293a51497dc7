// The filters every view shares: one form, one state object, listeners called when it changes.
const listeners = [];
let current = {};

export function filters() {
  return { ...current };
}

export function onFiltersChange(listener) {
  listeners.push(listener);
}

export function bindFilterForm(form) {
  const read = () => {
    const next = {};
    for (const [key, value] of new FormData(form).entries()) if (String(value).trim()) next[key] = String(value).trim();
    current = next;
    listeners.forEach((l) => l(filters()));
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    read();
  });
  form.addEventListener("reset", () => setTimeout(read, 0));
  read();
}

/** Only the filters an endpoint accepts (the API refuses unknown parameters). */
export function pick(f, names) {
  const out = {};
  for (const n of names) if (f[n]) out[n] = f[n];
  return out;
}
