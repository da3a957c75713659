/** The one message of the last action: an error with its code, a refusal, a confirmation or a note. */
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Notice } from "../usePane";
import { useStrings } from "../strings";

export function NoticeBar(props: {
  notice: Notice;
  onShowSheet(sheet: string): void;
}): JSX.Element {
  const t = useStrings();
  const { notice } = props;
  if (notice.kind === "error") {
    const e = notice.error;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.errors.title}</MessageBarTitle>
          {e.message}
          {e.sheet ? <div>{t.errors.sheet(e.sheet)}</div> : null}
          {e.code ? <div>{t.errors.code(e.code)}</div> : null}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (notice.kind === "refused") {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.actions.refusedTitle}</MessageBarTitle>
          {notice.lines.map((l, i) => (
            <div key={i}>{l}</div>
          ))}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (notice.kind === "written") {
    const sheet = notice.sheet;
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.actions.written}</MessageBarTitle>
          <div>
            {`${t.actions.writtenWhere} ${notice.where.join("; ")}.`}{" "}
            {sheet ? (
              <Link as="button" onClick={() => props.onShowSheet(sheet)}>
                {t.actions.showSheet(sheet)}
              </Link>
            ) : null}
          </div>
          <div>{t.actions.undoHint}</div>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={notice.kind === "warning" ? "warning" : "info"} layout="multiline">
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
