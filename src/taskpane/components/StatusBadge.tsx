/**
 * A status shown as its word and a colour: colour is never the only carrier (WCAG 1.4.1),
 * and the words are the same ones written in the sheet's Status column.
 */
import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { IndicatorStatus, Status } from "../../core/analysis";

const COLOURS: Record<Status | IndicatorStatus, BadgeProps["color"]> = {
  green: "success",
  yellow: "warning",
  red: "danger",
  grey: "subtle",
  none: "informative",
};

export function StatusBadge(props: {
  status: Status | IndicatorStatus;
  word: string;
}): JSX.Element {
  return (
    <Badge
      appearance="tint"
      shape="rounded"
      color={COLOURS[props.status]}
      data-status={props.status}
    >
      {props.word}
    </Badge>
  );
}
