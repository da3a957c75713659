/**
 * What the engine found, one compact line per table ("Resultaträkning: 'RR'!A4:I13 ✓ Ändra"), the
 * follow-up tables (goals, action plans, internal control) one line each when found; the choices
 * (sheet, "use selected range", the statement's column per role) behind Ändra; the way back to
 * automatic search and automatic column reading always shown once the user chose.
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
import { STATEMENT_FIELDS, type StatementField } from "../../core/analysis";
import { NO_COLUMN } from "../../core/find/overrides";
import { useStrings } from "../strings";
import { CHOICE_ROLES, type ChoiceRole, type RoleColumns } from "../view";
import { StatusMark } from "./StatusBadge";

export type TableKind = "statement" | "indicators";

export type FollowupKind = "goals" | "actions" | "controls";

export interface Detection {
  sheets: string[];
  /** Qualified address of the table found, or null. */
  statement: string | null;
  indicators: string | null;
  /** The follow-up tables found (only those): one line each. */
  followup: { kind: FollowupKind; address: string }[];
  /** The statement's columns per role as read, for the choice behind Ändra; null without a statement. */
  columns: RoleColumns | null;
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
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  roles: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  heading: { margin: 0 },
});

export function TablesSection(props: {
  detection: Detection | null;
  choices: Record<TableKind, TableChoice>;
  busy: boolean;
  onPickSheet(kind: TableKind, sheet: string | null): void;
  onUseSelection(kind: TableKind): void;
  onSearchAutomatically(kind: TableKind): void;
  /** The user's column per role (the columns setting), or null when the reading chooses. */
  columnOverrides: Partial<Record<StatementField, string>> | null;
  /** A letter, or null for "ingen". */
  onPickColumn(role: ChoiceRole, letter: string | null): void;
  onAutoColumns(): void;
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
            {kind === "statement" && props.columnOverrides ? (
              <ChosenColumns
                overrides={props.columnOverrides}
                busy={props.busy}
                onAuto={props.onAutoColumns}
              />
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
                {kind === "statement" && props.detection?.columns ? (
                  <RoleChoice
                    columns={props.detection.columns}
                    busy={props.busy}
                    onPick={props.onPickColumn}
                  />
                ) : null}
              </div>
            ) : null}
          </div>
        );
      })}
      {(props.detection?.followup ?? []).map((f) => (
        <div key={f.kind} data-table={f.kind} className={s.line}>
          <Text className={s.found} data-testid={`found-${f.kind}`}>
            {`${t.tables[f.kind]}: ${f.address}`}
          </Text>
          <StatusMark status="green" word={t.tables.foundMark} />
        </div>
      ))}
    </section>
  );
}

/** One choice per role, preset to the column the reading used; "ingen" for no column. */
function RoleChoice(props: {
  columns: RoleColumns;
  busy: boolean;
  onPick(role: ChoiceRole, letter: string | null): void;
}): JSX.Element {
  const t = useStrings();
  const s = useStyles();
  return (
    <fieldset className={s.roles} aria-describedby="columns-hint">
      <legend className={s.legend}>{t.tables.columnsTitle}</legend>
      <Text size={200} id="columns-hint" className={s.manual}>
        {t.tables.columnsHint}
      </Text>
      {CHOICE_ROLES.map((role) => (
        <Field key={role} label={t.tables.roles[role]}>
          <Select
            value={props.columns.chosen[role] ?? ""}
            disabled={props.busy}
            data-role={role}
            onChange={(_e, data) => props.onPick(role, data.value === "" ? null : data.value)}
          >
            <option value="">{t.tables.columnNone}</option>
            {props.columns.options.map((o) => (
              <option key={o.letter} value={o.letter}>
                {t.tables.columnOption(o.letter, o.header)}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </fieldset>
  );
}

/** The columns the user chose, always in view with the way back to the automatic reading. */
function ChosenColumns(props: {
  overrides: Partial<Record<StatementField, string>>;
  busy: boolean;
  onAuto(): void;
}): JSX.Element {
  const t = useStrings();
  const s = useStyles();
  const chosen = STATEMENT_FIELDS.filter((r) => props.overrides[r]).map(
    (r) =>
      `${t.tables.roles[r]} ${props.overrides[r] === NO_COLUMN ? t.tables.columnNone : props.overrides[r]}`,
  );
  return (
    <div className={s.line} data-columns="chosen">
      <Text size={200} className={mergeClasses(s.found, s.manual)}>
        {chosen.length > 0
          ? `${t.tables.columnsChosen}: ${chosen.join(", ")}`
          : t.tables.columnsChosen}
      </Text>
      <Button
        size="small"
        appearance="transparent"
        disabledFocusable={props.busy}
        onClick={props.onAuto}
      >
        {t.tables.columnsAuto}
      </Button>
    </div>
  );
}
