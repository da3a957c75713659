/** What the engine found, where; a sheet picker and "use selected range" per table. */
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { quoteSheetName } from "../../core/address";
import { useStrings } from "../strings";

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
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  table: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  found: { overflowWrap: "anywhere" },
  heading: { margin: 0 },
});

export function TablesSection(props: {
  detection: Detection | null;
  choices: Record<TableKind, TableChoice>;
  busy: boolean;
  onPickSheet(kind: TableKind, sheet: string | null): void;
  onUseSelection(kind: TableKind): void;
}): JSX.Element {
  const t = useStrings();
  const s = useStyles();
  const kinds: TableKind[] = ["statement", "indicators"];
  return (
    <section className={s.section} aria-labelledby="tables-heading">
      <Text as="h2" id="tables-heading" weight="semibold" size={400} className={s.heading}>
        {t.tables.title}
      </Text>
      {kinds.map((kind) => {
        const name = kind === "statement" ? t.tables.statement : t.tables.indicators;
        const found = props.detection
          ? (props.detection[kind] ?? t.tables.notFound)
          : t.tables.notRead;
        const choice = props.choices[kind];
        const sheets = props.detection?.sheets ?? [];
        // Keep a chosen sheet listed even when the last read did not see it, so the Select shows the truth.
        const options =
          choice.sheet && !sheets.includes(choice.sheet) ? [...sheets, choice.sheet] : sheets;
        return (
          <div key={kind} className={s.table} data-table={kind}>
            <Text className={s.found} data-testid={`found-${kind}`}>{`${name}: ${found}`}</Text>
            {choice.range && choice.sheet ? (
              <Text size={200}>
                {t.tables.selectionUsed(name, `${quoteSheetName(choice.sheet)}!${choice.range}`)}
              </Text>
            ) : null}
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
        );
      })}
    </section>
  );
}
