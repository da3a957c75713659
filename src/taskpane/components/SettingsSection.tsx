/** The collapsible settings: typed as text, validated with the message next to the field. */
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { AmountStyle, Lang } from "../../core/settings";
import type { DraftErrors, SettingsDraft } from "../settingsForm";
import { useStrings } from "../strings";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "./Accordion";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  // A native checkbox in Fluent's colours: Fluent's Switch cost the pane ≈ 4 KB for one setting.
  check: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
  },
  checkInput: {
    width: "16px",
    height: "16px",
    margin: "0",
    accentColor: tokens.colorCompoundBrandBackground,
    cursor: "pointer",
  },
});

export function SettingsSection(props: {
  open: boolean;
  onOpenChange(open: boolean): void;
  draft: SettingsDraft;
  errors: DraftErrors;
  busy: boolean;
  onChange(draft: SettingsDraft): void;
  onSave(): void;
  /** The pane's own language, applied at once (null = Office's display language). */
  uiLang: Lang | null;
  onUiLang(lang: Lang | null): void;
}): JSX.Element {
  const t = useStrings();
  const s = useStyles();
  const { draft, errors } = props;
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) =>
    props.onChange({ ...draft, [key]: value });
  const validation = (key: keyof SettingsDraft) =>
    errors[key] ? { validationState: "error" as const, validationMessage: errors[key] } : {};

  return (
    <Accordion
      collapsible
      openItems={props.open ? ["settings"] : []}
      onToggle={(_e, data) => props.onOpenChange(data.openItems.includes("settings"))}
    >
      <AccordionItem value="settings">
        <AccordionHeader as="h2">{t.settings.title}</AccordionHeader>
        <AccordionPanel>
          <form
            className={s.panel}
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              props.onSave();
            }}
          >
            <Field label={t.settings.materialityAmount} {...validation("materialityAmountTkr")}>
              <Input
                inputMode="decimal"
                value={draft.materialityAmountTkr}
                onChange={(_e, d) => set("materialityAmountTkr", d.value)}
              />
            </Field>
            <Field label={t.settings.materialityPct} {...validation("materialityPct")}>
              <Input
                inputMode="decimal"
                value={draft.materialityPct}
                onChange={(_e, d) => set("materialityPct", d.value)}
              />
            </Field>
            <Field
              label={t.settings.materialityLarge}
              hint={t.settings.materialityLargeHint}
              {...validation("materialityLargeTkr")}
            >
              <Input
                inputMode="decimal"
                value={draft.materialityLargeTkr}
                onChange={(_e, d) => set("materialityLargeTkr", d.value)}
              />
            </Field>
            <Field label={t.settings.tolerancePct} {...validation("tolerancePct")}>
              <Input
                inputMode="decimal"
                value={draft.tolerancePct}
                onChange={(_e, d) => set("tolerancePct", d.value)}
              />
            </Field>
            <Field label={t.settings.uiLang}>
              <Select
                value={props.uiLang ?? ""}
                onChange={(_e, d) => props.onUiLang(d.value === "" ? null : (d.value as Lang))}
              >
                <option value="">{t.settings.uiLangOffice}</option>
                <option value="sv">{t.settings.langSv}</option>
                <option value="en">{t.settings.langEn}</option>
              </Select>
            </Field>
            <Field label={t.settings.lang}>
              <Select value={draft.lang} onChange={(_e, d) => set("lang", d.value as Lang)}>
                <option value="sv">{t.settings.langSv}</option>
                <option value="en">{t.settings.langEn}</option>
              </Select>
            </Field>
            <Field label={t.settings.amountStyle}>
              <Select
                value={draft.amountStyle}
                onChange={(_e, d) => set("amountStyle", d.value as AmountStyle)}
              >
                <option value="auto">{t.settings.amountAuto}</option>
                <option value="tkr">{t.settings.amountTkr}</option>
                <option value="mnkr">{t.settings.amountMnkr}</option>
              </Select>
            </Field>
            <Field label={t.settings.period} hint={t.settings.periodHint} {...validation("period")}>
              <Input
                value={draft.period}
                placeholder="2025-03"
                onChange={(_e, d) => set("period", d.value)}
              />
            </Field>
            <label className={s.check}>
              <input
                type="checkbox"
                className={s.checkInput}
                checked={draft.placeholders}
                onChange={(e) => set("placeholders", e.currentTarget.checked)}
              />
              {t.settings.placeholders}
            </label>
            <Button type="submit" appearance="secondary" disabledFocusable={props.busy}>
              {t.settings.save}
            </Button>
          </form>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
