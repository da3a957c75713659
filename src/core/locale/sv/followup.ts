/** Swedish words of the follow-up tables: status words, Analys-sheet labels, commentary, messages. */
import { formatNumber } from "../../format";
import type { FollowupTerms } from "../followupTypes";

const n = (v: number): string => formatNumber(v, 0, "sv");
const list = (items: string[]): string =>
  items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
/** Agreement of a participle with a count: "1 genomförd", "2 genomförda". */
const agree = (count: number, one: string, many: string): string => (count === 1 ? one : many);

export const svFollowup: FollowupTerms = {
  headers: { goals: "Status mål", actions: "Status aktivitet", controls: "Status kontroll" },
  tableNames: { goals: "målen", actions: "handlingsplanerna", controls: "internkontrollplanen" },
  goalWords: {
    plan: { green: "Enligt plan", yellow: "Risk för avvikelse", red: "Avviker från plan" },
    fulfilment: { green: "Uppfyllt", yellow: "Delvis uppfyllt", red: "Ej uppfyllt" },
    grey: "Kan ej bedömas",
  },
  actionWords: {
    done: "Klar",
    "in-progress": "Pågår",
    late: "Försenad",
    planned: "Ej påbörjad",
    ongoing: "Löpande",
    cancelled: "Avförd",
    unknown: "Kan ej bedömas",
  },
  controlWords: {
    none: "Ingen avvikelse",
    minor: "Mindre avvikelse",
    major: "Stor avvikelse",
    notDone: "Ej genomförd",
    empty: "Kan ej bedömas",
    unknown: "Kan ej bedömas",
  },
  messages: {
    followupUnknownWord: (p) =>
      `Ordet "${p.word}" i ${p.table} känns inte igen; cellen bedöms som Kan ej bedömas.`,
    followupDateUnreadable: (p) => `"${p.text}" kan inte läsas som datum; datumet används inte.`,
    followupPeriodUnknown: () =>
      "Rapportperioden framgår inte, så förseningar har inte bedömts mot slutdatumen. Ange period (ÅÅÅÅ-MM) i inställningarna eller med --period, eller skriv rapportdatumet i en rubrikrad (”Uppföljning per 2025-08-31”).",
    extraFollowupTable: (p) =>
      `Ytterligare en tabell för ${p.table} finns i ${p.range}; den första analyserades.`,
  },
  sheet: {
    tables: {
      goals: "Mål och bedömning",
      actions: "Aktiviteter och status",
      controls: "Kontrollmoment och resultat",
    },
    counts: (entries) => `Antal: ${entries.map(([w, c]) => `${w} ${n(c)}`).join(", ")}.`,
    overdueRule: (end) =>
      `Försenad: inte klar, inte löpande och slutdatum senast ${end} (periodens slut).`,
    periodUnknown:
      "Förseningar har inte bedömts: rapportperioden är okänd (ange period i inställningarna).",
    itemsOmitted: (count) =>
      `${n(count)} rader till visas inte här; varje rad har sin status i kolumnen bredvid tabellen.`,
    columns: {
      goal: "Mål",
      assessment: "Bedömning",
      comment: "Kommentar",
      action: "Aktivitet",
      status: "Status",
      end: "Slutdatum",
      responsible: "Ansvarig",
      risk: "Risk",
      controlObjective: "Kontrollmål",
      result: "Resultat",
    },
  },
  commentary: {
    titles: {
      goals: "Uppföljning av mål",
      actions: "Handlingsplaner och aktiviteter",
      controls: "Uppföljning av internkontrollplan",
    },
    placeholder: "[Orsak: …]",
    quote: (t) => `”${t}”`,
    list,
    others: (count) => `${n(count)} till`,
    goals: {
      count: (family, green, total) =>
        family === "plan"
          ? `${n(green)} av ${n(total)} mål går enligt plan.`
          : `${n(green)} av ${n(total)} mål är ${agree(green, "uppfyllt", "uppfyllda")}.`,
      item: (family, status, name) => {
        if (family === "plan")
          return status === "yellow"
            ? `För målet ${name} finns risk för avvikelse från plan.`
            : `Målet ${name} bedöms inte nås enligt plan.`;
        return status === "yellow"
          ? `Målet ${name} är delvis uppfyllt.`
          : `Målet ${name} är inte uppfyllt.`;
      },
      grey: (names, count) => `${n(count)} mål kan inte bedömas: ${list(names)}.`,
      more: (count) =>
        `Ytterligare ${n(count)} mål har risk för avvikelse eller är inte uppfyllda.`,
      empty: "Tabellen med mål innehåller inga mål.",
    },
    actions: {
      count: (total, parts) => {
        const head = `Av ${n(total)} ${agree(total, "aktivitet", "aktiviteter")}`;
        const inverted: Record<string, (k: number) => string> = {
          done: (k) => `är ${n(k)} ${agree(k, "genomförd", "genomförda")}`,
          "in-progress": (k) => `pågår ${n(k)} enligt plan`,
          late: (k) => `är ${n(k)} ${agree(k, "försenad", "försenade")}`,
          planned: (k) => `är ${n(k)} ej ${agree(k, "påbörjad", "påbörjade")}`,
          ongoing: (k) => `är ${n(k)} löpande`,
          cancelled: (k) => `är ${n(k)} ${agree(k, "avförd", "avförda")}`,
          unknown: (k) => `kan ${n(k)} inte bedömas`,
        };
        const straight: Record<string, (k: number) => string> = {
          done: (k) => `${n(k)} är ${agree(k, "genomförd", "genomförda")}`,
          "in-progress": (k) => `${n(k)} pågår enligt plan`,
          late: (k) => `${n(k)} är ${agree(k, "försenad", "försenade")}`,
          planned: (k) => `${n(k)} är ej ${agree(k, "påbörjad", "påbörjade")}`,
          ongoing: (k) => `${n(k)} är löpande`,
          cancelled: (k) => `${n(k)} är ${agree(k, "avförd", "avförda")}`,
          unknown: (k) => `${n(k)} kan inte bedömas`,
        };
        const clauses = parts.map((p, i) => (i === 0 ? inverted : straight)[p.key](p.n));
        return `${head} ${list(clauses)}.`;
      },
      late: (count, items, more) =>
        `${n(count)} ${agree(count, "är försenad", "är försenade")}: ${list(
          more > 0 ? [...items, `${n(more)} till`] : items,
        )}.`,
      withEnd: (name, end) => (end ? `${name} (slutdatum ${end})` : `${name} (slutdatum saknas)`),
      explain: (name, comment) => `${name}: ${comment}`,
      periodUnknown:
        "Förseningar har inte bedömts eftersom rapportperioden inte framgår av tabellen.",
      empty: "Tabellen med handlingsplaner innehåller inga aktiviteter.",
    },
    controls: {
      count: (total, parts) => {
        const words: Record<string, string> = {
          none: "ingen avvikelse",
          minor: "mindre avvikelse",
          major: "stor avvikelse",
        };
        const shown = parts.filter((p) => words[p.key]);
        const head = `Av ${n(total)} kontrollmoment`;
        if (shown.length === 0) return `${head} har inget resultat redovisats.`;
        return `${head} visar ${list(shown.map((p) => `${n(p.n)} ${words[p.key]}`))}.`;
      },
      item: (level, name) =>
        level === "major" ? `Stor avvikelse: ${name}.` : `Mindre avvikelse: ${name}.`,
      grey: (level, names, count) => {
        const what =
          level === "notDone"
            ? agree(count, "är inte genomfört", "är inte genomförda")
            : level === "empty"
              ? "saknar resultat"
              : "har ett resultat som inte kan bedömas";
        return `${n(count)} kontrollmoment ${what}: ${list(names)}.`;
      },
      more: (level, count) =>
        `Ytterligare ${n(count)} kontrollmoment visar ${level === "major" ? "stor" : "mindre"} avvikelse.`,
      empty: "Internkontrollplanen innehåller inga kontrollmoment.",
    },
  },
  cli: {
    found: (table, range, count) => {
      const what = { goals: "Mål", actions: "Handlingsplaner", controls: "Internkontroll" }[table];
      return `${what}: ${range} (${n(count)} rader)`;
    },
    line: (name, word, extra) => `  ${name}: ${word}${extra ? ` (${extra})` : ""}`,
  },
};
