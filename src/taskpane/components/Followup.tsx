/**
 * The follow-up tables (issue 13): goals, action plans and internal control, each as the rows that
 * need attention first (late actions with their end dates, goals at risk, Stor avvikelse), then the
 * rest. Badges carry the word the status column gets (src/core/followup/words.ts), its colour and an
 * icon; the counts per word are counted from the very items listed.
 */
import { Text } from "@fluentui/react-components";
import type { Analysis } from "../../core/analysis";
import type {
  ActionAnalysis,
  ActionItem,
  ControlAnalysis,
  ControlItem,
  GoalAnalysis,
  GoalItem,
} from "../../core/followup/types";
import { actionWord, controlWord, goalWord } from "../../core/followup/words";
import type { Lang } from "../../core/settings";
import { useStrings } from "../strings";
import {
  actionGroups,
  controlGroups,
  countByWord,
  goalGroups,
  rowAddress,
  type WordCount,
} from "../view";
import { RowButton, RowGroup, useListStyles } from "./Results";
import type { AnyStatus } from "./StatusBadge";

type Select = (sheet: string, address: string) => void;

interface ListProps {
  lang: Lang;
  hint: string;
  onSelect: Select;
}

/** "Klar 2 · Pågår 2 · Försenad 4": how many of the listed items carry each word. */
function Counts(props: { counts: WordCount<AnyStatus>[] }): JSX.Element {
  const t = useStrings();
  const s = useListStyles();
  return (
    <Text size={200} className={s.meta} data-counts="">
      {`${t.followup.counts}: ${props.counts.map((c) => `${c.word} ${c.n}`).join(" · ")}`}
    </Text>
  );
}

/** The parts of a meta line that are there, joined: "slutdatum 2022-12-31 · Inköpschef". */
function Meta(props: { parts: (string | null)[] }): JSX.Element | null {
  const s = useListStyles();
  const parts = props.parts.filter((p): p is string => p !== null && p.trim() !== "");
  return parts.length > 0 ? <span className={s.meta}>{parts.join(" · ")}</span> : null;
}

interface Row {
  cell: string;
  row: number;
}

/**
 * One follow-up table: heading, the count per word, an optional note, then its groups (what needs
 * attention first); every item a row button that selects its row of the table.
 */
function FollowupTable<T extends Row>(props: {
  id: string;
  title: string;
  empty: string;
  table: { sheet: string; range: { left: number; right: number }; items: T[] };
  /** [id, title, items]: together the table's items; the first group (attention) in bold. */
  groups: [string, string, T[]][];
  name(item: T): string;
  badge(item: T): { status: AnyStatus; word: string };
  meta(item: T): (string | null)[];
  note?: string;
  hint: string;
  onSelect: Select;
}): JSX.Element {
  const s = useListStyles();
  const { table } = props;
  const first = props.groups[0]?.[2] ?? [];
  return (
    <section className={s.section} aria-labelledby={props.id} data-followup={props.id}>
      <Text as="h2" id={props.id} weight="semibold" size={400} className={s.heading}>
        {props.title}
      </Text>
      {table.items.length === 0 ? (
        <Text>{props.empty}</Text>
      ) : (
        <Counts counts={countByWord(table.items, props.badge)} />
      )}
      {props.note && table.items.length > 0 ? (
        <Text size={200} className={s.meta}>
          {props.note}
        </Text>
      ) : null}
      {props.groups
        .filter(([, , items]) => items.length > 0)
        .map(([id, title, items]) => (
          <RowGroup key={id} id={id} title={title}>
            {items.map((i) => (
              <RowButton
                key={i.cell}
                name={props.name(i)}
                strong={first.includes(i)}
                badge={props.badge(i)}
                hint={props.hint}
                onClick={() => props.onSelect(table.sheet, rowAddress(i.row, table))}
              >
                <Meta parts={props.meta(i)} />
              </RowButton>
            ))}
          </RowGroup>
        ))}
    </section>
  );
}

export function GoalList(props: ListProps & { goals: GoalAnalysis }): JSX.Element {
  const t = useStrings();
  const g = props.goals;
  const { attention, rest } = goalGroups(g.items);
  return (
    <FollowupTable
      {...props}
      id="goals-heading"
      title={t.followup.goals.title}
      empty={t.followup.goals.empty}
      table={g}
      groups={[
        ["goals-attention", t.followup.goals.attention(attention.length), attention],
        ["goals-rest", t.followup.goals.rest(rest.length), rest],
      ]}
      name={(i: GoalItem) => i.name}
      badge={(i) => ({ status: i.status, word: goalWord(i, g.family, props.lang) })}
      meta={(i) => [i.comment]}
    />
  );
}

export function ActionList(props: ListProps & { actions: ActionAnalysis }): JSX.Element {
  const t = useStrings();
  const a = props.actions;
  const { late, rest } = actionGroups(a.items);
  return (
    <FollowupTable
      {...props}
      id="actions-heading"
      title={t.followup.actions.title}
      empty={t.followup.actions.empty}
      table={a}
      groups={[
        ["actions-late", t.followup.actions.late(late.length), late],
        ["actions-rest", t.followup.actions.rest(rest.length), rest],
      ]}
      note={a.periodEnd ? t.followup.actions.judged(a.periodEnd) : t.followup.actions.periodUnknown}
      name={(i: ActionItem) => i.name}
      badge={(i) => ({ status: i.status, word: actionWord(i, props.lang) })}
      meta={(i) => {
        // The sheet's own word where the badge replaces it: a late "Pågående", an unknown word.
        const own = i.statusText?.trim() ?? "";
        const replaced = own !== "" && ((i.overdue && i.state !== "late") || i.state === "unknown");
        return [
          i.end ? t.followup.actions.end(i.end) : t.followup.actions.noEnd,
          i.responsible,
          replaced ? t.followup.actions.asWritten(own) : null,
        ];
      }}
    />
  );
}

export function ControlList(props: ListProps & { controls: ControlAnalysis }): JSX.Element {
  const t = useStrings();
  const c = props.controls;
  const { major, rest } = controlGroups(c.items);
  return (
    <FollowupTable
      {...props}
      id="controls-heading"
      title={t.followup.controls.title}
      empty={t.followup.controls.empty}
      table={c}
      groups={[
        ["controls-major", t.followup.controls.major(major.length), major],
        ["controls-rest", t.followup.controls.rest(rest.length), rest],
      ]}
      name={(i: ControlItem) => i.risk}
      badge={(i) => ({ status: i.status, word: controlWord(i, props.lang) })}
      meta={(i) => [i.controlObjective, i.comment]}
    />
  );
}

/** The follow-up tables found, in report order: goals, action plans, internal control. */
export function FollowupLists(props: ListProps & { analysis: Analysis }): JSX.Element {
  const { goals, actions, controls } = props.analysis;
  return (
    <>
      {goals ? <GoalList {...props} goals={goals} /> : null}
      {actions ? <ActionList {...props} actions={actions} /> : null}
      {controls ? <ControlList {...props} controls={controls} /> : null}
    </>
  );
}
