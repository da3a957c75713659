/**
 * What the engine found, one compact line per table ("Resultaträkning: 'RR'!A4:I13 ✓ Ändra"); the
 * choices (sheet, "use selected range") behind Ändra; the way back to automatic search always shown
 * once a table was chosen by hand.
 */
import {
  Button,
  Field,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { quoteSheetName } from "../../core/address";
import { useStrings } from "../strings";
import { StatusMark } from "./StatusBadge";

export type TableKind = "statement" | "indicators";

export interface Detection {
  sheets: string[];
  /** Qualified address of the table found, or null. */
  statement: string | null;
  indicators: string | null;
}

export interface TableChoice {
  sheet: string | null;
  range: string | null;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  line: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  found: { overflowWrap: "anywhere", minWidth: 0, flexGrow: 1 },
  details: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  manual: { color: tokens.colorNeutralForeground2 },
  heading: { margin: 0 },
});

export function TablesSection(props: {
  detection: Detection | null;
  choices: Record<TableKind, TableChoice>;
  busy: boolean;
  onPickSheet(kind: TableKind, sheet: string | null): void;
  onUseSelection(kind: TableKind): void;
  onSearchAutomatically(kind: TableKind): void;
}): JSX.Element {
  const t = useStrings();
  const s = useStyles();
  const [open, setOpen] = useState<TableKind | null>(null);
  const kinds: TableKind[] = ["statement", "indicators"];
  return (
    <section className={s.section} aria-labelledby="tables-heading">
      <Text as="h2" id="tables-heading" weight="semibold" size={300} className={s.heading}>
        {t.tables.title}
      </Text>
      {kinds.map((kind) => {
        const name = kind === "statement" ? t.tables.statement : t.tables.indicators;
        const address = props.detection?.[kind] ?? null;
        const found = props.detection ? (address ?? t.tables.notFound) : t.tables.notRead;
        const choice = props.choices[kind];
        const manual = choice.sheet !== null;
        const sheets = props.detection?.sheets ?? [];
        // Keep a chosen sheet listed even when the last read did not see it, so the Select shows the truth.
        const options =
          choice.sheet && !sheets.includes(choice.sheet) ? [...sheets, choice.sheet] : sheets;
        const detailsId = `table-details-${kind}`;
        return (
          <div key={kind} data-table={kind}>
            <div className={s.line}>
              <Text className={s.found} data-testid={`found-${kind}`}>{`${name}: ${found}`}</Text>
              {props.detection && address ? (
                <StatusMark status="green" word={t.tables.foundMark} />
              ) : null}
              <Button
                size="small"
                appearance="subtle"
                aria-expanded={open === kind}
                aria-controls={detailsId}
                aria-label={t.tables.changeFor(name)}
                onClick={() => setOpen(open === kind ? null : kind)}
              >
                {t.tables.change}
              </Button>
            </div>
            {manual ? (
              <div className={s.line}>
                <Text size={200} className={mergeClasses(s.found, s.manual)}>
                  {choice.range
                    ? t.tables.selectionUsed(
                        name,
                        `${quoteSheetName(choice.sheet ?? "")}!${choice.range}`,
                      )
                    : `${t.tables.sheetLabel(name)}: ${choice.sheet} (${t.tables.manual})`}
                </Text>
                <Button
                  size="small"
                  appearance="transparent"
                  disabledFocusable={props.busy}
                  aria-label={t.tables.autoSearchFor(name)}
                  onClick={() => props.onSearchAutomatically(kind)}
                >
                  {t.tables.autoSearch}
                </Button>
              </div>
            ) : null}
            {open === kind ? (
              <div id={detailsId} className={s.details}>
                <Field label={t.tables.sheetLabel(name)}>
                  <Select
                    value={choice.sheet ?? ""}
                    disabled={props.busy}
                    onChange={(_e, data) =>
                      props.onPickSheet(kind, data.value === "" ? null : data.value)
                    }
                  >
                    <option value="">{t.tables.auto}</option>
                    {options.map((sheet) => (
                      <option key={sheet} value={sheet}>
                        {sheet}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Button
                  appearance="secondary"
                  disabledFocusable={props.busy}
                  aria-label={t.tables.useSelectionFor(name)}
                  onClick={() => props.onUseSelection(kind)}
                >
                  {t.tables.useSelection}
                </Button>
              </div>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
