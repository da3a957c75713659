/** Theme and provider around the pane; the theme follows Office's and changes with it. */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PaneHost, ThemeKind } from "./host";
import { Pane, type Engine } from "./Pane";

export function App(props: { host: PaneHost; engine?: Engine }): JSX.Element {
  const { host } = props;
  const [theme, setTheme] = useState<ThemeKind>(host.theme);
  useEffect(() => host.onThemeChange?.(setTheme), [host]);
  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      style={{ minHeight: "100vh" }}
      data-theme={theme}
    >
      <Pane host={host} engine={props.engine} />
    </FluentProvider>
  );
}
