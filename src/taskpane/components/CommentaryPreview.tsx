/** The generated text by section, each copyable on its own, and all of it at once. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analysis";
import type { Commentary } from "../../core/commentary/types";
import { useStrings } from "../strings";
import type { ClipContent } from "../clipboard";
import { allContent, sectionContent } from "../copyContent";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  heading: { margin: 0 },
  part: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  para: { margin: 0, overflowWrap: "anywhere" },
  copied: { color: tokens.colorPaletteGreenForeground1, fontSize: tokens.fontSizeBase200 },
});

export function CommentaryPreview(props: {
  analysis: Analysis;
  commentary: Commentary;
  /** Which copy button last succeeded ("all" or a section id), to show "Kopierat" beside it. */
  copied: string | null;
  onCopy(key: string, content: ClipContent): void;
}): JSX.Element {
  const t = useStrings();
  const s = useStyles();
  const sections = props.commentary.sections.filter((x) => x.paragraphs.length > 0);
  return (
    <section className={s.section} aria-labelledby="commentary-heading">
      <div className={s.head}>
        <Text as="h2" id="commentary-heading" weight="semibold" size={400} className={s.heading}>
          {t.commentary.title}
        </Text>
        {sections.length > 0 ? (
          <span>
            {props.copied === "all" ? (
              <span className={s.copied}>{`${t.commentary.copied} `}</span>
            ) : null}
            <Button
              size="small"
              onClick={() => props.onCopy("all", allContent(props.analysis, props.commentary))}
            >
              {t.commentary.copyAll}
            </Button>
          </span>
        ) : null}
      </div>
      {sections.length === 0 ? <Text>{t.commentary.empty}</Text> : null}
      {sections.map((sec) => (
        <article
          key={sec.id}
          className={s.part}
          aria-labelledby={`commentary-${sec.id}`}
          data-section={sec.id}
        >
          <div className={s.head}>
            <Text as="h3" id={`commentary-${sec.id}`} weight="semibold" className={s.heading}>
              {sec.title}
            </Text>
            <span>
              {props.copied === sec.id ? (
                <span className={s.copied}>{`${t.commentary.copied} `}</span>
              ) : null}
              <Button
                size="small"
                appearance="subtle"
                aria-label={t.commentary.copySection(sec.title)}
                onClick={() => props.onCopy(sec.id, sectionContent(sec, props.commentary.lang))}
              >
                {t.commentary.copy}
              </Button>
            </span>
          </div>
          {sec.paragraphs.map((p, i) => (
            <Text as="p" key={i} className={s.para}>
              {p}
            </Text>
          ))}
        </article>
      ))}
    </section>
  );
}
