/**
 * Words that sheets use about indicator directions, recognised whatever the analysis language (a Swedish
 * scorecard analysed with --lang en still says "Lägre är bättre"). Reading vocabulary, not output words.
 */

/** Indicator names that say lower is better: the level is a cost, a harm or a wait. */
export const LOWER_IS_BETTER_NAMES: RegExp[] = [
  /(^|[\s(,/–-])låga?\b/,
  /\blägre\b/,
  /\bminskad(e)?\b/,
  /\bminskning\b/,
  /\bminska\b/,
  /sjukfrånvaro/,
  /\bsjuktal/,
  /\bohälsotal/,
  /personalomsättning/,
  /arbetslöshet/,
  /\bbrott/,
  /väntetid/,
  /\bkötid/,
  /\bkostnad(er)? (per|\/)/,
  /\bkostnad\/|kr\/(elev|inv|invånare|brukare|barn|patient)/,
  /\butsläpp/,
  /\b(low|lower|reduced|fewer)\b/,
  /sick(ness)? (leave|absence)/,
  /staff turnover/,
  /unemployment/,
  /\bcrimes?\b/,
  /waiting time/,
  /\bcost per\b/,
  /\bemissions?\b/,
];

/** A Riktning cell meaning higher is better (an at-least target). A bare "-" is not a direction: sheets use it for "none". */
export const HIGHER_IS_BETTER =
  /^(högre är bättre|högre|hög|öka|ökning|ökande|stigande|uppåt|higher is better|higher|increase|up|↑|⬆|▲)$/;

/** A Riktning cell meaning lower is better (an at-most target). */
export const LOWER_IS_BETTER =
  /^(lägre är bättre|lägre|låg|minska|minskning|minskande|sjunkande|nedåt|lower is better|lower|decrease|down|↓|⬇|▼)$/;

/** Headers of a direction column. */
export const DIRECTION_HEADER =
  /^(riktning|önskad riktning|målriktning|polaritet|direction|polarity)\b/;

/**
 * A share or count *of those with* a low level ("Andel medarbetare med låg sjukfrånvaro") is better when
 * it is higher: the lower-is-better word describes whom is counted, not the measure.
 */
const SHARE_OF_THOSE = /^(andel|antal|share|number)\b.*\b(med|utan|som|with|without|who)\b/;

/** The first name vocabulary that matches, for the diagnostic ("sjukfrånvaro"); null when none. */
export function lowerIsBetterWord(normalizedName: string): string | null {
  if (SHARE_OF_THOSE.test(normalizedName)) return null;
  for (const re of LOWER_IS_BETTER_NAMES) {
    const m = re.exec(normalizedName);
    if (m) return m[0].replace(/^[\s(,/–-]+/, "").trim();
  }
  return null;
}
