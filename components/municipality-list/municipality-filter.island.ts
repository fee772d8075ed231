/**
 * Narrows the municipality list (MunicipalityList.tsx) as the visitor types, by hiding the items,
 * and whole county groups, whose names do not contain what was typed. The list is complete
 * without JavaScript; the field stays hidden until this script runs.
 */
import { fill } from "@/lib/i18n/format";
import { normalizeName } from "@/lib/text/normalize";

/** Hides the items and groups that do not match; returns how many items remain. */
function filterList(query: string): number {
  const wanted = normalizeName(query);
  let shown = 0;
  document.querySelectorAll<HTMLElement>("[data-filter-group]").forEach((group) => {
    let shownInGroup = 0;
    group.querySelectorAll<HTMLElement>("[data-filter-names]").forEach((item) => {
      const names = (item.dataset.filterNames ?? "").split("|");
      item.hidden = wanted !== "" && !names.some((name) => normalizeName(name).includes(wanted));
      if (!item.hidden) shownInGroup++;
    });
    group.hidden = shownInGroup === 0;
    shown += shownInGroup;
  });
  return shown;
}

function start(root: HTMLElement) {
  const field = root.querySelector<HTMLInputElement>("input[type=search]");
  const status = root.querySelector<HTMLElement>("[role=status]");
  const { count = "", none = "", total = "0" } = root.dataset;
  if (!field || !status) return;
  const update = () => {
    const shown = filterList(field.value);
    status.textContent = shown === 0 ? none : fill(count, { count: shown, total });
  };
  field.addEventListener("input", update);
  // The back/forward cache may bring back a typed filter: apply it to the list it kept.
  window.addEventListener("pageshow", update);
  root.hidden = false;
}

const root = document.querySelector<HTMLElement>('[data-island="municipality-filter"]');
if (root) start(root);
