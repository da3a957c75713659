/** The follow-up tables in the report JSON: the documented fields only, dates as YYYY-MM-DD. */
import { qualifiedAddress } from "../address";
import type { Analysis } from "../analysis";
import type { ActionState, ActionStatus, FollowupStatus } from "./types";

export interface ReportGoals {
  sheet: string;
  range: string;
  items: {
    name: string;
    cell: string;
    assessment: string | null;
    status: FollowupStatus;
    comment: string | null;
  }[];
}

export interface ReportActions {
  sheet: string;
  range: string;
  items: {
    name: string;
    cell: string;
    statusText: string | null;
    state: ActionState;
    status: ActionStatus;
    start: string | null;
    end: string | null;
    overdue: boolean;
  }[];
}

export interface ReportControls {
  sheet: string;
  range: string;
  items: {
    risk: string;
    cell: string;
    controlObjective: string | null;
    result: string | null;
    status: FollowupStatus;
    comment: string | null;
  }[];
}

export interface FollowupReport {
  goals: ReportGoals | null;
  actions: ReportActions | null;
  controls: ReportControls | null;
}

export function followupReport(a: Analysis): FollowupReport {
  const { goals: g, actions: ac, controls: c } = a;
  return {
    goals: g && {
      sheet: g.sheet,
      range: qualifiedAddress(g.sheet, g.range),
      items: g.items.map((i) => ({
        name: i.name,
        cell: i.cell,
        assessment: i.assessment,
        status: i.status,
        comment: i.comment,
      })),
    },
    actions: ac && {
      sheet: ac.sheet,
      range: qualifiedAddress(ac.sheet, ac.range),
      items: ac.items.map((i) => ({
        name: i.name,
        cell: i.cell,
        statusText: i.statusText,
        state: i.state,
        status: i.status,
        start: i.start,
        end: i.end,
        overdue: i.overdue,
      })),
    },
    controls: c && {
      sheet: c.sheet,
      range: qualifiedAddress(c.sheet, c.range),
      items: c.items.map((i) => ({
        risk: i.risk,
        cell: i.cell,
        controlObjective: i.controlObjective,
        result: i.result,
        status: i.status,
        comment: i.comment,
      })),
    },
  };
}
